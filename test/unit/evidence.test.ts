import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import type { FileExposure } from '../../src/core/exclusions/exposure';
import { formatEvidence, type EvidenceInput } from '../../src/core/report/evidence';
import { mdCode, mdLink, mdText } from '../../src/core/report/markdown';
import { locateFindings, ruleLookup, type ReportedFinding, type ScanReport } from '../../src/core/report/model';
import { groupByFile, summarizeReport } from '../../src/core/report/summary';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import type { Rule } from '../../src/core/rules/types';

// Every secret below is generated at runtime by FakeTokens (or a rule's own example generator):
// nothing committed here is a credential.
const fake = new FakeTokens(606);
const detector = new Detector(builtinRules);

function baseReport(findings: readonly ReportedFinding[], extra: Partial<ScanReport> = {}): ScanReport {
  return {
    tool: { name: 'ai-secret-guard', version: '9.9.9' },
    command: 'ai-secret-guard evidence .',
    findings,
    skipped: [],
    filesScanned: 10,
    bytesScanned: 4096,
    durationMs: 50,
    baselined: 0,
    partial: false,
    ...extra,
  };
}

/** Scans the given files for real, returning the report and the secret values it must never show. */
function scanned(
  files: Record<string, string>,
  extra: Partial<ScanReport> = {},
): { report: ScanReport; secrets: string[] } {
  const findings: ReportedFinding[] = [];
  const secrets: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    for (const f of locateFindings(path, text, detector.scan(text))) {
      findings.push(f);
      secrets.push(text.slice(f.start, f.end));
    }
  }
  return { report: baseReport(findings, { filesScanned: Object.keys(files).length, ...extra }), secrets };
}

/** A finding made by hand, for paths and confidences no fixture file needs to hold. */
function made(
  path: string,
  line: number,
  ruleId: string,
  confidence: ReportedFinding['confidence'],
  extra: Partial<ReportedFinding> = {},
): ReportedFinding {
  return {
    ruleId,
    start: 0,
    end: 1,
    confidence,
    fingerprint: `${ruleId}:${path}:${line}`,
    preview: 'abcd…(40 chars)',
    entropy: 4,
    path,
    startLine: line,
    startColumn: 1,
    endLine: line,
    endColumn: 41,
    ...extra,
  };
}

function section(md: string, heading: string): string {
  const start = md.indexOf(`### ${heading}\n`);
  assert.ok(start !== -1, `missing section ${heading}`);
  const next = md.indexOf('\n### ', start + 4);
  return md.slice(start, next === -1 ? undefined : next);
}

const SECTIONS = [
  'Secret surfaces reviewed',
  'Scanner command and version',
  'Result',
  'Files requiring human inspection',
  'Client-visible config confirmed',
  'Rotation needed',
  'AI-context exposure',
  'Unverified risk',
  'Reviewer sign-off',
];

describe('PR evidence', () => {
  const stripe = `sk_live_${fake.alnum(24)}`;
  const aws = fake.base64(40).replace(/[+/=]/g, 'K');
  const github = fake.githubStyle('ghp_');
  const files = {
    'public/config.js': `window.CONFIG = { stripeKey: "${stripe}" };\n`,
    '.env': `AWS_SECRET_ACCESS_KEY=${aws}\nVITE_GITHUB_TOKEN=${github}\n`,
    'src/server.ts': `// the same token again\nconst token = "${github}";\n`,
  };

  function input(extra: Partial<EvidenceInput> = {}): EvidenceInput {
    return { report: scanned(files).report, rules: builtinRules, roots: ['.'], scope: 'working tree', ...extra };
  }

  it('has every section of the review contract, in order', () => {
    const md = formatEvidence(input());
    const at = SECTIONS.map((s) => md.indexOf(`\n### ${s}\n`));
    assert.ok(
      at.every((i) => i > 0),
      JSON.stringify(at),
    );
    assert.deepEqual(
      [...at].sort((a, b) => a - b),
      at,
    );
    assert.ok(md.startsWith('<!-- ai-secret-guard:evidence v1 -->\n## Secret leak review evidence\n'));
    assert.ok(md.endsWith('\n') && !md.endsWith('\n\n'));
  });

  it('never contains a secret value, not even a long part of one', () => {
    const pem = fake.pem('RSA PRIVATE KEY', 4);
    const { report, secrets } = scanned({
      ...files,
      'keys/deploy.pem': `${pem}\n`,
      'web/index.html': `<script>const k = "${fake.githubStyle('ghp_')}";</script>`,
    });
    assert.ok(secrets.length >= 5);
    const md = formatEvidence({ report, rules: builtinRules, roots: ['.'] });
    for (const s of secrets) {
      assert.ok(!md.includes(s), 'a secret leaked into the evidence');
      for (let i = 0; i + 12 <= s.length; i += 4)
        assert.ok(!md.includes(s.slice(i, i + 12)), 'part of a secret leaked');
    }
  });

  it('states what was scanned, with which rules, by which command and version', () => {
    const md = formatEvidence(input({ roots: ['src', 'apps/web'] }));
    const surfaces = section(md, 'Secret surfaces reviewed');
    assert.match(surfaces, /- \*\*Scanned:\*\* `apps\/web`, `src` \(working tree\)/);
    assert.match(surfaces, /- \*\*Files:\*\* 3 scanned \(4\.0 KiB\)/);
    const providers = new Set(builtinRules.map((r) => r.provider)).size;
    assert.match(
      surfaces,
      new RegExp(`- \\*\\*Rules:\\*\\* ${builtinRules.length} rules from ${providers} provider families`),
    );
    assert.match(surfaces, /<details><summary>Rule families<\/summary>\n\n.*GitHub.*Stripe.*\.\n\n<\/details>/s);
    const scanner = section(md, 'Scanner command and version');
    assert.match(scanner, /- \*\*Command:\*\* `ai-secret-guard evidence \.`/);
    assert.match(scanner, /- \*\*Version:\*\* ai-secret-guard 9\.9\.9/);
  });

  it('fails with counts by confidence, and passes when every finding is below --fail-on', () => {
    const fail = section(formatEvidence(input()), 'Result');
    assert.match(fail, /- \*\*✖ FAIL:\*\* 4 findings at or above low confidence\./);
    assert.match(
      fail,
      /- \*\*Findings:\*\* 4 \(4 high, 0 medium, 0 low\): 3 distinct secrets in 3 files, 2 client-visible\./,
    );
    assert.match(fail, /- \*\*Baselined:\*\* none\./);

    const jwtOnly = scanned({ 'a.txt': `session=${fake.jwt()}\n` }).report;
    assert.equal(jwtOnly.findings[0]!.confidence, 'medium');
    const pass = section(
      formatEvidence({ report: jwtOnly, rules: builtinRules, roots: ['.'], failOn: 'high' }),
      'Result',
    );
    assert.match(pass, /- \*\*✔ PASS:\*\* no finding at or above high confidence\./);
    assert.match(pass, /1 \(0 high, 1 medium, 0 low\)/);
    const clean = section(formatEvidence({ report: baseReport([]), rules: builtinRules, roots: ['.'] }), 'Result');
    assert.match(clean, /✔ PASS/);
    assert.doesNotMatch(clean, /Findings:/);
  });

  it('warns about a partial scan, counts baselined findings and lists caller facts', () => {
    const report = baseReport([], {
      partial: true,
      baselined: 3,
      skipped: [{ path: 'locked.env', reason: 'unreadable', detail: 'EACCES' }],
    });
    const md = formatEvidence({
      report,
      rules: builtinRules,
      roots: ['.'],
      facts: ['2 findings arrived through AI inserts this session.', 'A <b>fact</b>'],
    });
    const result = section(md, 'Result');
    assert.match(result, /- \*\*⚠ Partial scan:\*\* 1 file could not be read; this result is incomplete\./);
    assert.match(result, /- \*\*Baselined:\*\* 3 findings matched the baseline and are not listed\./);
    assert.match(result, /- 2 findings arrived through AI inserts this session\.\n- A &lt;b&gt;fact&lt;\/b&gt;/);
  });

  it('lists each file requiring inspection with line, rule, preview and confidence, sorted', () => {
    const { report } = scanned(files);
    const shuffled = { ...report, findings: [...report.findings].reverse() };
    const table = section(
      formatEvidence({ report: shuffled, rules: builtinRules, roots: ['.'] }),
      'Files requiring human inspection',
    );
    const rows = table.split('\n').filter((l) => l.startsWith('| `'));
    assert.deepEqual(
      rows.map((r) => r.split(' | ').slice(0, 3).join(' | ')),
      [
        '| `.env` | 1 | AWS secret access key',
        '| `.env` | 2 | GitHub personal access token (classic)',
        '| `public/config.js` | 1 | Stripe live secret key',
        '| `src/server.ts` | 2 | GitHub personal access token (classic)',
      ],
    );
    assert.match(rows[2]!, /\| `sk_l…\(32 chars\)` \| high \| \*\*yes\*\* \|$/);
    assert.match(rows[0]!, /\| high \| no \|$/);
    assert.match(
      section(
        formatEvidence({ report: baseReport([]), rules: builtinRules, roots: ['.'] }),
        'Files requiring human inspection',
      ),
      /None: no finding to inspect\./,
    );
  });

  it('escapes pipes, backticks, HTML and Markdown from paths and custom rule titles', () => {
    const custom: Rule = {
      ...builtinRules[0]!,
      id: 'acme-token',
      provider: 'Custom',
      title: 'Acme *token* <img src=x> | [x](y)',
      docs: 'https://example.invalid/rotate (now)',
    };
    const findings = [made('odd|dir/a`b.ts', 3, 'acme-token', 'high', { preview: 'a|`…(20 chars)' })];
    const md = formatEvidence({ report: baseReport(findings), rules: [custom], roots: ['odd|dir'] });
    const row = section(md, 'Files requiring human inspection')
      .split('\n')
      .find((l) => l.startsWith('| ``'))!;
    assert.equal(
      row,
      '| ``odd\\|dir/a`b.ts`` | 3 | Acme \\*token\\* &lt;img src=x&gt; \\| \\[x\\](y) | ``a\\|`…(20 chars)`` | high | no |',
    );
    assert.doesNotMatch(md, /<img/);
    assert.match(
      section(md, 'Rotation needed'),
      /\(high\): how to rotate \(Custom\)$/m,
      'a URL with a space is no link',
    );
    assert.match(md, /1 rule from 1 provider family \(1 custom\)/);
  });

  it('lists client-visible findings with the reason', () => {
    const visible = section(formatEvidence(input()), 'Client-visible config confirmed');
    assert.match(visible, /✖ 2 secrets are readable by anyone who loads the site or unpacks the app:/);
    const items = visible.split('\n').filter((l) => l.startsWith('- '));
    assert.deepEqual(items, [
      '- `.env:2` GitHub personal access token (classic) `ghp_…(40 chars)`: assigned to VITE\\_GITHUB\\_TOKEN, which Vite exposes to client code through import.meta.env.',
      '- `public/config.js:1` Stripe live secret key `sk_l…(32 chars)`: in public/, which is served to browsers as is.',
    ]);
  });

  it('says explicitly what was checked when nothing is client-visible', () => {
    const { report } = scanned({ 'src/server.ts': `const token = "${github}";\n` });
    const none = section(
      formatEvidence({ report, rules: builtinRules, roots: ['.'] }),
      'Client-visible config confirmed',
    );
    assert.match(
      none,
      /✔ None of the 1 finding is client-visible\. Checked: locations shipped to browsers and apps \(`src\/main\/assets\/`.*`public\/`.*`\*\.html`.*\) and variables frameworks expose to the client \(`NEXT_PUBLIC_\*`.*`VITE_\*`.*\)\./,
    );
    const clean = section(
      formatEvidence({ report: baseReport([]), rules: builtinRules, roots: ['.'] }),
      'Client-visible config confirmed',
    );
    assert.match(clean, /✔ No finding, so nothing is client-visible\. Checked:/);
  });

  it('asks for one rotation per secret, with the provider link and a checkbox', () => {
    const rotation = section(formatEvidence(input()), 'Rotation needed');
    const items = rotation.split('\n').filter((l) => l.startsWith('- [ ] '));
    assert.equal(items.length, 3, 'the GitHub token in two files is one rotation');
    assert.match(
      items[1]!,
      /^- \[ \] Rotated or revoked: \*\*GitHub personal access token \(classic\)\*\* `ghp_…\(40 chars\)` in `\.env:2`, `src\/server\.ts:2` \(high\): \[how to rotate \(GitHub\)\]\(https:\/\/docs\.github\.com\//,
    );
    assert.match(
      items[2]!,
      /Stripe live secret key.*\[how to rotate \(Stripe\)\]\(https:\/\/docs\.stripe\.com\/keys#rolling-keys\)$/,
    );
    const low = formatEvidence({
      report: baseReport([made('a.js', 1, 'newrelic-browser-key', 'low')]),
      rules: builtinRules,
      roots: ['.'],
    });
    assert.match(
      section(low, 'Rotation needed'),
      /- \[ \] Rotated or revoked, or confirmed not a live credential: \*\*/,
    );
    assert.match(
      section(formatEvidence({ report: baseReport([]), rules: builtinRules, roots: ['.'] }), 'Rotation needed'),
      /Nothing to rotate: no secret was found\./,
    );
  });

  it('renders the AI-context exposure as a compact table, sorted', () => {
    const assistants = [
      { id: 'cursor', name: 'Cursor' },
      { id: 'claude-code', name: 'Claude Code' },
      { id: 'copilot-repo', name: 'GitHub Copilot (repository content exclusion)' },
    ];
    const exposures: FileExposure[] = [
      {
        path: 'secrets/prod|1.key',
        targets: [
          { targetId: 'cursor', level: 'exposed', openChannels: ['completions', 'chat'] },
          { targetId: 'claude-code', level: 'exposed', openChannels: ['chat'] },
          { targetId: 'copilot-repo', level: 'unknown', openChannels: [] },
        ],
      },
      {
        path: '.env',
        targets: [
          { targetId: 'cursor', level: 'partial', openChannels: ['terminal'] },
          { targetId: 'claude-code', level: 'protected', openChannels: [] },
          { targetId: 'copilot-repo', level: 'unknown', openChannels: [] },
        ],
      },
    ];
    const exposure = section(
      formatEvidence(input({ exposure: { root: '.', assistants, files: exposures } })),
      'AI-context exposure',
    );
    assert.match(
      exposure,
      /Folder `\.`; assistants checked: Claude Code, Cursor, GitHub Copilot \(repository content exclusion\)\./,
    );
    const rows = exposure.split('\n').filter((l) => l.startsWith('| `'));
    assert.deepEqual(rows, [
      '| `.env` | – | Cursor (terminal commands) | Claude Code |',
      '| `secrets/prod\\|1.key` | **all 2 checked** | – | – |',
    ]);
    assert.match(exposure, /✖ 1 sensitive file is not excluded for at least one assistant/);
    assert.match(
      exposure,
      /Not checkable from the workspace \(configured in repository settings\): GitHub Copilot \(repository content exclusion\)\./,
    );

    const none = section(formatEvidence(input({ exposure: { assistants, files: [] } })), 'AI-context exposure');
    assert.match(none, /✔ No sensitive files/);
    const skipped = formatEvidence(input({ exposureNote: 'skipped with --no-exposure' }));
    assert.match(section(skipped, 'AI-context exposure'), /Not assessed: skipped with --no-exposure\./);
    assert.match(section(skipped, 'Unverified risk'), /AI-context exposure was not assessed/);
  });

  it('lists unverified risk: skipped files by reason (capped), baseline, uncertain findings, history', () => {
    const skipped = [
      ...Array.from({ length: 25 }, (_, i) => ({
        path: `img/${String(24 - i).padStart(2, '0')}.png`,
        reason: 'binary' as const,
      })),
      { path: 'dump.sql', reason: 'too-large' as const },
      { path: 'locked.env', reason: 'unreadable' as const, detail: 'EACCES' },
    ];
    const report = baseReport([made('a.txt', 1, 'jwt', 'medium'), made('b.js', 1, 'newrelic-browser-key', 'low')], {
      skipped,
      partial: true,
      baselined: 2,
    });
    const risk = section(formatEvidence({ report, rules: builtinRules, roots: ['.'] }), 'Unverified risk');
    const items = risk.split('\n').filter((l) => l.startsWith('- '));
    assert.equal(items[0], '- 1 file unreadable (the scan is partial): `locked.env (EACCES)`.');
    assert.equal(items[1], '- 1 file over the size limit, not scanned: `dump.sql`.');
    assert.match(
      items[2]!,
      /^- 25 files binary, not scanned: `img\/00\.png`, `img\/01\.png`, .*`img\/19\.png` and 5 more\.$/,
    );
    assert.match(risk, /- The scan is partial/);
    assert.match(risk, /- 2 baselined findings were accepted earlier and not re-reviewed here/);
    assert.match(risk, /- 2 findings of medium or low confidence may be test values or false positives/);
    assert.match(risk, /- Git history was not scanned/);
    assert.match(
      section(
        formatEvidence({ report: baseReport([]), rules: builtinRules, roots: ['.'] }),
        'Files requiring human inspection',
      ),
      /None/,
    );
  });

  it('offers the sign-off checklist that fits the result', () => {
    const withFindings = section(formatEvidence(input()), 'Reviewer sign-off');
    assert.equal(withFindings.split('\n').filter((l) => l.startsWith('- [ ] ')).length, 4);
    const clean = section(
      formatEvidence({ report: baseReport([]), rules: builtinRules, roots: ['.'] }),
      'Reviewer sign-off',
    );
    assert.equal(clean.split('\n').filter((l) => l.startsWith('- [ ] ')).length, 2);
  });

  it('is deterministic: the order of findings, skips, roots, rules and facts does not matter', () => {
    const { report } = scanned(files, {
      skipped: [
        { path: 'b.bin', reason: 'binary' },
        { path: 'a.bin', reason: 'binary' },
      ],
    });
    const facts = ['b fact.', 'a fact.'];
    const a = formatEvidence({ report, rules: builtinRules, roots: ['x', 'y'], facts });
    const b = formatEvidence({
      report: {
        ...report,
        findings: [...report.findings].reverse(),
        skipped: [...report.skipped].reverse(),
        durationMs: 9999,
      },
      rules: [...builtinRules].reverse(),
      roots: ['y', 'x'],
      facts: [...facts].reverse(),
    });
    assert.equal(a, b);
  });
});

describe('report summary', () => {
  it('aggregates by confidence, provider, file, client visibility and skip reason', () => {
    const findings = [
      made('public/a.js', 2, 'github-pat-classic', 'high', { fingerprint: 'x', clientVisibleReason: 'in public/' }),
      made('src/b.ts', 1, 'github-pat-classic', 'high', { fingerprint: 'x' }),
      made('src/b.ts', 9, 'stripe-secret-key', 'high'),
      made('c.txt', 1, 'jwt', 'medium'),
      made('d.txt', 1, 'gone-rule', 'low'),
    ];
    const s = summarizeReport(
      baseReport(findings, {
        skipped: [
          { path: 'x.png', reason: 'binary' },
          { path: 'y', reason: 'unreadable' },
        ],
        partial: true,
        baselined: 1,
      }),
      ruleLookup(builtinRules),
    );
    assert.deepEqual(s.byConfidence, { high: 3, medium: 1, low: 1 });
    assert.deepEqual(s.byProvider, [
      { provider: 'GitHub', findings: 2 },
      { provider: 'Custom', findings: 1 },
      { provider: 'JWT', findings: 1 },
      { provider: 'Stripe', findings: 1 },
    ]);
    assert.equal(s.findings, 5);
    assert.equal(s.distinctSecrets, 4);
    assert.equal(s.filesAffected, 4);
    assert.equal(s.clientVisible, 1);
    assert.deepEqual(s.skipped, { binary: 1, 'too-large': 0, unreadable: 1, 'too-many-findings': 0 });
    assert.equal(s.partial, true);
    assert.equal(s.baselined, 1);
    assert.equal(s.durationMs, 50);
    assert.deepEqual(
      groupByFile(findings).map((g) => [g.path, g.findings.map((f) => f.startLine)]),
      [
        ['c.txt', [1]],
        ['d.txt', [1]],
        ['public/a.js', [2]],
        ['src/b.ts', [1, 9]],
      ],
    );
  });
});

describe('Markdown escaping', () => {
  it('fences code spans around backticks and escapes pipes only in tables', () => {
    assert.equal(mdCode('a`b'), '``a`b``');
    assert.equal(mdCode('`a'), '`` `a ``');
    assert.equal(mdCode('a|b'), '`a|b`');
    assert.equal(mdCode('a|b', true), '`a\\|b`');
    assert.equal(mdCode('line\nbreak'), '`line break`');
  });

  it('escapes inline markup and HTML in text, and links only to http(s)', () => {
    assert.equal(mdText('*a* _b_ [c] <d> &amp; | ~'), '\\*a\\* \\_b\\_ \\[c\\] &lt;d&gt; &amp;amp; \\| \\~');
    assert.equal(mdText('Weights & Biases'), 'Weights & Biases');
    assert.equal(mdLink('x', 'javascript:alert(1)'), 'x');
    assert.equal(mdLink('x', 'https://a.invalid/p(1)'), '[x](https://a.invalid/p%281%29)');
  });
});
