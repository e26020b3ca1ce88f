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
}

export const SECRET_MANAGERS: readonly SecretManager[] = [
  { id: '1password', name: '1Password', template: 'op://{vault}/{name}/credential', parameters: { vault: 'Engineering' }, resolvedBy: '`op run` or `op inject`' },
  { id: 'vault', name: 'HashiCorp Vault', template: 'vault:{mount}/data/{path}#{NAME}', parameters: { mount: 'secret', path: 'app' }, resolvedBy: 'Vault Agent templates or a vals-style resolver' },
  { id: 'aws-secrets-manager', name: 'AWS Secrets Manager', template: '{{resolve:secretsmanager:{name}:SecretString}}', parameters: {}, resolvedBy: 'CloudFormation dynamic references' },
  { id: 'aws-ssm', name: 'AWS Systems Manager Parameter Store', template: '{{resolve:ssm-secure:/{path}/{NAME}}}', parameters: { path: 'app' }, resolvedBy: 'CloudFormation dynamic references' },
  { id: 'azure-key-vault', name: 'Azure Key Vault', template: '@Microsoft.KeyVault(VaultName={vault};SecretName={name})', parameters: { vault: 'my-vault' }, resolvedBy: 'App Service and Functions Key Vault references' },
  { id: 'gcp-secret-manager', name: 'Google Cloud Secret Manager', template: 'sm://{project}/{name}', parameters: { project: 'my-project' }, resolvedBy: 'Spring Cloud GCP or a secret-manager resolver' },
  { id: 'doppler', name: 'Doppler', template: '', parameters: {}, injectsEnvironment: true, resolvedBy: '`doppler run`, which injects the variable' },
  { id: 'infisical', name: 'Infisical', template: '', parameters: {}, injectsEnvironment: true, resolvedBy: '`infisical run`, which injects the variable' },
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
export function secretManagerReference(manager: SecretManager, name: string, overrides: Readonly<Record<string, string>> = {}, template = manager.template): string {
  if (manager.injectsEnvironment) throw new Error(`${manager.name} injects environment variables: use the environment-variable fix`);
  const values: Record<string, string> = { ...manager.parameters, ...overrides, NAME: name, name: kebab(name) };
  // `{{` and `}}` (CloudFormation's own syntax) are copied as they are; `{key}` is a placeholder.
  return template.replace(/\{\{|\}\}|\{([A-Za-z]+)\}/g, (token, key: string | undefined) => {
    if (key === undefined) return token;
    const value = values[key];
    if (value === undefined) throw new Error(`the secret-manager template uses {${key}}, which has no value`);
    return value;
  });
}
