import assert from 'node:assert/strict';
import { createAllowlist } from '../../src/core/allowlist/allowlist';
import { translateGoRegex } from '../../src/core/allowlist/goRegex';
import { baselineAcceptance, type Baseline } from '../../src/core/baseline';
import { fingerprintPublisher } from '../../src/core/fingerprint';
import type { Finding } from '../../src/core/finding';
import type { Confidence } from '../../src/core/rules/types';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import {
  baselineAcceptor,
  combineAcceptors,
  findingRank,
  gitleaksAcceptor,
  hiddenNotice,
  notAccepted,
  notAcceptedInSlices,
  SYNC_ACCEPTANCE_LIMIT,
  whenAccepted,
  selectShown,
  type DocumentText,
} from '../../src/extension/diagnostics/findingsIntake';

// The editor's intake of findings without 'vscode': acceptors made once per document, and the cap on
// problems per file. Keys and secrets are built at runtime by FakeTokens: nothing committed is a credential.
const fake = new FakeTokens(1414);

let nextStart = 0;
function finding(confidence: Confidence = 'medium', fingerprint = fake.hex(32)): Finding {
  const start = (nextStart += 10);
  return { ruleId: 'r', start, end: start + 5, confidence, fingerprint, preview: 'x…(5 chars)', entropy: 3 };
}

const baselineOf = (fingerprints: string[]): Baseline =>
  ({ version: 1, entries: fingerprints.map((fingerprint) => ({ fingerprint })) }) as unknown as Baseline;

describe('acceptors made once per document (findingsIntake)', () => {
  const publish = fingerprintPublisher(fake.hex(64));

  it('a baseline accepts findings by published fingerprint or by bare identity, and nothing else', () => {
    const [byPublished, byIdentity, other] = [finding(), finding(), finding()];
    const baseline = baselineOf([publish(byPublished.fingerprint), byIdentity.fingerprint]);
    const accepts = baselineAcceptor(baseline, baselineAcceptance(baseline), publish)!;
    assert.deepEqual(notAccepted([byPublished, byIdentity, other], accepts), [other]);
  });

  it('a baseline that lists nothing gives no acceptor and publishes no fingerprint', () => {
    let published = 0;
    const counting = (identity: string) => (published++, publish(identity));
    for (const baseline of [undefined, baselineOf([])])
      assert.equal(baselineAcceptor(baseline, baselineAcceptance(baseline), counting), undefined);
    assert.equal(published, 0);
    const findings = [finding(), finding()];
    assert.equal(notAccepted(findings, undefined), findings, 'no acceptor: the same array, no copy');
  });

  it('combines the parts that apply: none gives none, any one accepting accepts', () => {
    const a = finding();
    const b = finding();
    assert.equal(combineAcceptors(undefined, undefined), undefined);
    const onlyA = (f: Finding) => f === a;
    assert.equal(combineAcceptors(undefined, onlyA), onlyA);
    const both = combineAcceptors(onlyA, (f) => f === b)!;
    assert.deepEqual(notAccepted([a, b, finding()], both).length, 1);
  });

  describe('gitleaks allowlist', () => {
    const secret = fake.alnum(24);
    const text = `token = "${secret}"\nother = "${fake.alnum(24)}" # example\n`;
    const at = (needle: string): Finding => {
      const start = text.indexOf(needle);
      return { ...finding(), start, end: start + needle.length };
    };
    let lineLookups = 0;
    const doc: DocumentText = {
      lineOf: (offset) => (lineLookups++, text.slice(0, offset).split('\n').length - 1),
      lineText: (line) => text.split('\n')[line]!,
      slice: (start, end) => text.slice(start, end),
    };
    const re = (pattern: string) => {
      const t = translateGoRegex(pattern);
      if ('problem' in t) throw new Error(t.problem);
      return t;
    };
    const rule = (paths: string[], regexes: string[], regexTarget: 'secret' | 'line') => ({
      origin: 't',
      condition: 'or' as const,
      paths: paths.map(re),
      regexes: regexes.map(re),
      regexTarget,
      stopwords: [],
    });

    it('an allowed path accepts every finding without looking at them', () => {
      const allowlist = createAllowlist({ rules: [rule(['^fixtures/'], [], 'secret')], ignoredLines: [] });
      lineLookups = 0;
      const accepts = gitleaksAcceptor(allowlist, 'fixtures/a.env', doc)!;
      assert.equal(accepts(at(secret)), true);
      assert.equal(lineLookups, 0);
      assert.equal(gitleaksAcceptor(allowlist, 'src/a.env', doc)!(at(secret)), false);
    });

    it('accepts by .gitleaksignore line and by a regex on the line, per finding', () => {
      const allowlist = createAllowlist({
        rules: [rule([], ['example'], 'line')],
        ignoredLines: [{ path: 'src/a.env', line: 1 }],
      });
      const accepts = gitleaksAcceptor(allowlist, 'src/a.env', doc)!;
      assert.equal(accepts(at(secret)), true, 'line 1 is ignored');
      assert.equal(accepts(at('other')), true, 'line 2 holds "example"');
      assert.equal(gitleaksAcceptor(allowlist, 'src/b.env', doc)!(at(secret)), false);
    });

    it('an empty allowlist gives no acceptor', () => {
      assert.equal(gitleaksAcceptor(createAllowlist({ rules: [], ignoredLines: [] }), 'a.env', doc), undefined);
    });
  });
});

describe('problems per file (findingsIntake.selectShown)', () => {
  const rank = (urgent: ReadonlySet<Finding> = new Set(), off: ReadonlySet<Confidence> = new Set()) => {
    return (f: Finding) => findingRank(f, urgent.has(f), !off.has(f.confidence));
  };

  it('shows every finding, as given, when they fit (exactly, too)', () => {
    const findings = [finding('low'), finding('high')];
    const { shown, hidden } = selectShown(findings, 2, rank());
    assert.equal(shown, findings);
    assert.equal(hidden, 0);
  });

  it('when capped, keeps the most confident, one place fewer (the notice takes it), in document order', () => {
    const findings = [finding('low'), finding('medium'), finding('high'), finding('medium'), finding('high')];
    const { shown, hidden } = selectShown(findings, 4, rank());
    assert.deepEqual(shown, [findings[1], findings[2], findings[4]]);
    assert.equal(hidden, 2);
  });

  it('within the rank that is cut, keeps the first in the document', () => {
    const findings = Array.from({ length: 10 }, () => finding('medium'));
    const { shown, hidden } = selectShown(findings, 5, rank());
    assert.deepEqual(shown, findings.slice(0, 4));
    assert.equal(hidden, 6);
  });

  it('an urgent finding (AI insert, found live) comes before any confidence', () => {
    const findings = [finding('high'), finding('high'), finding('low'), finding('medium')];
    const { shown } = selectShown(findings, 3, rank(new Set([findings[2]!])));
    assert.deepEqual(shown, [findings[0], findings[2]]);
  });

  it('a finding whose severity is off only fills a place nothing else wants', () => {
    const findings = [finding('high'), finding('low'), finding('medium'), finding('high')];
    const { shown } = selectShown(findings, 3, rank(new Set(), new Set<Confidence>(['high'])));
    assert.deepEqual(shown, [findings[1], findings[2]]);
  });

  it('bounds the problems at the cap, the notice included, for any mix', () => {
    const levels: Confidence[] = ['high', 'medium', 'low'];
    const findings = Array.from({ length: 5000 }, (_, i) => finding(levels[(i * 7) % 3]!));
    const urgent = new Set(findings.filter((_, i) => i % 97 === 0));
    for (const cap of [1, 50, 1000, 4999]) {
      const { shown, hidden } = selectShown(findings, cap, rank(urgent));
      assert.equal(shown.length, cap - 1);
      assert.equal(hidden, findings.length - shown.length);
      assert.ok(
        [...urgent].every((f) => shown.includes(f)) || shown.every((f) => urgent.has(f)),
        'urgent findings first',
      );
      assert.ok(
        shown.every((f, i) => i === 0 || shown[i - 1]!.start < f.start),
        'document order',
      );
    }
  });

  it('the notice counts what is shown and what is not, and says where to see them all, without a value', () => {
    const text = hiddenNotice(1000, 82345);
    assert.match(text, /shows 1000 problems/);
    assert.match(text, /82345 more/);
    assert.match(text, /maxProblemsPerFile/);
    assert.match(text, /audit/);
    assert.match(text, /CLI/);
  });
});

describe('acceptance of many findings in slices (findingsIntake)', () => {
  const many = () => Array.from({ length: SYNC_ACCEPTANCE_LIMIT * 3 }, () => finding());
  const everyThird = (findings: Finding[]) => {
    const accepted = new Set(findings.filter((_, i) => i % 3 === 0));
    return (f: Finding) => accepted.has(f);
  };

  it('gives what one pass gives, pausing between slices of the time allowed', async () => {
    const findings = many();
    const accepts = everyThird(findings);
    let clock = 0;
    let pauses = 0;
    const reported = await notAcceptedInSlices(findings, accepts, {
      cancelled: () => false,
      targetMs: 10,
      now: () => clock++,
      pause: async () => void pauses++,
    });
    assert.deepEqual(reported, notAccepted(findings, accepts));
    assert.ok(pauses >= 2, `paused ${pauses} times`);
  });

  it('stops at the first pause after it is told the findings are stale', async () => {
    let clock = 0;
    let checked = 0;
    const findings = many();
    const reported = await notAcceptedInSlices(findings, () => (checked++, false), {
      cancelled: () => true,
      targetMs: 10,
      now: () => (clock += 5),
      pause: async () => undefined,
    });
    assert.equal(reported, undefined);
    assert.ok(checked < findings.length);
  });

  it('takes in few findings, or findings with nothing to check, at once', () => {
    const few = Array.from({ length: SYNC_ACCEPTANCE_LIMIT }, () => finding());
    let taken: Finding[] | undefined;
    assert.equal(
      whenAccepted(
        few,
        everyThird(few),
        () => false,
        (r) => (taken = r),
      ),
      undefined,
    );
    assert.deepEqual(taken, notAccepted(few, everyThird(few)));
    const findings = many();
    whenAccepted(
      findings,
      undefined,
      () => false,
      (r) => (taken = r),
    );
    assert.equal(taken, findings);
  });

  it('takes in many findings after yielding, and drops them when they went stale meanwhile', async () => {
    const findings = many();
    let taken: Finding[] | undefined;
    const pending = whenAccepted(
      findings,
      everyThird(findings),
      () => false,
      (r) => (taken = r),
    );
    assert.equal(taken, undefined, 'not on this turn');
    await pending;
    assert.deepEqual(taken, notAccepted(findings, everyThird(findings)));

    let stale = false;
    let droppedTaken = false;
    const dropped = whenAccepted(
      findings,
      everyThird(findings),
      () => stale,
      () => (droppedTaken = true),
    );
    stale = true;
    await dropped;
    assert.equal(droppedTaken, false);
  });
});
