import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import {
  assignmentFollows,
  keywordOpensLine,
  expansionDefaultFollows,
  fallbackFollows,
  netrcPasswordFollows,
  npmrcKeyFollows,
  passwordLiteralFollows,
  sqlPasswordFollows,
  tokenUserinfoFollows,
  userinfoFollows,
} from '../../src/core/rules/keywordGates';
import { namedPairFollows, plistKeyFollows } from '../../src/core/rules/pairGates';
import { declarationFollows } from '../../src/core/rules/declarationGate';
import type { Rule } from '../../src/core/rules/types';

// Positives are generated fake values (FakeTokens), never literal credentials.
const gated = builtinRules.filter((r) => r.keywordGate !== undefined);
const ungated = gated.map((r) => ({ ...r, keywordGate: undefined }));
const sample = new FakeTokens(17);

// Keywords in any case among the characters the gated patterns look at after them, so that
// matches and near misses abound.
const arbText = fc
  .array(
    fc.oneof(
      fc.mixedCase(fc.constantFrom(...gated.flatMap((r) => r.keywords))),
      fc.constantFrom(
        ' ',
        '  ',
        '\t',
        '\u00a0',
        '=',
        ':',
        '>',
        '==',
        '=>',
        ':=',
        '::',
        '"',
        "'",
        '`',
        ']',
        '[',
        '(',
        ')',
        ',',
        ';',
        '.',
        '-',
        '_',
        '{',
        '}',
        '$',
        '${',
        'N',
        'r',
        'b',
        'f',
        'u',
        ' value="',
        ' login ',
        'machine ',
        '\n',
        '\r\n',
        '#',
        '//',
        '://',
        '@',
        '/',
        '|',
        '||',
        '??',
        '?:',
        ' or ',
        '.orElse(',
        'authToken',
        'DB_PASSWORD',
        'value: ',
        '"value":',
        '</key>',
        '<string>',
        'os.',
        'https',
        'u:',
        '@h',
        'abc',
        // What prose labels, tables and login pairs start with (proseGates.ts).
        '**',
        '</b>',
        '</th>',
        '</tr>',
        '<code>',
        ' is ',
        ' was ',
        '->',
        '- ',
        '\uff1a',
        '\u00f1a',
        ' / ',
        ' as ',
        'log in',
        'signed in',
        ' (prod)',
        '!=',
        // What comparisons open with (secret-compared-with-literal), in the cases the pattern ignores.
        '===',
        '.Equals(',
        ' .equals(',
        '.EQUALSIGNORECASE(',
      ),
      fc.constantFrom(...Array.from({ length: 20 }, () => sample.alnum(1 + sample.int(14)))),
      fc.constantFrom(...gated.flatMap((r) => r.examples.positives(sample))),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** Every match of `rule` on each line of `text` (as the detector runs it: on the line alone), with the line's end. */
function* matchesByLine(rule: Rule, text: string): Generator<{ start: number; end: number; lineEnd: number }> {
  let lineStart = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    for (const m of line.matchAll(new RegExp(rule.pattern.source, rule.pattern.flags + 'g'))) {
      if (m[0].length > 0)
        yield { start: lineStart + m.index, end: lineStart + m.index + m[0].length, lineEnd: lineStart + line.length };
    }
    lineStart += raw.length + 1;
  }
}

describe('keyword gates (Rule.keywordGate)', () => {
  it('read a bounded stretch after each keyword, so a line of repeated keywords costs linear time', function () {
    // It counts reads, never time; but it walks every gated keyword, ~20 s on a loaded machine.
    this.timeout(180_000);
    // Counts the characters each gate reads: a string object whose charCodeAt is counted.
    let reads = 0;
    class Counted extends String {
      override charCodeAt(i: number): number {
        reads++;
        return super.charCodeAt(i);
      }
    }
    const readsFor = (gate: NonNullable<Rule['keywordGate']>, kw: string, separator: string, copies: number) => {
      const unit = kw + separator;
      const text = new Counted(unit.repeat(copies)) as unknown as string;
      reads = 0;
      for (let at = 0; at < copies * unit.length; at += unit.length) gate(text, at, copies * unit.length);
      return reads;
    };
    for (const rule of gated) {
      for (const kw of rule.keywords) {
        for (const separator of ['', ' ', '_', '=', ':', 'a', '.']) {
          const small = readsFor(rule.keywordGate!, kw, separator, 1000);
          const large = readsFor(rule.keywordGate!, kw, separator, 2000);
          assert.ok(
            large <= 2.5 * small + 100,
            `${rule.id} at "${kw}" + "${separator}": ${small} reads for 1000 copies, ${large} for 2000`,
          );
        }
      }
    }
  });

  it('are set on the rules they were written for', () => {
    const byRule = new Map(gated.map((r) => [r.id, r.keywordGate]));
    assert.equal(byRule.get('generic-secret-assignment'), assignmentFollows);
    assert.equal(byRule.get('known-default-secret'), assignmentFollows);
    assert.equal(byRule.get('hardcoded-client-password'), passwordLiteralFollows);
    assert.equal(byRule.get('sql-user-password'), sqlPasswordFollows);
    assert.equal(byRule.get('netrc-password'), netrcPasswordFollows);
    assert.equal(byRule.get('generic-env-default-secret'), expansionDefaultFollows);
    assert.equal(byRule.get('generic-env-fallback-secret'), fallbackFollows);
    assert.equal(byRule.get('url-credentials'), userinfoFollows);
    assert.equal(byRule.get('url-token-userinfo'), tokenUserinfoFollows);
    assert.equal(byRule.get('npmrc-auth-token'), npmrcKeyFollows);
    assert.equal(byRule.get('secret-name-value-pair'), namedPairFollows);
    assert.equal(byRule.get('plist-secret-string'), plistKeyFollows);
    for (const id of [
      'redis-acl-user-password',
      'network-device-bare-password',
      'unquoted-tsig-secret',
      'turnserver-user-password',
    ])
      assert.equal(byRule.get(id), keywordOpensLine, id);
  });

  it('let common words past only where a token, a setting or a variable can start (twilio, github, .cfg)', () => {
    const gate = (id: string) => gated.find((r) => r.id === id)!.keywordGate!;
    const at = (line: string, word: string) => line.toLowerCase().indexOf(word);
    const pass = (id: string, line: string, word: string) => gate(id)(line, at(line, word), line.length);
    // Values generated at runtime (FakeTokens), never literal credentials.
    const sid = `SK${sample.hex(32)}`;
    assert.equal(pass('twilio-api-key', `TWILIO_API_KEY=${sid}`, 'sk'), true);
    for (const line of [
      'task = risk.ask(desk)',
      `SKIP_${sample.hex(32)}`,
      `sk${sample.hex(32)}`,
      `xSK${sample.hex(32)}`,
    ])
      assert.equal(pass('twilio-api-key', line, 'sk'), false, line);
    assert.equal(
      pass('twilio-api-key', `SK${sample.hex(31)}`, 'sk'),
      false,
      'one hex digit short, at the end of the line',
    );
    for (const line of ['GITHUB_TOKEN = "', 'gh_pat: ', "'github_oauth_token', "])
      assert.equal(pass('github-token-legacy', line, line.startsWith('gh') ? 'gh_' : 'github'), true, line);
    for (const line of [
      'see https://github.com/acme/widget',
      'mygithub_token = ',
      'githubClient.get(url)',
      `github_${'a'.repeat(40)} = `,
      'github_token      = x',
    ])
      assert.equal(pass('github-token-legacy', line, 'github'), false, line);
    const cvars: [string, string, boolean][] = [
      ['sv_tebexSecret abc', 'secret', true],
      ['  set steam_webApiKey abc', 'key', true],
      ['rconpassword\tabc', 'password', true],
      ['bind key_f "toggleconsole"', 'key', false],
      ['exec token_list.cfg', 'token', false],
      ['say "the key is here"', 'key', false],
      [`${'a'.repeat(80)}key abc`, 'key', false],
    ];
    for (const [line, word, yes] of cvars) assert.equal(pass('console-variable-secret', line, word), yes, line);
  });

  it('let a line-anchored pattern see only keywords that open their line', () => {
    const text = 'x\n  user app on >pw\r\n\tsecret abc;\nthe user said\n' + ' '.repeat(13) + 'key k';
    const at = (k: string, from = 0) => text.indexOf(k, from);
    assert.ok(keywordOpensLine(text, 0));
    assert.ok(keywordOpensLine(text, at('user')));
    assert.ok(keywordOpensLine(text, at('secret')));
    assert.equal(keywordOpensLine(text, at('user', at('the'))), false);
    assert.equal(keywordOpensLine(text, at('key')), false, 'thirteen blanks: more than any such pattern allows');
  });

  it('hold wherever the pattern matches: at the keyword a match starts from, or at one inside it', () => {
    fc.assert(
      fc.property(arbText, (text) => {
        const lower = text.toLowerCase();
        for (const rule of gated) {
          for (const m of matchesByLine(rule, text)) {
            const passing = (at: number) =>
              rule.keywords.some((k) => lower.startsWith(k, at)) && rule.keywordGate!(text, at, m.lineEnd);
            const ok = rule.startsAtKeyword
              ? passing(m.start)
              : Array.from({ length: m.end - m.start }, (_, i) => m.start + i).some(passing);
            assert.ok(ok, `${rule.id}: the gate rejects a match at ${m.start} of ${JSON.stringify(text)}`);
          }
        }
      }),
      { numRuns: 4000, seed: 21 },
    );
  });

  it("hold at each rule's boundaries (lengths, counts of blanks and spaces)", () => {
    // Per rule, its keywords among short pieces, so that near-minimal matches come up often.
    const pieces = [
      ' ',
      '\t',
      '=',
      ':',
      '"',
      "'",
      '`',
      '@',
      '/',
      '_',
      '.',
      '-',
      '|',
      ',',
      'N',
      'a',
      'ab',
      'abc',
      'abcd',
      sample.alnum(8),
      sample.alnum(12),
      '\n',
    ];
    for (const rule of gated) {
      const text = fc
        .array(fc.oneof(fc.mixedCase(fc.constantFrom(...rule.keywords)), fc.constantFrom(...pieces)), { maxLength: 16 })
        .map((parts) => parts.join(''));
      const fast = new Detector([rule]);
      const full = new Detector([{ ...rule, keywordGate: undefined }]);
      fc.assert(
        fc.property(text, (t) => assert.deepEqual(fast.scan(t), full.scan(t), rule.id)),
        { numRuns: 3000, seed: 23 },
      );
    }
    // Some 3,000 texts for each of the gated rules: seconds alone, longer on a loaded machine.
  }).timeout(60_000);

  it("pass the patterns' smallest and widest matches (fewest characters, most blanks and spaces)", () => {
    const v8 = sample.alnum(8);
    const name90 = 'A'.repeat(90);
    // [rule, line, the keyword the match starts from or holds]
    const cases: [string, string, string][] = [
      ['generic-secret-assignment', `token    =    ${v8}`, 'token'],
      ['generic-secret-assignment', `my_api_key"]    =>    r"${v8}"`, 'api_key'],
      ['generic-secret-assignment', `token:=${v8}==;`, 'token'],
      ['generic-secret-assignment', `token=${sample.alnum(200)}`, 'token'],
      ['generic-secret-assignment', `key="DbPassword"    value    =    ${v8}`, 'password'],
      ['known-default-secret', `secret'    :    rb'x'`, 'secret'],
      ['hardcoded-client-password', "passwd'    =    RB`x`", 'passwd'],
      ['sql-user-password', "password    =    N'x'", 'password'],
      ['sql-user-password', "IDENTIFIED BY 'x'", 'identified'],
      ['netrc-password', `${' '.repeat(16)}password${'\t'.repeat(8)}abcd`, 'password'],
      ['netrc-password', 'machine h login u password abcd', 'machine'],
      ['generic-env-default-secret', '${A:-x}', '${'],
      ['generic-env-default-secret', '${A=x}', '${'],
      ['generic-env-fallback-secret', `environmentVariable(    "${name90}")    ?? "x"`, 'environmentvariable('],
      ['generic-env-fallback-secret', `getOrDefault(    '${name90}'    ,    default  =  u"x"`, 'getordefault('],
      ['generic-env-fallback-secret', `env.${name90}    or    'x'`, 'env.'],
      ['url-credentials', 'ab://u:' + 'abc@h', '://'], // split so that this file scans clean
      ['npmrc-auth-token', `${' '.repeat(8)}_auth    =    ${v8}`, '_auth'],
      ['npmrc-auth-token', `//r/:_password=${v8}`, '_password'],
      ['secret-name-value-pair', `- name:pw\nvalue:${v8}`, '- name:'],
      [
        'secret-name-value-pair',
        `- name:${' '.repeat(8)}"${'A'.repeat(39)}_PASSWORD_${'A'.repeat(30)}"    ,    \r\n${' '.repeat(40)}"value"    :    "${v8}`,
        '- name:',
      ],
      ['secret-name-value-pair', `"ParameterKey"    :    "Token",    "ParameterValue":x`, 'parameterkey'],
      ['secret-name-value-pair', `{ name = "salt", value = ${v8}`, '{ name ='],
      ['plist-secret-string', `<key>pw</key><string>x</string>`, '<key'],
      ['secret-compared-with-literal', `token.Equals(        R"${v8}"`, 'token'],
      ['secret-compared-with-literal', `token"]        .equalsIgnoreCase('${v8}'`, 'token'],
      ['secret-compared-with-literal', `api_key_${'a'.repeat(23)}        !==        \`${v8}\``, 'api_key'],
      ['plist-secret-string', `<key>ApiKey</key>${'\n'.repeat(40)}<string>${v8}</string>`, '<key'],
    ];
    for (const [id, line, keyword] of cases) {
      const rule = gated.find((r) => r.id === id)!;
      const at = line.toLowerCase().indexOf(keyword);
      assert.ok(rule.keywords.includes(keyword) && at >= 0, `${id}: ${keyword}`);
      assert.ok(
        new RegExp(rule.pattern.source, rule.pattern.flags).test(line),
        `${id} matches ${JSON.stringify(line)}`,
      );
      assert.equal(rule.keywordGate!(line, at, line.length), true, `${id}: ${JSON.stringify(line)}`);
    }
  });

  it('leave findings unchanged, on short and over-long lines', () => {
    for (const options of [{}, { maxLineLength: 40, longLineWindow: 16 }]) {
      const fast = new Detector(gated, options);
      const full = new Detector(ungated, options);
      fc.assert(
        fc.property(arbText, (text) => assert.deepEqual(fast.scan(text), full.scan(text))),
        { numRuns: 3000, seed: 22 },
      );
    }
  });

  it('reject the keyword in ordinary code', () => {
    const line = 'const token = await auth.getToken(user); if (!token.length) return password === other;';
    for (const at of [6, 29, 45, 74])
      assert.equal(assignmentFollows(line, at, line.length), false, line.slice(at, at + 12));
    assert.equal(expansionDefaultFollows('`/api/${id}`', 6, 12), false);
    assert.equal(sqlPasswordFollows('user.password = x', 5, 17), false);
    assert.equal(netrcPasswordFollows('password = x', 0, 12), false);
    assert.equal(passwordLiteralFollows('password = getPassword()', 0, 24), false);
    assert.equal(netrcPasswordFollows('  // the password token for a user', 9, 34), false);
    assert.equal(fallbackFollows('value = os.environ.get("API_TOKEN")', 11, 35), false);
    assert.equal(userinfoFollows('see https://example.invalid/docs', 9, 32), false);
    assert.equal(npmrcKeyFollows('const db_password = x', 8, 21), false);
    const workflowStep = '      - name: Rotate the API token\n        run: ./rotate.sh';
    assert.equal(namedPairFollows(workflowStep, 6, workflowStep.indexOf('\n')), false);
    const secretRef = '  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: { name: db, key: pw }';
    assert.equal(namedPairFollows(secretRef, 2, secretRef.indexOf('\n')), false);
    const notSecret = '{ "name": "LOG_LEVEL", "value": "debug" }';
    assert.equal(namedPairFollows(notSecret, 0, notSecret.length), false);
    const label = '<key>NSCameraUsageDescription</key><string>Scan a code</string>';
    assert.equal(plistKeyFollows(label, 0, label.length), false);
  });

  it('reject a quote that opens no value: another quote, a backslash or the line break', () => {
    const repeated = '"token": "'.repeat(3);
    for (let at = 1; at < repeated.length - 10; at += 10)
      assert.equal(assignmentFollows(repeated, at, repeated.length), false);
    for (const line of ['secret = ""', "password: ''", 'token = `\\n`', 'api_key = "\n']) {
      const at = line.search(/token|api_key|secret|password/);
      assert.equal(assignmentFollows(line, at, line.indexOf('\n') < 0 ? line.length : line.indexOf('\n')), false, line);
    }
    // The pattern ends where the window does: what follows the quote is not known there.
    assert.equal(assignmentFollows('token = "', 0, 9), true);
  });

  it('pass what the patterns need after the keyword', () => {
    const value = sample.alnum(12);
    for (const line of [
      `token = ${value}`,
      `"api_key": "${value}"`,
      `secret := '${value}'`,
      `:password => b"${value}"`,
      `"SmtpPassword" value="${value}"`,
    ]) {
      assert.equal(assignmentFollows(line, line.search(/token|api_key|secret|password/i), line.length), true, line);
    }
    assert.equal(expansionDefaultFollows('${DB_PASSWORD:-' + 'x}', 0, 17), true); // split so that this file scans clean
    assert.equal(sqlPasswordFollows(`WITH PASSWORD N'${value}'`, 5, 30), true);
    assert.equal(netrcPasswordFollows(`password ${value}`, 0, 21), true);
    assert.equal(passwordLiteralFollows(`"password": '${value}'`, 1, 27), true);
    assert.equal(netrcPasswordFollows(`machine h login u password ${value}`, 0, 39), true);
    assert.equal(fallbackFollows(`process.env.JWT_SECRET || "${value}"`, 8, 40), true);
    assert.equal(userinfoFollows(`postgres://app:${value}@db`, 8, 33), true);
    // A pair's value opening with its `@` (a value character): seven more after it are enough.
    const atValue = `"secret",@${sample.alnum(7)} client`;
    assert.equal(declarationFollows(atValue, 1, atValue.length), true);
    const npmrc = `//registry.example/:_authToken=${value}`;
    assert.equal(npmrcKeyFollows(npmrc, npmrc.indexOf('_'), npmrc.length), true);
    const pair = `        - name: SMTP_PASSWORD\n          value: "${value}"`;
    assert.equal(namedPairFollows(pair, 8, pair.indexOf('\n')), true);
    const ecs = `{ "name": "API_KEY", "value": "${value}" }`;
    assert.equal(namedPairFollows(ecs, 0, ecs.length), true);
    const plist = `\t<key>ClientSecret</key>\n\t<string>${value}</string>`;
    assert.equal(plistKeyFollows(plist, 1, plist.indexOf('\n')), true);
  });
});
