// Terraform state (`terraform.tfstate`, its `.backup`, `terraform show -json`) keeps every attribute in
// plain JSON, sensitive ones included: the `result` of a `random_password` resource is the password
// Terraform generated and handed to a database or service. The state layout (version 4: a resource's
// `"type"`, then its `instances` with their `attributes`) is Terraform's documented JSON.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import type { Rule } from '../types';

/** `${name}`, `${a.b}`, `${f(x)}`: an interpolation, not characters a generator drew. */
const TEMPLATE_EXPRESSION = /\$\{[A-Za-z_][\w.]{0,60}(?:\([^()\n]{0,60}\))?\}/;

export const terraformStateRules: readonly Rule[] = [
  {
    id: 'terraform-state-random-password',
    title: 'Generated password in Terraform state (random_password result)',
    provider: 'Terraform',
    keywords: ['random_password'],
    // From the resource's type to the `result` of its instance, before the next resource's `"type"`.
    pattern:
      /"type":\s{0,4}"random_password"(?:[^"]|"(?!type"|mode")){0,1500}?"result":\s{0,4}"(?<secret>[^"\n]{8,256})"/,
    multiline: { maxSpan: 1700 },
    confidence: 'high',
    // Terraform generated the result: never a template, whatever punctuation it drew (`{{`, `<x>`).
    skipPlaceholderFilter: true,
    // ...but a template expression (`${local.pw}`, `${fake.alnum(20)}` in code writing a state) is
    // no value: Terraform's generator draws `$` and `{` apart, never an identifier between braces.
    validate: (secret) => !TEMPLATE_EXPRESSION.test(secret),
    envVar: 'TF_VAR_DB_PASSWORD',
    docs: 'https://developer.hashicorp.com/terraform/language/state/sensitive-data',
    risk: 'The generated password logs in to whatever Terraform gave it to (a database, a user); anyone who reads the state has it.',
    examples: {
      embed: false,
      path: 'infra/terraform.tfstate',
      positives: (fake) => [
        `{\n  "mode": "managed",\n  "type": "random_password",\n  "name": "db",\n  "instances": [\n    {\n      "attributes": {\n        "id": "none",\n        "length": 24,\n        "result": "${fake.alnum(20)}!#${fake.digits(2)}",\n        "special": true\n      }\n    }\n  ]\n}`,
        `{"mode": "managed", "type": "random_password", "name": "admin", "instances": [{"attributes": {"length": 32, "result": "${fake.alnum(32)}"}}]}`,
      ],
      negatives: [
        {
          text: '{"type": "random_password", "name": "db", "instances": []}\n{"type": "aws_db_instance", "instances": [{"attributes": {"result": "created"}}]}',
          why: "the result belongs to another resource's instances",
        },
        {
          text: 'resource "random_password" "db" {\n  length  = 24\n  special = true\n}',
          why: 'the configuration, not the state: no value',
        },
        {
          text: '{"type": "random_password", "instances": [{"attributes": {"result": "${random_password.db.result}"}}]}',
          why: 'an interpolation, not a generated value',
        },
      ],
    },
  },
];
