import type { Finding } from '../../core/finding';
import { strongerVerification, verifierCatalogue, type VerifierCatalogue } from '../../core/verify/index';
import { planVerification } from '../../core/verify/plan';
import type { Verification } from '../../core/verify/types';
import type { CredentialChecker } from './credentialChecker';

/** One text and the findings in it to check. */
export interface TextToVerify {
  readonly text: string;
  readonly findings: readonly Finding[];
  /** How the findings' fingerprints were published (reports: under the repository's key); default as found. */
  readonly publish?: (identity: string) => string;
}

/**
 * Checks the findings of each text with their providers and answers by fingerprint. Findings
 * without a verifier get no answer. Calls run concurrently, limited per provider by the checker.
 */
export async function verifyFindings(
  texts: readonly TextToVerify[],
  checker: CredentialChecker,
  catalogue: VerifierCatalogue = verifierCatalogue(),
): Promise<Map<string, Verification>> {
  const answers = new Map<string, Verification>();
  const calls: Promise<void>[] = [];
  for (const { text, findings, publish } of texts) {
    const plan = planVerification(text, findings, catalogue, publish);
    for (const [fingerprint, v] of plan.settled)
      answers.set(fingerprint, strongerVerification(answers.get(fingerprint), v));
    for (const job of plan.jobs) {
      calls.push(
        checker.check(job).then((v) => {
          for (const fingerprint of job.fingerprints)
            answers.set(fingerprint, strongerVerification(answers.get(fingerprint), v));
        }),
      );
    }
  }
  await Promise.all(calls);
  return answers;
}

/**
 * Checks one finding of `text` (with its partner when it needs one) and nothing else: the editor's
 * "Check whether this secret is live". Undefined when no verifier covers the finding.
 */
export async function verifyOne(
  text: string,
  findings: readonly Finding[],
  fingerprint: string,
  checker: CredentialChecker,
  catalogue: VerifierCatalogue = verifierCatalogue(),
): Promise<Verification | undefined> {
  const plan = planVerification(text, findings, catalogue);
  const job = plan.jobs.find((j) => j.fingerprints.includes(fingerprint));
  return job ? checker.check(job) : plan.settled.get(fingerprint);
}
