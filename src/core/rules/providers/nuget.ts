// Format: learn.microsoft.com "Scoped API keys" (nuget.org keys: oy2 followed by 43 lower-case
// letters and digits).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const nugetRules: readonly Rule[] = [
  prefixedRule({
    id: 'nuget-api-key',
    title: 'NuGet.org API key',
    provider: 'NuGet',
    prefix: 'oy2',
    body: '[a-z0-9]{43}',
    before: '(?<![A-Za-z0-9])',
    after: '(?![A-Za-z0-9])',
    minEntropy: 3.5,
    envVar: 'NUGET_API_KEY',
    docs: 'https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys',
    risk: "Pushes (and with its scopes, unlists) versions of the owner's packages on nuget.org.",
    token: (fake) => `oy2${fake.lowerAlnum(43)}`,
    more: (fake) => [
      `dotnet nuget push bin/Release/App.1.2.0.nupkg --api-key oy2${fake.lowerAlnum(43)} --source https://api.nuget.org/v3/index.json`,
    ],
    negatives: [
      { text: (fake) => `oy2${fake.lowerAlnum(30)}`, why: 'too short for the format' },
      { text: (fake) => `oy2${fake.alnum(43).toUpperCase()}`, why: 'upper-case characters are not in the format' },
    ],
  }),
];
