// Format: Prefect Cloud docs "Manage API keys" (user API keys start `pnu_`, service-account keys `pnb_`,
// then 36 alphanumerics); the CLI and SDK read PREFECT_API_KEY.
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const prefectRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'prefect-api-key',
      title: 'Prefect Cloud API key',
      provider: 'Prefect',
      prefix: 'pnu_',
      body: String.raw`[A-Za-z0-9]{36}`,
      minEntropy: 3.5,
      envVar: 'PREFECT_API_KEY',
      docs: 'https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys',
      risk: "Runs, edits and deletes the workspace's flows and deployments and reads its blocks, which often hold further credentials.",
      token: (fake) => `pnu_${fake.alnum(36)}`,
      usage: (t) => `prefect cloud login --key ${t}`,
      negatives: [{ text: (fake) => `pnu_${fake.alnum(30)}`, why: 'too short' }],
    }),
  ),
  atKeyword(
    prefixedRule({
      id: 'prefect-service-account-key',
      title: 'Prefect Cloud service account API key',
      provider: 'Prefect',
      prefix: 'pnb_',
      body: String.raw`[A-Za-z0-9]{36}`,
      minEntropy: 3.5,
      envVar: 'PREFECT_API_KEY',
      docs: 'https://docs.prefect.io/v3/manage/cloud/manage-users/service-accounts',
      risk: 'Acts as the service account in every workspace it belongs to.',
      token: (fake) => `pnb_${fake.alnum(36)}`,
      usage: (t) => `PREFECT_API_KEY="${t}"`,
      negatives: [{ text: (fake) => `pnb_${fake.alnum(37)}`, why: 'too long' }],
    }),
  ),
];
