import assert from 'node:assert/strict';
import { builtinRules } from '../../src/core/rules';
import { declarationFollows } from '../../src/core/rules/declarationGate';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import {
  boundOrComparedFollows,
  fieldNameQuoted,
  keyLiteralFollows,
  memberLiteralFollows,
  quotedLiteralFollows,
} from '../../src/core/rules/literalGates';
import type { KeywordGate } from '../../src/core/rules/types';

// Values are generated fake strings (FakeTokens), never literal credentials. The property tests of
// every gate against its pattern live in keywordGates.test.ts; these pin each gate's two sides.
const sample = new FakeTokens(37);
const v = sample.alnum(16);

describe('literal and declaration keyword gates', () => {
  it('are set on the rules they were written for', () => {
    const gateOf = new Map(builtinRules.map((r) => [r.id, r.keywordGate]));
    assert.equal(gateOf.get('secret-block-literal'), boundOrComparedFollows);
    assert.equal(gateOf.get('secret-accessor-stubbed-literal'), boundOrComparedFollows);
    assert.equal(gateOf.get('secret-compared-with-literal'), boundOrComparedFollows);
    assert.equal(gateOf.get('password-field-input'), fieldNameQuoted);
    assert.equal(gateOf.get('password-with-punctuation-quoted'), quotedLiteralFollows);
    for (const id of ['key-decoded-literal', 'key-escaped-bytes', 'key-byte-array'])
      assert.equal(gateOf.get(id), keyLiteralFollows, id);
    assert.equal(gateOf.get('generic-declared-secret'), declarationFollows);
  });

  const GATES: readonly KeywordGate[] = [
    boundOrComparedFollows,
    memberLiteralFollows,
    fieldNameQuoted,
    quotedLiteralFollows,
    keyLiteralFollows,
    declarationFollows,
  ];

  // [gate, line, keyword where the match starts]
  const passing: [KeywordGate, string, string][] = [
    [memberLiteralFollows, `password { "${v}" }`, 'password'],
    [memberLiteralFollows, `let(:api_key)    { '${v}' }`, 'api_key'],
    [memberLiteralFollows, `when(cfg.getApiKey()).thenReturn("${v}")`, 'apikey'],
    [memberLiteralFollows, `every { tokens.accessToken() } returns "${v}"`, 'token'],
    [memberLiteralFollows, `expect(cfg.secret).toBe('${v}')`, 'secret'],
    [memberLiteralFollows, `token == "${v}"`, 'token'],
    [boundOrComparedFollows, `let(:api_key)    { '${v}' }`, 'api_key'],
    [boundOrComparedFollows, `when(cfg.getApiKey()).thenReturn("${v}")`, 'apikey'],
    [boundOrComparedFollows, `if webhook_secret.Equals( "${v}") {`, 'secret'],
    [boundOrComparedFollows, `if (api-key"] .equalsIgnoreCase(u'${v}')) {`, 'api-key'],
    [boundOrComparedFollows, `unless auth_token !==    B\`${v}\``, 'token'],
    [fieldNameQuoted, `page.fill('#password-field', '${v}')`, 'password'],
    [quotedLiteralFollows, `db_password"]  :=> r"${v};1"`, 'password'],
    [quotedLiteralFollows, `pass.main = \`${v}\``, 'pass.'],
    [keyLiteralFollows, `SIGNING_KEY = bytes.fromhex("${v}")`, 'key ='],
    [keyLiteralFollows, `key[32]  := []byte{1, 2}`, 'key['],
    [keyLiteralFollows, `secret=b"\\x01\\x02"`, 'secret='],
    [declarationFollows, `apiKey: Option<&str> = "${v}"`, 'apikey'],
    [declarationFollows, `Dim apiKey As String = "${v}"`, 'apikey'],
    [declarationFollows, `DECLARE @Token NVARCHAR(128) = '${v}'`, 'token'],
    [declarationFollows, `set apiKey to "${v}"`, 'apikey'],
    [declarationFollows, `set token "${v}"`, 'token'],
    [declarationFollows, `{auth_token, "${v}"}`, 'token'],
    [declarationFollows, `("client.secret", "${v}")`, 'secret'],
    [declarationFollows, `AUTH_TOKEN ?= ${v}`, 'token'],
    [declarationFollows, `access_token <- "${v}"`, 'token'],
    [declarationFollows, `$ENV{SMTP_PASSWORD} = '${v}'`, 'password'],
    [declarationFollows, `#define API_KEY @"${v}"`, 'api_key'],
  ];

  it("pass their patterns' forms", () => {
    for (const [gate, line, keyword] of passing) {
      const at = line.toLowerCase().indexOf(keyword);
      assert.ok(at >= 0, keyword);
      assert.equal(gate(line, at, line.length), true, `${gate.name}: ${line}`);
    }
  });

  it('turn away the keywords of ordinary code', () => {
    const code = [
      'const token = await auth.getToken(session);',
      'if (!token.length) return validate(token, options);',
      'password = hash(password, salt)',
      'this.secretName = secret;',
      'key = "user:" + id;',
      'token.kind === SyntaxKind.Identifier',
      'if (password != confirm && token.equals(other)) return;',
    ];
    // Each gate at its own rules' keywords, as the detector asks it.
    for (const rule of builtinRules.filter((r) => GATES.includes(r.keywordGate!))) {
      for (const line of code) {
        const lower = line.toLowerCase();
        for (const keyword of rule.keywords)
          for (let at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + 1))
            assert.equal(rule.keywordGate!(line, at, line.length), false, `${rule.id} at ${keyword} in ${line}`);
      }
    }
  });
});
