// Format: Riot Developer Portal docs (API keys start `RGAPI-`, then a UUID).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const riotGamesRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'riot-games-api-key',
      title: 'Riot Games API key',
      provider: 'Riot Games',
      prefix: 'RGAPI-',
      body: String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`,
      envVar: 'RIOT_API_KEY',
      docs: 'https://developer.riotgames.com/docs/portal',
      risk: "Calls the Riot Games APIs on the application's rate limits; a leaked production key can be revoked with the application.",
      token: (fake) => `RGAPI-${fake.uuid()}`,
      usage: (t) => `curl -H 'X-Riot-Token: ${t}' https://euw1.api.riotgames.com/lol/status/v4/platform-data`,
      negatives: [{ text: (fake) => `RGAPI-${fake.hex(32)}`, why: 'not a UUID' }],
    }),
  ),
];
