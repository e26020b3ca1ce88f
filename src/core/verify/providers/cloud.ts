import { basic, bearer, describe, field, jsonObject, readJson, revoked, commonReading, unknown } from '../read';
import type { ProviderResponse, Reading, VerifierDefinition } from '../types';

/** One element of STS's XML answer; the values are account ids and ARNs, never markup. */
function xmlElement(body: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([^<]{1,300})</${name}>`).exec(body);
  return m?.[1];
}

function readSts(r: ProviderResponse): Reading {
  if (r.status === 200) {
    const arn = xmlElement(r.body, 'Arn');
    return arn
      ? {
          status: 'live',
          identity: describe([
            ['arn', arn],
            ['account', xmlElement(r.body, 'Account')],
          ]),
        }
      : unknown('malformed answer (HTTP 200, no Arn)');
  }
  const code = xmlElement(r.body, 'Code');
  if (r.status === 403 && code === 'InvalidClientTokenId')
    return revoked('AWS does not know this access key id (InvalidClientTokenId)');
  if (r.status === 403 && code === 'SignatureDoesNotMatch')
    return revoked('the secret access key beside it does not match this key id (SignatureDoesNotMatch)');
  if (r.status === 403 && code === 'ExpiredToken') return revoked('expired (ExpiredToken)');
  if (r.status === 400 && code === 'Throttling')
    return { status: 'unknown', reason: 'rate-limited by AWS (Throttling); not retried', rateLimited: true };
  return commonReading(r);
}

/** Datadog sites and their API hosts (https://docs.datadoghq.com/getting_started/site/). */
const DATADOG_SITES: Readonly<Record<string, string>> = {
  'datadoghq.com': 'api.datadoghq.com',
  'us3.datadoghq.com': 'api.us3.datadoghq.com',
  'us5.datadoghq.com': 'api.us5.datadoghq.com',
  'datadoghq.eu': 'api.datadoghq.eu',
  'ap1.datadoghq.com': 'api.ap1.datadoghq.com',
  'ddog-gov.com': 'api.ddog-gov.com',
};

function readCloudflare(r: ProviderResponse): Reading {
  const base = readJson({
    revokedOn: [400, 401, 403],
    identity: (j) => {
      const status = field(j, 'result.status');
      if (status === undefined) return undefined;
      return status === 'active'
        ? `token ${field(j, 'result.id') ?? ''} active`.replace('  ', ' ')
        : revoked(`Cloudflare reports the token ${/^[a-z]{1,20}$/.test(status) ? status : 'not active'}`);
    },
  });
  return base(r);
}

function readNewRelic(r: ProviderResponse): Reading {
  const json = jsonObject(r.body);
  const name = field(json?.['data'], 'actor.user.name');
  if (r.status === 200 && name !== undefined)
    return {
      status: 'live',
      identity: describe([
        ['user', name],
        ['email', field(json?.['data'], 'actor.user.email')],
      ]),
    };
  if (r.status === 401 || r.status === 403 || (r.status === 200 && Array.isArray(json?.['errors'])))
    return revoked(`rejected by the provider (HTTP ${r.status})`);
  return r.status === 200 ? unknown('malformed answer (HTTP 200, no user)') : commonReading(r);
}

export const cloudVerifiers: readonly VerifierDefinition[] = [
  {
    id: 'aws-sts',
    provider: 'AWS',
    ruleIds: ['aws-access-key-id'],
    hosts: ['sts.amazonaws.com'],
    endpoint: 'POST https://sts.amazonaws.com/ Action=GetCallerIdentity (signed with SigV4, us-east-1)',
    sends:
      'the access key id and a SigV4 signature made with the secret access key found near it (the secret key itself is never sent)',
    docs: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html',
    rotation: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id-credentials-access-keys-update.html',
    partner: { what: 'AWS secret access key', ruleIds: ['aws-secret-access-key'], maxLines: 10 },
    request: ({ secret, partner }) =>
      secret.startsWith('ASIA')
        ? unknown('temporary key (ASIA…): it needs its session token, which is not checked')
        : {
            method: 'POST',
            url: 'https://sts.amazonaws.com/',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Accept: 'application/xml' },
            body: 'Action=GetCallerIdentity&Version=2011-06-15',
            sigV4: { accessKeyId: secret, secretAccessKey: partner!, region: 'us-east-1', service: 'sts' },
          },
    read: readSts,
  },
  {
    id: 'digitalocean',
    provider: 'DigitalOcean',
    ruleIds: ['digitalocean-personal-access-token', 'digitalocean-oauth-token'],
    hosts: ['api.digitalocean.com'],
    endpoint: 'GET https://api.digitalocean.com/v2/account',
    sends: 'the token in the Authorization header',
    docs: 'https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account/operation/account_get',
    rotation: 'https://docs.digitalocean.com/reference/api/create-personal-access-token/',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://api.digitalocean.com/v2/account',
      headers: bearer(secret),
    }),
    read: readJson({
      identity: (j) =>
        field(j, 'account.uuid') === undefined
          ? undefined
          : describe([
              ['account', field(j, 'account.email') ?? field(j, 'account.uuid')],
              ['status', field(j, 'account.status')],
            ]),
    }),
  },
  {
    id: 'heroku',
    provider: 'Heroku',
    ruleIds: ['heroku-api-key', 'heroku-api-key-legacy'],
    hosts: ['api.heroku.com'],
    endpoint: 'GET https://api.heroku.com/account',
    sends: 'the key in the Authorization header',
    docs: 'https://devcenter.heroku.com/articles/platform-api-reference#account-info',
    rotation: 'https://devcenter.heroku.com/articles/authentication#api-token-storage',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://api.heroku.com/account',
      headers: bearer(secret, { Accept: 'application/vnd.heroku+json; version=3' }),
    }),
    read: readJson({
      identity: (j) => (field(j, 'id') === undefined ? undefined : `account ${field(j, 'email') ?? field(j, 'id')}`),
    }),
  },
  {
    id: 'datadog',
    provider: 'Datadog',
    ruleIds: ['datadog-api-key'],
    hosts: Object.values(DATADOG_SITES),
    endpoint: 'GET https://api.datadoghq.com/api/v1/validate (or the API host of the site named near the key)',
    sends: 'the key in the DD-API-KEY header',
    docs: 'https://docs.datadoghq.com/api/latest/authentication/#validate-api-key',
    rotation: 'https://docs.datadoghq.com/account_management/api-app-keys/',
    partner: {
      what: 'Datadog site',
      pattern: /\b(?<value>us3\.datadoghq\.com|us5\.datadoghq\.com|ap1\.datadoghq\.com|datadoghq\.eu|ddog-gov\.com)\b/,
      maxLines: 20,
      optional: true,
    },
    request: ({ secret, partner }) => ({
      method: 'GET',
      url: `https://${DATADOG_SITES[partner ?? 'datadoghq.com']}/api/v1/validate`,
      headers: { 'DD-API-KEY': secret, Accept: 'application/json' },
    }),
    read: readJson({ revokedOn: [401, 403], identity: (j) => (j['valid'] === true ? 'API key valid' : undefined) }),
  },
  {
    id: 'newrelic',
    provider: 'New Relic',
    ruleIds: ['newrelic-user-api-key'],
    hosts: ['api.newrelic.com', 'api.eu.newrelic.com'],
    endpoint:
      'POST https://api.newrelic.com/graphql (NerdGraph query `actor { user { name email } }`); if the US region rejects the key, the same at https://api.eu.newrelic.com/graphql',
    sends: 'the key in the API-Key header (US region first, then EU only if the US rejects it)',
    docs: 'https://docs.newrelic.com/docs/apis/nerdgraph/get-started/introduction-new-relic-nerdgraph/',
    rotation: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#user-key',
    request: ({ secret }) => ({
      method: 'POST',
      url: 'https://api.newrelic.com/graphql',
      headers: { 'API-Key': secret, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: '{ actor { user { name email } } }' }),
    }),
    // A key works in the data centre of its account only (https://docs.newrelic.com/docs/apis/nerdgraph/get-started/introduction-new-relic-nerdgraph/).
    regions: [
      { label: 'US region', host: 'api.newrelic.com' },
      { label: 'EU region', host: 'api.eu.newrelic.com' },
    ],
    read: readNewRelic,
  },
  {
    id: 'cloudflare',
    provider: 'Cloudflare',
    ruleIds: ['cloudflare-api-token', 'cloudflare-api-token-legacy'],
    hosts: ['api.cloudflare.com'],
    endpoint: 'GET https://api.cloudflare.com/client/v4/user/tokens/verify',
    sends: 'the token in the Authorization header',
    docs: 'https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/',
    rotation: 'https://developers.cloudflare.com/fundamentals/api/how-to/roll-token/',
    request: ({ secret }) => ({
      method: 'GET',
      url: 'https://api.cloudflare.com/client/v4/user/tokens/verify',
      headers: bearer(secret),
    }),
    read: readCloudflare,
  },
  {
    id: 'netlify',
    provider: 'Netlify',
    ruleIds: ['netlify-access-token', 'netlify-access-token-legacy'],
    hosts: ['api.netlify.com'],
    endpoint: 'GET https://api.netlify.com/api/v1/user',
    sends: 'the token in the Authorization header',
    docs: 'https://open-api.netlify.com/#tag/user/operation/getCurrentUser',
    rotation: 'https://app.netlify.com/user/applications#personal-access-tokens',
    request: ({ secret }) => ({ method: 'GET', url: 'https://api.netlify.com/api/v1/user', headers: bearer(secret) }),
    read: readJson({
      identity: (j) =>
        field(j, 'id') === undefined
          ? undefined
          : `user ${field(j, 'slug') ?? field(j, 'full_name') ?? field(j, 'id')}`,
    }),
  },
  {
    id: 'vercel',
    provider: 'Vercel',
    ruleIds: ['vercel-token', 'vercel-token-legacy'],
    hosts: ['api.vercel.com'],
    endpoint: 'GET https://api.vercel.com/v2/user',
    sends: 'the token in the Authorization header',
    docs: 'https://vercel.com/docs/rest-api/reference/endpoints/user/get-the-user',
    rotation: 'https://vercel.com/account/settings/tokens',
    request: ({ secret }) => ({ method: 'GET', url: 'https://api.vercel.com/v2/user', headers: bearer(secret) }),
    read: readJson({
      revokedOn: [401, 403],
      identity: (j) =>
        field(j, 'user.id') === undefined ? undefined : `user ${field(j, 'user.username') ?? field(j, 'user.id')}`,
    }),
  },
  {
    id: 'stripe',
    provider: 'Stripe',
    ruleIds: ['stripe-secret-key', 'stripe-restricted-key', 'stripe-test-secret-key', 'stripe-test-restricted-key'],
    hosts: ['api.stripe.com'],
    endpoint: 'GET https://api.stripe.com/v1/account',
    sends: 'the key as the Basic-auth user name',
    docs: 'https://docs.stripe.com/api/authentication',
    rotation: 'https://docs.stripe.com/keys#rolling-keys',
    request: ({ secret }) => ({ method: 'GET', url: 'https://api.stripe.com/v1/account', headers: basic(secret, '') }),
    read: (r) =>
      // A restricted key without the account permission gets 403: it works, for what it was given.
      r.status === 403
        ? { status: 'live', identity: 'restricted key (not allowed to read the account)' }
        : readJson({
            identity: (j) =>
              field(j, 'id') === undefined
                ? undefined
                : describe([
                    ['account', field(j, 'id')],
                    ['name', field(j, 'settings.dashboard.display_name')],
                  ]),
          })(r),
  },
  {
    id: 'shopify',
    provider: 'Shopify',
    ruleIds: ['shopify-access-token', 'shopify-custom-app-token', 'shopify-private-app-token'],
    hosts: [/^[a-z0-9][a-z0-9-]{0,60}\.myshopify\.com$/],
    endpoint: 'GET https://<shop>.myshopify.com/admin/api/2024-10/shop.json (the shop domain found near the token)',
    sends: 'the token in the X-Shopify-Access-Token header, to the shop named near it',
    docs: 'https://shopify.dev/docs/api/admin-rest/latest/resources/shop#get-shop',
    rotation:
      'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/rotate-revoke-api-credentials',
    partner: {
      what: 'shop domain (<shop>.myshopify.com)',
      pattern: /\b(?<value>[a-z0-9][a-z0-9-]{0,60}\.myshopify\.com)\b/,
      maxLines: 10,
    },
    request: ({ secret, partner }) => ({
      method: 'GET',
      url: `https://${partner}/admin/api/2024-10/shop.json`,
      headers: { 'X-Shopify-Access-Token': secret, Accept: 'application/json' },
    }),
    read: readJson({
      identity: (j) =>
        field(j, 'shop.id') === undefined
          ? undefined
          : `shop ${field(j, 'shop.myshopify_domain') ?? field(j, 'shop.name') ?? field(j, 'shop.id')}`,
    }),
  },
];
