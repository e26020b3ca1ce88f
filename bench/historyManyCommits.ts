// Generates a repository of many small commits (100,000 by default in the bench) with `git
// fast-import`: each commit edits one line of one of a few small files, and now and then adds a
// secret that a later commit removes. It measures how a history scan's time and memory grow with
// the number of commits, not with the size of the diffs. Every secret is generated at runtime by
// FakeTokens: nothing committed is a credential.
import path from 'node:path';
import { FakeTokens } from '../src/core/rules/fakeTokens';
import { FastImportStream, importRepo } from './historyRepo';

const FILES = 40;
const LINES = 24;
/** One commit in this many adds a secret; about as many remove one. */
const SECRET_EVERY = 400;

export interface ManyCommitsStats {
  readonly commits: number;
  readonly secretsAdded: number;
}

/** Writes a repository of `commits` small commits at `dir`, all on main. */
export function generateManyCommitsRepo(dir: string, commits: number, seed = 100_000): ManyCommitsStats {
  const fake = new FakeTokens(seed);
  const files = Array.from({ length: FILES }, (_, f) =>
    Array.from({ length: LINES }, (_, l) => `setting_${f}_${l} = ${fake.int(100_000)}`),
  );
  const name = (f: number) => `conf/app${f}.ini`;
  const streamFile = path.join(dir, '..', path.basename(dir) + '.fast-import');
  const out = new FastImportStream(streamFile);
  let time = 1_500_000_000;
  let secretsAdded = 0;
  const withSecret: { file: number; line: number }[] = [];
  for (let c = 1; c <= commits; c++) {
    time += 30;
    const changed: number[] = [];
    if (c === 1) changed.push(...files.keys());
    else if (c % SECRET_EVERY === 0) {
      const file = fake.int(FILES);
      const line = fake.int(LINES);
      files[file]![line] = `api_token = "sk_live_${fake.alnum(24)}"`;
      withSecret.push({ file, line });
      secretsAdded++;
      changed.push(file);
    } else if (c % SECRET_EVERY === SECRET_EVERY / 2 && withSecret.length) {
      const { file, line } = withSecret.shift()!;
      files[file]![line] = `setting_${file}_${line} = removed`;
      changed.push(file);
    } else {
      const file = fake.int(FILES);
      const line = fake.int(LINES);
      if (!files[file]![line]!.startsWith('api_token')) files[file]![line] = `setting_${file}_${line} = ${c}`;
      changed.push(file);
    }
    out.write(`commit refs/heads/main\nauthor Dev <dev@example.test> ${time} +0000\n`);
    out.write(`committer Dev <dev@example.test> ${time} +0000\n`);
    out.data(`change ${c}`);
    for (const f of changed) {
      out.write(`M 100644 inline ${name(f)}\n`);
      out.data(files[f]!.join('\n') + '\n');
    }
    out.write('\n');
  }
  out.close();
  importRepo(dir, streamFile);
  return { commits, secretsAdded };
}
