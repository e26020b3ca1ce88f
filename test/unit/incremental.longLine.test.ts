import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Detector, type TextEdit } from '../../src/core/detect/detector';
import { FindingRope, MAX_RUNS, type Findings } from '../../src/core/detect/findingRope';
import { TABULAR_RULE_ID } from '../../src/core/detect/tabular/stage';
import type { Finding } from '../../src/core/finding';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

// Every fake value below is generated at runtime (FakeTokens, concatenation): no literal credential.
const fake = new FakeTokens(1212);
const KB = 1024;

/** Repeats `unit()` (fresh each call) until `length` characters. */
function fill(length: number, unit: () => string): string {
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const u = unit();
    parts.push(u);
    n += u.length;
  }
  return parts.join('').slice(0, length);
}

/** Minified code with no keyword of any rule: the stretches between the planted lines' secrets. */
const FILLER = 'function f(x){return x+1};var q=[1,2,3].map(function(n){return n*2});';

/** Base64 of text holding a credential assignment: the wrapped stage decodes it. */
function encodedAssignment(): string {
  return Buffer.from(`password=${fake.alnum(14)}9!`).toString('base64');
}

/** One multi-line rule's one-line example and another rule's keyword with a value, drawn from `gen`. */
function multiLineUnitFrom(gen: FakeTokens): () => string {
  const multi = builtinRules.filter((r) => r.multiline);
  const oneLine = multi.flatMap((r) => r.examples.positives(gen)).filter((t) => !t.includes('\n'));
  const taken = new Set(multi.flatMap((r) => r.keywords));
  const single = [...new Set(builtinRules.flatMap((r) => r.keywords))].filter((k) => !taken.has(k));
  const pick = (list: readonly string[]) => list[gen.int(list.length)]!;
  return () => `${pick(oneLine)} ${pick(single)}=${gen.alnum(16)} `;
}

const multiLineUnit = multiLineUnitFrom(fake);

/**
 * Deletes and inserts a character at each of `positions` of `text` (found as `findings`): each
 * rescan must equal a full scan; returns the work of the rescans and of the full scans.
 */
function workOfEdits(
  text: string,
  findings: Finding[],
  positions: Iterable<number>,
): { rescanWork: number; fullWork: number } {
  let rescanWork = 0;
  let fullWork = 0;
  for (const at of positions) {
    for (const [removed, insert] of [
      [1, ''],
      [0, 'x'],
    ] as const) {
      const { next, edit } = applyEdit(text, at, removed, insert);
      let rescanned: Finding[] = [];
      rescanWork += workOf(() => (rescanned = detector.rescan(next, findings, edit)));
      let full: Finding[] = [];
      fullWork += workOf(() => (full = detector.scan(next)));
      assert.deepEqual(rescanned, full, `edit at ${at}`);
    }
  }
  return { rescanWork, fullWork };
}

/** `from`, `from + step`, ... below `to`. */
function* stepping(from: number, to: number, step: number): Generator<number> {
  for (let at = from; at < to; at += step) yield at;
}

/**
 * Lines whose keywords stand so close together that every rule's windows merge into one as long as
 * the line: the rescan cuts them where no rule's match can cross (cuts.ts), not between windows.
 */
const denseShapes: Record<string, (length: number) => string> = {
  'every rule keyword on one line': (n) => {
    const soup = [...new Set(builtinRules.flatMap((r) => r.keywords))].join('=x ');
    return fill(n, () => soup + ' ');
  },
  'password= and token= assignments': (n) =>
    fill(n, () => `password=${fake.alnum(12)} token=${fake.githubStyle('ghp_')} `),
  'PEM BEGIN markers with escaped line breaks': (n) => fill(n, () => '-----BEGIN PRIVATE KEY-----\\n'),
  // A keyword (a run of twenty A's) at every position.
  'one api_key: and a single A run': (n) => 'api_key: ' + 'A'.repeat(n - 9),
  // Multi-line rules' one-line examples (JWKs, XML keys, PEM blocks, expect scripts...) among keywords
  // no multi-line rule has: their matches and spans overlap all along the line, so the cut before
  // the edit goes before every keyword whose span reaches it (cuts.ts, beforeReaching), about 16 KB
  // back, and the candidates skip the matches they would cut. The cut search takes the multi-line
  // rules' hits from the one cache of every keyword's hits (multiLineHolds).
  "multi-line rules' one-line examples among other keywords": (n) => fill(n, multiLineUnit),
  // Encoded runs end to end, each decoded in turn: the line is cut at the separator after a run's
  // padding. Values of varying length give every padding (none, `=`, `==`) before each separator.
  'base64 of base64 of base64 of assignments': (n) =>
    fill(n, () => {
      const b64 = (t: string) => Buffer.from(t).toString('base64');
      return b64(b64(b64(`api_key=${fake.alnum(24 + fake.int(8))} password=${fake.alnum(14)}`))) + ' ,"'[fake.int(3)];
    }),
};

/** Adversarial one-line shapes (issue 12), each `length` characters long. */
const shapes: Record<string, (length: number) => string> = {
  'api_key: + long A runs': (n) => fill(n, () => 'api_key: ' + 'A'.repeat(2000) + ' '),
  'base64 data URIs in a minified bundle': (n) => fill(n, () => `a.src="data:image/png;base64,${fake.base64(3000)}";`),
  'AWS key ids on one line': (n) => fill(n, () => 'AKIA' + fake.upperAlnum(16) + ','),
  'repeated keywords': (n) => fill(n, () => 'token=x secret: ghp_ sk- '),
  'PEM in a long JSON line': (n) => {
    const pem = fake.pem('PRIVATE KEY', 8).replace(/\n/g, '\\n');
    const pad = fill(n >> 1, () => '"k":"v",');
    return `{${pad}"key":"${pem}",${fill(n - pad.length - pem.length - 12, () => '"k":"v",')}"z":1}`;
  },
  // Keywords far apart: the rescan cuts the line near the edit instead of rescanning all of it.
  'sparse secrets in minified code': (n) =>
    fill(n, () => {
      const planted = [
        `token = "${fake.githubStyle('ghp_')}";`,
        `var d="${encodedAssignment()}";`,
        `aws_secret_access_key="${fake.base64(40).replace(/[+/=]/g, 'Q')}";`,
        `client_secret: "${fake.alnum(18)}Qz7"`,
        `api_key = "${fake.alnum(30)}";`,
        `var k="${fake.pem('PRIVATE KEY', 3).replace(/\n/g, '\\n')}";`,
      ];
      return FILLER.repeat(250) + planted[fake.int(planted.length)];
    }),
  // One rule's keyword every 900 characters in groups of three to five, 2,000 between groups: its
  // windows are about as long as a window whose checks see all of it may be (maxLineLength), so an
  // edit that adds or breaks a keyword between a cut and the edit may make one short or long.
  'keyword groups about the whole-window limit long': (n) =>
    fill(n, () => {
      let group = '';
      for (let i = 3 + fake.int(3); i > 0; i--)
        group += `secret: "${fake.alnum(20)}" ` + FILLER.repeat(13).slice(0, 870);
      return group + FILLER.repeat(29);
    }),
  // More text-like encoded runs than the wrapped stage decodes per line (its caps decide which).
  'many encoded runs': (n) => fill(n, () => `x("${encodedAssignment()}");` + FILLER.repeat(4)),
  ...denseShapes,
};

/** What an edit inserts: keyword starts, secrets, runs, markers, line breaks, or plain characters. */
const insertions = [
  '',
  'x',
  'A',
  ' ',
  '"',
  '=',
  ',',
  'api_key: ',
  'AKIA',
  'ghp_',
  'password=',
  'A'.repeat(30),
  `token = "${fake.githubStyle('ghp_')}";`,
  'AKIA' + fake.upperAlnum(16),
  encodedAssignment(),
  '-----BEGIN PRIVATE KEY-----',
  '\\n',
  ' // ai-secret-guard:allow ',
  '\n',
  FILLER,
];

const detector = new Detector(builtinRules);

/** Where edits land besides anywhere: at and around keywords, runs, escapes and markers. */
const landmarks = [
  'ghp_',
  'BEGIN',
  'END',
  '\\n',
  'AKIA',
  'api_key',
  'token',
  '="',
  'base64,',
  'x("',
  'allow',
  'secret_access',
  'client_secret',
  'secret: ',
];

/** `at` of the text, or (when `landmark` is set) near the first occurrence of a landmark after it. */
function editPosition(text: string, at: number, landmark: number | undefined, offset: number): number {
  const from = Math.floor(at * text.length);
  if (landmark === undefined) return from;
  const found = text.indexOf(landmarks[landmark % landmarks.length]!, from);
  return found === -1 ? from : Math.max(0, Math.min(text.length, found + offset));
}

function applyEdit(text: string, start: number, removed: number, insert: string): { next: string; edit: TextEdit } {
  const oldEnd = Math.min(text.length, start + removed);
  return {
    next: text.slice(0, start) + insert + text.slice(oldEnd),
    edit: { start, oldEnd, newEnd: start + insert.length },
  };
}

describe('incremental rescan on over-long lines', function () {
  this.timeout(300_000);

  for (const [name, make] of Object.entries(shapes)) {
    it(`equals a full scan after random edits: ${name}`, () => {
      const initial = make(192 * KB);
      const initialFindings = detector.scan(initial, { willRescan: true });
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              at: fc.double({ min: 0, max: 1, noNaN: true }),
              landmark: fc.option(fc.nat({ max: landmarks.length - 1 }), { nil: undefined }),
              offset: fc.integer({ min: -40, max: 40 }),
              removed: fc.oneof(fc.nat({ max: 3 }), fc.nat({ max: 40 })),
              insert: fc.constantFrom(...insertions),
            }),
            { minLength: 1, maxLength: 3 },
          ),
          (edits) => {
            let text = initial;
            let findings: Finding[] = initialFindings;
            for (const { at, landmark, offset, removed, insert } of edits) {
              const { next, edit } = applyEdit(text, editPosition(text, at, landmark, offset), removed, insert);
              findings = detector.rescan(next, findings, edit);
              text = next;
              assert.deepEqual(findings, detector.scan(text));
            }
          },
        ),
        // Fewer runs where keywords are packed: each step's full scan, to compare with, costs more there.
        { numRuns: name.startsWith('sparse') || name.startsWith('many') ? 60 : 12, seed: 20261205 },
      );
    });
  }

  it("equals a full scan after random edits near a long line's start or end", () => {
    // Where the line's start (or end) is the cut: no candidate between it and the edit. The line
    // follows a short one, as a minified bundle after a comment.
    for (const [name, make] of Object.entries(shapes)) {
      const initial = 'x = 1\n' + make(48 * KB);
      const initialFindings = detector.scan(initial, { willRescan: true });
      fc.assert(
        fc.property(
          fc.nat({ max: 3 * KB }),
          fc.boolean(),
          fc.nat({ max: 3 }),
          fc.constantFrom(...insertions),
          (near, fromEnd, removed, insert) => {
            const at = fromEnd ? initial.length - near : 6 + near;
            const { next, edit } = applyEdit(initial, at, removed, insert);
            assert.deepEqual(detector.rescan(next, initialFindings, edit), detector.scan(next), name);
          },
        ),
        { numRuns: 10, seed: 20261207 },
      );
    }
  });

  it('equals a full scan after one-character edits on 1 MB lines of every shape', () => {
    for (const make of Object.values(shapes)) {
      let text = make(1024 * KB);
      let findings = detector.scan(text, { willRescan: true });
      for (const at of [0.5, 0.25, 0.9]) {
        const { next, edit } = applyEdit(text, Math.floor(at * text.length), 0, 'x');
        findings = detector.rescan(next, findings, edit);
        text = next;
        assert.deepEqual(findings, detector.scan(text));
      }
    }
  });

  it('equals a full scan after every small edit at every position of a secret in a long line', () => {
    const planted = [
      `api_key = "${fake.alnum(30)}";`,
      `aws_secret_access_key="${fake.base64(40).replace(/[+/=]/g, 'Q')}";`,
      `t="${fake.githubStyle('ghp_')}";`,
      `var d="${encodedAssignment()}";`,
      `k="${fake.pem('PRIVATE KEY', 2).replace(/\n/g, '\\n')}";`,
    ];
    for (const secret of planted) {
      const text = FILLER.repeat(300) + secret + FILLER.repeat(300);
      const findings = detector.scan(text, { willRescan: true });
      assert.ok(findings.length > 0, secret.slice(0, 8));
      const base = FILLER.length * 300;
      for (let i = -2; i <= secret.length + 2; i++) {
        for (const [removed, insert] of [
          [1, ''],
          [3, ''],
          [0, 'x'],
          [1, '"'],
          [0, ' '],
        ] as const) {
          const { next, edit } = applyEdit(text, base + i, removed, insert);
          assert.deepEqual(detector.rescan(next, findings, edit), detector.scan(next));
        }
      }
    }
  });

  it("equals a full scan after an edit at every position of multi-line rules' examples packed on a long line", () => {
    // Long enough for the cut before the edit (up to the longest span, 16 KB, back) to fall inside it.
    // Each seed its own generator: the shared one's state depends on the tests run before it (and
    // its text on every rule's keywords). Over 14 seeds the rescans cost 0.40 to 0.88 of full scans:
    // a multi-line keyword whose 16 KB span reaches the edit pulls the cut back before it. Seeds 7
    // and 8 are the worst two; a whole line rescanned costs more than one full scan.
    for (const seed of [3, 7, 8]) {
      const text = fill(44 * KB, multiLineUnitFrom(new FakeTokens(seed)));
      const findings = detector.scan(text, { willRescan: true });
      const base = 34 * KB;
      const { rescanWork, fullWork } = workOfEdits(text, findings, stepping(base, base + 200, 1));
      assert.ok(rescanWork < 0.9 * fullWork, `seed ${seed}: rescan work ${rescanWork} vs full scans ${fullWork}`);
    }
  });

  it('does not cut within the lookbehind before a multi-line keyword whose match a check judges from its line start', () => {
    // The expect script's check reads its match's line from where the try starts: from up to a
    // lookbehind (64) before the keyword in a scan of the whole line, from the cut in a rescan; and
    // it takes a line starting with `;` for a comment. So a cut at the `;` before `expect` once lost
    // the finding (as on a line of packed multi-line examples, 13 KB before an edit). The script
    // stands past the line's first 16 KB (the longest span, where no cut goes); the value is generated.
    const own = new FakeTokens(12);
    const script = `; expect -re "(P|p)assword: " { send "${own.alnum(12)}\\r" } `;
    const text = FILLER.repeat(300) + script + FILLER.repeat(150);
    const findings = detector.scan(text, { willRescan: true });
    assert.deepEqual(
      findings.map((f) => f.ruleId),
      ['expect-send-password'],
    );
    // The first candidate cut stands about 1,150 characters before the edit (two windows, two of the
    // longest keywords and a gate's lookback): edits around there put it at the `;` and near it.
    const script0 = text.indexOf(script);
    for (let at = script0 + 1000; at < script0 + 1300; at++) {
      for (const [removed, insert] of [
        [0, 'x'],
        [1, ''],
      ] as const) {
        const { next, edit } = applyEdit(text, at, removed, insert);
        assert.deepEqual(detector.rescan(next, findings, edit), detector.scan(next), `edit at ${at - script0}`);
      }
    }
  });

  it('rescans only near a one-character edit of a long line whose keywords stand far apart', () => {
    const own = new FakeTokens(7);
    const text = fill(1024 * KB, () => FILLER.repeat(250) + `api_key = "${own.alnum(30)}";`);
    const findings = detector.scan(text, { willRescan: true });
    assert.ok(findings.length > 50, 'the planted secrets are found');
    const fullWork = workOf(() => detector.scan(text));
    const at = text.length >> 1;
    const { next, edit } = applyEdit(text, at, 0, 'x');
    const rescanWork = workOf(() => detector.rescan(next, findings, edit));
    // A few windows and runs near the edit, against every one of the line's.
    assert.ok(rescanWork * 50 < fullWork, `rescan work ${rescanWork} vs full scan ${fullWork}`);
    // A batch scan keeps no text, so a rescan of its findings rescans the whole line (alike).
    const batch = detector.scan(text);
    const wholeLineWork = workOf(() =>
      assert.deepEqual(detector.rescan(next, batch, edit), detector.rescan(next, findings, edit)),
    );
    assert.ok(wholeLineWork > fullWork / 2, `rescan after a batch scan: ${wholeLineWork} vs full scan ${fullWork}`);
  });

  it('rescans only near a one-character edit of a 1 MB line whose keywords are packed', () => {
    for (const [name, make] of Object.entries(denseShapes)) {
      let text = make(1024 * KB);
      const fullWork = workOf(() => detector.scan(text));
      let findings = detector.scan(text, { willRescan: true });
      for (const at of [0.3, 0.5, 0.7].map((f) => Math.floor(f * text.length))) {
        const { next, edit } = applyEdit(text, at, 0, 'x');
        const rescanWork = workOf(() => (findings = detector.rescan(next, findings, edit)));
        text = next;
        // A stretch of a few KB (about 20 KB where a multi-line rule's span reaches), not the line.
        assert.ok(rescanWork * 10 < fullWork, `${name}: rescan work ${rescanWork} vs full scan ${fullWork}`);
      }
      assert.deepEqual(findings, detector.scan(text), name);
    }
  });

  it('cuts near an edit beside a stretch of packed quoted assignments, at the start or end of a match', () => {
    // Keyword-free code, then 4 KB of back-to-back `db_password = "..."` (values made at run time):
    // every separator there (the closing quote, the `;` inside a value) stands within a match, so a
    // cut candidate searched from a separator stepped back one match per try and ran out of tries.
    const assignment = () => `db_password = "${fake.alnum(4)};${fake.alnum(4)},7"`;
    const unit = fill(4000, () => FILLER) + ' ' + fill(4000, assignment) + ' ';
    let text = unit.repeat(Math.ceil((1024 * KB) / unit.length));
    const fullWork = workOf(() => detector.scan(text));
    let findings = detector.scan(text, { willRescan: true });
    // 1,090 characters into a stretch of code: the cut before the edit falls among the assignments.
    for (const at of [0.3, 0.5, 0.7].map((f) => Math.floor((f * text.length) / unit.length) * unit.length + 1090)) {
      const { next, edit } = applyEdit(text, at, 0, 'x');
      const rescanWork = workOf(() => (findings = detector.rescan(next, findings, edit)));
      text = next;
      assert.ok(rescanWork * 10 < fullWork, `rescan work ${rescanWork} vs full scan ${fullWork}`);
    }
    assert.deepEqual(findings, detector.scan(text));
  });

  it('cuts past a stretch of counted runs joined by one character each (KEY=<base64>KEY=<base64>...)', () => {
    // Each assignment's base64 of text runs on into the next name and ends at its `=`: dozens of
    // counted runs in 4 KB, where the cut search once stepped over four and gave up (a whole-line
    // rescan). Values made at run time.
    const assignment = () => `SECRET_B64=${Buffer.from('user:' + fake.alnum(13)).toString('base64')}`;
    const unit = fill(4000, () => FILLER) + ' ' + fill(4000, assignment) + ' ';
    let text = unit.repeat(Math.ceil((1024 * KB) / unit.length));
    const fullWork = workOf(() => detector.scan(text));
    let findings = detector.scan(text, { willRescan: true });
    // 3,000 characters into the code: the cut after the edit falls among the assignments.
    for (const at of [0.3, 0.5, 0.7].map((f) => Math.floor((f * text.length) / unit.length) * unit.length + 3000)) {
      const { next, edit } = applyEdit(text, at, 0, 'x');
      const rescanWork = workOf(() => (findings = detector.rescan(next, findings, edit)));
      text = next;
      assert.ok(rescanWork * 10 < fullWork, `rescan work ${rescanWork} vs full scan ${fullWork}`);
    }
    assert.deepEqual(findings, detector.scan(text));
  });

  it("cuts near an edit within the longest span of the line's start when no earlier line reaches it", () => {
    // The text's first line: no earlier line's multi-line match reaches into it, so cuts may stand
    // in its first 16 KB, or at its start when none holds between it and the edit (the candidates
    // once stopped there and such edits rescanned the whole line: more than 0.8 of a full scan on
    // 4 to 6 of 12 seeds). Each seed its own generator: the shared one's state depends on the tests
    // run before. Edits at 2 to 16 KB of 48: about 0.4 of a full scan on each of 12 seeds tried.
    for (const seed of [1, 2, 8]) {
      const text = fill(48 * KB, multiLineUnitFrom(new FakeTokens(seed)));
      const findings = detector.scan(text, { willRescan: true });
      const { rescanWork, fullWork } = workOfEdits(text, findings, stepping(2 * KB, 16 * KB, 997));
      assert.ok(rescanWork < 0.6 * fullWork, `seed ${seed}: rescan work ${rescanWork} vs full scans ${fullWork}`);
    }
  });

  it("rescans from the line's start, not the whole line, after an edit within a window of it", () => {
    // No candidate cut stands between the line's start and such an edit: the start is the cut (the
    // line's end on the other side). Once, these edits rescanned the whole line.
    for (const [name, make] of Object.entries(denseShapes)) {
      // An edit of the line's first encoded runs changes which of the runs after them the wrapped
      // stage decodes (its caps per line): that line is rescanned whole (runState.ts), cut or not.
      if (name.startsWith('base64')) continue;
      const text = 'short first line\n' + make(64 * KB);
      const findings = detector.scan(text, { willRescan: true });
      const { rescanWork, fullWork } = workOfEdits(text, findings, [17, 18, 30, 400]);
      const end = workOfEdits(text, findings, [text.length - 1, text.length - 300]);
      // A few KB of the 64 KB line (about 20 KB where a multi-line span reaches, as from the end of
      // PEM markers; more, relatively, where the cut search reads all keyword hits 10 KB around).
      assert.ok(rescanWork < 0.7 * fullWork, `${name}: rescan work ${rescanWork} vs full scans ${fullWork}`);
      assert.ok(end.rescanWork < 0.7 * end.fullWork, `${name} at the end: ${end.rescanWork} vs ${end.fullWork}`);
    }
  });

  it("equals a full scan after edits in a long line an earlier line's multi-line match reaches into", () => {
    // A JWK opened on a short line (`"kty"`, its keyword) whose members go on as a long line: its
    // private member stands some KB into that line, past where a cut may otherwise stand, and a cut
    // between the keyword and it would lose the key. So no cut stands within the longest span of
    // the line's start when a multi-line keyword stands that close before it.
    const own = new FakeTokens(21);
    const part = (name: string) => `"${name}":"${own.base64url(340)}", `;
    const members = ['n', 'p', 'q', 'dp', 'dq', 'qi', 'oth'].map(part).join('') + `"d":"${own.base64url(342)}"}`;
    const head = 'x = 1\n{"kty":"RSA",\n';
    const text = head + members + ' ' + FILLER.repeat(600);
    const findings = detector.scan(text, { willRescan: true });
    const d = head.length + members.indexOf('"d":') + 5;
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.start]),
      [['jwk-private-key', d]],
    );
    for (let at = d - 40; at < d + 360; at += 23) {
      for (const [removed, insert] of [
        [1, ''],
        [0, 'x'],
      ] as const) {
        const { next, edit } = applyEdit(text, at, removed, insert);
        assert.deepEqual(detector.rescan(next, findings, edit), detector.scan(next), `edit at ${at - d}`);
      }
    }
  });

  it('cuts near an edit beside a word a marker holds, and rescans the lines for one it makes or breaks', () => {
    // Minified code where `allow` and `disable` are words, not markers: an edit beside them once
    // rescanned the whole line. One that types or breaks a marker rescans the lines (alike).
    const own = new FakeTokens(22);
    const unit = () => `allow(x);disable(y);api_key = "${own.alnum(30)}";` + FILLER.repeat(3);
    const text = fill(256 * KB, unit);
    const findings = detector.scan(text, { willRescan: true });
    const fullWork = workOf(() => detector.scan(text));
    const at = text.indexOf('allow', 128 * KB) + 2;
    const { next, edit } = applyEdit(text, at, 0, 'x');
    let rescanned: Finding[] = [];
    const rescanWork = workOf(() => (rescanned = detector.rescan(next, findings, edit)));
    assert.deepEqual(rescanned, detector.scan(next));
    assert.ok(rescanWork * 10 < fullWork, `rescan work ${rescanWork} vs full scan ${fullWork}`);
    const marker = ' // ai-secret-guard:allow ';
    const marked = applyEdit(text, at, 0, marker);
    const suppressed = detector.rescan(marked.next, findings, marked.edit);
    assert.deepEqual(suppressed, detector.scan(marked.next));
    assert.deepEqual(suppressed, []);
    const broken = applyEdit(marked.next, at + marker.length - 3, 1, '');
    assert.deepEqual(detector.rescan(broken.next, suppressed, broken.edit), detector.scan(broken.next));
    assert.ok(detector.scan(broken.next).length > 0, 'a broken marker suppresses nothing');
  });

  it('rescanLazily equals a full scan after long chains of edits, chained with rescan either way', () => {
    // Forty edits a chain: more than a rope holds runs (MAX_RUNS), so runs are merged on the way;
    // every third edit goes through `rescan` (an array) and the next takes that array back; one in
    // seven holds a line break (rescanned by lines, from the rope's findings made whole).
    for (const [name, make] of Object.entries(shapes)) {
      let text = make(96 * KB);
      let findings: Findings = detector.scan(text, { willRescan: true });
      const own = new FakeTokens(name.length);
      for (let i = 0; i < 40; i++) {
        const insert = i % 7 === 6 ? '\n' : insertions[own.int(insertions.length)]!;
        const { next, edit } = applyEdit(text, own.int(text.length), own.int(3), insert);
        findings = i % 3 === 2 ? detector.rescan(next, findings, edit) : detector.rescanLazily(next, findings, edit);
        text = next;
        const found = FindingRope.toArray(findings);
        assert.deepEqual(found, detector.scan(text), `${name}, edit ${i}`);
        if (findings instanceof FindingRope) assert.ok(findings.runs <= MAX_RUNS);
      }
    }
  });

  it('rescanLazily moves the findings after an edit of a long line without making them', () => {
    // 40K findings on one line; an edit near its start moves nearly all of them: none is made
    // until read (the rope's lists are the previous scan's), and each read one is where a scan puts it.
    const own = new FakeTokens(31);
    let text = fill(1024 * KB, () => `password=${own.alnum(12)} `);
    let findings: Findings = detector.scan(text, { willRescan: true });
    for (const at of [100, 50_000, 700_000]) {
      const { next, edit } = applyEdit(text, at, 0, 'x');
      findings = detector.rescanLazily(next, findings, edit);
      text = next;
    }
    assert.ok(findings instanceof FindingRope && findings.length > 40_000);
    assert.ok(findings.runs <= 8, `${findings.runs} runs`);
    const full = detector.scan(text);
    for (const i of [0, 1, 5000, 30_000, findings.length - 1]) assert.deepEqual(findings.at(i), full[i]);
    assert.deepEqual(findings.slice(20_000, 21_000), full.slice(20_000, 21_000));
  });

  it('rescanLazily equals a full scan where the header-context stage has findings beside a long line', () => {
    const header = `id,password\n1,${fake.alnum(10)}Q7!x\n`;
    let text = header + shapes['sparse secrets in minified code']!(64 * KB);
    let findings: Findings = detector.scan(text, { path: 'users.csv', willRescan: true });
    assert.ok(detector.scan(text, { path: 'users.csv' }).some((f) => f.ruleId === TABULAR_RULE_ID));
    for (const at of [0.3, 0.6, 0.9]) {
      const { next, edit } = applyEdit(text, Math.floor(at * text.length), 0, 'x');
      findings = detector.rescanLazily(next, findings, edit, { path: 'users.csv' });
      text = next;
      assert.deepEqual(FindingRope.toArray(findings), detector.scan(text, { path: 'users.csv' }));
    }
  });

  it('finds a secret typed into the middle of a long line, and drops it when broken', () => {
    const token = fake.githubStyle('ghp_');
    let text = FILLER.repeat(4000);
    let findings = detector.scan(text, { willRescan: true });
    const at = FILLER.length * 2000;
    for (const [i, ch] of [...`t="${token}";`].entries()) {
      const { next, edit } = applyEdit(text, at + i, 0, ch);
      findings = detector.rescan(next, findings, edit);
      text = next;
    }
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0]!.start, findings[0]!.end), token);
    const { next, edit } = applyEdit(text, at + 10, 1, '');
    assert.deepEqual(detector.rescan(next, findings, edit), []);
  });
});

function workOf(run: () => unknown): number {
  const before = detector.work;
  run();
  return detector.work - before;
}
