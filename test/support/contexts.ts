/**
 * Realistic files that embed a value under a name, as a developer or an assistant would write them:
 * used to check that every rule finds its positives wherever they stand.
 */
export interface Embedded {
  readonly context: string;
  readonly text: string;
  /** Offset range of the value inside `text`, as written (escaped where the syntax needs it). */
  readonly start: number;
  readonly end: number;
}

function camel(envVar: string): string {
  return envVar.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function place(context: string, before: string, value: string, after: string): Embedded {
  return { context, text: before + value + after, start: before.length, end: before.length + value.length };
}

/** The value embedded in each supported file type under `envVar`. */
export function embedEverywhere(envVar: string, value: string): Embedded[] {
  const multi = value.includes('\n');
  const name = camel(envVar);
  const snake = envVar.toLowerCase();
  const json = JSON.stringify(value).slice(1, -1);
  const yamlBlock = value.split('\n').join('\n    ');
  return [
    place('raw', '', value, ''),
    place('.env', `# service settings\nLOG_LEVEL=debug\n${envVar}="`, value, `"\nPORT=8080\n`),
    place('json', `{\n  "name": "billing",\n  "${name}": "`, json, `",\n  "retries": 3\n}\n`),
    multi
      ? place('yaml', `service:\n  name: billing\n  ${snake}: |\n    `, yamlBlock, `\n  replicas: 2\n`)
      : place('yaml', `service:\n  name: billing\n  ${snake}: "`, json, `"\n  replicas: 2\n`),
    multi
      ? place(
          'ts',
          `import { createClient } from './client';\n\nconst ${name} = \``,
          value,
          `\`;\nexport const client = createClient({ key: ${name} });\n`,
        )
      : place(
          'ts',
          `import { createClient } from './client';\n\nconst ${name} = "`,
          json,
          `";\nexport const client = createClient({ key: ${name} });\n`,
        ),
    multi
      ? place('python', `import requests\n\n${envVar} = """`, value, `"""\n\nsession = requests.Session()\n`)
      : place('python', `import requests\n\n${envVar} = "`, json, `"\n\nsession = requests.Session()\n`),
    multi
      ? place('go', `package config\n\nconst ${name} = \``, value, '`\n')
      : place('go', `package config\n\nconst ${name} = "`, json, '"\n'),
    multi
      ? place('java', `public final class Config {\n    static final String ${envVar} = """\n`, value, `""";\n}\n`)
      : place('java', `public final class Config {\n    static final String ${envVar} = "`, json, `";\n}\n`),
    place('shell', `#!/bin/sh\nset -eu\nexport ${envVar}='`, value, `'\n./deploy.sh "$@"\n`),
  ];
}
