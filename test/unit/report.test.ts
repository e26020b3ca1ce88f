import assert from 'node:assert/strict';
import Ajv from 'ajv';
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import { Detector } from '../../src/core/detect/detector';
import { formatJson } from '../../src/core/report/json';
import { locateFindings, ruleLookup, type ScanReport } from '../../src/core/report/model';
import { formatSarif, sarifLevel } from '../../src/core/report/sarif';
import { formatText } from '../../src/core/report/text';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

// Secrets are generated at runtime by FakeTokens.
const fake = new FakeTokens(5);
const rules = ruleLookup(builtinRules);
const detector = new Detector(builtinRules);

function reportOf(
  files: Record<string, string>,
  extra: Partial<ScanReport> = {},
): { report: ScanReport; secrets: string[] } {
  const findings = Object.entries(files).flatMap(([path, text]) => locateFindings(path, text, detector.scan(text)));
  const secrets = Object.entries(files).flatMap(([path, text]) =>
    findings.filter((f) => f.path === path).map((f) => text.slice(f.start, f.end)),
  );
  return {
    report: {
      tool: { name: 'ai-secret-guard', version: '0.1.0' },
      command: 'ai-secret-guard scan .',
      findings,
      skipped: [],
      filesScanned: Object.keys(files).length,
      bytesScanned: 100,
      durationMs: 12,
      baselined: 0,
      partial: false,
      ...extra,
    },
    secrets,
  };
}

describe('reporters', () => {
  const pem = fake.pem('OPENSSH PRIVATE KEY', 4);
  const files = {
    'src/a b.ts': `// config\nconst t = "${fake.githubStyle('ghp_')}";\n`,
    'keys/id': `${pem}\n`,
    'web/app.js': `fetch(u, { headers: { Authorization: "Bearer ${fake.alnum(40)}" } });`,
  };

  it('locates findings at 1-based lines and columns with an exclusive end, across lines', () => {
    const { report } = reportOf(files);
    const gh = report.findings.find((f) => f.ruleId === 'github-pat-classic')!;
    assert.deepEqual([gh.startLine, gh.startColumn, gh.endLine, gh.endColumn], [2, 12, 2, 52]);
    const key = report.findings.find((f) => f.ruleId === 'openssh-private-key')!;
    assert.deepEqual([key.startLine, key.startColumn, key.endLine], [1, 1, 7]);
    assert.equal(key.endColumn, '-----END OPENSSH PRIVATE KEY-----'.length + 1);
  });

  it('produces SARIF that validates against the official 2.1.0 schema', () => {
    const { report } = reportOf(files, { skipped: [{ path: 'big.bin', reason: 'binary' }] });
    const ajv = new Ajv({ schemaId: 'id', allErrors: true });
    ajv.addMetaSchema(draft04);
    const validate = ajv.compile(sarifSchema);
    const doc = JSON.parse(formatSarif(report, rules, 'https://example.invalid/tool'));
    assert.ok(validate(doc), JSON.stringify(validate.errors, null, 1));
    const uris = doc.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0].physicalLocation.artifactLocation.uri,
    );
    assert.deepEqual(uris, ['src/a%20b.ts', 'keys/id', 'web/app.js'], 'paths are percent-encoded relative URIs');
  });

  it('maps confidence to SARIF levels', () => {
    assert.deepEqual((['high', 'medium', 'low'] as const).map(sarifLevel), ['error', 'warning', 'note']);
  });

  it('marks a partial scan in every format', () => {
    const { report } = reportOf(files, {
      partial: true,
      skipped: [{ path: 'locked', reason: 'unreadable', detail: 'EACCES' }],
    });
    assert.match(formatText(report, rules, { color: false }), /partial scan/);
    assert.equal(JSON.parse(formatJson(report, rules)).summary.partial, true);
    assert.equal(
      JSON.parse(formatSarif(report, rules, 'https://x.invalid')).runs[0].invocations[0].executionSuccessful,
      false,
    );
  });

  it('never includes a secret value in any format', () => {
    const { report, secrets } = reportOf(files);
    assert.equal(secrets.length, 3);
    for (const out of [
      formatText(report, rules, { color: true }),
      formatJson(report, rules),
      formatSarif(report, rules, 'https://x.invalid'),
    ]) {
      for (const s of secrets) {
        assert.ok(!out.includes(s), 'secret leaked into a report');
        for (const line of s.split('\n').filter((l) => l.length > 12))
          assert.ok(!out.includes(line), 'part of a key leaked');
      }
    }
  });

  it('carries the client-visible class into every format', () => {
    const { report } = reportOf({
      'public/env.js': `const t = "${fake.githubStyle('ghp_')}";\n`,
      'src/a.ts': `const t = "${fake.githubStyle('ghp_')}";\n`,
    });
    const reason = 'in public/, which is served to browsers as is';
    assert.match(
      formatText(report, rules, { color: false }),
      new RegExp(`^ {4}client-visible: ${reason.replace(/[/]/g, '\\/')}$`, 'm'),
    );
    const json = JSON.parse(formatJson(report, rules));
    assert.equal(json.summary.clientVisible, 1);
    assert.deepEqual(
      json.findings.map((f: { clientVisible: boolean; clientVisibleReason: string | null }) => [
        f.clientVisible,
        f.clientVisibleReason,
      ]),
      [
        [true, reason],
        [false, null],
      ],
    );
    const results = JSON.parse(formatSarif(report, rules, 'https://x.invalid')).runs[0].results;
    assert.deepEqual(
      results.map((r: { properties: { clientVisible: boolean } }) => r.properties.clientVisible),
      [true, false],
    );
    assert.match(results[0].message.text, /It is client-visible \(in public\/, which is served to browsers as is\)/);
  });

  it('says clearly when nothing was found', () => {
    const { report } = reportOf({ 'a.ts': 'export {};\n' });
    assert.equal(formatText(report, rules, { color: false }), '✔ no secrets found · 1 file scanned in 0.01 s\n');
  });
});
