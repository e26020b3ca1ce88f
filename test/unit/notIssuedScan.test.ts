import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

// Every credential below is generated at runtime by FakeTokens; nothing here is a committed secret.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x12);

function found(text: string, path: string): string[] {
  return detector.scan(text, { path }).map((f) => f.ruleId);
}

describe('scan: values that name, locate or describe a credential are not findings', () => {
  it('passes over names, joined words, patterns and typing under secret names, and keeps random values there', () => {
    const quiet = [
      'REQUEST_TYPE_ACCESS_TOKEN = "auth-request-type/at"',
      "_CLOUD_SQL_API_SERVICE_TOKEN = 'sql-component.googleapis.com'",
      "SERVICE_ACCOUNT_KEY_FILE_FLAG = '--service-account-key-file'",
      "ACCESS_KEY = 'AWSAccessKeyId'",
      "SECRET_KEY = 'AWS_SECRET_ACCESS_KEY'",
      "    'oauth_token_secret': '2kjshdfp92i34asdasd',",
    ];
    for (const line of quiet) assert.deepEqual(found(`${line}\n`, 'lib/auth/config.py'), [], line);
    assert.deepEqual(
      found('{"pattern":"arn:([a-z\\\\d-]+):.*:.*:secret:AmazonLookoutMetrics-.+"}\n', 'api/service-2.json'),
      [],
    );
    assert.equal(found(`ACCESS_TOKEN = "${fake.alnum(32)}"\n`, 'lib/auth/config.py').length, 1);
    assert.equal(found(`oauth_token_secret = '${fake.lowerAlnum(20)}'\n`, 'lib/auth/config.py').length, 1);
  });

  it('passes over a pinned action and an import line after a service name', () => {
    assert.deepEqual(
      found(`      - uses: codecov/codecov-action@${fake.hex(40)} # v4\n`, '.github/workflows/ci.yml'),
      [],
    );
    assert.deepEqual(
      found(
        'from googlecloudsdk.generated_clients.apis.looker.v1alpha1 import looker_v1alpha1_messages as messages\n',
        'lib/client.py',
      ),
      [],
    );
  });

  it('takes IDENTIFIED BY only right after the user a statement names, not in prose', () => {
    assert.deepEqual(
      found(
        '"documentation":"<p>Allows grantee the read permissions. Grant the accounts identified by account IDs access.</p>"\n',
        'api/s3.json',
      ),
      [],
    );
    assert.deepEqual(
      found(`CREATE USER app_owner IDENTIFIED BY ${fake.alnum(12)} DEFAULT TABLESPACE users;\n`, 'db/schema.sql'),
      ['oracle-identified-by'],
    );
  });
});
