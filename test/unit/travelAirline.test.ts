import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { isAuditDataToken } from '../../src/core/rules/judge/responseIds';

// Every token below is generated at runtime by FakeTokens; nothing here is a committed secret.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x7a);

function ruleIds(text: string, path: string): string[] {
  return detector.scan(text, { path }).map((f) => f.ruleId);
}

describe('travel-airline: response ids and GDS credential forms', () => {
  it("takes a Hotelbeds auditData token as a response's id, and a token elsewhere as a token", () => {
    const id = fake.upperHex(32);
    assert.ok(isAuditDataToken('auditData.token', id, `INFO auditData.token=${id}`, 5));
    const json = `  "auditData": { "token": "${id}", "internal": "0|1" }`;
    assert.ok(isAuditDataToken('token', id, json, json.indexOf('token')));
    // Not under auditData, or not the shape Hotelbeds gives it: judged as any token is.
    assert.ok(!isAuditDataToken('token', id, `  "token": "${id}"`, 3));
    assert.ok(!isAuditDataToken('auditData.token', fake.alnum(32), '', 0));
    assert.ok(!isAuditDataToken('auth.token', id, `auth.token=${id}`, 0));
    assert.deepEqual(ruleIds(`INFO  auditData.token=${id}\n`, 'logs/hotelbeds.log'), []);
    assert.ok(ruleIds(`INFO  auth.token=${fake.alnum(32)}\n`, 'logs/app.log').length > 0);
  });

  it('decodes a Travelport uAPI Basic credential and judges its password', () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const user = `Universal API/uAPI${fake.digits(10)}-${fake.hex(8)}`;
    assert.deepEqual(ruleIds(`Authorization: Basic ${b64(`${user}:${fake.alnum(8)}!${fake.digits(2)}`)}\n`, 'x.log'), [
      'travelport-uapi-basic-credential',
    ]);
    assert.deepEqual(ruleIds(`Authorization: Basic ${b64(`${user}:password`)}\n`, 'x.log'), []);
  });

  it("finds a Sabre client id and secret only when both decode as Sabre's", () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const good = b64(`${b64(`V1:${fake.lowerAlnum(8)}:DEVCENTER:EXT`)}:${b64(fake.alnum(8))}`);
    assert.ok(ruleIds(`SABRE_CREDENTIALS=${good}\n`, '.env').includes('sabre-token-credential'));
    const notSabre = b64(`${b64(`V2:${fake.lowerAlnum(8)}`)}:${b64(fake.alnum(8))}`);
    assert.ok(!ruleIds(`creds = "${notSabre}"\n`, 'a.py').includes('sabre-token-credential'));
  });
});
