import { enclosingLiteral, type TextReplacement } from './envReference';

/**
 * "Replace with a secret-manager reference": the value is replaced by the reference the team's
 * tooling resolves at run time (`op run`, Vault Agent, CloudFormation dynamic references, App
 * Service Key Vault references, …). Templates are data; the user picks one in the settings.
 */

export interface SecretManager {
  readonly id: string;
  readonly name: string;
  /**
   * The reference, with `{NAME}` (the variable name), `{name}` (kebab-case) and the manager's own
   * parameters in braces, filled from `parameters` (the settings may override each).
   */
  readonly template: string;
  readonly parameters: Readonly<Record<string, string>>;
  /**
   * The manager injects secrets as environment variables (`doppler run -- …`): the fix is the
   * environment-variable one, and `template` is unused.
   */
  readonly injectsEnvironment?: boolean;
  /** What resolves the reference, for the action's explanation. */
  readonly resolvedBy: string;
  /**
   * The shell command that stores the value in the manager, reading it from the environment
   * variable `$NAME` (loaded from `.env`), so the command itself never holds the secret.
   */
  readonly storeCommand: string;
}

export const SECRET_MANAGERS: readonly SecretManager[] = [
  {
    id: '1password',
    name: '1Password',
    template: 'op://{vault}/{name}/credential',
    parameters: { vault: 'Engineering' },
    resolvedBy: '`op run` or `op inject`',
    storeCommand: 'op item create --category "API Credential" --vault "{vault}" --title "{name}" "credential=$NAME"',
  },
  {
    id: 'vault',
    name: 'HashiCorp Vault',
    template: 'vault:{mount}/data/{path}#{NAME}',
    parameters: { mount: 'secret', path: 'app' },
    resolvedBy: 'Vault Agent templates or a vals-style resolver',
    // A value of `-` makes Vault read it from standard input, keeping it out of the process list.
    storeCommand: 'printf %s "$NAME" | vault kv patch -mount={mount} {path} {NAME}=-',
  },
  {
    id: 'aws-secrets-manager',
    name: 'AWS Secrets Manager',
    template: '{{resolve:secretsmanager:{name}:SecretString}}',
    parameters: {},
    resolvedBy: 'CloudFormation dynamic references',
    storeCommand: 'aws secretsmanager create-secret --name {name} --secret-string "$NAME"',
  },
  {
    id: 'aws-ssm',
    name: 'AWS Systems Manager Parameter Store',
    template: '{{resolve:ssm-secure:/{path}/{NAME}}}',
    parameters: { path: 'app' },
    resolvedBy: 'CloudFormation dynamic references',
    storeCommand: 'aws ssm put-parameter --name /{path}/{NAME} --type SecureString --value "$NAME"',
  },
  {
    id: 'azure-key-vault',
    name: 'Azure Key Vault',
    template: '@Microsoft.KeyVault(VaultName={vault};SecretName={name})',
    parameters: { vault: 'my-vault' },
    resolvedBy: 'App Service and Functions Key Vault references',
    storeCommand: 'az keyvault secret set --vault-name {vault} --name {name} --value "$NAME"',
  },
  {
    id: 'gcp-secret-manager',
    name: 'Google Cloud Secret Manager',
    template: 'sm://{project}/{name}',
    parameters: { project: 'my-project' },
    resolvedBy: 'Spring Cloud GCP or a secret-manager resolver',
    storeCommand: 'printf %s "$NAME" | gcloud secrets create {name} --project={project} --data-file=-',
  },
  {
    id: 'doppler',
    name: 'Doppler',
    template: '',
    parameters: {},
    injectsEnvironment: true,
    resolvedBy: '`doppler run`, which injects the variable',
    storeCommand: 'printf %s "$NAME" | doppler secrets set {NAME}',
  },
  {
    id: 'infisical',
    name: 'Infisical',
    template: '',
    parameters: {},
    injectsEnvironment: true,
    resolvedBy: '`infisical run`, which injects the variable',
    storeCommand: 'infisical secrets set {NAME}="$NAME"',
  },
];

export function findSecretManager(id: string): SecretManager | undefined {
  return SECRET_MANAGERS.find((m) => m.id === id);
}

function kebab(name: string): string {
  return name.toLowerCase().replace(/_/g, '-');
}

/**
 * The reference for variable `name`: the manager's template (or the user's own) with its
 * placeholders filled. Unknown placeholders are an error, so a typo in a setting is not written
 * into the code.
 */
export function secretManagerReference(
  manager: SecretManager,
  name: string,
  overrides: Readonly<Record<string, string>> = {},
  template = manager.template,
): string {
  if (manager.injectsEnvironment)
    throw new Error(`${manager.name} injects environment variables: use the environment-variable fix`);
  return fillTemplate(template, manager, name, overrides);
}

/**
 * The command that stores the value of `$NAME` in the manager, run from the folder holding
 * `.env` (loaded in a subshell, so the variable does not outlive the command).
 */
export function storeCommand(
  manager: SecretManager,
  name: string,
  overrides: Readonly<Record<string, string>> = {},
): string {
  const command = fillTemplate(manager.storeCommand, manager, name, overrides).replace(/\$NAME\b/g, () => `$${name}`);
  return `(set -a; . ./.env; set +a; ${command})`;
}

function fillTemplate(
  template: string,
  manager: SecretManager,
  name: string,
  overrides: Readonly<Record<string, string>>,
): string {
  const values: Record<string, string> = { ...manager.parameters, ...overrides, NAME: name, name: kebab(name) };
  // `{{` and `}}` (CloudFormation's own syntax) are copied as they are; `{key}` is a placeholder.
  return template.replace(/\{\{|\}\}|\{([A-Za-z]+)\}/g, (token, key: string | undefined) => {
    if (key === undefined) return token;
    const value = values[key];
    if (value === undefined) throw new Error(`the secret-manager template uses {${key}}, which has no value`);
    return value;
  });
}

export type ReferenceFix =
  { readonly ok: true; readonly edit: TextReplacement } | { readonly ok: false; readonly reason: string };

/**
 * The edit that puts `reference` where the secret at [start, end) is, keeping the literal's
 * quotes. Only a whole value can become a reference: the tools that resolve them (`op run`,
 * CloudFormation, App Service, Spring) read the entire value, never a part of a string.
 */
export function referenceFix(text: string, start: number, end: number, reference: string): ReferenceFix {
  const literal = enclosingLiteral(text, start, end);
  if (literal) {
    if (literal.open !== start - 1 || literal.close !== end)
      return { ok: false, reason: 'the secret is part of a longer string, and a reference must be the whole value' };
    // Inside a Python f-string, braces are expression delimiters: double them to keep them literal.
    const newText = /[fF]/.test(literal.prefix) ? reference.replace(/[{}]/g, (c) => c + c) : reference;
    if (newText.includes(literal.quote))
      return { ok: false, reason: `the reference contains ${literal.quote}, the literal's own quote` };
    return { ok: true, edit: { start, end, newText } };
  }
  const before = start === 0 ? '\n' : text[start - 1]!;
  const after = end >= text.length ? '\n' : text[end]!;
  if (!/[\s=:]/.test(before) || !/[\s,;#]/.test(after))
    return { ok: false, reason: 'the secret is part of a longer value, and a reference must be the whole value' };
  return { ok: true, edit: { start, end, newText: reference } };
}
