/** What a provider said about a credential. */
export type LiveStatus = 'live' | 'revoked' | 'unknown';

/**
 * The outcome of checking one credential with its provider. Holds no secret: the identity is what
 * the provider says the credential belongs to (an account, a user, scopes), cleaned of the value.
 */
export interface Verification {
  readonly status: LiveStatus;
  /** Provider shown to users, e.g. "GitHub". */
  readonly provider: string;
  /** Id of the verifier definition that ran (or would have run). */
  readonly verifierId: string;
  /** For `live`: whom the credential belongs to, e.g. `user octocat; scopes repo`. */
  readonly identity?: string;
  /** For `revoked` and `unknown`: why, in a short phrase. */
  readonly reason?: string;
  /** The provider's page on rotating or revoking this credential. */
  readonly rotation: string;
}

/** One HTTPS request to a provider's documented endpoint. */
export interface ProviderRequest {
  readonly method: 'GET' | 'POST';
  /** Always `https://`; its host must be in the verifier's allowlist or nothing is sent. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Set for AWS: the Node layer signs the request (SigV4) with these parts; the core has no crypto. */
  readonly sigV4?: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly region: string;
    readonly service: string;
  };
}

/** The provider's answer, as the client hands it over (body cut to a bounded size). */
export interface ProviderResponse {
  readonly status: number;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
}

/** A verifier's reading of a response. `rateLimited` makes the client stop asking that provider. */
export type Reading =
  | { readonly status: 'live'; readonly identity?: string }
  | { readonly status: 'revoked' | 'unknown'; readonly reason: string; readonly rateLimited?: boolean };

/** The value to check, with its second part for credentials that come in two (AWS, Twilio, Shopify). */
export interface Credential {
  readonly secret: string;
  readonly partner?: string;
}

/**
 * A second value a credential needs, found near it in the same file: another finding (the AWS
 * secret key beside its key id) or text matching `pattern` (a Twilio Account SID, a shop domain).
 */
export interface PartnerSpec {
  /** What the partner is, for "no … within N lines". */
  readonly what: string;
  /** Findings of these rules can be the partner. */
  readonly ruleIds?: readonly string[];
  /** Otherwise text matching this bounded pattern (group `value`) near the finding. */
  readonly pattern?: RegExp;
  /** How many lines above or below the finding the partner may stand. */
  readonly maxLines: number;
  /** The verifier can run without it (Datadog's site defaults to US1). */
  readonly optional?: boolean;
}

/** One place the same call can be answered: a provider's region, or a self-managed instance the user named. */
export interface VerifierRegion {
  /** For people, and appended to the answer: `EU region`, `instance gitlab.example.org`. */
  readonly label: string;
  /** The host the request goes to there; always also in the verifier's `hosts`. */
  readonly host: string;
}

/**
 * How to check one kind of credential: data, no I/O. The Node layer sends `request` only to a
 * host in `hosts`, over HTTPS, never following a redirect elsewhere, and gives the answer to `read`.
 */
export interface VerifierDefinition {
  readonly id: string;
  readonly provider: string;
  /** The rules whose findings this verifier checks. */
  readonly ruleIds: readonly string[];
  /** Hosts the secret may be sent to: exact names, or patterns for per-account hosts (Mailchimp's data centres). */
  readonly hosts: readonly (string | RegExp)[];
  /** The call, for people: `GET https://api.github.com/user`. */
  readonly endpoint: string;
  /** What is sent and where it goes, for people: "the token in the Authorization header". */
  readonly sends: string;
  /** The provider's documentation of the endpoint. */
  readonly docs: string;
  /** The provider's page on rotating or revoking the credential. */
  readonly rotation: string;
  readonly partner?: PartnerSpec;
  /**
   * Where a credential may live when one provider has several (New Relic's and Mailgun's US and EU
   * regions). The request goes to each region's host in turn, the next one only when this one
   * rejected the credential (a `revoked` reading): a key works in its own region only. An answer
   * that is not a rejection (live, rate-limited, no answer) ends the search.
   */
  readonly regions?: readonly VerifierRegion[];
  /** The request for a credential, or a reading without asking (a value that cannot be checked). */
  readonly request: (credential: Credential) => ProviderRequest | Reading;
  readonly read: (response: ProviderResponse) => Reading;
}
