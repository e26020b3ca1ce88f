// Formats: Railway docs "Public API" (account, team and project tokens are UUIDs; the CLI reads
// RAILWAY_TOKEN and RAILWAY_API_TOKEN).
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, NAME_TAIL, UUID, assignmentLines } from '../ruleKit';

export const railwayRules: readonly Rule[] = [
  {
    id: 'railway-token',
    title: 'Railway API or project token',
    provider: 'Railway',
    keywords: ['railway'],
    pattern: new RegExp(
      String.raw`railway${NAME_TAIL}(?:token|key)${ASSIGN_NOT_DOUBLED}(?<secret>${UUID})(?![0-9A-Za-z-])`,
      'i',
    ),
    confidence: 'medium',
    envVar: 'RAILWAY_TOKEN',
    docs: 'https://docs.railway.com/guides/public-api#creating-a-token',
    risk: 'Deploys to and reads the variables (app secrets) of the Railway projects the token covers.',
    examples: {
      embed: false,
      positives: (fake) => [...assignmentLines('RAILWAY_TOKEN', () => fake.uuid()), `RAILWAY_API_TOKEN=${fake.uuid()}`],
      negatives: [
        { text: (fake) => `RAILWAY_PROJECT_ID=${fake.uuid()}`, why: 'a project identifier' },
        { text: 'RAILWAY_TOKEN=${{ secrets.RAILWAY_TOKEN }}', why: 'GitHub Actions secret reference' },
      ],
    },
  },
];
