import { type Template, template } from '../../draft';

/**
 * ci-iac hard negatives, infrastructure as code: references to variables and secret stores,
 * sensitive variables without defaults, ARNs, provider lock hashes, encrypted values (ansible-vault,
 * Pulumi `secure:`, Chef encrypted data bags), templates that read from Vault, resource UUIDs.
 */
export const infrastructureNegatives: readonly Template[] = [
  template('tf-var-references', () => ({
    path: 'rds.tf',
    lines: [
      'resource "aws_db_instance" "main" {',
      '  username = var.db_username',
      '  password = var.db_password',
      '}',
      'resource "aws_elasticache_replication_group" "cache" {',
      '  auth_token = random_password.redis.result',
      '}',
    ],
  })),
  template('tf-sensitive-variable', () => ({
    path: 'variables.tf',
    lines: [
      'variable "db_password" {',
      '  type        = string',
      '  description = "Master password for the database"',
      '  sensitive   = true',
      '}',
      'variable "api_token" {',
      '  type    = string',
      '  default = null',
      '}',
    ],
  })),
  template('tf-secret-arns', (g) => ({
    path: 'secrets.tf',
    lines: [
      'data "aws_secretsmanager_secret_version" "db" {',
      `  secret_id = "arn:aws:secretsmanager:eu-west-1:${g.fake.digits(12)}:secret:prod/db-password-${g.fake.alnum(6)}"`,
      '}',
      'data "aws_ssm_parameter" "api_key" {',
      '  name = "/prod/payments/api_key"',
      '}',
    ],
  })),
  template('tf-lock-hashes', (g) => ({
    path: '.terraform.lock.hcl',
    lines: [
      'provider "registry.terraform.io/hashicorp/aws" {',
      '  version     = "5.31.0"',
      '  constraints = "~> 5.0"',
      '  hashes = [',
      `    "h1:${g.fake.base64(43)}=",`,
      `    "zh:${g.fake.hex(64)}",`,
      `    "zh:${g.fake.hex(64)}",`,
      '  ]',
      '}',
    ],
  })),
  template('tf-resource-ids', (g) => ({
    path: 'network.tf',
    lines: [
      'module "vpc" {',
      `  tenant_id       = "${g.fake.uuid()}"`,
      `  subscription_id = "${g.fake.uuid()}"`,
      `  vpc_id          = "vpc-${g.fake.hex(17)}"`,
      `  ami             = "ami-${g.fake.hex(17)}"`,
      '}',
    ],
  })),
  template('terragrunt-dependency-outputs', () => ({
    path: 'live/prod/app/terragrunt.hcl',
    lines: [
      'dependency "db" {',
      '  config_path = "../rds"',
      '}',
      'inputs = {',
      '  db_password = dependency.db.outputs.master_password',
      '  api_token   = get_env("API_TOKEN")',
      '}',
    ],
  })),
  template('pulumi-secure-value', (g) => ({
    path: 'Pulumi.prod.yaml',
    lines: [
      `encryptionsalt: v1:${g.fake.base64(12)}=:v1:${g.fake.base64(16)}:${g.fake.base64(22)}==`,
      'config:',
      '  aws:region: eu-west-1',
      '  billing:dbPassword:',
      `    secure: v1:${g.fake.base64(16)}:${g.fake.base64(44)}==`,
    ],
  })),
  template('cfn-noecho-resolve', () => ({
    path: 'cloudformation/database.yaml',
    lines: [
      'Parameters:',
      '  DBMasterPassword:',
      '    Type: String',
      '    NoEcho: true',
      '    MinLength: 12',
      'Resources:',
      '  Database:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      "      MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password}}'",
      '      MasterUsername: !Ref DBMasterUser',
    ],
  })),
  template('ansible-vault-blob', (g) => {
    const lines = ['db_password: !vault |', '  $ANSIBLE_VAULT;1.1;AES256'];
    for (let i = 0; i < 5; i++)
      lines.push(
        '  ' +
          g.fake
            .digits(80)
            .replace(/./g, (d) => '3' + d)
            .slice(0, 80),
      );
    return { path: 'group_vars/prod/vault.yml', lines };
  }),
  template('ansible-lookups', () => ({
    path: 'group_vars/all.yml',
    lines: [
      'db_password: "{{ vault_db_password }}"',
      "api_token: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/app:token') }}\"",
      "ansible_become_pass: \"{{ lookup('env', 'BECOME_PASS') }}\"",
    ],
  })),
  template('ansible-inventory-key-file', (g) => ({
    path: 'inventory/hosts.ini',
    lines: [
      '[web]',
      `web1 ansible_host=10.0.4.21 ansible_user=${g.user()} ansible_ssh_private_key_file=~/.ssh/deploy_ed25519`,
      '[web:vars]',
      'ansible_become_method=sudo',
    ],
  })),
  template('chef-encrypted-data-bag', (g) => ({
    path: 'data_bags/credentials/db.json',
    lines: [
      '{',
      '  "id": "db",',
      '  "password": {',
      `    "encrypted_data": "${g.fake.base64(44)}\\n",`,
      `    "hmac": "${g.fake.base64(43)}=\\n",`,
      `    "iv": "${g.fake.base64(16)}\\n",`,
      '    "version": 3,',
      '    "cipher": "aes-256-gcm"',
      '  }',
      '}',
    ],
  })),
  template('puppet-hiera-lookup', () => ({
    path: 'manifests/db.pp',
    lines: ["mysql::db { 'app':", "  user     => 'app',", "  password => lookup('profile::db::password'),", '}'],
  })),
  template('nomad-vault-template', () => ({
    path: 'jobs/api.nomad.hcl',
    lines: [
      '      template {',
      '        data = <<EOH',
      '{{ with secret "kv/data/api" }}DB_PASSWORD={{ .Data.data.password }}{{ end }}',
      'EOH',
      '        destination = "secrets/app.env"',
      '        env         = true',
      '      }',
    ],
  })),
  template('consul-node-ids', (g) => ({
    path: 'consul.d/client.hcl',
    lines: [`node_id    = "${g.fake.uuid()}"`, 'datacenter = "dc1"', 'retry_join = ["provider=aws tag_key=consul"]'],
  })),
  template('k8s-secret-key-ref', () => ({
    path: 'deploy/api.yaml',
    lines: [
      '          env:',
      '            - name: DB_PASSWORD',
      '              valueFrom:',
      '                secretKeyRef:',
      '                  name: db-credentials',
      '                  key: password',
    ],
  })),
  template('helm-existing-secret', () => ({
    path: 'charts/app/values.yaml',
    lines: [
      'postgresql:',
      '  auth:',
      '    existingSecret: app-postgres',
      '    secretKeys:',
      '      adminPasswordKey: postgres-password',
      '    password: ""',
    ],
  })),
  template('helm-set-from-env', () => ({
    path: 'ci/deploy.sh',
    lines: [
      'helm upgrade --install api ./charts/api \\',
      '  --set auth.password="${DB_PASSWORD}" \\',
      '  --set-file tls.key=./certs/tls.key',
    ],
  })),
  template('kustomize-generator-files', () => ({
    path: 'overlays/prod/kustomization.yaml',
    lines: [
      'secretGenerator:',
      '  - name: app-secrets',
      '    envs:',
      '      - secrets.env',
      '    files:',
      '      - password.txt',
    ],
  })),
  template('packer-env-variable', () => ({
    path: 'packer/ami.pkr.hcl',
    lines: [
      'variable "aws_secret_key" {',
      '  type      = string',
      '  default   = env("AWS_SECRET_ACCESS_KEY")',
      '  sensitive = true',
      '}',
    ],
  })),
];
