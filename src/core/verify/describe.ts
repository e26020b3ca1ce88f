import type { Verification } from './types';

/**
 * One line for people: `live (user octocat; scopes repo)`, `revoked: rejected by the provider (HTTP 401)`.
 * Apart from the verifiers (index.ts) so that the reports, which every scan loads, do not load them.
 */
export function describeVerification(v: Verification): string {
  if (v.status === 'live') return `live${v.identity ? ` (${v.identity})` : ''}`;
  return `${v.status}${v.reason ? `: ${v.reason}` : ''}`;
}
