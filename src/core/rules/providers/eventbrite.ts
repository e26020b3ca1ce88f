// Format: Eventbrite platform docs "API keys and tokens" (private tokens: 20 uppercase alphanumerics;
// the API key is an OAuth client id). Only with the name.
import type { Rule } from '../types';
import { contextRule } from '../ruleKit';

export const eventbriteRules: readonly Rule[] = [
  contextRule({
    id: 'eventbrite-private-token',
    title: 'Eventbrite private token',
    provider: 'Eventbrite',
    keywords: ['eventbrite'],
    name: 'eventbrite[A-Za-z0-9_.-]{0,16}token[A-Za-z0-9_.-]{0,8}',
    value: '[A-Z0-9]{20}',
    valueClass: '[A-Za-z0-9]',
    minEntropy: 3.5,
    envVar: 'EVENTBRITE_PRIVATE_TOKEN',
    docs: 'https://www.eventbrite.com/platform/api-keys',
    risk: "Acts as the account owner: reads attendees' personal data and orders and changes events.",
    names: ['EVENTBRITE_PRIVATE_TOKEN', 'EVENTBRITE_TOKEN'],
    sample: (fake) => fake.upperAlnum(20),
    negatives: [{ text: (fake) => `EVENTBRITE_ORGANIZATION_ID=${fake.digits(12)}`, why: 'an identifier' }],
  }),
];
