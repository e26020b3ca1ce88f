import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  fingerprintKeyId,
  fingerprintPublisher,
  formatFingerprintKey,
  newFingerprintKey,
  parseFingerprintKey,
} from '../../src/core/fingerprint';
import { fingerprint } from '../../src/core/redact';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { FINGERPRINT_KEY_FILE } from '../../src/scan/fingerprintKey';
import { runCli } from '../support/runCli';
import { TempWorkspace } from '../support/tempWorkspace';

// Fingerprints hold no guessable hash: keyed by a per-repository key that no output contains.
// The token is fake (FakeTokens); the weak password is built from parts at run time.
const fake = new FakeTokens(8080);

interface JsonDoc {
  findings: { ruleId: string; path: string; fingerprint: string }[];
  summary: { findings: number; baselined: number };
}

const scanJson = async (root: string, ...args: string[]): Promise<JsonDoc> =>
  JSON.parse((await runCli(['scan', '-f', 'json', ...args], root, { jobs: 1 })).stdout) as JsonDoc;

describe('fingerprints', function () {
  this.timeout(60_000);
  const token = fake.githubStyle('ghp_');
  const password = ['Sun', 'shine', '42x'].join('');
  let ws: TempWorkspace;

  beforeEach(() => {
    ws = new TempWorkspace({ 'src/app.py': `DB_PASSWORD = "${password}"\nTOKEN = "${token}"\n` });
    execFileSync('git', ['init', '-q'], { cwd: ws.root });
  });
  afterEach(() => ws.dispose());

  it('publishes an identity under a key: 32 hex digits, the same for one key, unrelated across keys', () => {
    const [k1, k2] = [newFingerprintKey(), newFingerprintKey()];
    assert.match(k1, /^[0-9a-f]{64}$/);
    const id = fingerprint('generic-password', password);
    assert.equal(fingerprintPublisher(k1)(id), fingerprintPublisher(k1)(id));
    assert.match(fingerprintPublisher(k1)(id), /^[0-9a-f]{32}$/);
    assert.notEqual(fingerprintPublisher(k1)(id), fingerprintPublisher(k2)(id));
    assert.notEqual(fingerprintPublisher(k1)(id), id);
    assert.equal(parseFingerprintKey(formatFingerprintKey(k1)), k1);
    assert.equal(parseFingerprintKey('# no key here\n'), undefined);
    assert.notEqual(fingerprintKeyId(k1), fingerprintKeyId(k2));
  });

  it('without a key file, reports use a random key per run and create no file', async () => {
    const [a, b] = [await scanJson(ws.root), await scanJson(ws.root)];
    assert.equal(a.findings.length, 2);
    const weak = a.findings.find((f) => f.ruleId !== 'github-pat-classic')!;
    assert.notEqual(
      weak.fingerprint,
      fingerprint(weak.ruleId, password),
      'not the unkeyed hash a guess can be checked against',
    );
    assert.notDeepEqual(
      a.findings.map((f) => f.fingerprint),
      b.findings.map((f) => f.fingerprint),
    );
    assert.equal(existsSync(ws.path(FINGERPRINT_KEY_FILE)), false);
  });

  it('writing a baseline creates the key; fingerprints are then stable, portable, and never show the key', async () => {
    const written = await runCli(['baseline'], ws.root, { jobs: 1 });
    assert.equal(written.code, 0, written.stderr);
    assert.match(written.stderr, /created \.ai-secret-guard-key: commit it/);
    const key = parseFingerprintKey(readFileSync(ws.path(FINGERPRINT_KEY_FILE), 'utf8'))!;
    const baseline = JSON.parse(readFileSync(ws.path('.ai-secret-guard-baseline.json'), 'utf8')) as {
      keyId: string;
      entries: { fingerprint: string }[];
    };
    assert.equal(baseline.keyId, fingerprintKeyId(key));

    const first = await scanJson(ws.root);
    assert.deepEqual(
      first.findings.map((f) => f.fingerprint).sort(),
      baseline.entries.map((e) => e.fingerprint).sort(),
    );
    assert.deepEqual((await scanJson(ws.root)).findings, first.findings, 'the same on the next run');
    assert.equal((await scanJson(ws.root, '--baseline', '.ai-secret-guard-baseline.json')).summary.baselined, 2);

    // Another machine: a fresh clone of the files, key and baseline included.
    const clone = mkdtempSync(path.join(tmpdir(), 'asg-clone-'));
    try {
      cpSync(ws.root, clone, { recursive: true });
      const there = await scanJson(clone, '--baseline', '.ai-secret-guard-baseline.json');
      assert.equal(there.summary.findings, 0);
      assert.equal(there.summary.baselined, 2);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }

    const outputs = [written.stdout, written.stderr, readFileSync(ws.path('.ai-secret-guard-baseline.json'), 'utf8')];
    for (const format of ['text', 'json', 'sarif']) {
      const r = await runCli(['scan', '-f', format], ws.root, { jobs: 1 });
      outputs.push(r.stdout, r.stderr);
    }
    const evidence = await runCli(['evidence', '--no-exposure'], ws.root, { jobs: 1 });
    outputs.push(evidence.stdout, evidence.stderr);
    for (const out of outputs) {
      assert.ok(!out.includes(key), 'no output holds the key');
      assert.ok(!out.includes(password) && !out.includes(token), 'no output holds a secret');
    }
    assert.equal(
      (await scanJson(ws.root, FINGERPRINT_KEY_FILE)).findings.length,
      0,
      'the key file is not taken for a secret',
    );
  });

  it('matches a baseline written before keys by its unkeyed entries, and rewrites them keyed', async () => {
    const before = await scanJson(ws.root);
    const legacy = {
      version: 1,
      entries: before.findings.map((f) => ({
        fingerprint: fingerprint(f.ruleId, f.ruleId === 'github-pat-classic' ? token : password),
        ruleId: f.ruleId,
        path: f.path,
      })),
    };
    writeFileSync(ws.path('.ai-secret-guard-baseline.json'), JSON.stringify(legacy, null, 2));
    const matched = await scanJson(ws.root, '--baseline', '.ai-secret-guard-baseline.json');
    assert.equal(matched.summary.findings, 0, 'the legacy entries still accept their findings');
    assert.equal(matched.summary.baselined, 2);

    assert.equal((await runCli(['baseline'], ws.root, { jobs: 1 })).code, 0);
    const rewritten = JSON.parse(readFileSync(ws.path('.ai-secret-guard-baseline.json'), 'utf8')) as {
      keyId?: string;
      entries: { fingerprint: string }[];
    };
    assert.ok(rewritten.keyId);
    const legacyPrints = new Set(legacy.entries.map((e) => e.fingerprint));
    assert.ok(
      rewritten.entries.every((e) => !legacyPrints.has(e.fingerprint)),
      'no unkeyed hash is left',
    );
    assert.equal((await scanJson(ws.root, '--baseline', '.ai-secret-guard-baseline.json')).summary.baselined, 2);
  });

  it('says when the baseline was written under another key, or its key file is missing', async () => {
    await runCli(['baseline'], ws.root, { jobs: 1 });
    writeFileSync(ws.path(FINGERPRINT_KEY_FILE), formatFingerprintKey(newFingerprintKey()));
    const other = await runCli(['scan', '--baseline', '.ai-secret-guard-baseline.json'], ws.root, { jobs: 1 });
    assert.equal(other.code, 1, 'the entries do not match under another key');
    assert.match(other.stderr, /written with another fingerprint key than \.ai-secret-guard-key/);
    rmSync(ws.path(FINGERPRINT_KEY_FILE));
    const missing = await runCli(['scan', '--baseline', '.ai-secret-guard-baseline.json'], ws.root, { jobs: 1 });
    assert.match(missing.stderr, /there is no \.ai-secret-guard-key here: commit the key file with the baseline/);
    writeFileSync(ws.path(FINGERPRINT_KEY_FILE), 'not a key\n');
    const broken = await runCli(['scan'], ws.root, { jobs: 1 });
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /holds no fingerprint key/);
  });
});
