// Formats: grafana.com docs "Access policies" (Grafana Cloud tokens glc_ + base64 JSON), "Service
// accounts" (glsa_ + 32 characters + "_" + CRC-32 as little-endian hex) and the retired API keys
// (base64 JSON starting {"k":").
import { crc32 } from '../checksum';
import type { FakeTokens } from '../fakeTokens';
import type { Rule } from '../types';
import { prefixedRule, withWrongLastChar } from '../ruleKit';
import { isBase64JsonWith } from '../valueChecks';

const b64json = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64');

/** CRC-32 of `text` as 8 hex digits, least significant byte first. */
function crcLittleEndianHex(text: string): string {
  const c = crc32(text);
  return [c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function serviceAccountToken(fake: FakeTokens): string {
  const head = `glsa_${fake.alnum(32)}`;
  return `${head}_${crcLittleEndianHex(head)}`;
}

function cloudToken(fake: FakeTokens): string {
  return `glc_${b64json({ o: fake.digits(7), n: `stack-${fake.digits(6)}-otlp-write`, k: fake.alnum(24), m: { r: 'prod-us-east-0' } })}`;
}

export const grafanaRules: readonly Rule[] = [
  prefixedRule({
    id: 'grafana-cloud-token',
    title: 'Grafana Cloud access policy token',
    provider: 'Grafana',
    prefix: 'glc_',
    body: 'eyJ[A-Za-z0-9+/]{30,1000}={0,2}',
    after: '(?![A-Za-z0-9+/=_-])',
    envVar: 'GRAFANA_CLOUD_TOKEN',
    docs: 'https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/',
    risk: "Reads or writes the stack's metrics, logs and traces, or manages the stack, as its access policy's scopes allow.",
    validate: (token) => isBase64JsonWith(token.slice(4), ['o', 'k']),
    token: cloudToken,
    more: (fake) => [`    password: ${cloudToken(fake)}`],
    negatives: [
      { text: 'glc_eyJvIjoi...', why: 'truncated placeholder' },
      { text: (fake) => `glc_eyJ${fake.base64(60)}`, why: 'body is not JSON' },
    ],
  }),
  prefixedRule({
    id: 'grafana-service-account-token',
    title: 'Grafana service account token',
    provider: 'Grafana',
    prefix: 'glsa_',
    body: '[A-Za-z0-9]{32}_[0-9a-f]{8}',
    envVar: 'GRAFANA_SERVICE_ACCOUNT_TOKEN',
    docs: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
    risk: "Calls the Grafana HTTP API with the service account's role: read dashboards and data sources, or change them.",
    validate: (token) => crcLittleEndianHex(token.slice(0, -9)) === token.slice(-8),
    token: serviceAccountToken,
    negatives: [
      { text: (fake) => withWrongLastChar(serviceAccountToken(fake)), why: 'CRC-32 does not match' },
      { text: 'glsa_your_service_account_token', why: 'placeholder' },
    ],
  }),
  prefixedRule({
    id: 'grafana-api-key',
    title: 'Grafana API key (legacy)',
    provider: 'Grafana',
    prefix: 'eyJrIjoi',
    body: '[A-Za-z0-9+/]{30,300}={0,2}',
    before: '(?<![A-Za-z0-9+/_-])',
    after: '(?![A-Za-z0-9+/=_.-])',
    envVar: 'GRAFANA_API_KEY',
    docs: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/',
    risk: "Calls the Grafana HTTP API with the key's role (Viewer, Editor or Admin) on its organization.",
    validate: (token) => isBase64JsonWith(token, ['k', 'n']),
    token: (fake) => b64json({ k: fake.alnum(32), n: `ci-${fake.lower(6)}`, id: 1 + fake.int(9999) }),
    negatives: [
      { text: 'eyJrIjoiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', why: 'placeholder' },
      { text: (fake) => `eyJrIjoi${fake.base64(40)}`, why: 'not base64 JSON' },
    ],
  }),
];
