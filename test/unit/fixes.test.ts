import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { addDotenvEntry, addExampleEntry, formatDotenvValue, parseDotenv } from '../../src/core/fixes/dotenv';
import { assignedName, suggestEnvName, toEnvName } from '../../src/core/fixes/envName';
import { applyReplacements, envReferenceFix, type EnvFixTarget } from '../../src/core/fixes/envReference';
import { planEnvFixAll } from '../../src/core/fixes/fixAll';
import {
  findSecretManager,
  referenceFix,
  SECRET_MANAGERS,
  secretManagerReference,
  storeCommand,
} from '../../src/core/fixes/secretManager';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

// Every token here is generated at runtime by FakeTokens; nothing committed is a credential.
const fake = new FakeTokens(5150);
const detector = new Detector(builtinRules);

/** Applies the fix to the first occurrence of `secret` in `text`. */
function fix(text: string, secret: string, name: string, target: EnvFixTarget): string {
  const start = text.indexOf(secret);
  assert.ok(start >= 0, 'secret not in sample');
  const result = envReferenceFix(text, start, start + secret.length, name, target);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return applyReplacements(text, result.edits);
}

function refusal(text: string, secret: string, target: EnvFixTarget): string {
  const start = text.indexOf(secret);
  const result = envReferenceFix(text, start, start + secret.length, 'NAME', target);
  assert.equal(result.ok, false);
  return result.ok ? '' : result.reason;
}

describe('fixes: environment-variable names', () => {
  it('derives a name from the assignment, else the rule default, and makes it unique', () => {
    assert.equal(toEnvName('stripeSecretKey'), 'STRIPE_SECRET_KEY');
    assert.equal(toEnvName('api-key.v2'), 'API_KEY_V2');
    assert.equal(toEnvName('HTTPServerToken'), 'HTTP_SERVER_TOKEN');
    assert.equal(assignedName('const stripeKey = "'), 'stripeKey');
    assert.equal(assignedName('  "api_key": "'), 'api_key');
    assert.equal(assignedName('config.slack.botToken = f"'), 'botToken');
    assert.equal(assignedName('new Stripe("'), undefined);
    const none = () => false;
    assert.equal(suggestEnvName('const stripeKey = "', 'STRIPE_SECRET_KEY', none), 'STRIPE_KEY');
    assert.equal(suggestEnvName('token: "', 'GITHUB_TOKEN', none), 'GITHUB_TOKEN', 'too generic on its own');
    assert.equal(suggestEnvName('client = OpenAI(api_key="', 'OPENAI_API_KEY', none), 'OPENAI_API_KEY');
    const taken = new Set(['GITHUB_TOKEN', 'GITHUB_TOKEN_2']);
    assert.equal(
      suggestEnvName('token = "', 'GITHUB_TOKEN', (n) => taken.has(n)),
      'GITHUB_TOKEN_3',
    );
  });
});

describe('fixes: .env files', () => {
  it('appends, keeps existing lines byte for byte, and never overwrites', () => {
    const existing = '# local\r\nDB_URL=postgres://localhost/dev\r\n';
    const added = addDotenvEntry(existing, 'API_KEY', 'abc123');
    assert.deepEqual(added, { kind: 'added', text: existing + 'API_KEY=abc123\r\n' });
    assert.deepEqual(addDotenvEntry(existing, 'DB_URL', 'postgres://localhost/dev'), { kind: 'present' });
    assert.deepEqual(addDotenvEntry(existing, 'DB_URL', 'other'), { kind: 'conflict' });
    assert.deepEqual(addDotenvEntry(undefined, 'A', 'b'), { kind: 'added', text: 'A=b\n' });
    assert.deepEqual(addDotenvEntry('A=b', 'C', 'd'), { kind: 'added', text: 'A=b\nC=d\n' });
  });

  it('quotes values so the loaders read them back unchanged', () => {
    for (const value of ['plain-Value_1/+:@', 'has space', "it's", 'a"b\\c', 'x#y', '$HOME', 'multi\nline']) {
      const text = `K=${formatDotenvValue(value)}\n`;
      assert.equal(parseDotenv(text).get('K'), value, JSON.stringify(value));
    }
  });

  it('adds the name to .env.example once, with an empty value', () => {
    assert.equal(addExampleEntry('A=\n', 'B'), 'A=\nB=\n');
    assert.equal(addExampleEntry('A=\nB=\n', 'B'), undefined);
  });
});

describe('fixes: replace with environment variable, per language', () => {
  const token = fake.githubStyle('ghp_');
  const cases: { lang: string; path: string; before: string; after: string }[] = [
    {
      lang: 'typescript',
      path: 'src/a.ts',
      before: `const token = "${token}";\n`,
      after: 'const token = process.env.GITHUB_TOKEN;\n',
    },
    {
      lang: 'typescript',
      path: 'src/a.ts',
      before: `const u = import.meta.env.BASE_URL;\nconst token = '${token}';\n`,
      after: 'const u = import.meta.env.BASE_URL;\nconst token = import.meta.env.GITHUB_TOKEN;\n',
    },
    {
      lang: 'javascript',
      path: 'a.js',
      before: `fetch(u, { headers: { Authorization: "Bearer ${token}" } });\n`,
      after: 'fetch(u, { headers: { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` } });\n',
    },
    {
      lang: 'python',
      path: 'a.py',
      before: `#!/usr/bin/env python\n"""Doc."""\nimport sys\n\ntoken = "${token}"\n`,
      after: '#!/usr/bin/env python\n"""Doc."""\nimport os\nimport sys\n\ntoken = os.environ["GITHUB_TOKEN"]\n',
    },
    {
      lang: 'python',
      path: 'a.py',
      before: `import os\nheaders = {"Authorization": "token ${token}"}\n`,
      after: `import os\nheaders = {"Authorization": f"token {os.environ['GITHUB_TOKEN']}"}\n`,
    },
    {
      lang: 'go',
      path: 'main.go',
      before: `package main\n\nimport (\n\t"fmt"\n)\n\nvar token = "${token}"\n`,
      after: 'package main\n\nimport (\n\t"os"\n\t"fmt"\n)\n\nvar token = os.Getenv("GITHUB_TOKEN")\n',
    },
    {
      lang: 'go',
      path: 'main.go',
      before: `package main\n\nvar token = "${token}"\n`,
      after: 'package main\n\nimport "os"\n\nvar token = os.Getenv("GITHUB_TOKEN")\n',
    },
    {
      lang: 'java',
      path: 'A.java',
      before: `String token = "${token}";\n`,
      after: 'String token = System.getenv("GITHUB_TOKEN");\n',
    },
    {
      lang: 'kotlin',
      path: 'A.kt',
      before: `val token = "${token}"\n`,
      after: 'val token = System.getenv("GITHUB_TOKEN")\n',
    },
    {
      lang: 'csharp',
      path: 'A.cs',
      before: `var token = "${token}";\n`,
      after: 'using System;\nvar token = Environment.GetEnvironmentVariable("GITHUB_TOKEN");\n',
    },
    { lang: 'ruby', path: 'a.rb', before: `token = '${token}'\n`, after: 'token = ENV["GITHUB_TOKEN"]\n' },
    { lang: 'php', path: 'a.php', before: `$token = "${token}";\n`, after: "$token = getenv('GITHUB_TOKEN');\n" },
    {
      lang: 'rust',
      path: 'main.rs',
      before: `let token = "${token}";\n`,
      after: 'let token = std::env::var("GITHUB_TOKEN").expect("GITHUB_TOKEN is not set");\n',
    },
    {
      lang: 'shellscript',
      path: 'run.sh',
      before: `export GH_TOKEN="${token}"\n`,
      after: 'export GH_TOKEN="${GITHUB_TOKEN}"\n',
    },
    {
      lang: 'dockerfile',
      path: 'Dockerfile',
      before: `ENV GH_TOKEN=${token}\n`,
      after: 'ENV GH_TOKEN=${GITHUB_TOKEN}\n',
    },
    {
      lang: 'yaml',
      path: 'docker-compose.yml',
      before: `services:\n  app:\n    environment:\n      GH_TOKEN: ${token}\n`,
      after: 'services:\n  app:\n    environment:\n      GH_TOKEN: ${GITHUB_TOKEN}\n',
    },
    {
      lang: 'yaml',
      path: '.github/workflows/ci.yml',
      before: `env:\n  GH_TOKEN: "${token}"\n`,
      after: 'env:\n  GH_TOKEN: "${{ secrets.GITHUB_TOKEN }}"\n',
    },
    {
      lang: 'yaml',
      path: 'k8s/deploy.yaml',
      before: `apiVersion: apps/v1\nkind: Deployment\nspec:\n  containers:\n    - env:\n        - name: GH_TOKEN\n          value: "${token}"\n`,
      after:
        'apiVersion: apps/v1\nkind: Deployment\nspec:\n  containers:\n    - env:\n        - name: GH_TOKEN\n          valueFrom:\n            secretKeyRef:\n              name: app-secrets\n              key: GITHUB_TOKEN\n',
    },
    {
      lang: 'terraform',
      path: 'main.tf',
      before: `provider "github" {\n  token = "${token}"\n}\n`,
      after:
        'provider "github" {\n  token = var.github_token\n}\n\nvariable "github_token" {\n  type      = string\n  sensitive = true\n}\n',
    },
    {
      lang: 'properties',
      path: 'application.properties',
      before: `github.token=${token}\n`,
      after: 'github.token=${GITHUB_TOKEN}\n',
    },
    { lang: 'dotenv', path: 'config/app.env', before: `GH_TOKEN=${token}\n`, after: 'GH_TOKEN=\n' },
  ];

  for (const c of cases) {
    it(`${c.lang} (${c.path})`, () => {
      const after = fix(c.before, token, 'GITHUB_TOKEN', { languageId: c.lang, path: c.path });
      assert.equal(after, c.after);
      assert.deepEqual(detector.scan(after), [], 'the rewritten file scans clean');
    });
  }

  it('refuses where no correct rewrite exists, saying why', () => {
    assert.match(refusal(`GH_TOKEN=${token}\n`, token, { languageId: 'dotenv', path: '.env' }), /already in \.env/);
    assert.match(refusal(`x = "${token}"\n`, token, { languageId: 'terraform', path: 'prod.tfvars' }), /tfvars/);
    assert.match(
      refusal(`String h = "token ${token}";\n`, token, { languageId: 'java', path: 'A.java' }),
      /longer string/,
    );
    assert.match(
      refusal(`curl -H 'Authorization: token ${token}'\n`, token, { languageId: 'shellscript', path: 'a.sh' }),
      /single-quoted/,
    );
    assert.match(
      refusal(`x = "${token}"\n`, token, { languageId: 'plaintext', path: 'notes.txt' }),
      /no environment-variable form/,
    );
    assert.match(refusal(`data = b"token ${token}"\n`, token, { languageId: 'python', path: 'a.py' }), /bytes/);
  });

  it('inserts references that scan clean for every rule and every language form', () => {
    const forms: [string, string, (name: string) => string][] = [
      ['typescript', 'a.ts', (n) => `const secretValue = process.env.${n};\n`],
      ['python', 'a.py', (n) => `secret_value = os.environ["${n}"]\n`],
      ['go', 'a.go', (n) => `secretValue := os.Getenv("${n}")\n`],
      ['java', 'A.java', (n) => `String secretValue = System.getenv("${n}");\n`],
      ['csharp', 'A.cs', (n) => `var secretValue = Environment.GetEnvironmentVariable("${n}");\n`],
      ['ruby', 'a.rb', (n) => `secret_value = ENV["${n}"]\n`],
      ['php', 'a.php', (n) => `$secretValue = getenv('${n}');\n`],
      ['rust', 'a.rs', (n) => `let secret_value = std::env::var("${n}").expect("${n} is not set");\n`],
      ['shellscript', 'a.sh', (n) => `export SECRET_VALUE="\${${n}}"\n`],
      ['yaml', '.github/workflows/a.yml', (n) => `  SECRET_VALUE: \${{ secrets.${n} }}\n`],
      ['terraform', 'a.tf', (n) => `  secret_value = var.${n.toLowerCase()}\n`],
    ];
    const names = [...new Set(builtinRules.map((r) => r.envVar))];
    for (const name of names) {
      for (const [, , form] of forms) {
        const text = form(name);
        assert.deepEqual(detector.scan(text), [], `${name}: ${text}`);
      }
    }
  });
});

describe('fixes: secret-manager references', () => {
  it('fills each template and the result scans clean as a value', () => {
    const expected: Record<string, string> = {
      '1password': 'op://Engineering/stripe-secret-key/credential',
      vault: 'vault:secret/data/app#STRIPE_SECRET_KEY',
      'aws-secrets-manager': '{{resolve:secretsmanager:stripe-secret-key:SecretString}}',
      'aws-ssm': '{{resolve:ssm-secure:/app/STRIPE_SECRET_KEY}}',
      'azure-key-vault': '@Microsoft.KeyVault(VaultName=my-vault;SecretName=stripe-secret-key)',
      'gcp-secret-manager': 'sm://my-project/stripe-secret-key',
    };
    for (const manager of SECRET_MANAGERS.filter((m) => !m.injectsEnvironment)) {
      const reference = secretManagerReference(manager, 'STRIPE_SECRET_KEY');
      assert.equal(reference, expected[manager.id], manager.id);
      for (const line of [
        `STRIPE_SECRET_KEY=${reference}\n`,
        `const stripeSecretKey = "${reference}";\n`,
        `  stripe_secret_key: "${reference}"\n`,
      ]) {
        assert.deepEqual(detector.scan(line), [], line);
      }
    }
  });

  it('takes parameters and templates from the settings, and rejects an unknown placeholder', () => {
    const op = findSecretManager('1password')!;
    assert.equal(secretManagerReference(op, 'API_KEY', { vault: 'Prod' }), 'op://Prod/api-key/credential');
    assert.equal(secretManagerReference(op, 'API_KEY', {}, 'op://Team/{name}/{NAME}'), 'op://Team/api-key/API_KEY');
    assert.throws(() => secretManagerReference(op, 'API_KEY', {}, 'op://{vualt}/{name}'), /\{vualt\}/);
    assert.throws(() => secretManagerReference(findSecretManager('doppler')!, 'API_KEY'), /environment-variable fix/);
  });

  it('puts the reference where the whole value was, keeping quotes, and refuses part of a string', () => {
    const token = fake.githubStyle('ghp_');
    const reference = 'op://Engineering/github-token/credential';
    const place = (text: string) => {
      const start = text.indexOf(token);
      const r = referenceFix(text, start, start + token.length, reference);
      return r.ok ? applyReplacements(text, [r.edit]) : `refused: ${r.reason}`;
    };
    assert.equal(place(`GITHUB_TOKEN=${token}\n`), `GITHUB_TOKEN=${reference}\n`);
    assert.equal(place(`github:\n  token: "${token}" # ci\n`), `github:\n  token: "${reference}" # ci\n`);
    assert.equal(place(`const token = '${token}';`), `const token = '${reference}';`);
    assert.equal(place(`x = f"${token}"\n`), `x = f"${reference}"\n`);
    assert.equal(
      (() => {
        const text = `x = f"${token}"\n`;
        const r = referenceFix(text, 6, 6 + token.length, '{{resolve:ssm-secure:/app/X}}');
        return r.ok ? applyReplacements(text, [r.edit]) : r.reason;
      })(),
      'x = f"{{{{resolve:ssm-secure:/app/X}}}}"\n',
      'braces doubled inside a Python f-string',
    );
    assert.match(place(`url = "https://x:${token}@host"\n`), /^refused: .*longer string/);
    assert.match(place(`URL=https://x:${token}@host\n`), /^refused: .*longer value/);
  });

  it('gives a store command that reads the value from .env, never holding it', () => {
    for (const manager of SECRET_MANAGERS) {
      const command = storeCommand(manager, 'STRIPE_SECRET_KEY', { vault: 'Prod' });
      assert.ok(command.startsWith('(set -a; . ./.env; set +a; '), command);
      assert.match(command, /\$STRIPE_SECRET_KEY\b/, `${manager.id} reads the variable`);
      assert.doesNotMatch(command, /\{[A-Za-z]+\}/, `${manager.id} has no unfilled placeholder`);
    }
    assert.equal(
      storeCommand(findSecretManager('azure-key-vault')!, 'API_KEY', { vault: 'Prod' }),
      '(set -a; . ./.env; set +a; az keyvault secret set --vault-name Prod --name api-key --value "$API_KEY")',
    );
  });
});

describe('fixes: move all secrets in a file to .env', () => {
  it('merges one fix per secret: one import, one name per value, existing .env names reused', () => {
    const a = fake.githubStyle('ghp_');
    const b = fake.githubStyle('ghp_');
    const c = fake.githubStyle('ghp_');
    const text = `import sys\n\ntoken = "${a}"\nbackup_token = "${b}"\nagain = "${a}"\nold = "${c}"\nlabel = b"x ${c}"\n`;
    const spans = [a, b, c].flatMap((secret) => {
      const out = [];
      for (let i = text.indexOf(secret); i >= 0; i = text.indexOf(secret, i + 1))
        out.push({ start: i, end: i + secret.length, envVar: 'GITHUB_TOKEN' });
      return out;
    });
    const plan = planEnvFixAll(
      text,
      spans,
      { languageId: 'python', path: 'app.py' },
      new Map([
        ['LEGACY_TOKEN', c],
        ['GITHUB_TOKEN', 'other'],
      ]),
    );
    assert.equal(
      applyReplacements(text, plan.edits),
      'import os\nimport sys\n\ntoken = os.environ["GITHUB_TOKEN_2"]\nbackup_token = os.environ["BACKUP_TOKEN"]\nagain = os.environ["GITHUB_TOKEN_2"]\nold = os.environ["LEGACY_TOKEN"]\n' +
        `label = b"x ${c}"\n`,
    );
    assert.deepEqual(plan.entries, [
      { name: 'GITHUB_TOKEN_2', value: a },
      { name: 'BACKUP_TOKEN', value: b },
    ]);
    assert.equal(plan.skipped.length, 1);
    assert.match(plan.skipped[0]!.reason, /bytes/);
  });

  it('skips a secret whose string already holds another secret being replaced', () => {
    const a = fake.githubStyle('ghp_');
    const b = fake.githubStyle('ghp_');
    const text = `String token = "${a}";\nString both = "${a}:${b}";\n`;
    const spans = [a, b].map((s) => ({
      start: text.lastIndexOf(s),
      end: text.lastIndexOf(s) + s.length,
      envVar: 'GITHUB_TOKEN',
    }));
    spans.push({ start: text.indexOf(a), end: text.indexOf(a) + a.length, envVar: 'GITHUB_TOKEN' });
    const plan = planEnvFixAll(text, spans, { languageId: 'java', path: 'A.java' }, new Map());
    assert.equal(
      applyReplacements(text, plan.edits),
      `String token = System.getenv("GITHUB_TOKEN");\nString both = "${a}:${b}";\n`,
    );
    assert.equal(plan.skipped.length, 2, 'the Java string holding two secrets is left for a human');
  });
});
