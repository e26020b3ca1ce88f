import type { ProviderRequest, Reading, VerifierDefinition, VerifierRegion } from './types';

/** One call of a regional search: where it goes and the request sent there. */
export interface RegionalRequest {
  /** Undefined for a verifier without regions: its one request as built. */
  readonly region?: VerifierRegion;
  readonly request: ProviderRequest;
}

/** The calls to try in order: the request as built, or the same request sent to each region's host. */
export function regionalRequests(verifier: VerifierDefinition, request: ProviderRequest): RegionalRequest[] {
  if (!verifier.regions?.length) return [{ request }];
  return verifier.regions.map((region) => {
    const url = new URL(request.url);
    url.hostname = region.host;
    return { region, request: { ...request, url: url.href } };
  });
}

/** Whether a region's reading sends the search on to the next region: only a rejection does. */
export function triesNextRegion(reading: Reading): boolean {
  return reading.status === 'revoked';
}

/**
 * The reading of a regional search, from the readings of the regions asked (in order): a live one
 * names its region; rejections everywhere give `revoked` with each region's reason; otherwise the
 * last region's answer, after the rejections before it.
 */
export function regionalReading(asked: readonly (readonly [VerifierRegion, Reading])[]): Reading {
  const [region, last] = asked[asked.length - 1]!;
  if (last.status === 'live')
    return { status: 'live', identity: last.identity ? `${last.identity}; ${region.label}` : region.label };
  const reasons = asked.map(([r, reading]) => `${r.label}: ${reading.status === 'live' ? 'live' : reading.reason}`);
  return { ...last, reason: reasons.join('; ') };
}

/** A host name a user may name as a self-managed instance: DNS labels with at least one dot; no port, path or scheme. */
export function validInstanceHost(value: string): string | undefined {
  const host = value.trim().toLowerCase();
  const labels = host.split('.');
  const valid =
    host.length <= 253 &&
    labels.length >= 2 &&
    labels.every((l) => /^[a-z0-9-]{1,63}$/.test(l) && !l.startsWith('-') && !l.endsWith('-'));
  return valid ? host : undefined;
}

/**
 * The GitLab verifier with self-managed instances the user configured (a setting or a flag, never
 * found in scanned text): asked after gitlab.com, each only when the ones before it rejected the
 * token. Without instances the verifier is returned unchanged: gitlab.com only.
 */
export function withGitlabInstances(gitlab: VerifierDefinition, instances: readonly string[]): VerifierDefinition {
  const extra = [...new Set(instances)].filter((h) => h !== 'gitlab.com');
  if (!extra.length) return gitlab;
  return {
    ...gitlab,
    hosts: ['gitlab.com', ...extra],
    regions: [
      { label: 'gitlab.com', host: 'gitlab.com' },
      ...extra.map((host) => ({ label: `instance ${host}`, host })),
    ],
  };
}
