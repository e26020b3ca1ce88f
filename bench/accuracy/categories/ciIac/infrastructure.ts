import { type Template, sec, template } from '../../draft';
import { awsKeyId, awsSecret } from './pipelines';

/**
 * ci-iac positives, infrastructure as code: Terraform providers, tfvars, locals and variable
 * defaults, Terragrunt inputs, Pulumi stack config, CloudFormation/SAM, Ansible inventories and
 * vars, Chef and Puppet, Packer, Vagrant, Nomad and Consul. Values are generated at run time.
 */
export const infrastructurePositives: readonly Template[] = [
  template('tf-aws-provider-keys', (g) => {
    const id = awsKeyId(g);
    const s = awsSecret(g);
    return {
      path: 'infra/provider.tf',
      lines: [
        'provider "aws" {',
        '  region     = "eu-west-1"',
        sec(`  access_key = "${id}"`, id),
        sec(`  secret_key = "${s}"`, s),
        '}',
      ],
    };
  }),
  template('tf-tfvars-password', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'envs/prod/terraform.tfvars',
      lines: [
        'environment       = "prod"',
        'instance_class    = "db.r6g.large"',
        `db_username       = "${g.user()}"`,
        sec(`db_password       = "${pw}"`, pw),
      ],
    };
  }),
  template('tf-variable-default', (g) => {
    const k = g.apiKey();
    return {
      path: 'modules/monitoring/variables.tf',
      lines: [
        'variable "newrelic_api_token" {',
        '  type        = string',
        '  description = "API token for the alerts integration"',
        sec(`  default     = "${k}"`, k),
        '}',
      ],
    };
  }),
  template('tf-locals-password', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'main.tf',
      lines: ['locals {', '  app_name       = "billing"', sec(`  admin_password = "${pw}"`, pw), '}'],
    };
  }),
  template('tf-resource-password', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'rds.tf',
      lines: [
        'resource "aws_db_instance" "main" {',
        '  engine              = "postgres"',
        '  instance_class      = "db.t3.medium"',
        `  username            = "${g.user()}"`,
        sec(`  password            = "${pw}"`, pw),
        '  skip_final_snapshot = true',
        '}',
      ],
    };
  }),
  template('tf-provider-api-token', (g) => {
    const k = g.fake.base64url(40);
    return {
      path: 'dns/providers.tf',
      lines: ['provider "cloudflare" {', sec(`  api_token = "${k}"`, k), '}'],
    };
  }),
  template('tf-datadog-keys', (g) => {
    const api = g.fake.hex(32);
    const app = g.fake.hex(40);
    return {
      path: 'observability/datadog.tf',
      lines: [
        'provider "datadog" {',
        sec(`  api_key = "${api}"`, api),
        sec(`  app_key = "${app}"`, app),
        '  api_url = "https://api.datadoghq.eu/"',
        '}',
      ],
    };
  }),
  template('terragrunt-inputs', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'live/prod/rds/terragrunt.hcl',
      lines: [
        'include "root" {',
        '  path = find_in_parent_folders()',
        '}',
        'inputs = {',
        '  db_name     = "orders"',
        sec(`  db_password = "${pw}"`, pw),
        '}',
      ],
    };
  }),
  template('pulumi-stack-plain-value', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'Pulumi.prod.yaml',
      lines: ['config:', '  aws:region: eu-west-1', '  billing:dbUser: app', sec(`  billing:dbPassword: ${pw}`, pw)],
    };
  }),
  template('cfn-parameter-default', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'cloudformation/database.yaml',
      lines: [
        'Parameters:',
        '  DBMasterPassword:',
        '    Type: String',
        '    NoEcho: true',
        sec(`    Default: ${pw}`, pw),
      ],
    };
  }),
  template('sam-function-env', (g) => {
    const k = g.apiKey();
    return {
      path: 'template.yaml',
      lines: [
        'Resources:',
        '  WebhookFunction:',
        '    Type: AWS::Serverless::Function',
        '    Properties:',
        '      Handler: app.handler',
        '      Environment:',
        '        Variables:',
        sec(`          PAYMENT_API_KEY: ${k}`, k),
      ],
    };
  }),
  template('ansible-inventory-password', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'inventory/hosts.ini',
      lines: [
        '[web]',
        sec(`web1 ansible_host=10.0.3.11 ansible_user=${g.user()} ansible_password=${pw}`, pw),
        'web2 ansible_host=10.0.3.12',
      ],
    };
  }),
  template('ansible-group-vars-become', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'group_vars/dbservers.yml',
      lines: ['ansible_user: deploy', 'ansible_become: true', sec(`ansible_become_pass: "${pw}"`, pw)],
    };
  }),
  template('ansible-vars-file', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'roles/mysql/vars/main.yml',
      lines: ['mysql_port: 3306', sec(`mysql_root_password: ${pw}`, pw), 'mysql_bind_address: 0.0.0.0'],
    };
  }),
  template('ansible-task-module-arg', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'playbooks/db.yml',
      lines: [
        '    - name: Create application user',
        '      community.postgresql.postgresql_user:',
        `        name: ${g.user()}`,
        sec(`        password: ${pw}`, pw),
        '        db: app',
      ],
    };
  }),
  template('chef-attributes', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'cookbooks/app/attributes/default.rb',
      lines: ["default['app']['db_host'] = 'localhost'", sec(`default['app']['db_password'] = '${pw}'`, pw)],
    };
  }),
  template('puppet-resource-password', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'manifests/db.pp',
      lines: [
        "mysql::db { 'app':",
        `  user     => '${g.user()}',`,
        sec(`  password => '${pw}',`, pw),
        "  host     => 'localhost',",
        '}',
      ],
    };
  }),
  template('packer-json-ssh-password', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'packer/windows.json',
      lines: [
        '{',
        '  "builders": [{',
        '    "type": "vsphere-iso",',
        '    "communicator": "winrm",',
        '    "winrm_username": "Administrator",',
        sec(`    "winrm_password": "${pw}",`, pw),
        '    "vcenter_server": "vc.acme.internal"',
        '  }]',
        '}',
      ],
    };
  }),
  template('packer-hcl-variable', (g) => {
    const s = awsSecret(g);
    return {
      path: 'packer/ami.pkr.hcl',
      lines: ['variable "aws_secret_key" {', '  type    = string', sec(`  default = "${s}"`, s), '}'],
    };
  }),
  template('vagrantfile-ssh-password', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'Vagrantfile',
      lines: [
        'Vagrant.configure("2") do |config|',
        '  config.vm.box = "generic/ubuntu2204"',
        `  config.ssh.username = "${g.user()}"`,
        sec(`  config.ssh.password = "${pw}"`, pw),
        'end',
      ],
    };
  }),
  template('nomad-task-env', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'jobs/api.nomad.hcl',
      lines: [
        '    task "api" {',
        '      driver = "docker"',
        '      env {',
        '        DB_HOST     = "db.service.consul"',
        sec(`        DB_PASSWORD = "${pw}"`, pw),
        '      }',
        '    }',
      ],
    };
  }),
  template('consul-acl-tokens', (g) => {
    const t = g.fake.uuid();
    return {
      path: 'consul.d/acl.hcl',
      lines: [
        'acl {',
        '  enabled        = true',
        '  default_policy = "deny"',
        '  tokens {',
        sec(`    agent = "${t}"`, t),
        '  }',
        '}',
      ],
    };
  }),
  template('consul-gossip-encrypt', (g) => {
    const k = Buffer.from(g.fake.hex(32), 'hex').toString('base64');
    return {
      path: 'consul.d/server.hcl',
      lines: ['server     = true', 'datacenter = "dc1"', sec(`encrypt    = "${k}"`, k), 'bootstrap_expect = 3'],
    };
  }),
];
