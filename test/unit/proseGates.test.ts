import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import {
  headerEndsLine,
  loginNounEndsLine,
  labelEndsLine,
  loginPairFollows,
  proseLabelFollows,
} from '../../src/core/rules/proseGates';
import { commentMayPrecede } from '../../src/core/rules/judge/prose';
import type { Rule } from '../../src/core/rules/types';

// Values are generated fake strings (FakeTokens), never literal credentials.
const sample = new FakeTokens(29);
const PROSE_RULES = [
  'prose-credential',
  'prose-credential-next-line',
  'prose-login-pair',
  'prose-login-pair-under-heading',
  'prose-table-credential',
];
const prose = builtinRules.filter((r) => PROSE_RULES.includes(r.id));

/** All but the heading rule, which runs only in documents (Rule.paths). */
const proseInCode = prose.filter((r) => r.paths === undefined);

/** The rule with every check after its pattern switched off: each match of the pattern is a finding. */
function bare(rule: Rule, gated: boolean): Rule {
  return {
    ...rule,
    validate: undefined,
    minEntropy: undefined,
    skipPlaceholderFilter: true,
    keywordGate: gated ? rule.keywordGate : undefined,
  };
}

// Nouns, joins, markup and values in any case, so that matches and near misses of the four patterns abound.
/** A rule's keywords and nouns around them, in any case. */
const nounsOf = (rule: Rule) =>
  fc.mixedCase(
    fc.constantFrom(
      ...rule.keywords,
      'password',
      'api key',
      'key',
      'word',
      'login',
      'logged in',
      'sign-in',
      'credentials',
    ),
  );
const values = fc.constantFrom(...Array.from({ length: 12 }, () => sample.alnum(6 + sample.int(10))));
const pieces = fc.constantFrom(
  ' ',
  '  ',
  '\t',
  ':',
  '::',
  '\uff1a',
  '=',
  '==',
  '!=',
  '=>',
  '->',
  '- ',
  '-',
  '\u2192',
  '**',
  '__',
  '</b>',
  '</strong>',
  '<code>',
  '</th>',
  '</tr>',
  '<tr><td>x</td><td>',
  '</td>',
  '|',
  '| ',
  '|---|---|',
  ':---',
  '---',
  '        ',
  ' is ',
  ' was ',
  ' for the ',
  ' (prod)',
  ' as ',
  ' with ',
  ' / ',
  '/',
  'in',
  'ed',
  'ged',
  ' in',
  'ential',
  's',
  '.',
  ',',
  '(',
  ')',
  '_',
  '`',
  '"',
  '```',
  '\n',
  '\r\n',
  '\n\n',
  '    ',
  '\u00f1a',
  ':\n',
  ':\r\n',
  '**\n\n',
  ' |\n',
  ' |\n|---|---|\n| x | ',
  '</th></tr>\n<tr><td>',
  ' |\n|---|---|\n| x | ',
  '</th></tr>\n<tr><td>x</td><td>',
  ':\n',
  ':\r\n\n',
  '**\n',
  ' as bob / ',
  ' in as bob/',
  // Headings naming a login, and the pair on the lines below them.
  '\n### ',
  '## Test ',
  '**',
  '\nadmin / ',
  '\n\n- ops / ',
  ':**\n`qa` / `',
  '\nGET /',
);
const junkOf = (rule: Rule) =>
  fc.array(fc.oneof(nounsOf(rule), pieces, values), { maxLength: 12 }).map((parts) => parts.join(''));
/** A noun, a join and a value among junk: the patterns' shapes and their near misses. */
const joins = fc.oneof(
  fc.array(pieces, { maxLength: 3 }).map((parts) => parts.join('')),
  fc.constantFrom(
    ':\n',
    ':\r\n\n',
    '**\n',
    ' |\n|---|---|\n| x | ',
    '</th></tr>\n<tr><td>x</td><td>',
    ' as bob / ',
    ': ',
    '\nadmin / ',
    ':**\n\n- ops / ',
  ),
);
const proseTextOf = (rule: Rule) =>
  fc
    .tuple(junkOf(rule), nounsOf(rule), joins, values, fc.oneof(fc.constant(''), junkOf(rule)))
    .map(([before, noun, join, value, after]) => before + noun + join + value + after);

describe('prose keyword gates (rules/proseGates.ts)', () => {
  it('are set on the prose rules', () => {
    const gateOf = new Map(prose.map((r) => [r.id, r.keywordGate]));
    assert.equal(gateOf.get('prose-credential'), proseLabelFollows);
    assert.equal(gateOf.get('prose-credential-next-line'), labelEndsLine);
    assert.equal(gateOf.get('prose-login-pair'), loginPairFollows);
    assert.equal(gateOf.get('prose-table-credential'), headerEndsLine);
    assert.equal(gateOf.get('prose-login-pair-under-heading'), loginNounEndsLine);
  });

  it('reject no match of their patterns, on short and over-long lines (every match counted, judge off)', function () {
    this.timeout(120_000);
    for (const options of [{}, { maxLineLength: 40, longLineWindow: 16 }]) {
      for (const rule of prose) {
        const fast = new Detector([bare(rule, true)], options);
        const full = new Detector([bare(rule, false)], options);
        // A rule limited to documents sees its texts as one.
        const context = rule.paths === undefined ? undefined : { path: 'docs/notes.md' };
        let matched = 0;
        fc.assert(
          fc.property(proseTextOf(rule), (text) => {
            const expected = full.scan(text, context);
            if (expected.length > 0) matched++;
            assert.deepEqual(fast.scan(text, context), expected, rule.id);
          }),
          { numRuns: 2500, seed: 31 },
        );
        // The sample reaches the pattern often enough to say something about the gate.
        assert.ok(matched >= 25, `${rule.id}: only ${matched} texts match`);
      }
    }
  });

  it('pass each form of label, sentence, table and pair', () => {
    const v = sample.alnum(12);
    const cases: [string, string][] = [
      ['prose-credential', `Password: ${v}`],
      ['prose-credential', `password ${v}`],
      ['prose-credential', `token\t${v}`],
      ['prose-credential', `the password is ${v}`],
      ['prose-credential', `**Password**: ${v}`],
      ['prose-credential', `<b>Password:</b> ${v}`],
      ['prose-credential', `password (prod): ${v}`],
      ['prose-credential', `token => ${v}`],
      ['prose-credential', `token -> ${v}`],
      ['prose-credential', `token - ${v}`],
      ['prose-credential', `Password\uff1a${v}`],
      ['prose-credential', `Contrase\u00f1a: ${v}`],
      ['prose-credential', `session token: ${v}`],
      ['prose-credential', `client-secret ${v}`],
      ['prose-credential', `personal access token is ${v}`],
      ['prose-credential', `api key ${v}`],
      ['prose-credential-next-line', `Admin password:\n${v}`],
      ['prose-credential-next-line', `**API key**  \r\n${v}`],
      ['prose-credential-next-line', `Token</b>:\n${v}`],
      // Each way the lines after the label may hold the value (what labelEndsLine reads there).
      ['prose-credential-next-line', `Admin password:\n\n   \n${v}`],
      ['prose-credential-next-line', `Password:\n\`\`\`text\n${v}\n\`\`\``],
      ['prose-credential-next-line', `Password:\n~~~\n${v}`],
      ['prose-credential-next-line', `Password:\n${' '.repeat(12)}${v}    \nnext`],
      ['prose-credential-next-line', `Password:\r\n\r\n${v}\r\n`],
      ['prose-table-credential', `| user | password |\n|---|---|\n| a | ${v} |`],
      ['prose-table-credential', `| user | password\n| a | ${v}`],
      ['prose-table-credential', `<tr><th>User</th><th>Password</th></tr>\n<tr><td>a</td><td>${v}</td></tr>`],
      // Each way the line after the header may go on (what headerEndsLine reads there).
      ['prose-table-credential', `| user | password |\n:---|:---\n| a | ${v} |`],
      ['prose-table-credential', `| user | password |\r\n--- | ---\r\n| a | ${v} |`],
      ['prose-table-credential', `| user | password |\n        :---|---\n| a | ${v} |`],
      ['prose-table-credential', `| user | password |\n    |    ---|---\n| a | ${v} |`],
      ['prose-table-credential', `| user | password |\n    \n    | a | ${v} |`],
      ['prose-table-credential', `| user | password |\r\n\r\n| a | ${v} |`],
      ['prose-table-credential', `<th>Password</th></tr>\n        <tr><td>${v}</td></tr>`],
      ['prose-login-pair', `Log in as deploy / ${v}`],
      ['prose-login-pair', `logged-in with bob/${v}`],
      ['prose-login-pair', `signin as root / ${v}`],
      ['prose-login-pair', `Signed in as ops / ${v}`],
      ['prose-login-pair', `credentials: svc / ${v}`],
      ['prose-login-pair', `creds as ops/${v}`],
      ['prose-login-pair-under-heading', `### Test account\nadmin / ${v}`],
      ['prose-login-pair-under-heading', `## Staging credentials:\r\n\r\n- deploy / ${v}`],
      ['prose-login-pair-under-heading', `**Demo login:**\n\`qa\` / \`${v}\``],
    ];
    for (const [id, text] of cases) {
      const rule = prose.find((r) => r.id === id)!;
      assert.ok(
        new RegExp(rule.pattern.source, rule.pattern.flags).test(text),
        `${id} matches ${JSON.stringify(text)}`,
      );
      const lower = text.toLowerCase();
      const lineEnd = (at: number) => (text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
      const starts = rule.keywords.flatMap((k) => [...lower.matchAll(new RegExp(k, 'g'))].map((m) => m.index));
      assert.ok(
        starts.some((at) => rule.keywordGate!(text, at, lineEnd(at))),
        `${id}: no keyword of ${JSON.stringify(text)} passes`,
      );
    }
  });

  it('turn away the keywords of ordinary code', () => {
    const code = [
      'const token = await auth.getToken(session);',
      'if (token == null || token.kind !== Kind.Name) return;',
      'this.session = client.connect(options);',
      'password = hash(password, salt)',
      'tokenizer.scan(token, secretCount);',
      '"password": "x",',
      'console.log(tokens, apiKeys);',
      'app.use(router); private readonly master: Node;',
    ];
    for (const line of code) {
      const lower = line.toLowerCase();
      for (const rule of prose) {
        for (const k of rule.keywords) {
          for (const m of lower.matchAll(new RegExp(k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')))
            assert.equal(rule.keywordGate!(line, m.index, line.length), false, `${rule.id} at ${k} in ${line}`);
        }
      }
    }
  });
});

describe('labelEndsLine (prose-credential-next-line)', () => {
  it('turns away a label whose next line holds no value alone, blank line or fence', () => {
    const v = sample.alnum(12);
    for (const text of [
      'secretKeyRef:\n   key: token',
      'Password:\nshort',
      `Password:\n${' '.repeat(13)}${v}`,
      `Password:\n${v} and more`,
      `Password:\n"${v}"`,
      'Password:',
    ]) {
      const lineEnd = text.includes('\n') ? text.indexOf('\n') : text.length;
      assert.equal(labelEndsLine(text, 0, lineEnd), false, JSON.stringify(text));
    }
    assert.equal(labelEndsLine(`Password:\n${v}`, 0, 9), true);
  });
});

describe('headerEndsLine (prose-table-credential)', () => {
  it('turns away a noun ending its line where the next line opens no row, separator or blank line', () => {
    for (const text of [
      'key: token\n        - name: auth',
      '| user | token |\n- item',
      '| user | token |\n:--',
      '| user | token |\n         | a | b |',
      '| user | token |',
      '| user | token |\nuser | x',
    ]) {
      const lineEnd = text.includes('\n') ? text.indexOf('\n') : text.length;
      assert.equal(headerEndsLine(text, text.indexOf('token'), lineEnd), false, JSON.stringify(text));
    }
    // The same header above a row passes.
    assert.equal(headerEndsLine('| user | token |\n| a | b |', 9, 16), true);
  });
});

describe('prose rules in code count only in comments (Rule.commentsOnlyInCode, commentMayPrecede)', () => {
  /** The rule as it was before the detector skipped keywords no comment can precede. */
  const unskipped = (rule: Rule): Rule => ({ ...rule, commentsOnlyInCode: false });
  // Comment openers of every language the prose judge knows, and code around them.
  const openers = fc.constantFrom(
    '// ',
    '//',
    '# ',
    '#',
    '/* ',
    ' * ',
    '* ',
    '-- ',
    '<!-- ',
    '"""',
    "r'''",
    '; ',
    'REM ',
    'rem\t',
    'x = 1 ',
    'call(a, b);  ',
    'const s = "',
    "'",
    '  ',
    '\t',
    '\n',
  );
  const codeTextOf = (rule: Rule) =>
    fc
      .tuple(
        fc.array(fc.oneof(openers, junkOf(rule)), { maxLength: 4 }).map((p) => p.join('')),
        nounsOf(rule),
        joins,
        values.map((v) => v + '7'),
        fc.oneof(fc.constant(''), junkOf(rule)),
      )
      .map(([before, noun, join, value, after]) => before + noun + join + value + after);

  it('are marked on the prose rules that may stand in code', () => {
    for (const rule of proseInCode) assert.equal(rule.commentsOnlyInCode, true, rule.id);
    // The detector reads back from a long line's first such keyword by a margin longer than any of them.
    for (const rule of builtinRules.filter((r) => r.commentsOnlyInCode))
      for (const k of rule.keywords) assert.ok(k.length < 256, k);
  });

  it('find in code and scripts exactly what they found without the skip (judge on)', function () {
    this.timeout(120_000);
    for (const rule of proseInCode) {
      const skipping = new Detector([rule]);
      const full = new Detector([unskipped(rule)]);
      let found = 0;
      fc.assert(
        fc.property(codeTextOf(rule), fc.constantFrom('src/app.ts', 'tools/run.sh', 'lib/x.py'), (text, path) => {
          const expected = full.scan(text, { path });
          found += expected.length;
          assert.deepEqual(skipping.scan(text, { path }), expected, `${rule.id} in ${path}`);
        }),
        { numRuns: 2500, seed: 37 },
      );
      // Enough comments with a credential in them that the skip was put to the test.
      assert.ok(found >= 10, `${rule.id}: only ${found} findings`);
    }
  });

  it('skip keywords in code with no comment before them, not in documents', () => {
    const v = sample.alnum(10) + '7';
    const rule = prose.find((r) => r.id === 'prose-credential')!;
    const detector = new Detector([rule]);
    assert.equal(detector.scan(`const note = 1; password: ${v}`, { path: 'src/a.ts' }).length, 0);
    assert.equal(detector.scan(`// password: ${v}`, { path: 'src/a.ts' }).length, 1);
    assert.equal(detector.scan(`x = 1  # password: ${v}`, { path: 'a.py' }).length, 1);
    assert.equal(detector.scan(`password: ${v}`, { path: 'docs/notes.md' }).length, 1);
    assert.ok(commentMayPrecede('  # password', 0, 4));
    assert.ok(commentMayPrecede('rem password', 0, 4));
    assert.ok(!commentMayPrecede('  const password', 0, 8));
    assert.ok(commentMayPrecede('run(); password', 0, 11), 'a `;` may open a comment in some languages');
    assert.ok(!commentMayPrecede('premise password', 0, 8), '`rem` inside a word, with no blank after');
  });
});
