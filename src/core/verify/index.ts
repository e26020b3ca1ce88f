import { aiVerifiers } from './providers/ai';
import { cloudVerifiers } from './providers/cloud';
import { codePlatformVerifiers } from './providers/codePlatforms';
import { messagingVerifiers } from './providers/messaging';
import { withGitlabInstances } from './regions';
import type { LiveStatus, Verification, VerifierDefinition } from './types';

/** Every built-in verifier: one documented, read-only identity call per kind of credential. */
export const builtinVerifiers: readonly VerifierDefinition[] = [
  ...codePlatformVerifiers,
  ...aiVerifiers,
  ...messagingVerifiers,
  ...cloudVerifiers,
];

/** What the user configured for live checks (a setting or flags; never read from scanned text). */
export interface VerifierSettings {
  /** Self-managed GitLab hosts a GitLab token may also be asked about, after gitlab.com. */
  readonly gitlabInstances?: readonly string[];
}

/** The built-in verifiers with the user's settings applied; without settings, exactly the built-in ones. */
export function configuredVerifiers(settings: VerifierSettings = {}): readonly VerifierDefinition[] {
  const instances = settings.gitlabInstances ?? [];
  if (!instances.length) return builtinVerifiers;
  return builtinVerifiers.map((v) => (v.id === 'gitlab' ? withGitlabInstances(v, instances) : v));
}

/** Verifiers by the rules they check, and by the rules whose findings they take as a partner. */
export interface VerifierCatalogue {
  readonly all: readonly VerifierDefinition[];
  forRule(ruleId: string): VerifierDefinition | undefined;
  forPartnerRule(ruleId: string): VerifierDefinition | undefined;
}

export function verifierCatalogue(verifiers: readonly VerifierDefinition[] = builtinVerifiers): VerifierCatalogue {
  const byRule = new Map<string, VerifierDefinition>();
  const byPartner = new Map<string, VerifierDefinition>();
  for (const v of verifiers) {
    for (const id of v.ruleIds) byRule.set(id, v);
    for (const id of v.partner?.ruleIds ?? []) byPartner.set(id, v);
  }
  return { all: verifiers, forRule: (id) => byRule.get(id), forPartnerRule: (id) => byPartner.get(id) };
}

/** Whether `host` (lower case, no port) is one the verifier may send its secret to. */
export function hostAllowed(verifier: VerifierDefinition, host: string): boolean {
  const h = host.toLowerCase();
  return verifier.hosts.some((allowed) => (typeof allowed === 'string' ? allowed === h : allowed.test(h)));
}

const STRENGTH: Readonly<Record<LiveStatus, number>> = { live: 2, revoked: 1, unknown: 0 };

/** Of two answers for one finding (a partner shared by two keys), the one that matters more: live, then revoked. */
export function strongerVerification(a: Verification | undefined, b: Verification): Verification {
  return a && STRENGTH[a.status] >= STRENGTH[b.status] ? a : b;
}

export { describeVerification } from './describe';

export type { LiveStatus, Verification, VerifierDefinition } from './types';
