import { type Draft, type DraftLine, block, sec } from '../../draft';
import type { Gen } from '../../gen';
import { anyKey, aws, bearer, connectionUrl, password, plainKey, providerKey } from './values';

/**
 * What people paste into an assistant or a team chat, and what an assistant echoes back: the text of
 * one message holding one or more credentials, independent of the file format that stores it.
 * Values generated at run time.
 */
export interface Paste {
  /** The message text (may span lines). */
  readonly text: string;
  /** Values a reviewer would flag; each must occur in `text`. A PEM key is listed by its first body line. */
  readonly secrets: readonly string[];
}

const API = ['api.acmecorp.net', 'orders.intra.contoso.com', 'billing-api.prod.acmecorp.net'];

/** A user message pasting credentials, in one of the shapes people write. */
export function userPaste(g: Gen): Paste {
  switch (g.fake.int(11)) {
    case 0: {
      const k = anyKey(g);
      return {
        text: `I set ${k.env}=${k.value} but the client still says 401, what am I missing?`,
        secrets: [k.value],
      };
    }
    case 1: {
      const k = anyKey(g);
      const db = connectionUrl(g);
      const text = [
        "here's my .env, the app won't start:",
        '```',
        'NODE_ENV=production',
        `${k.env}=${k.value}`,
        `DATABASE_URL=${db.url}`,
        'PORT=3000',
        '```',
      ].join('\n');
      return { text, secrets: [k.value, db.pw] };
    }
    case 2: {
      const db = connectionUrl(g);
      return {
        text: `Getting "password authentication failed" when connecting with ${db.url} - any idea?`,
        secrets: [db.pw],
      };
    }
    case 3: {
      const t = bearer(g);
      const text = [
        'This works in the terminal but not from the app:',
        '```bash',
        `curl -s -H "Authorization: Bearer ${t}" https://${g.pick(API)}/v1/orders?limit=5`,
        '```',
      ].join('\n');
      return { text, secrets: [t] };
    }
    case 4: {
      const k = providerKey(g);
      return {
        text: g.pick([
          `here is my ${k.service} key: ${k.value}`,
          `my ${k.service} token is ${k.value} can you test it`,
          `use this key ${k.value}`,
        ]),
        secrets: [k.value],
      };
    }
    case 5: {
      const a = aws(g);
      const text = [
        'boto3 says InvalidClientTokenId. my ~/.aws/credentials:',
        '[default]',
        `aws_access_key_id = ${a.id}`,
        `aws_secret_access_key = ${a.secret}`,
        'region = eu-west-1',
      ].join('\n');
      return { text, secrets: [a.id, a.secret] };
    }
    case 6: {
      const pw = password(g);
      return {
        text: g.pick([
          `the admin password for staging is ${pw} - log in and check the queue`,
          `db user is ${g.user()} and password ${pw}`,
          `login: ${g.user()} / pass: ${pw}`,
        ]),
        secrets: [pw],
      };
    }
    case 7: {
      const k = plainKey(g);
      const pw = password(g);
      const text = [
        'config.yaml:',
        '```yaml',
        'service:',
        `  api_key: ${k.value}`,
        '  database:',
        `    host: ${g.host()}`,
        `    password: ${pw}`,
        '```',
      ].join('\n');
      return { text, secrets: [k.value, pw] };
    }
    case 8: {
      const pem = g.fake.pem(g.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'OPENSSH PRIVATE KEY']), 6);
      return {
        text: `deploy key for the runner, please add it to the secret store:\n${pem}`,
        secrets: [pem.split('\n')[1]!],
      };
    }
    case 9: {
      const k = anyKey(g);
      const text = [
        'why does this fail?',
        '```python',
        `client = Client(api_key="${k.value}")`,
        'print(client.models.list())',
        '```',
      ].join('\n');
      return { text, secrets: [k.value] };
    }
    default: {
      const t = bearer(g);
      const name = g.pick(['X-API-Key', 'x-api-key', 'Authorization']);
      const value = name === 'Authorization' ? `Token ${t}` : t;
      return { text: `the header I send is ${name}: ${value} and the response is 403`, secrets: [t] };
    }
  }
}

/** An assistant reply echoing a credential back (in a code block or a sentence). */
export function assistantEcho(g: Gen): Paste {
  const k = anyKey(g);
  switch (g.fake.int(4)) {
    case 0:
      return {
        text: [
          'Here is the fixed client setup:',
          '',
          '```python',
          'import os',
          `os.environ["${k.env}"] = "${k.value}"`,
          '```',
        ].join('\n'),
        secrets: [k.value],
      };
    case 1:
      return {
        text: [
          'Add this to your `.env`:',
          '',
          '```',
          `${k.env}=${k.value}`,
          '```',
          '',
          'Then restart the dev server.',
        ].join('\n'),
        secrets: [k.value],
      };
    case 2:
      return {
        text: [
          'Your config should look like this:',
          '',
          '```ts',
          `const client = new ApiClient({ apiKey: '${k.value}', baseUrl: 'https://${g.pick(API)}' });`,
          '```',
        ].join('\n'),
        secrets: [k.value],
      };
    default: {
      const db = connectionUrl(g);
      return {
        text: ['Set the URL in `settings.py`:', '', '```python', `DATABASE_URL = "${db.url}"`, '```'].join('\n'),
        secrets: [db.pw],
      };
    }
  }
}

/** A tool call's command carrying a credential (what an agent runs on the user's behalf). */
export function toolCommand(g: Gen): Paste {
  switch (g.fake.int(4)) {
    case 0: {
      const t = bearer(g);
      return { text: `curl -sS -H "Authorization: Bearer ${t}" https://${g.pick(API)}/v1/health`, secrets: [t] };
    }
    case 1: {
      const k = anyKey(g);
      return { text: `export ${k.env}="${k.value}" && npm run test:integration`, secrets: [k.value] };
    }
    case 2: {
      const pw = password(g);
      return {
        text: `PGPASSWORD=${pw} psql -h ${g.host()} -U ${g.user()} -d ${g.dbName()} -c "select count(*) from orders"`,
        secrets: [pw],
      };
    }
    default: {
      const k = plainKey(g);
      return {
        text: `curl -s -H "x-api-key: ${k.value}" "https://${g.pick(API)}/v2/search?q=test"`,
        secrets: [k.value],
      };
    }
  }
}

/** A tool result: the content of a config or env file an agent read. */
export function toolOutput(g: Gen): Paste {
  const k = anyKey(g);
  const db = connectionUrl(g);
  if (g.chance(0.5))
    return {
      text: ['# Production settings', `${k.env}=${k.value}`, `DATABASE_URL=${db.url}`, 'LOG_LEVEL=info'].join('\n'),
      secrets: [k.value, db.pw],
    };
  return {
    text: JSON.stringify(
      { database: { url: db.url }, services: { payments: { apiKey: k.value } }, logLevel: 'info' },
      null,
      2,
    ),
    secrets: [db.pw, k.value],
  };
}

/**
 * Labels each line holding one of `secrets`; a PEM block written over several lines becomes one
 * multi-line secret (every line from BEGIN to END labelled, counted once).
 */
export function labelledLines(path: string, text: string, secrets: readonly string[]): Draft {
  const out: DraftLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(line) && !line.includes('-----END')) {
      const parts = [];
      for (; i < lines.length; i++) {
        parts.push(sec(lines[i]!, lines[i]!.trim()));
        if (lines[i]!.includes('-----END')) break;
      }
      out.push(block(parts));
      continue;
    }
    const value = secrets.find((s) => line.includes(s));
    out.push(value === undefined ? line : sec(line, value));
  }
  for (const s of secrets)
    if (!text.includes(s)) throw new Error(`transcripts template: secret not written into ${path}`);
  return { path, lines: out };
}
