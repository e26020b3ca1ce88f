// Format: HubSpot docs "Private apps" (access tokens start `pat-`, the data-centre region such as `na1`
// or `eu1`, `-`, then a UUID).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const hubspotRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'hubspot-private-app-token',
      title: 'HubSpot private app access token',
      provider: 'HubSpot',
      prefix: 'pat-',
      body: String.raw`(?:na|eu|ap)[1-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`,
      envVar: 'HUBSPOT_ACCESS_TOKEN',
      docs: 'https://developers.hubspot.com/docs/api/private-apps',
      risk: "Reads and writes the portal's CRM within the app's scopes: contacts, deals, emails and files.",
      token: (fake) => `pat-na1-${fake.uuid()}`,
      usage: (t) => `const hubspot = new Client({ accessToken: '${t}' });`,
      more: (fake) => [`pat-eu1-${fake.uuid()}`],
      negatives: [{ text: (fake) => `pat-xx1-${fake.uuid()}`, why: 'not a HubSpot region' }],
    }),
  ),
];
