import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FakeTokens } from '../src/core/rules/fakeTokens';

/**
 * Generates realistic source for benchmarks: TypeScript, Python, Go, YAML, JSON, .env, Markdown
 * and minified JS, with a sprinkling of (fake, runtime-generated) secrets, in the proportions of a
 * typical service repository. Deterministic for a given seed.
 */
export class CorpusGenerator {
  private readonly fake: FakeTokens;
  private readonly words = [
    'user',
    'order',
    'invoice',
    'client',
    'session',
    'token',
    'cache',
    'request',
    'response',
    'config',
    'payment',
    'account',
    'item',
    'price',
    'handler',
    'service',
    'logger',
    'retry',
    'timeout',
    'metrics',
    'key',
    'value',
    'event',
    'queue',
    'worker',
    'secretName',
    'password',
    'auth',
  ];

  constructor(seed = 42) {
    this.fake = new FakeTokens(seed);
  }

  private word(): string {
    return this.words[this.fake.int(this.words.length)]!;
  }

  private ident(): string {
    const a = this.word();
    const b = this.word();
    return a + b[0]!.toUpperCase() + b.slice(1);
  }

  private secret(): string {
    switch (this.fake.int(4)) {
      case 0:
        return this.fake.githubStyle('ghp_');
      case 1:
        return 'AKIA' + this.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
      case 2:
        return `postgres://app:${this.fake.alnum(18)}@db.internal:5432/app`;
      default:
        return this.fake.alnum(32);
    }
  }

  typescript(lines: number): string {
    const out = [
      `import { ${this.ident()} } from './${this.word()}';`,
      `import type { ${this.ident()} } from '../types';`,
      '',
    ];
    while (out.length < lines) {
      const f = this.ident();
      out.push(`/** Handles the ${this.word()} ${this.word()} for a ${this.word()}. */`);
      out.push(`export async function ${f}(${this.word()}: ${this.ident()}, options = {}): Promise<void> {`);
      out.push(
        `  const ${this.word()} = await this.${this.ident()}.get(\`/api/v1/${this.word()}s/\${id}\`, { timeout: ${this.fake.int(5000)} });`,
      );
      out.push(`  if (!${this.word()}.${this.word()}) throw new Error('missing ${this.word()} for ${this.word()}');`);
      out.push(`  const token = await auth.getToken(${this.word()});`);
      out.push(
        `  logger.info({ ${this.word()}, ${this.word()}: ${this.word()}.length }, '${this.word()} ${this.word()} done');`,
      );
      if (this.fake.int(400) === 0) out.push(`  const apiKey = "${this.secret()}";`);
      out.push(`  return ${this.word()}.map((x) => x.${this.word()} * ${this.fake.int(100)});`);
      out.push('}', '');
    }
    return out.join('\n');
  }

  python(lines: number): string {
    const out = ['import os', 'import logging', 'from typing import Optional', ''];
    while (out.length < lines) {
      out.push(`def ${this.word()}_${this.word()}(${this.word()}: str, ${this.word()}: Optional[int] = None) -> dict:`);
      out.push(`    """Return the ${this.word()} for the given ${this.word()}."""`);
      out.push(`    password = os.environ.get("${this.word().toUpperCase()}_PASSWORD")`);
      out.push(`    result = client.${this.word()}(${this.word()}=${this.word()}, timeout=${this.fake.int(60)})`);
      if (this.fake.int(400) === 0) out.push(`    secret_key = "${this.secret()}"`);
      out.push(`    logging.debug("${this.word()} %s", result)`);
      out.push('    return {"status": "ok", "count": len(result)}', '');
    }
    return out.join('\n');
  }

  go(lines: number): string {
    const out = ['package service', '', 'import (', '\t"context"', '\t"fmt"', ')', ''];
    while (out.length < lines) {
      out.push(`func (s *Service) ${this.ident()}(ctx context.Context, id string) (*${this.ident()}, error) {`);
      out.push(`\tres, err := s.client.Get(ctx, fmt.Sprintf("/v1/${this.word()}/%s", id))`);
      out.push('\tif err != nil {', `\t\treturn nil, fmt.Errorf("${this.word()}: %w", err)`, '\t}');
      if (this.fake.int(400) === 0) out.push(`\tapiToken := "${this.secret()}"`);
      out.push(`\treturn &${this.ident()}{Token: res.Header.Get("X-${this.word()}-Token")}, nil`, '}', '');
    }
    return out.join('\n');
  }

  yaml(lines: number): string {
    const out = ['apiVersion: apps/v1', 'kind: Deployment', 'spec:', '  template:', '    spec:', '      containers:'];
    while (out.length < lines) {
      out.push(
        `        - name: ${this.word()}-${this.word()}`,
        `          image: registry.internal/${this.word()}:${this.fake.int(100)}.${this.fake.int(10)}`,
        '          env:',
      );
      out.push(
        `            - name: ${this.word().toUpperCase()}_TOKEN`,
        '              valueFrom:',
        '                secretKeyRef:',
        `                  name: ${this.word()}-secrets`,
        '                  key: token',
      );
      if (this.fake.int(300) === 0)
        out.push(`            - name: DB_PASSWORD`, `              value: "${this.secret()}"`);
    }
    return out.join('\n');
  }

  json(entries: number): string {
    const items = [];
    for (let i = 0; i < entries; i++)
      items.push({
        id: this.fake.uuid(),
        name: this.ident(),
        integrity: `sha512-${this.fake.base64(86)}==`,
        resolved: `https://registry.npmjs.org/${this.word()}/-/${this.word()}-${i}.tgz`,
        tokenCount: this.fake.int(1000),
      });
    return JSON.stringify({ name: 'lock', packages: items }, null, 2);
  }

  env(lines: number): string {
    const out = ['# local settings'];
    while (out.length < lines) {
      out.push(
        `${this.word().toUpperCase()}_URL=https://${this.word()}.internal`,
        `${this.word().toUpperCase()}_TIMEOUT=${this.fake.int(1000)}`,
      );
      if (this.fake.int(40) === 0) out.push(`${this.word().toUpperCase()}_API_KEY=${this.secret()}`);
    }
    return out.join('\n');
  }

  markdown(lines: number): string {
    const out = ['# Service', ''];
    while (out.length < lines)
      out.push(
        `The ${this.word()} ${this.word()} uses a ${this.word()} token to call the ${this.word()} API; set \`API_KEY=<your key>\` first.`,
        '',
      );
    return out.join('\n');
  }

  minified(bytes: number): string {
    const parts: string[] = [];
    let size = 0;
    while (size < bytes) {
      const p = `function ${this.word()}(e,t){var n=e.${this.word()}||{};return t.token=n.token,t.${this.word()}=n.${this.word()},t}`;
      parts.push(p);
      size += p.length;
    }
    return parts.join(';');
  }

  /** A mix of file kinds totalling about `bytes`, as [relative path, content] pairs. */
  *files(bytes: number, fileSize = 12_000): Generator<[string, string]> {
    let total = 0;
    let i = 0;
    while (total < bytes) {
      const lines = Math.max(20, Math.round(fileSize / 45));
      const kind = i % 20;
      let entry: [string, string];
      if (kind < 8) entry = [`src/${this.word()}/${this.word()}${i}.ts`, this.typescript(lines)];
      else if (kind < 11) entry = [`py/${this.word()}/${this.word()}_${i}.py`, this.python(lines)];
      else if (kind < 13) entry = [`go/${this.word()}/${this.word()}${i}.go`, this.go(lines)];
      else if (kind < 15) entry = [`deploy/${this.word()}${i}.yaml`, this.yaml(lines)];
      else if (kind === 15) entry = [`data/${this.word()}${i}.json`, this.json(Math.round(lines / 8))];
      else if (kind === 16) entry = [`config/${this.word()}${i}.env`, this.env(Math.round(lines / 4))];
      else if (kind === 17) entry = [`public/${this.word()}${i}.min.js`, this.minified(fileSize)];
      else entry = [`docs/${this.word()}${i}.md`, this.markdown(lines)];
      total += entry[1].length;
      i++;
      yield entry;
    }
  }

  /** Writes `files(bytes)` under `root`; returns the file count. */
  writeTree(root: string, bytes: number, fileSize?: number): number {
    let n = 0;
    for (const [rel, content] of this.files(bytes, fileSize)) {
      const abs = path.join(root, rel);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, content);
      n++;
    }
    return n;
  }
}
