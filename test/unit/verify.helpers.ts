// Shared by the verification tests: credentials built from each rule's own runtime-generated
// positives (no literal token in the repository), and a checker aimed at the local test server.
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { builtinVerifiers, verifierCatalogue } from '../../src/core/verify/index';
import { planVerification, type VerifyJob } from '../../src/core/verify/plan';
import type { VerifierDefinition } from '../../src/core/verify/types';
import { CredentialChecker, type CheckerOptions } from '../../src/scan/verify/credentialChecker';
import type { TestServer } from '../support/httpsTestServer';

export const detector = new Detector(builtinRules);
export const catalogue = verifierCatalogue();

/** Every host a verifier may call, with wildcards for per-account hosts, plus one no verifier may call. */
export function testHosts(): string[] {
  const exact = builtinVerifiers.flatMap((v) => v.hosts.filter((h): h is string => typeof h === 'string'));
  return [...new Set([...exact, '*.api.mailchimp.com', '*.myshopify.com', 'evil.example'])];
}

export function checkerFor(server: TestServer, options: CheckerOptions = {}): CredentialChecker {
  return new CredentialChecker({
    testTarget: { host: '127.0.0.1', port: server.port, ca: server.ca },
    minIntervalMs: 0,
    timeoutMs: 5000,
    ...options,
  });
}

/** The partner a two-part credential needs, as a line of the same file (fake, generated). */
function partnerLine(v: VerifierDefinition, fake: FakeTokens): string {
  if (v.id === 'aws-sts') return `\naws_secret_access_key = ${fake.base64(40).replace(/=/g, 'A')}`;
  if (v.id === 'twilio') return `\nTWILIO_ACCOUNT_SID=AC${fake.hex(32)}`;
  if (v.id === 'shopify') return '\nSHOPIFY_SHOP=my-shop.myshopify.com';
  return '';
}

/** A text holding one credential this verifier checks (and its partner), the job to check it, and its secret. */
export function credentialFor(
  v: VerifierDefinition,
  seed = 1,
): { text: string; job: VerifyJob; fingerprint: string; secret: string } {
  const fake = new FakeTokens(seed);
  for (const id of v.ruleIds) {
    const rule = builtinRules.find((r) => r.id === id);
    for (const positive of rule?.examples.positives(fake) ?? []) {
      const text = positive + partnerLine(v, fake);
      const plan = planVerification(text, detector.scan(text, {}), catalogue);
      const job = plan.jobs.find((j) => j.verifier.id === v.id && !('status' in j.verifier.request(j.credential)));
      if (job) return { text, job, fingerprint: job.fingerprints[0]!, secret: job.credential.secret };
    }
  }
  throw new Error(`no positive of ${v.ruleIds.join(', ')} gives ${v.id} a credential to check`);
}
