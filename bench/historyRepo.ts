// Generates a git repository for the history bench with `git fast-import`: realistic source files
// edited commit after commit, side branches merged back, and secrets added, moved and removed.
// Every secret is generated at runtime by FakeTokens: nothing committed is a credential.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { FakeTokens } from '../src/core/rules/fakeTokens';
import { CorpusGenerator } from './corpus';

export interface HistoryRepoStats {
  readonly commits: number;
  /** Distinct secrets ever committed (each added once, then maybe moved or removed). */
  readonly secretsAdded: number;
}

const FILES = 160;
const BRANCH_EVERY = 500;
const BRANCH_COMMITS = 4;

/** A fast-import stream written to a file in large writes (one system call per line made generating 20k commits slow). */
export class FastImportStream {
  private readonly fd: number;
  private parts: string[] = [];
  private size = 0;
  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }
  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 4 * 1024 * 1024) this.flush();
  }
  data(s: string): void {
    this.write(`data ${Buffer.byteLength(s)}\n${s}\n`);
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
  private flush(): void {
    writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/** Creates a repository at `dir` from a fast-import stream file, checks out main and deletes the file. */
export function importRepo(dir: string, streamFile: string): void {
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  // glibc's default trimming had fast-import grow and shrink its heap at every commit (30 s of
  // system calls for 5,000 small commits on a busy machine, under 1 s with these).
  const malloc = { MALLOC_TOP_PAD_: String(64 * 1024 * 1024), MALLOC_TRIM_THRESHOLD_: String(256 * 1024 * 1024) };
  execFileSync('sh', ['-c', `git fast-import --quiet < "$1"`, 'sh', streamFile], {
    cwd: dir,
    env: { ...process.env, ...malloc },
  });
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: dir });
  rmSync(streamFile, { force: true });
}

/** Writes a repository of `commits` commits at `dir` (created with git init). */
export function generateHistoryRepo(dir: string, commits: number, seed = 20_000): HistoryRepoStats {
  const fake = new FakeTokens(seed);
  const corpus = new CorpusGenerator(seed + 1);
  const files: string[][] = [];
  const names: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const kind = i % 5;
    names.push(
      kind === 3 ? `config/service${i}.yaml` : kind === 4 ? `scripts/job${i}.py` : `src/module${i % 17}/part${i}.ts`,
    );
    const text =
      kind === 3
        ? corpus.yaml(40 + fake.int(60))
        : kind === 4
          ? corpus.python(40 + fake.int(80))
          : corpus.typescript(40 + fake.int(120));
    files.push(text.split('\n'));
  }
  const live: { file: number; line: string }[] = [];
  let secretsAdded = 0;
  const secretLine = () => {
    secretsAdded++;
    switch (fake.int(3)) {
      case 0:
        return `const githubToken = "${fake.githubStyle('ghp_')}";`;
      case 1:
        return `STRIPE_SECRET_KEY = "sk_live_${fake.alnum(24)}"`;
      default:
        return `  slackWebhook: "https://hooks.slack.com/services/T${fake.upperAlnum(8)}/B${fake.upperAlnum(8)}/${fake.alnum(24)}"`;
    }
  };
  const editOne = (f: number) => {
    const lines = files[f]!;
    const at = fake.int(lines.length);
    lines.splice(at, fake.int(4));
    lines.splice(
      at,
      0,
      ...corpus
        .typescript(6 + fake.int(6))
        .split('\n')
        .slice(3, 3 + 2 + fake.int(6)),
    );
    const roll = fake.int(1000);
    if (roll < 8) {
      const line = secretLine();
      lines.splice(fake.int(lines.length), 0, line);
      live.push({ file: f, line });
    } else if (roll < 14 && live.length) {
      // Remove a secret, or move it to another file.
      const s = live.splice(fake.int(live.length), 1)[0]!;
      const from = files[s.file]!;
      const idx = from.indexOf(s.line);
      if (idx !== -1) from.splice(idx, 1);
      if (roll < 11) {
        const to = fake.int(FILES);
        files[to]!.splice(fake.int(files[to]!.length), 0, s.line);
        live.push({ file: to, line: s.line });
        return [f, s.file, to];
      }
      return [f, s.file];
    }
    return [f];
  };

  const streamFile = path.join(dir, '..', path.basename(dir) + '.fast-import');
  const out = new FastImportStream(streamFile);
  let mark = 0;
  let time = 1_600_000_000;
  const commit = (
    ref: string,
    from: number | undefined,
    merge: number | undefined,
    changed: Iterable<number>,
    message: string,
  ) => {
    const m = ++mark;
    time += 60;
    out.write(
      `commit ${ref}\nmark :${m}\nauthor Dev ${m % 7} <dev${m % 7}@example.test> ${time} +0000\ncommitter Dev ${m % 7} <dev${m % 7}@example.test> ${time} +0000\n`,
    );
    out.data(message);
    if (from !== undefined) out.write(`from :${from}\n`);
    if (merge !== undefined) out.write(`merge :${merge}\n`);
    for (const f of new Set(changed)) {
      out.write(`M 100644 inline ${names[f]}\n`);
      out.data(files[f]!.join('\n') + '\n');
    }
    out.write('\n');
    return m;
  };
  let main = commit('refs/heads/main', undefined, undefined, files.keys(), 'initial import');
  let made = 1;
  while (made < commits) {
    if (made % BRANCH_EVERY === 0 && made + BRANCH_COMMITS + 1 <= commits) {
      // A side branch off main, merged back with --no-ff: the merge adds nothing of its own.
      const branch = `refs/heads/feature-${made}`;
      let tip = main;
      const touched = new Set<number>();
      for (let i = 0; i < BRANCH_COMMITS; i++) {
        const changed = editOne(fake.int(FILES));
        changed.forEach((f) => touched.add(f));
        tip = commit(branch, tip, undefined, changed, `feature work ${i}`);
      }
      main = commit('refs/heads/main', main, tip, touched, `Merge ${branch}`);
      made += BRANCH_COMMITS + 1;
      continue;
    }
    const changed = [...editOne(fake.int(FILES)), ...(fake.int(3) === 0 ? editOne(fake.int(FILES)) : [])];
    main = commit('refs/heads/main', main, undefined, changed, `change ${made}`);
    made++;
  }
  out.close();
  importRepo(dir, streamFile);
  return { commits: made, secretsAdded };
}
