import type { Rule } from '../types';
import { adafruitIoRules } from './adafruitIo';
import { adobeRules } from './adobe';
import { akamaiRules } from './akamai';
import { amazonLwaRules } from './amazonLwa';
import { apifyRules } from './apify';
import { branchRules } from './branch';
import { oneSignalRules } from './oneSignal';
import { axiomRules } from './axiom';
import { azureAnnotatedKeyRules } from './azureAnnotatedKeys';
import { backblazeRules } from './backblaze';
import { base64JsonTokenRules } from './base64JsonTokens';
import { chatWebhookRules } from './chatWebhooks';
import { clickhouseRules } from './clickhouse';
import { clickupRules } from './clickup';
import { clojarsRules } from './clojars';
import { cloudflareTunnelRules } from './cloudflareTunnel';
import { contentfulRules } from './contentful';
import { cratesIoRules } from './cratesIo';
import { definedNetworkingRules } from './definedNetworking';
import { denoDeployRules } from './denoDeploy';
import { dependencyTrackRules } from './dependencyTrack';
import { djangoRules } from './django';
import { duffelRules } from './duffel';
import { dynatraceRules } from './dynatrace';
import { e2bRules } from './e2b';
import { flagsmithRules } from './flagsmith';
import { frameioRules } from './frameio';
import { githubLegacyRules } from './githubLegacy';
import { harnessRules } from './harness';
import { heliconeRules } from './helicone';
import { honeycombRules } from './honeycomb';
import { hubspotRules } from './hubspot';
import { hueBridgeRules } from './hueBridge';
import { iftttWebhookRules } from './iftttWebhooks';
import { infracostRules } from './infracost';
import { intra42Rules } from './intra42';
import { jetbrainsTokenRules } from './jetbrainsTokens';
import { klaviyoRules } from './klaviyo';
import { langfuseRules } from './langfuse';
import { llamaCloudRules } from './llamaCloud';
import { mailersendRules } from './mailersend';
import { maxmindRules } from './maxmind';
import { mollieRules } from './mollie';
import { natsRules } from './nats';
import { octopusDeployRules } from './octopusDeploy';
import { openshiftRules } from './openshift';
import { paddleRules } from './paddle';
import { portainerRules } from './portainer';
import { posthogRules } from './posthog';
import { prefectRules } from './prefect';
import { pubnubRules } from './pubnub';
import { railsRules } from './rails';
import { erlangCookieRules } from './erlangCookie';
import { rancherRules } from './rancher';
import { readmeRules } from './readme';
import { riotGamesRules } from './riotGames';
import { salesforceRules } from './salesforce';
import { scalingoRules } from './scalingo';
import { settlemintRules } from './settlemint';
import { sidekiqRules } from './sidekiq';
import { sourcegraphRules } from './sourcegraph';
import { statsigRules } from './statsig';
import { stytchRules } from './stytch';
import { porkbunRules } from './porkbun';
import { tailscaleRules } from './tailscale';
import { telnyxRules } from './telnyx';
import { woocommerceRules } from './woocommerce';
import { yandexCloudRules } from './yandexCloud';
import { zohoRules } from './zoho';

/**
 * Catalogue section (see ../index.ts for ordering): formats taken from the providers' current docs.
 * Fixed-prefix and checksummed formats first, then the ones that need a name or URL.
 */
export const providerFormatRules: readonly Rule[] = [
  ...sourcegraphRules,
  ...dynatraceRules,
  ...dependencyTrackRules,
  ...natsRules,
  ...porkbunRules,
  ...tailscaleRules,
  ...harnessRules,
  ...axiomRules,
  ...posthogRules,
  ...prefectRules,
  ...scalingoRules,
  ...readmeRules,
  ...duffelRules,
  ...contentfulRules,
  ...frameioRules,
  ...hubspotRules,
  ...clickupRules,
  ...clojarsRules,
  ...cratesIoRules,
  ...infracostRules,
  ...intra42Rules,
  ...openshiftRules,
  ...octopusDeployRules,
  ...settlemintRules,
  ...adobeRules,
  ...clickhouseRules,
  ...definedNetworkingRules,
  ...langfuseRules,
  ...heliconeRules,
  ...llamaCloudRules,
  ...e2bRules,
  ...apifyRules,
  ...branchRules,
  ...oneSignalRules,
  ...riotGamesRules,
  ...adafruitIoRules,
  ...denoDeployRules,
  ...portainerRules,
  ...rancherRules,
  ...paddleRules,
  ...akamaiRules,
  ...stytchRules,
  ...flagsmithRules,
  ...statsigRules,
  ...mailersendRules,
  ...telnyxRules,
  ...yandexCloudRules,
  ...woocommerceRules,
  ...pubnubRules,
  ...klaviyoRules,
  ...amazonLwaRules,
  ...zohoRules,
  ...jetbrainsTokenRules,
  ...backblazeRules,
  ...mollieRules,
  ...honeycombRules,
  ...maxmindRules,
  ...cloudflareTunnelRules,
  ...base64JsonTokenRules,
  ...chatWebhookRules,
  ...iftttWebhookRules,
  ...hueBridgeRules,
  ...azureAnnotatedKeyRules,
  ...salesforceRules,
  ...djangoRules,
  ...railsRules,
  ...erlangCookieRules,
  ...sidekiqRules,
  ...githubLegacyRules,
];
