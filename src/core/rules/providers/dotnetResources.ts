// .NET resource files (.resx, and UWP's .resw): `<data name="SmtpPassword">` with its `<value>` on the
// same or a following line. They hold settings as well as UI strings, so the name and the value are
// judged as in any config; a culture-specific file (`Strings.de-DE.resx`) is a translation and is
// left out by the judge. Format from the ResX documentation.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import type { Rule } from '../types';
import { credentialNameFollows, judgeResource } from './resourceValues';

/** `<data name="x" xml:space="preserve">`, then `<value>…</value>` on the same or a later line. */
const RESX_DATA =
  /<data name="(?<name>[\w.-]{1,90})"(?:\s{1,4}[\w:]{1,30}="[^"\n]{0,40}"){0,3}\s{0,4}>\s{0,40}<value>(?<secret>[^<\s]{8,200})<\/value>/;

export const dotnetResourceRules: readonly Rule[] = [
  {
    id: 'dotnet-resx-secret',
    title: 'Secret in a .NET resource file (.resx <data> value)',
    provider: 'Config files',
    keywords: ['<data name="'],
    pattern: RESX_DATA,
    startsAtKeyword: true,
    keywordGate: credentialNameFollows('<data name="'),
    multiline: { maxSpan: 300 },
    paths: /\.res[xw]$/i,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://learn.microsoft.com/dotnet/core/extensions/work-with-resx-files-programmatically',
    risk: 'Resources are compiled into the assembly: anyone with the binary can read the value.',
    validate: judgeResource(RESX_DATA, 'the resource'),
    examples: {
      embed: false,
      path: 'src/Shop/Properties/Resources.resx',
      positives: (fake) => [
        `  <data name="SmtpPassword" xml:space="preserve">\n    <value>${fake.alnum(12)}7</value>\n  </data>`,
        `  <data name="PaymentApiKey" xml:space="preserve"><value>${fake.lowerAlnum(32)}</value></data>`,
        `  <data name="Auth.ClientSecret" xml:space="preserve">\r\n    <value>${fake.base64url(40)}</value>\r\n  </data>`,
      ],
      negatives: [
        {
          text: '  <data name="PasswordLabel" xml:space="preserve">\n    <value>Enter your password</value>\n  </data>',
          why: 'UI text',
        },
        {
          text: '  <data name="TokenExpired" xml:space="preserve">\n    <value>SessionExpired</value>\n  </data>',
          why: 'a message key',
        },
        {
          text: (fake) =>
            `  <data name="SmtpPassword" xml:space="preserve">\n    <value>${fake.alnum(12)}7</value>\n  </data>`,
          path: 'src/Shop/Properties/Resources.de-DE.resx',
          why: 'a translation of the neutral file',
        },
      ],
    },
  },
];
