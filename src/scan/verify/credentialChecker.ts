import { hostAllowed } from '../../core/verify/index';
import { cleanText } from '../../core/verify/read';
import { regionalReading, regionalRequests, triesNextRegion } from '../../core/verify/regions';
import type {
  ProviderRequest,
  ProviderResponse,
  Reading,
  Verification,
  VerifierDefinition,
  VerifierRegion,
} from '../../core/verify/types';
import type { VerifyJob } from '../../core/verify/plan';
import { sendHttps, TransportError, type OutgoingRequest, type TestTarget } from './httpsClient';
import { signV4 } from './sigV4';

export interface CheckerOptions {
  /** Per call (default 10 s). */
  readonly timeoutMs?: number;
  /** Calls in flight per provider (default 2). */
  readonly concurrency?: number;
  /** Least time between the starts of two calls to one provider (default 250 ms). */
  readonly minIntervalMs?: number;
  /** Tests only: see TestTarget. */
  readonly testTarget?: TestTarget;
  /** An HTTP proxy the user configured (`--verify-proxy`); none otherwise. */
  readonly proxy?: URL;
  /** Clock for SigV4 dates (tests pin it). */
  readonly now?: () => Date;
}

/** Same-host redirects followed at most this often; a redirect to any other host is never followed. */
const MAX_REDIRECTS = 2;
const MAX_BODY = 64 * 1024;

/** Calls to one provider: a few at a time, spaced, and none after it said "rate-limited". */
class ProviderGate {
  private active = 0;
  private nextStart = 0;
  private readonly waiting: (() => void)[] = [];
  /** Set once the provider rate-limits us: later credentials are not sent this run. */
  stopped: string | undefined;

  constructor(
    private readonly concurrency: number,
    private readonly minIntervalMs: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    // A finishing call hands its slot straight to the next waiter, so no newcomer can slip in between.
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      const wait = this.nextStart - Date.now();
      this.nextStart = Math.max(Date.now(), this.nextStart) + this.minIntervalMs;
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

function isReading(r: ProviderRequest | Reading): r is Reading {
  return 'status' in r;
}

/**
 * Checks credentials with their providers, one documented call each. A secret goes only to a host
 * in its verifier's allowlist, over HTTPS with certificate checks; a redirect elsewhere is not
 * followed; there are no retries. Each credential is asked about once per checker (answers are
 * cached by job key). Nothing is logged: the caller gets a Verification and nothing else.
 */
export class CredentialChecker {
  private readonly gates = new Map<string, ProviderGate>();
  private readonly answers = new Map<string, Promise<Verification>>();
  private readonly timeoutMs: number;

  constructor(private readonly options: CheckerOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  check(job: VerifyJob): Promise<Verification> {
    let answer = this.answers.get(job.key);
    if (!answer) {
      answer = this.gate(job.verifier).run(() => this.ask(job));
      this.answers.set(job.key, answer);
    }
    return answer;
  }

  private gate(verifier: VerifierDefinition): ProviderGate {
    let gate = this.gates.get(verifier.provider);
    if (!gate) {
      gate = new ProviderGate(this.options.concurrency ?? 2, this.options.minIntervalMs ?? 250);
      this.gates.set(verifier.provider, gate);
    }
    return gate;
  }

  private async ask(job: VerifyJob): Promise<Verification> {
    const { verifier, credential } = job;
    const secrets = [credential.secret, ...(credential.partner && job.secretPartner ? [credential.partner] : [])];
    const result = (reading: Reading): Verification => ({
      status: reading.status,
      provider: verifier.provider,
      verifierId: verifier.id,
      ...(reading.status === 'live'
        ? optional('identity', cleanText(reading.identity, secrets))
        : optional('reason', cleanText(reading.reason, secrets))),
      rotation: verifier.rotation,
    });
    const gate = this.gate(verifier);
    if (gate.stopped) return result({ status: 'unknown', reason: gate.stopped });
    const request = verifier.request(credential);
    if (isReading(request)) return result(request);
    const reading = await this.searchRegions(verifier, request);
    if (reading.status === 'unknown' && reading.rateLimited)
      gate.stopped = `not checked: ${verifier.provider} rate-limited an earlier call this run`;
    return result(reading);
  }

  /**
   * The call, or for a verifier with regions the same call to each region in turn, moving on only
   * when a region rejects the credential. At most one call per region: no retries.
   */
  private async searchRegions(verifier: VerifierDefinition, request: ProviderRequest): Promise<Reading> {
    const asked: [VerifierRegion, Reading][] = [];
    for (const { region, request: regional } of regionalRequests(verifier, request)) {
      const reading = await this.exchange(verifier, regional);
      if (!region) return reading;
      asked.push([region, reading]);
      if (!triesNextRegion(reading)) break;
    }
    return regionalReading(asked);
  }

  /** The call, with same-host redirects; any failure is an `unknown` with its cause. */
  private async exchange(verifier: VerifierDefinition, request: ProviderRequest): Promise<Reading> {
    let url = request.url;
    for (let hop = 0; ; hop++) {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:' || !hostAllowed(verifier, parsed.hostname)) {
        return {
          status: 'unknown',
          reason: `refused to send to ${parsed.hostname}: not ${verifier.provider}'s documented API host`,
        };
      }
      let response: ProviderResponse;
      try {
        response = await sendHttps(this.outgoing(request, url), {
          timeoutMs: this.timeoutMs,
          maxBodyBytes: MAX_BODY,
          ...(this.options.testTarget ? { testTarget: this.options.testTarget } : {}),
          ...(this.options.proxy ? { proxy: this.options.proxy } : {}),
        });
      } catch (e) {
        const code = e instanceof TransportError ? e.code : 'error';
        return {
          status: 'unknown',
          reason:
            code === 'timeout'
              ? `no answer from ${parsed.hostname} within ${this.timeoutMs / 1000} s`
              : `could not reach ${parsed.hostname} (${code})`,
        };
      }
      if (response.status < 300 || response.status >= 400) return verifier.read(response);
      const next = redirectTarget(url, response.headers['location']);
      if (!next || next.protocol !== 'https:' || !hostAllowed(verifier, next.hostname)) {
        return {
          status: 'unknown',
          reason: `redirected${next ? ` to ${next.hostname}` : ''} (HTTP ${response.status}); not followed`,
        };
      }
      if (hop >= MAX_REDIRECTS)
        return { status: 'unknown', reason: `more than ${MAX_REDIRECTS} redirects; not followed` };
      url = next.href;
    }
  }

  private outgoing(request: ProviderRequest, url: string): OutgoingRequest {
    const base = {
      method: request.method,
      url,
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
    };
    return request.sigV4 ? { ...base, headers: signV4(base, request.sigV4, this.options.now?.() ?? new Date()) } : base;
  }
}

function redirectTarget(from: string, location: string | undefined): URL | undefined {
  if (!location) return undefined;
  try {
    return new URL(location, from);
  } catch {
    return undefined;
  }
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
