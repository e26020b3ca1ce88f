import { type CategoryTemplates, sec, template } from '../../draft';
import type { Gen } from '../../gen';
import { opaqueToken } from './values';

function b64(text: string): string {
  return Buffer.from(text).toString('base64');
}

/** A secret-named environment variable and a value for it. */
function envSecret(g: Gen): { name: string; value: string } {
  return g.pick([
    { name: 'DB_PASSWORD', value: g.plainPassword() },
    { name: 'API_TOKEN', value: opaqueToken(g) },
    { name: 'PAYMENT_API_KEY', value: g.apiKey() },
    { name: 'SMTP_PASS', value: g.plainPassword() },
    { name: 'JWT_SECRET', value: g.fake.alnum(48) },
  ]);
}

/**
 * Output of operations tools pasted or redirected into a file: kubectl Secret listings (base64
 * data), docker inspect Env arrays, env/printenv/set listings, CI logs echoing commands, Terraform
 * state, Ansible and Chef run output. Hard negatives: kubectl describe (sizes only), CI masking,
 * environment variables with key-ish names and no secret, state without sensitive values.
 * Layouts from each tool's documented output; values are generated at run time.
 */
export const toolOutput: CategoryTemplates = {
  positives: [
    template('kubectl-get-secret-yaml', (g) => {
      const v = b64(g.password());
      return {
        path: 'k8s/debug/secret-dump.yaml',
        lines: [
          'apiVersion: v1',
          'data:',
          sec(`  password: ${v}`, v),
          `  username: ${b64(g.user())}`,
          'kind: Secret',
          'metadata:',
          '  creationTimestamp: "2024-03-05T10:11:12Z"',
          '  name: db-credentials',
          '  namespace: prod',
          `  uid: ${g.fake.uuid()}`,
          'type: Opaque',
        ],
      };
    }),
    template('kubectl-get-secret-json', (g) => {
      const v = b64(opaqueToken(g));
      return {
        path: 'support/secret.json',
        lines: [
          '{',
          '    "apiVersion": "v1",',
          '    "data": {',
          sec(`        "api-token": "${v}"`, v),
          '    },',
          '    "kind": "Secret",',
          '    "type": "Opaque"',
          '}',
        ],
      };
    }),
    template('docker-inspect-env', (g) => {
      const s = envSecret(g);
      return {
        path: 'debug/docker-inspect-api.json',
        lines: [
          '            "Env": [',
          sec(`                "${s.name}=${s.value}",`, s.value),
          '                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",',
          '                "NODE_VERSION=20.11.1"',
          '            ],',
        ],
      };
    }),
    template('printenv-listing', (g) => {
      const s = envSecret(g);
      return {
        path: 'notes/env-prod.txt',
        lines: [
          'HOSTNAME=api-7c9d8f6b5-x2k4q',
          'HOME=/root',
          sec(`${s.name}=${s.value}`, s.value),
          'KUBERNETES_SERVICE_HOST=10.96.0.1',
          'TERM=xterm',
        ],
      };
    }),
    template('bash-set-listing', (g) => {
      const s = envSecret(g);
      return {
        path: 'debug/set-output.txt',
        lines: [
          'BASH=/bin/bash',
          'BASHOPTS=checkwinsize:cmdhist:complete_fullquote:expand_aliases',
          sec(`${s.name}='${s.value}'`, s.value),
          'HISTSIZE=1000',
          "PS1='\\u@\\h:\\w\\$ '",
        ],
      };
    }),
    template('github-actions-xtrace', (g) => {
      const t = opaqueToken(g);
      return {
        path: 'ci-logs/build_1234.txt',
        lines: [
          '2024-03-05T10:11:12.1234567Z ##[group]Run ./scripts/deploy.sh',
          '2024-03-05T10:11:12.2234567Z + echo Deploying',
          sec(
            `2024-03-05T10:11:12.3234567Z + curl -sf -H 'Authorization: token ${t}' https://deploy.acme.io/hooks/prod`,
            t,
          ),
          '2024-03-05T10:11:13.1234567Z ##[endgroup]',
        ],
      };
    }),
    template('jenkins-console-docker-login', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'ci/jenkins-console.log',
        lines: [
          '[Pipeline] sh',
          sec(`+ docker login -u ${g.user()} -p ${pw} registry.acme.io`, pw),
          'WARNING! Using --password via the CLI is insecure. Use --password-stdin.',
          'Login Succeeded',
        ],
      };
    }),
    template('gitlab-ci-echo-variable', (g) => {
      const k = g.apiKey();
      return {
        path: 'ci/job-5521.log',
        lines: [
          '$ echo "Using SENTRY_AUTH_TOKEN=$SENTRY_AUTH_TOKEN"',
          sec(`Using SENTRY_AUTH_TOKEN=${k}`, k),
          '$ sentry-cli releases new "$CI_COMMIT_SHA"',
        ],
      };
    }),
    template('tfstate-db-password', (g) => {
      const pw = g.password();
      return {
        path: 'infra/terraform.tfstate',
        lines: [
          '{',
          '  "version": 4,',
          '  "terraform_version": "1.7.4",',
          '  "resources": [',
          '    {',
          '      "mode": "managed",',
          '      "type": "aws_db_instance",',
          '      "name": "main",',
          '      "instances": [',
          '        {',
          '          "attributes": {',
          '            "engine": "postgres",',
          sec(`            "password": "${pw}",`, pw),
          '            "username": "app",',
          '          "sensitive_attributes": []',
          '        }',
        ],
      };
    }),
    template('tfstate-random-password-result', (g) => {
      const pw = g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+-=?@_', 24);
      return {
        path: 'terraform/terraform.tfstate.backup',
        lines: [
          '      "type": "random_password",',
          '      "name": "db",',
          '      "provider": "provider[\\"registry.terraform.io/hashicorp/random\\"]",',
          '      "instances": [',
          '        {',
          '          "schema_version": 3,',
          '          "attributes": {',
          `            "bcrypt_hash": "$2a$10$${g.fake.alnum(53)}",`,
          '            "id": "none",',
          '            "length": 24,',
          sec(`            "result": "${pw}",`, pw),
          '            "special": true',
        ],
      };
    }),
    template('tfstate-sensitive-output', (g) => {
      const k = g.fake.base64(40);
      return {
        path: 'infra/state/prod.tfstate',
        lines: [
          '  "outputs": {',
          '    "iam_secret": {',
          sec(`      "value": "${k}",`, k),
          '      "type": "string",',
          '      "sensitive": true',
          '    }',
          '  },',
        ],
      };
    }),
    template('ansible-debug-output', (g) => {
      const pw = g.password();
      return {
        path: 'logs/ansible-run.log',
        lines: [
          'TASK [db : show credentials] ***************************************************',
          'ok: [db01] => {',
          sec(`    "mysql_root_password": "${pw}"`, pw),
          '}',
        ],
      };
    }),
    template('ansible-loop-item', (g) => {
      const pw = g.password();
      return {
        path: 'logs/ansible-users.log',
        lines: [
          'TASK [users : create accounts] *************************************************',
          sec(`changed: [web01] => (item={'name': '${g.user()}', 'password': '${pw}', 'groups': 'wheel'})`, pw),
        ],
      };
    }),
    template('chef-client-diff', (g) => {
      const pw = g.password();
      return {
        path: 'logs/chef-client.log',
        lines: [
          '  * template[/etc/app/database.yml] action create',
          '    - update content in file /etc/app/database.yml from none to 4f2a1b',
          '    --- /etc/app/database.yml\t2024-03-05 10:00:00.000000000 +0000',
          '    +++ /etc/app/.chef-database20240305.yml\t2024-03-05 10:00:01.000000000 +0000',
          '    @@ -1,3 +1,4 @@',
          '    +production:',
          '    +  adapter: postgresql',
          sec(`    +  password: ${pw}`, pw),
        ],
      };
    }),
  ],
  negatives: [
    template('kubectl-describe-secret', () => ({
      path: 'k8s/debug/describe.txt',
      lines: [
        'Name:         db-credentials',
        'Namespace:    prod',
        'Type:  Opaque',
        '',
        'Data',
        '====',
        'password:  18 bytes',
        'username:  5 bytes',
        'api-token:  40 bytes',
      ],
    })),
    template('ci-masked-log', () => ({
      path: 'ci-logs/build_99.txt',
      lines: [
        "2024-03-05T10:11:12.3234567Z + curl -sf -H 'Authorization: token ***' https://deploy.acme.io/hooks/prod",
        '2024-03-05T10:11:12.4234567Z + docker login -u ci -p *** registry.acme.io',
        '2024-03-05T10:11:12.5234567Z   NPM_TOKEN: ***',
        '[Pipeline] withCredentials',
        'Masking supported pattern matches of $PASSWORD',
        '+ docker login -u ci -p **** registry.acme.io',
      ],
    })),
    template('env-listing-innocent', (g) => ({
      path: 'notes/env.txt',
      lines: [
        'SSH_AUTH_SOCK=/tmp/ssh-XXXXkq2Y/agent.4412',
        'GPG_AGENT_INFO=/run/user/1000/gnupg/S.gpg-agent:0:1',
        'XAUTHORITY=/run/user/1000/.Xauthority',
        'TOKENIZERS_PARALLELISM=false',
        'KEYTIMEOUT=1',
        'DB_PASSWORD_FILE=/run/secrets/db_password',
        `GIT_COMMIT=${g.fake.hex(40)}`,
        `BUILD_ID=${g.fake.uuid()}`,
        'API_KEY=',
      ],
    })),
    template('docker-inspect-innocent', (g) => ({
      path: 'debug/inspect.json',
      lines: [
        '            "Env": [',
        '                "POSTGRES_PASSWORD_FILE=/run/secrets/pg",',
        '                "AUTH_TOKEN_HEADER=X-Auth-Token",',
        '                "PATH=/usr/local/bin:/usr/bin:/bin"',
        '            ],',
        `            "Image": "sha256:${g.fake.hex(64)}",`,
      ],
    })),
    template('tfstate-no-secrets', (g) => ({
      path: 'infra/terraform.tfstate',
      lines: [
        '          "attributes": {',
        `            "arn": "arn:aws:rds:eu-west-1:${g.fake.digits(12)}:db:main",`,
        '            "password": null,',
        '            "manage_master_user_password": true,',
        `            "kms_key_id": "arn:aws:kms:eu-west-1:${g.fake.digits(12)}:key/${g.fake.uuid()}",`,
        `            "public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.fake.base64(43)} deploy@ci",`,
        `            "key_fingerprint": "${g.fake.hex(32)}"`,
        '          },',
        '          "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]',
      ],
    })),
    template('ansible-no-log-output', () => ({
      path: 'logs/ansible.log',
      lines: [
        'TASK [users : create accounts] *************************************************',
        'changed: [web01] => (item=None)',
        'ok: [db01] => {',
        '    "censored": "the output has been hidden due to the fact that \'no_log: true\' was specified for this result"',
        '}',
        'ok: [db01] => {',
        '    "mysql_root_password": "VARIABLE IS NOT DEFINED!"',
        '}',
      ],
    })),
  ],
};
