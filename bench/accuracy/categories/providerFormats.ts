import { crc32 } from 'node:zlib';
import { block, type CategoryTemplates, type Draft, sec, template } from '../draft';
import type { Gen } from '../gen';
import { MORE_PROVIDER_TOKENS, morePublicAndPartialKeys } from './providerFormatsMore';

// Checksummed formats carry a valid checksum, as every issued token does (a token with a wrong one is
// not a credential, and the rules check it): computed here from the formats, independently of src/.

/** Atlassian API token: prefix and base64url body, `=`, then the CRC-32 of all that in 8 upper-case hex digits. */
function atlassianToken(g: Gen): string {
  const body = 'ATA' + 'TT3xFfGF0' + g.fake.base64url(170) + '=';
  return body + crc32(body).toString(16).toUpperCase().padStart(8, '0');
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** NATS user nkey seed: base32 of the prefix bytes (`SU`), 32 random bytes and their CRC-16/XMODEM, little endian. */
function natsUserSeed(g: Gen): string {
  // The 5-bit prefix `S` (18) then the key type `U` (20), packed into the first two bytes.
  const type = 20 << 3;
  const raw = [(18 << 3) | (type >> 5), (type & 31) << 3];
  for (let i = 0; i < 32; i++) raw.push(g.fake.int(256));
  let crc = 0;
  for (const b of raw) {
    crc ^= b << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  raw.push(crc & 0xff, crc >>> 8);
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of raw) {
    value = ((value << 8) | b) & 0xffff;
    bits += 8;
    for (; bits >= 5; bits -= 5) out += BASE32[(value >>> (bits - 5)) & 31];
  }
  return bits > 0 ? out + BASE32[(value << (5 - bits)) & 31] : out;
}

/**
 * Prefixed tokens of many providers, in the formats their public documentation describes, each
 * written in one of several everyday contexts. Prefixes are split ('gh' + 'p_') and bodies generated
 * at run time, so this file holds no token-shaped literal.
 */
const TOKENS: ReadonlyArray<readonly [string, string, (g: Gen) => string]> = [
  ['github-classic', 'GITHUB_TOKEN', (g) => g.fake.githubStyle('gh' + 'p_')],
  ['github-oauth', 'GH_OAUTH_TOKEN', (g) => g.fake.githubStyle('gh' + 'o_')],
  ['github-app', 'GH_APP_TOKEN', (g) => g.fake.githubStyle('gh' + 's_')],
  ['github-fine-grained', 'GITHUB_PAT', (g) => 'github' + '_pat_' + g.fake.alnum(22) + '_' + g.fake.alnum(59)],
  ['gitlab-pat', 'GITLAB_TOKEN', (g) => 'gl' + 'pat-' + g.fake.base64url(20)],
  ['gitlab-deploy', 'GITLAB_DEPLOY_TOKEN', (g) => 'gl' + 'dt-' + g.fake.base64url(20)],
  [
    'slack-bot',
    'SLACK_BOT_TOKEN',
    (g) => 'xo' + 'xb-' + g.fake.digits(12) + '-' + g.fake.digits(13) + '-' + g.fake.alnum(24),
  ],
  [
    'slack-app',
    'SLACK_APP_TOKEN',
    (g) => 'xa' + 'pp-1-A' + g.fake.upperAlnum(10) + '-' + g.fake.digits(13) + '-' + g.fake.hex(64),
  ],
  ['stripe-secret', 'STRIPE_SECRET_KEY', (g) => 'sk' + '_live_' + g.fake.alnum(g.between(24, 99))],
  ['stripe-restricted', 'STRIPE_RESTRICTED_KEY', (g) => 'rk' + '_live_' + g.fake.alnum(g.between(24, 99))],
  ['stripe-webhook', 'STRIPE_WEBHOOK_SECRET', (g) => 'wh' + 'sec_' + g.fake.alnum(32)],
  ['aws-access-key', 'AWS_ACCESS_KEY_ID', (g) => 'AK' + 'IA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)],
  ['google-api-key', 'GOOGLE_API_KEY', (g) => 'AI' + 'za' + g.fake.base64url(35)],
  [
    'openai-project',
    'OPENAI_API_KEY',
    (g) => 'sk' + '-proj-' + g.fake.base64url(64) + 'T3Blbk' + 'FJ' + g.fake.base64url(64),
  ],
  ['anthropic', 'ANTHROPIC_API_KEY', (g) => 'sk' + '-ant-api03-' + g.fake.base64url(93) + 'AA'],
  ['sourcegraph', 'SRC_ACCESS_TOKEN', (g) => 'sg' + 'p_' + g.fake.hex(40)],
  ['sourcegraph-instance', 'SRC_ACCESS_TOKEN', (g) => 'sg' + 'p_' + g.fake.hex(16) + '_' + g.fake.hex(40)],
  ['vault-service', 'VAULT_TOKEN', (g) => 'hv' + 's.' + g.fake.base64url(90)],
  ['vault-batch', 'VAULT_TOKEN', (g) => 'hv' + 'b.' + g.fake.base64url(130)],
  ['vault-legacy', 'VAULT_TOKEN', (g) => 's' + '.' + g.fake.alnum(24)],
  [
    'mapbox-secret',
    'MAPBOX_SECRET_TOKEN',
    (g) =>
      's' +
      'k.' +
      Buffer.from(JSON.stringify({ u: g.word() + 'maps', a: g.fake.lowerAlnum(25) })).toString('base64url') +
      '.' +
      g.fake.base64url(22),
  ],
  ['dynatrace', 'DT_API_TOKEN', (g) => 'dt0' + 'c01.' + g.fake.upperAlnum(24) + '.' + g.fake.upperAlnum(64)],
  [
    'grafana-cloud',
    'GRAFANA_CLOUD_TOKEN',
    (g) =>
      'gl' +
      'c_' +
      Buffer.from(
        JSON.stringify({
          o: g.fake.digits(6),
          n: 'stack-' + g.fake.digits(6) + '-hm-read',
          k: g.fake.alnum(24),
          m: { r: 'prod-eu-west-0' },
        }),
      ).toString('base64'),
  ],
  ['grafana-service-account', 'GRAFANA_TOKEN', (g) => 'gl' + 'sa_' + g.fake.alnum(32) + '_' + g.fake.hex(8)],
  ['atlassian', 'ATLASSIAN_API_TOKEN', atlassianToken],
  ['meta-graph', 'FACEBOOK_ACCESS_TOKEN', (g) => 'EA' + 'AB' + g.fake.alnum(g.between(120, 180))],
  ['nats-nkey-seed', 'NATS_NKEY_SEED', natsUserSeed],
  ['telegram-bot', 'TELEGRAM_BOT_TOKEN', (g) => g.fake.digits(10) + ':' + 'AA' + g.fake.base64url(33)],
  ['npm', 'NPM_TOKEN', (g) => 'np' + 'm_' + g.fake.alnum(36)],
  ['pypi', 'PYPI_TOKEN', (g) => 'py' + 'pi-AgEIcHlwaS5vcmc' + g.fake.base64url(120)],
  ['sendgrid', 'SENDGRID_API_KEY', (g) => 'S' + 'G.' + g.fake.base64url(22) + '.' + g.fake.base64url(43)],
  ['shopify', 'SHOPIFY_ACCESS_TOKEN', (g) => 'shp' + 'at_' + g.fake.hex(32)],
  ['digitalocean', 'DIGITALOCEAN_TOKEN', (g) => 'do' + 'p_v1_' + g.fake.hex(64)],
  ['doppler', 'DOPPLER_TOKEN', (g) => 'dp' + '.pt.' + g.fake.alnum(43)],
  ['linear', 'LINEAR_API_KEY', (g) => 'lin' + '_api_' + g.fake.alnum(40)],
  ['postman', 'POSTMAN_API_KEY', (g) => 'PM' + 'AK-' + g.fake.hex(24) + '-' + g.fake.hex(34)],
  [
    'huggingface',
    'HF_TOKEN',
    (g) => 'h' + 'f_' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34),
  ],
  ['databricks', 'DATABRICKS_TOKEN', (g) => 'da' + 'pi' + g.fake.hex(32)],
  ['new-relic-user', 'NEW_RELIC_API_KEY', (g) => 'NR' + 'AK-' + g.fake.upperAlnum(27)],
  ['new-relic-insights', 'NEW_RELIC_INSERT_KEY', (g) => 'NR' + 'II-' + g.fake.base64url(32)],
  ['pulumi', 'PULUMI_ACCESS_TOKEN', (g) => 'pu' + 'l-' + g.fake.hex(40)],
  ['terraform-cloud', 'TFE_TOKEN', (g) => g.fake.alnum(14) + '.atl' + 'asv1.' + g.fake.alnum(67)],
  ['dependency-track', 'DTRACK_API_KEY', (g) => 'od' + 't_' + g.fake.alnum(32)],
  ['twitch-stream-key', 'TWITCH_STREAM_KEY', (g) => 'li' + 've_' + g.fake.digits(9) + '_' + g.fake.alnum(30)],
  ['salesforce-session', 'SF_SESSION_ID', (g) => '00' + 'D' + g.fake.alnum(12) + '!' + 'AQ' + g.fake.alnum(96)],
  [
    'django-insecure',
    'DJANGO_SECRET_KEY',
    (g) => 'django' + '-insecure-' + g.fake.from('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50),
  ],
  [
    'azure-storage',
    'AZURE_STORAGE_CONNECTION_STRING',
    (g) =>
      `DefaultEndpointsProtocol=https;AccountName=acme${g.fake.lowerAlnum(6)};AccountKey=${g.fake.base64(86)}==;EndpointSuffix=core.windows.net`,
  ],
  [
    'discord-bot',
    'DISCORD_BOT_TOKEN',
    (g) =>
      Buffer.from(g.fake.digits(18)).toString('base64').replace(/=+$/, '') +
      '.' +
      g.fake.base64url(6) +
      '.' +
      g.fake.base64url(38),
  ],
  ['figma', 'FIGMA_TOKEN', (g) => 'fi' + 'gd_' + g.fake.base64url(40)],
  ['notion', 'NOTION_TOKEN', (g) => 'nt' + 'n_' + g.fake.digits(11) + g.fake.alnum(35)],
  ...MORE_PROVIDER_TOKENS,
];

/** Everyday places a token is written; `name` is the variable the provider's docs suggest. */
const CONTEXTS: ReadonlyArray<readonly [string, (g: Gen, name: string, token: string) => Draft]> = [
  ['env', (_g, name, t) => ({ path: '.env', lines: ['# local only', sec(`${name}=${t}`, t), 'PORT=3000'] })],
  [
    'yaml',
    (_g, name, t) => ({
      path: 'config/secrets.yaml',
      lines: ['integrations:', sec(`  ${name.toLowerCase()}: "${t}"`, t), '  timeout: 30'],
    }),
  ],
  [
    'ts-const',
    (_g, name, t) => ({
      path: 'src/config.ts',
      lines: ["import { z } from 'zod';", '', sec(`export const ${camel(name)} = '${t}';`, t)],
    }),
  ],
  [
    'python',
    (_g, name, t) => ({
      path: 'app/settings.py',
      lines: ['import os', '', sec(`${name} = "${t}"`, t), 'DEBUG = False'],
    }),
  ],
  [
    'shell-export',
    (_g, name, t) => ({
      path: 'scripts/dev-env.sh',
      lines: ['#!/usr/bin/env bash', sec(`export ${name}="${t}"`, t), 'npm run dev'],
    }),
  ],
  [
    'github-actions',
    (_g, name, t) => ({
      path: '.github/workflows/release.yml',
      lines: [
        'jobs:',
        '  release:',
        '    runs-on: ubuntu-latest',
        '    env:',
        sec(`      ${name}: ${t}`, t),
        '    steps:',
        '      - uses: actions/checkout@v4',
      ],
    }),
  ],
  [
    'json',
    (_g, name, t) => ({
      path: 'config/local.json',
      lines: ['{', `  "service": "${name.toLowerCase().split('_')[0]}",`, sec(`  "credential": "${t}"`, t), '}'],
    }),
  ],
  [
    'go',
    (_g, name, t) => ({
      path: 'internal/clients/clients.go',
      lines: ['package clients', '', sec(`const ${camel(name)} = "${t}"`, t)],
    }),
  ],
  [
    'markdown-prose',
    (_g, name, t) => ({
      path: 'docs/ops-notes.md',
      lines: [
        'Temporary credentials for the migration weekend:',
        '',
        sec(`- ${name.toLowerCase().replace(/_/g, ' ')}: \`${t}\``, t),
      ],
    }),
  ],
];

function camel(name: string): string {
  return name.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

const tokenTemplates = TOKENS.map(([shape, name, make]) =>
  template(shape, (g) => {
    const [, context] = g.pick(CONTEXTS);
    return context(g, name, make(g));
  }),
);

export const providerFormats: CategoryTemplates = {
  positives: [
    ...tokenTemplates,
    template('github-clone-url', (g) => {
      const t = g.fake.githubStyle('gh' + 'p_');
      return {
        path: 'scripts/clone.sh',
        lines: [sec(`git clone https://${t}@github.com/acme/${g.word()}-service.git`, t)],
      };
    }),
    template('github-clone-url-x-access-token', (g) => {
      const t = g.fake.githubStyle('gh' + 's_');
      return {
        path: '.gitmodules',
        lines: [
          `[submodule "vendor/${g.word()}"]`,
          `\tpath = vendor/${g.word()}`,
          sec(`\turl = https://x-access-token:${t}@github.com/acme/shared.git`, t),
        ],
      };
    }),
    template('telegram-bot-url', (g) => {
      const t = g.fake.digits(10) + ':' + 'AA' + g.fake.base64url(33);
      return {
        path: 'bot/notify.py',
        lines: [
          'import requests',
          sec(`requests.post("https://api.telegram.org/bot${t}/sendMessage", json={"chat_id": CHAT, "text": msg})`, t),
        ],
      };
    }),
    template('slack-webhook', (g) => {
      const url = `https://hooks.slack.com/services/T${g.fake.upperAlnum(8)}/B${g.fake.upperAlnum(10)}/${g.fake.alnum(24)}`;
      return {
        path: 'alerting/config.yml',
        lines: ['receivers:', '  - name: ops', '    slack_configs:', sec(`      - api_url: ${url}`, url)],
      };
    }),
    template('private-key-file', (g) => {
      const lines = g.fake.pem('RSA PRIVATE KEY', 10).split('\n');
      return { path: 'certs/server.key', lines: [block(lines.map((l) => sec(l, l)))] };
    }),
  ],
  negatives: [
    morePublicAndPartialKeys,
    template('truncated-docs-token', () => ({
      path: 'docs/tokens.md',
      lines: [
        `Personal access tokens start with \`ghp_\` and look like \`ghp_${'x'.repeat(36)}\`.`,
        'Stripe secret keys start with `sk_live_`; test keys with `sk_test_`.',
      ],
    })),
    template('env-reference-tokens', () => ({
      path: '.github/workflows/release.yml',
      lines: [
        'env:',
        '  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}',
        '  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}',
        '  SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}',
      ],
    })),
    template('prefix-constants', () => ({
      path: 'src/tokens/prefixes.ts',
      lines: [
        "export const GITHUB_PREFIXES = ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'];",
        "export const STRIPE_LIVE = 'sk_live_';",
        "export const VAULT_SERVICE_PREFIX = 'hvs.';",
        'export const TELEGRAM_TOKEN_RE = /^\\d{8,10}:[A-Za-z0-9_-]{35}$/;',
      ],
    })),
    template('public-keys', (g) => ({
      path: 'src/config/public.ts',
      lines: [
        `export const STRIPE_PUBLISHABLE_KEY = 'pk_${'live'}_${g.fake.alnum(24)}';`,
        `export const MAPBOX_PUBLIC_TOKEN = 'pk.${Buffer.from(JSON.stringify({ u: 'acme', a: g.fake.lowerAlnum(25) })).toString('base64url')}.${g.fake.base64url(22)}';`,
        `export const SENTRY_DSN = 'https://${g.fake.hex(32)}@o${g.fake.digits(6)}.ingest.sentry.io/${g.fake.digits(7)}';`,
      ],
    })),
    template('masked-tokens', (g) => ({
      path: 'logs/audit.log',
      lines: [
        `2024-05-02 token ghp_****${g.fake.alnum(4)} used by ci-bot`,
        `2024-05-02 key sk_live_...${g.fake.alnum(4)} rotated`,
      ],
    })),
    template('uuid-ids', (g) => ({
      path: 'config/tenants.yaml',
      lines: [
        'tenants:',
        `  - id: ${g.fake.uuid()}`,
        `    workspace: ${g.fake.uuid()}`,
        `    request_id: req_${g.fake.alnum(14)}`,
      ],
    })),
    template('git-url-no-token', (g) => ({
      path: 'scripts/clone.sh',
      lines: [
        `git clone https://github.com/acme/${g.word()}-service.git`,
        'git clone https://x-access-token:${GITHUB_TOKEN}@github.com/acme/shared.git',
        'git clone git@github.com:acme/infra.git',
      ],
    })),
    template('docs-sequential-example', () => ({
      path: 'docs/authentication.md',
      lines: [
        'Pass your key in the header:',
        '',
        '```yaml',
        `api_key: ${'A1B2C3D4' + 'E5F6G7H8I9J0'}`,
        '```',
        '',
        '[api-key]: https://docs.acme.io/authentication#api-keys',
        '[token-scopes]: https://docs.acme.io/authentication#scopes "Token scopes"',
      ],
    })),
    template('uppercase-placeholder-constants', () => ({
      path: 'examples_config.py',
      lines: [
        '# Replace these before running',
        `API_KEY = "${'YOUR_' + 'API_KEY'}"`,
        `STRIPE_SECRET = "${'STRIPE_SECRET_' + 'KEY_HERE'}"`,
        `ACCESS_TOKEN = "${'<REPLACE' + '_ME>'}"`,
      ],
    })),
    template('commit-shas', (g) => ({
      path: '.github/workflows/ci.yml',
      lines: [
        'steps:',
        `  - uses: actions/checkout@${g.fake.hex(40)} # v4.1.7`,
        `  - uses: actions/setup-node@${g.fake.hex(40)} # v4.0.3`,
      ],
    })),
  ],
};
