// Client-SDK initialisers whose key argument the provider documents as public (mobile-client
// corpus, issue 11): Mixpanel's project token ships in every client and only sends events (its
// API secret and service accounts are separate), Amplitude's API key likewise (its secret key is
// separate). The value such a call receives is no credential, whatever the call names it; a
// secret of the same provider is written under a secret's name (`MIXPANEL_API_SECRET=`).
// Storyblok's browser SDK (`storyblokInit({ accessToken })`, the Nuxt module's options) takes the
// space's public or preview token, which Storyblok documents for frontends (cms-sites corpus).
import { LINE_REACH } from '../lineReach';

/**
 * The text right before the value: the SDK's initialiser (`Mixpanel.initialize(token: "`,
 * `mixpanel.init("`, `MixpanelAPI.getInstance(context, "`, `Amplitude.instance().initializeApiKey("`,
 * `Amplitude(configuration: Configuration(apiKey: "`), optionally the argument's label and quote.
 */
const SDK_INIT =
  /(?:\b(?:Mixpanel(?:API)?|mixpanel|Amplitude|amplitude)(?:\.[A-Za-z]{1,20}\(\))?\.(?:init|initialize|initializeApiKey|getInstance|sharedInstance(?:WithToken)?)\(\s{0,4}(?:[A-Za-z]{1,20},\s{0,4})?|\bAmplitude\(\s{0,4}(?:configuration\s{0,2}:\s{0,2})?Configuration\(\s{0,4}|\bstoryblokInit\(\s{0,4}\{\s{0,4}|@storyblok\/nuxt["'],\s{0,4}\{\s{0,4})(?:(?:token|apiKey|api_key|accessToken)\s{0,2}[:=]\s{0,2})?["'`]?$/;

/** How far back the initialiser may start. */
const REACH = 120;

/** Whether the value after `before` is the key argument of a client SDK's initialiser (above). */
export function isPublicSdkKeyArgument(before: string): boolean {
  const tail = before.length > REACH ? before.slice(before.length - REACH) : before;
  // Cheap gate first: this runs on every generic candidate.
  if (!tail.includes('ixpanel') && !tail.includes('mplitude') && !tail.includes('toryblok')) return false;
  return SDK_INIT.test(tail);
}

/** Whether `value`, ending at or before `valueEnd` on `line`, is such an argument (for any rule's candidate). */
export function isPublicSdkKeyValue(line: string, value: string, valueEnd: number): boolean {
  // Read in a bounded stretch before the value's end (the value, then the initialiser before it):
  // searching the whole line for each candidate would make a line of many candidates quadratic.
  const from = Math.max(0, valueEnd - value.length - LINE_REACH - REACH);
  const near = line.slice(from, valueEnd + value.length);
  const at = near.lastIndexOf(value, valueEnd - from);
  return at >= 0 && isPublicSdkKeyArgument(near.slice(Math.max(0, at - REACH), at));
}

/**
 * Docusaurus bundles its whole site config (docusaurus.config.js) into the client, and VitePress its
 * theme config: an `apiKey` there is the DocSearch/Algolia search-only key, public by design.
 */
const CLIENT_BUNDLED_CONFIG = /(?:^|\/)(?:docusaurus\.config|\.vitepress\/config)\.[cm]?[jt]s$/;

/** Whether `name` in the file at `path` is the search key of a docs site's client-bundled config. */
export function isDocsSiteSearchKey(name: string, path: string | undefined): boolean {
  return path !== undefined && /^api_?key$/i.test(name) && CLIENT_BUNDLED_CONFIG.test(path);
}

/**
 * A Socrata (Tyler Data & Insights) application token under the names Socrata documents for it: the
 * `X-App-Token` header and the `$$app_token` query parameter. Socrata: "Application tokens are not
 * used for authentication"; they raise a client's throttling limit and are sent by public dashboards
 * (gov-education corpus). Writes use an API key and secret (Basic), which stay secrets. The shape
 * (25 base62) keeps Sumsub's `X-App-Token` (`sbx:`/`prd:` + two parts) and others out.
 */
export function isSocrataAppToken(name: string, value: string): boolean {
  return value.length === 25 && /^(?:x-app-token|\$\$app_token)$/i.test(name) && /^[A-Za-z0-9]{25}$/.test(value);
}
