// Format: Cloudflare docs "Tunnel tokens" (`cloudflared tunnel run --token`): the token is base64 of a
// JSON object with the account tag `a`, the tunnel id `t` and the tunnel secret `s`, so it starts
// `eyJhIjoi` (`{"a":"`). The decoded fields are checked below.
import type { Rule } from '../types';
import { bounded } from '../ruleKit';
import { tokenStartsAt } from '../prefixAnchored';
import { isBase64JsonWith } from '../valueChecks';

export const cloudflareTunnelRules: readonly Rule[] = [
  {
    id: 'cloudflare-tunnel-token',
    title: 'Cloudflare Tunnel token',
    provider: 'Cloudflare',
    keywords: ['eyjhijoi'],
    pattern: bounded('eyJhIjoi[A-Za-z0-9+/]{100,400}={0,2}', undefined, '(?![A-Za-z0-9+/=_-])'),
    minEntropy: 4,
    startsAtKeyword: true,
    keywordGate: tokenStartsAt,
    confidence: 'high',
    envVar: 'TUNNEL_TOKEN',
    docs: 'https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/configure-tunnels/remote-tunnel-permissions/',
    risk: 'Runs a connector for the tunnel: serves (or intercepts) the traffic of every hostname routed to it, from any machine.',
    validate: (token) => isBase64JsonWith(token, ['a', 't', 's']),
    examples: {
      positives: (fake) => [
        tunnelToken(fake.hex(32), fake.uuid(), fake.base64(44)),
        `cloudflared tunnel run --token ${tunnelToken(fake.hex(32), fake.uuid(), fake.base64(44))}`,
      ],
      negatives: [
        {
          text: (fake) => Buffer.from(JSON.stringify({ a: fake.hex(32), note: fake.alnum(80) })).toString('base64'),
          why: 'base64 JSON without the tunnel id and secret',
        },
      ],
    },
  },
];

/** A fake tunnel token: base64 of the JSON object `cloudflared` expects. */
function tunnelToken(account: string, tunnel: string, secret: string): string {
  return Buffer.from(JSON.stringify({ a: account, t: tunnel, s: secret })).toString('base64');
}
