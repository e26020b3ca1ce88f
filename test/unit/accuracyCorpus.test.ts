import assert from 'node:assert/strict';
import { generateCorpus, TEMPLATES } from '../../bench/accuracy/generate';
import { casePath, score } from '../../bench/accuracy/score';
import { CATEGORIES, type CorpusCase } from '../../bench/accuracy/types';

describe('accuracy bench corpus', () => {
  // Enough cases that every template of every category is used at least once.
  const most = Math.max(
    ...CATEGORIES.map((c) => Math.max(TEMPLATES[c].positives.length, TEMPLATES[c].negatives.length)),
  );
  const options = { seed: 7, positivesPerCategory: most, negativesPerCategory: most };
  const corpus = generateCorpus(options);

  it('is deterministic for a seed and changes with it', () => {
    assert.deepEqual(generateCorpus(options), corpus);
    const other = generateCorpus({ ...options, seed: 8 });
    assert.notDeepEqual(
      other.map((c) => c.text),
      corpus.map((c) => c.text),
    );
  });

  it('gives every category positives and negatives, from every template', () => {
    for (const category of CATEGORIES) {
      const mine = corpus.filter((c) => c.category === category);
      const shapes = (polarity: CorpusCase['polarity']) =>
        new Set(mine.filter((c) => c.polarity === polarity).map((c) => c.shape));
      assert.equal(shapes('positive').size, TEMPLATES[category].positives.length, `${category} positives`);
      assert.equal(shapes('negative').size, TEMPLATES[category].negatives.length, `${category} negatives`);
    }
  });

  it('labels only positives, and each labelled line contains its generated value', () => {
    for (const c of corpus) {
      if (c.polarity === 'negative') {
        assert.deepEqual(c.labels, [], `${c.id} must carry no label`);
        continue;
      }
      assert.ok(c.labels.length > 0, `${c.id} has no label`);
      const lines = c.text.split('\n');
      for (const label of c.labels) {
        assert.ok(label.value.length >= 3, `${c.id} line ${label.line}: value too short to mean anything`);
        assert.ok(lines[label.line - 1]?.includes(label.value), `${c.id} line ${label.line} lacks its value`);
      }
    }
  });

  it('writes each case to its own path', () => {
    const paths = corpus.map(casePath);
    assert.equal(new Set(paths).size, paths.length);
  });
});

describe('accuracy bench scoring', () => {
  const positive: CorpusCase = {
    id: 'passwords/p0000-x',
    category: 'passwords',
    shape: 'x',
    polarity: 'positive',
    path: 'a.env',
    text: 'A=1\nB=2\nC=3\nD=4\n',
    labels: [
      { line: 2, value: '2', group: 1 },
      { line: 3, value: '3', group: 2 },
      { line: 4, value: '4', group: 2 },
    ],
  };
  const negative: CorpusCase = {
    id: 'passwords/n0000-y',
    category: 'passwords',
    shape: 'y',
    polarity: 'negative',
    path: 'b.env',
    text: 'E=5\n',
    labels: [],
  };
  const finding = (path: string, startLine: number, endLine = startLine) => ({
    path,
    startLine,
    endLine,
    ruleId: 'r',
    preview: 'p…(1 chars)',
  });

  it('counts a finding starting on a labelled line as found and any other as false', () => {
    const s = score(
      [positive, negative],
      [
        finding('passwords/p0000-x/a.env', 2),
        finding('passwords/p0000-x/a.env', 1),
        finding('passwords/n0000-y/b.env', 1),
      ],
    );
    const p = s.categories.find((c) => c.category === 'passwords')!;
    assert.deepEqual([p.positives, p.found, p.findings, p.falsePositives], [2, 1, 3, 2]);
    assert.equal(s.misses.length, 1);
    assert.equal(s.misses[0]!.line, 3);
  });

  it('finds a multi-line secret with one finding overlapping its lines', () => {
    const s = score([positive], [finding('passwords/p0000-x/a.env', 1, 3)]);
    assert.equal(s.total.found, 1, 'overlaps the two-line secret (lines 3-4)');
    assert.equal(s.total.falsePositives, 0);
    assert.deepEqual(
      s.misses.map((m) => m.line),
      [2],
      'a one-line secret needs a finding that starts on it',
    );
  });
});
