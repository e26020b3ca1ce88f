import { type CategoryTemplates, sec, template } from '../draft';

/**
 * Code in other clothing: Jupyter notebooks (JSON with escaped quotes and split source lines),
 * JSON-escaped code strings, SDK constructors that take credentials positionally. Values are
 * generated at run time. A few negatives are split with + so this source itself scans clean.
 */
export const codeClothing: CategoryTemplates = {
  positives: [
    template('notebook-assignment', (g) => {
      const k = g.fake.alnum(40);
      return notebook([
        'import openai\\n',
        sec(`api_key = \\"${k}\\"\\n`, k),
        'client = openai.Client(api_key=api_key)',
      ]);
    }),
    template('notebook-password', (g) => {
      const pw = g.plainPassword();
      return notebook([
        'import pymysql\\n',
        `conn = pymysql.connect(host=\\"${g.host()}\\", user=\\"${g.user()}\\",\\n`,
        sec(`                       password=\\"${pw}\\", db=\\"${g.dbName()}\\")`, pw),
      ]);
    }),
    template('notebook-env-set', (g) => {
      const k = g.apiKey();
      return notebook(['import os\\n', sec(`os.environ[\\"WANDB_API_KEY\\"] = \\"${k}\\"\\n`, k), 'import wandb']);
    }),
    template('json-escaped-code', (g) => {
      const k = g.apiKey();
      return {
        path: 'snippets/python.json',
        lines: [
          '{',
          '  "Connect to the API": {',
          '    "prefix": "apiconnect",',
          sec(
            `    "body": ["import requests", "API_KEY = \\"${k}\\"", "r = requests.get(URL, params={\\"key\\": API_KEY})"]`,
            k,
          ),
          '  }',
          '}',
        ],
      };
    }),
    template('json-string-with-config', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'fixtures/settings-blob.json',
        lines: [
          '{',
          sec(`  "settings": "{\\"db\\":{\\"user\\":\\"${g.user()}\\",\\"password\\":\\"${pw}\\"}}",`, pw),
          '  "version": 3',
          '}',
        ],
      };
    }),
    template('twilio-positional', (g) => {
      const t = g.fake.hex(32);
      return {
        path: 'src/sms.js',
        lines: [
          "const twilio = require('twilio');",
          sec(`const client = twilio('AC${g.fake.hex(32)}', '${t}');`, t),
          "await client.messages.create({ to, from: '+15005550006', body });",
        ],
      };
    }),
    template('stripe-constructor', (g) => {
      const k = 'sk_' + 'live_' + g.fake.alnum(24);
      return {
        path: 'src/billing.ts',
        lines: [
          "import Stripe from 'stripe';",
          sec(`const stripe = new Stripe('${k}', { apiVersion: '2024-06-20' });`, k),
        ],
      };
    }),
    template('boto3-client', (g) => {
      const id = 'AKIA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
      const s = g.fake.base64(40);
      return {
        path: 'jobs/s3_sync.py',
        lines: [
          'import boto3',
          '',
          's3 = boto3.client(',
          '    "s3",',
          sec(`    aws_access_key_id="${id}",`, id),
          sec(`    aws_secret_access_key="${s}",`, s),
          ')',
        ],
      };
    }),
    template('algolia-positional', (g) => {
      const k = g.fake.hex(32);
      return {
        path: 'src/search.js',
        lines: [
          "import algoliasearch from 'algoliasearch';",
          sec(`const client = algoliasearch('${g.fake.upperAlnum(10)}', '${k}');`, k),
          "const index = client.initIndex('products');",
        ],
      };
    }),
    template('pusher-constructor', (g) => {
      const secret = g.fake.hex(20);
      return {
        path: 'server/realtime.js',
        lines: [
          'const pusher = new Pusher({',
          `  appId: '${g.fake.digits(7)}',`,
          `  key: '${g.fake.hex(20)}',`,
          sec(`  secret: '${secret}',`, secret),
          "  cluster: 'eu',",
          '});',
        ],
      };
    }),
    template('redis-url-positional', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/cache.ts',
        lines: [
          "import Redis from 'ioredis';",
          sec(`export const redis = new Redis(6379, '${g.host()}', { password: '${pw}' });`, pw),
        ],
      };
    }),
    template('go-sdk-positional', (g) => {
      const s = g.fake.alnum(40);
      return {
        path: 'cmd/upload/main.go',
        lines: [
          'minioClient, err := minio.New("s3.acme.io", &minio.Options{',
          sec(`\tCreds:  credentials.NewStaticV4("${g.fake.upperAlnum(20)}", "${s}", ""),`, s),
          '\tSecure: true,',
          '})',
        ],
      };
    }),
    template('java-sdk-positional', (g) => {
      const s = g.fake.alnum(40);
      return {
        path: 'src/main/java/com/acme/Storage.java',
        lines: [
          sec(
            `BasicAWSCredentials creds = new BasicAWSCredentials("AKIA${g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}", "${s}");`,
            s,
          ),
          'AmazonS3 s3 = AmazonS3ClientBuilder.standard().withCredentials(new AWSStaticCredentialsProvider(creds)).build();',
        ],
      };
    }),
    template('ruby-client-positional', (g) => {
      const t = g.apiKey();
      return {
        path: 'app/services/crm.rb',
        lines: [
          'class Crm',
          '  def client',
          sec(`    @client ||= Hubspot::Client.new(access_token: '${t}')`, t),
          '  end',
          'end',
        ],
      };
    }),
    template('php-sdk-array', (g) => {
      const s = g.fake.alnum(40);
      return {
        path: 'app/Services/Storage.php',
        lines: [
          '$s3 = new S3Client([',
          "    'region' => 'eu-west-1',",
          "    'credentials' => [",
          `        'key'    => '${g.fake.upperAlnum(20)}',`,
          sec(`        'secret' => '${s}',`, s),
          '    ],',
          ']);',
        ],
      };
    }),
  ],
  negatives: [
    template('notebook-env-read', () =>
      notebookNegative([
        'import os\\n',
        'api_key = os.environ[\\"OPENAI_API_KEY\\"]\\n',
        'client = openai.Client(api_key=api_key)',
      ]),
    ),
    template('notebook-getpass', () =>
      notebookNegative(['from getpass import getpass\\n', 'password = getpass(\\"Database password: \\")\\n']),
    ),
    template('notebook-output-hash', (g) =>
      notebookNegative(['import hashlib\\n', `hashlib.sha256(b\\"hello\\").hexdigest()  # '${g.fake.hex(64)}'`]),
    ),
    template('json-escaped-env', () => ({
      path: 'snippets/python.json',
      lines: [
        '{',
        '  "Read key": {',
        '    "prefix": "envkey",',
        '    "body": ["import os", "API_KEY = os.environ[\\"API_KEY\\"]"]',
        '  }',
        '}',
      ],
    })),
    template('sdk-from-env', () => ({
      path: 'src/sms.js',
      lines: [
        "const twilio = require('twilio');",
        'const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);',
        'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);',
      ],
    })),
    template('boto3-default-chain', () => ({
      path: 'jobs/s3_sync.py',
      lines: [
        'import boto3',
        '',
        '# credentials come from the instance role',
        's3 = boto3.client("s3", region_name="eu-west-1")',
        'session = boto3.Session(profile_name="prod")',
      ],
    })),
    template('sdk-public-ids', (g) => ({
      path: 'src/search.js',
      lines: [
        `const client = algoliasearch('${g.fake.upperAlnum(10)}', process.env.ALGOLIA_SEARCH_KEY);`,
        `const pusher = new Pusher('${g.fake.hex(20)}', { cluster: 'eu' });`,
      ],
    })),
    template('typescript-compiler-token', () => ({
      path: 'src/compiler/parser.ts',
      lines: [
        'function parseConditional(questionToken: Node | undefined, exclamationToken: Node | undefined) {',
        '    const hasToken =' + ' !!questionToken;',
        '    const exclamation = !questionToken && exclamationToken;',
        '    const colonToken = parseExpectedToken(SyntaxKind.ColonToken);',
        '    return finishNode(factory.createConditional(questionToken, colonToken), pos);',
        '}',
      ],
    })),
    template('textmate-scopes', () => ({
      path: 'themes/dark-color-theme.json',
      lines: [
        '{',
        '  "tokenColors": [',
        '    { "scope": "keyword.control", "settings": { "foreground": "#C586C0" } },',
        '    { "scope": "string.quoted", "settings": { "foreground": "#CE9178" } }',
        '  ],',
        '  "semanticTokenColors": { "variable.readonly": "#4FC1FF" }',
        '}',
      ],
    })),
    template('textmate-token-field', () => ({
      path: 'src/highlight/rules.js',
      lines: [
        'export const rules = [',
        "  { token: 'keyword.operator.assignment', regex: /=/ },",
        '  { token: \'string.quoted.double\', regex: /"(?:[^"\\\\]|\\\\.)*"/ },',
        '  { token: ' + "'support.constant.secret-key', regex: /\\bSECRET\\b/ },",
        '];',
      ],
    })),
    template('json-schema-key-names', () => ({
      path: 'schemas/config.schema.json',
      lines: [
        '{',
        '  "properties": {',
        '    "apiKey": { "type": "string", "description": "Your API key from the dashboard" },',
        '    "password": { "type": "string", "minLength": 12 },',
        '    "tokenUrl": { "type": "string", "format": "uri" }',
        '  }',
        '}',
      ],
    })),
  ],
};

/** A notebook whose code cell holds `source` lines (already JSON-escaped); one of them is labelled. */
function notebook(source: ReadonlyArray<string | ReturnType<typeof sec>>) {
  return {
    path: `notebooks/${NOTEBOOK_NAMES[source.length % NOTEBOOK_NAMES.length]}.ipynb`,
    lines: notebookLines(source),
  };
}

function notebookNegative(source: readonly string[]) {
  return { path: 'notebooks/analysis.ipynb', lines: notebookLines(source) };
}

function notebookLines(source: ReadonlyArray<string | ReturnType<typeof sec>>) {
  const cell = source.map((line, i) => {
    const comma = i < source.length - 1 ? ',' : '';
    return typeof line === 'string' ? `    "${line}"${comma}` : sec(`    "${line.text}"${comma}`, line.value);
  });
  return [
    '{',
    ' "cells": [',
    '  {',
    '   "cell_type": "code",',
    '   "execution_count": 3,',
    '   "metadata": {},',
    '   "outputs": [],',
    '   "source": [',
    ...cell,
    '   ]',
    '  }',
    ' ],',
    ' "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},',
    ' "nbformat": 4,',
    ' "nbformat_minor": 5',
    '}',
  ];
}

const NOTEBOOK_NAMES = ['explore', 'training', 'eval', 'ingest'];
