// .NET's `[DefaultValue("…")]` attribute (System.ComponentModel) on a property named for a secret:
// the value stands on the line above the name, so no one-line rule sees both. Settings classes
// bound to configuration and PropertyGrid option pages write the default there, and it ships in the
// assembly. Fixture note: positives are generated at runtime.
import { judgedByNameGroup } from '../judge/judge';
import type { Rule } from '../types';

/**
 * The attribute's string (no escapes, on its line), up to three more attribute lines, then the
 * property's declaration: modifiers, a string type and its name. A line between opens with `[`, the
 * declaration never does, so the lines split one way only.
 */
const DEFAULT_VALUE_PROPERTY =
  /DefaultValue\([ \t]{0,4}"(?<secret>[^"\\\n]{4,200})"[ \t]{0,4}\)[^\n]{0,120}\n(?:[ \t]{0,40}\[[^\n]{0,200}\n){0,3}[ \t]{0,40}(?:(?:public|internal|protected|private|static|virtual|override|required)[ \t]{1,4}){0,4}(?:string|String|SecureString)\??[ \t]{1,4}(?<name>[A-Za-z_][A-Za-z0-9_]{0,60})/;

export const dotnetAttributeRules: readonly Rule[] = [
  {
    id: 'dotnet-default-value-secret',
    title: '.NET [DefaultValue] attribute holding the default of a secret-named property',
    provider: '.NET',
    keywords: ['defaultvalue('],
    pattern: DEFAULT_VALUE_PROPERTY,
    multiline: { maxSpan: 800 },
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://learn.microsoft.com/dotnet/api/system.componentmodel.defaultvalueattribute',
    risk: 'The default ships in the compiled assembly: whoever has the binary or the source has the credential.',
    validate: judgedByNameGroup(DEFAULT_VALUE_PROPERTY, {
      form: (name) => `[DefaultValue] of ${name}`,
      alwaysQuoted: true,
    }),
    examples: {
      embed: false,
      path: 'src/Settings/ServiceOptions.cs',
      positives: (fake) => [
        `    [DefaultValue("${fake.alnum(14)}")]\n    public string ApiPassword { get; set; }`,
        `    [Category("Auth")]\n    [DefaultValue("${fake.alnum(32)}")]\n    [Description("Key for the rates API")]\n    public string ApiKey { get; set; }`,
        `[DefaultValue( "${fake.alnum(24)}" )]\ninternal static string ClientSecret => _secret;`,
      ],
      negatives: [
        { text: '    [DefaultValue("")]\n    public string Password { get; set; }', why: 'empty' },
        { text: '    [DefaultValue(null)]\n    public string ApiKey { get; set; }', why: 'no string' },
        {
          text: '    [DefaultValue("X-Api-Key")]\n    public string ApiKeyHeader { get; set; }',
          why: "the header's name, not a key",
        },
        {
          text: (fake) => `    [DefaultValue("${fake.alnum(12)}")]\n    public string DisplayName { get; set; }`,
          why: 'not a secret-named property',
        },
        { text: '    [DefaultValue(8)]\n    public int PasswordMinLength { get; set; }', why: 'a number' },
        {
          text: '    [DefaultValue("Password")]\n    public string PasswordLabel { get; set; }',
          why: 'a label',
        },
      ],
    },
  },
];
