import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { locateFindings, ruleLookup, type ScanReport } from '../../src/core/report/model';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { parseWebviewMessage } from '../../src/extension/audit/protocol';
import { buildAuditView, findingById } from '../../src/extension/audit/viewModel';

// Tokens are generated at runtime; nothing committed is a credential.
const fake = new FakeTokens(777);
const detector = new Detector(builtinRules);

function reportOf(files: Record<string, string>): ScanReport {
  const findings = Object.entries(files).flatMap(([path, text]) => locateFindings(path, text, detector.scan(text)));
  return {
    tool: { name: 'ai-secret-guard', version: '0' },
    command: 'audit',
    findings,
    skipped: [{ path: 'big.log', reason: 'too-large' }],
    filesScanned: 2,
    bytesScanned: 100,
    durationMs: 12.4,
    baselined: 1,
    partial: false,
  };
}

describe('audit report view', () => {
  const github = fake.githubStyle('ghp_');
  const stripe = 'sk_live_' + fake.alnum(24);
  const report = reportOf({
    'src/z.ts': `const a = 1;\nexport const t = "${github}";\n`,
    'public/app.js': `window.k = "${stripe}";\n`,
  });
  const view = buildAuditView({
    report,
    rules: ruleLookup(builtinRules),
    exposure: {
      assistants: [
        { id: 'cursor', name: 'Cursor' },
        { id: 'claude-code', name: 'Claude Code' },
      ],
      files: [
        {
          path: '.env',
          targets: [
            { targetId: 'cursor', level: 'protected', openChannels: [] },
            { targetId: 'claude-code', level: 'partial', openChannels: ['terminal'] },
          ],
        },
      ],
    },
    aiInsertFindings: 2,
    cancelled: false,
    finishedAt: new Date(0),
  });

  it('lists findings in location order with redacted previews, rules, providers and rotation links', () => {
    assert.deepEqual(
      view.findings.map((f) => [f.id, f.path, f.line, f.ruleId, f.provider, f.confidence]),
      [
        [0, 'public/app.js', 1, 'stripe-secret-key', 'Stripe', 'high'],
        [1, 'src/z.ts', 2, 'github-pat-classic', 'GitHub', 'high'],
      ],
    );
    assert.match(view.findings[0]!.clientVisibleReason ?? '', /public\//);
    assert.equal(view.findings[1]!.clientVisibleReason, undefined);
    assert.match(view.findings[1]!.rotateUrl ?? '', /^https:\/\//);
    assert.equal(findingById(report, 1)!.path, 'src/z.ts', 'ids name the same findings the view lists');
  });

  it('summarises counts and maps exposure to the assistant columns', () => {
    assert.deepEqual(view.byConfidence, { high: 2, medium: 0, low: 0 });
    assert.equal(view.clientVisible, 1);
    assert.equal(view.filesAffected, 2);
    assert.equal(view.aiInsertFindings, 2);
    assert.equal(view.baselined, 1);
    assert.deepEqual(view.exposure!.files[0]!.levels, [
      { level: 'protected', channels: [] },
      { level: 'partial', channels: ['terminal'] },
    ]);
  });

  it('never carries a secret value', () => {
    const json = JSON.stringify(view);
    assert.ok(!json.includes(github) && !json.includes(stripe));
  });

  it('accepts only well-formed webview messages', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'open', id: 3 }), { type: 'open', id: 3 });
    assert.deepEqual(parseWebviewMessage({ type: 'export', format: 'sarif' }), { type: 'export', format: 'sarif' });
    for (const junk of [
      null,
      'open',
      { type: 'open', id: '3' },
      { type: 'export', format: 'exe' },
      { type: 'eval', code: 'x' },
    ])
      assert.equal(parseWebviewMessage(junk), undefined);
  });
});
