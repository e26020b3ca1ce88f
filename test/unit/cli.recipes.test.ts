import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseInvocation, type ScanOptions } from '../../src/cli/args';

const ROOT = path.resolve(__dirname, '../../..');

/** The words after `ai-secret-guard` in a shell line (the recipes use no quoting). */
function cliArgs(line: string): string[] {
  const words = line.trim().split(/\s+/);
  const at = words.indexOf('ai-secret-guard');
  assert.ok(at >= 0, `no ai-secret-guard call in ${line}`);
  return words.slice(at + 1);
}

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
}

describe('CI recipe (docs/ci/github-actions.yml)', () => {
  const text = readFileSync(path.join(ROOT, 'docs/ci/github-actions.yml'), 'utf8');
  const workflow = parseYaml(text) as {
    on: unknown;
    jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
  };
  const job = Object.values(workflow.jobs)[0]!;

  it('is a workflow whose job may upload code scanning results', () => {
    assert.ok(workflow.on);
    assert.equal(job.permissions['security-events'], 'write');
    assert.equal(job.permissions['contents'], 'read');
  });

  it('runs the scan with flags the CLI accepts, writing SARIF that the upload step sends', () => {
    const scans = job.steps.filter((s) => s.run?.includes('ai-secret-guard'));
    assert.equal(scans.length, 1);
    const options = parseInvocation(cliArgs(scans[0]!.run!)) as ScanOptions;
    assert.equal(options.command, 'scan');
    assert.equal(options.format, 'sarif');
    assert.equal(options.output, 'results.sarif');
    const upload = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'an upload-sarif step');
    assert.equal(upload.with?.['sarif_file'], options.output);
    assert.match(upload.if ?? '', /always\(\)/, 'the upload runs when the scan failed on findings');
    assert.ok(job.steps.indexOf(upload) > job.steps.indexOf(scans[0]!));
  });

  it('is the recipe the README shows', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes('```yaml\n' + text + '```'), 'README shows docs/ci/github-actions.yml verbatim');
  });
});

describe('pre-commit hook manifest (.pre-commit-hooks.yaml)', () => {
  const hooks = parseYaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];

  it('declares a node hook that scans the index, without file names, at pre-commit', () => {
    assert.equal(hooks.length, 1);
    const hook = hooks[0]!;
    for (const key of ['id', 'name', 'entry', 'language']) assert.equal(typeof hook[key], 'string', key);
    assert.equal(hook['language'], 'node');
    assert.equal(hook['pass_filenames'], false);
    assert.deepEqual(hook['stages'], ['pre-commit']);
    const options = parseInvocation(cliArgs(hook['entry'] as string)) as ScanOptions;
    assert.equal(options.command, 'scan');
    assert.equal(options.staged, true);
  });
});
