// Marketing identifiers their vendors document as public or as an OAuth client's id, written under
// names the generic judge reads as secrets (marketing-adtech corpus):
// - an Adjust app token (12 lower-case letters and digits) under an app-token name: it is compiled
//   into the app (`AdjustConfig(context, appToken, ...)`) and names the app in report queries
//   (`app_token__in=`); Adjust's API and S2S tokens are separate, longer secrets;
// - a Mixpanel project token (32 hex) under its name: Mixpanel ships it in every client and it only
//   sends events (the API secret and service-account secrets are separate);
// - a Salesforce connected app's consumer key (`3MVG9` + its body): the OAuth client id Pardot and
//   Marketing Cloud integrations send in every authorization URL; its consumer secret stays secret.

const ADJUST_APP_TOKEN_NAME = /^(?:adjust[-_.]?)?app[-_.]?token(?:__in)?$/i;
const MIXPANEL_TOKEN_NAME = /mixpanel[-_.]?(?:project[-_.]?)?token$/i;
const SALESFORCE_CONSUMER_KEY = /^3MVG9[A-Za-z0-9._]{40,120}$/;

/** Whether `value` under `name` is one of the public marketing identifiers above. */
export function isPublicAdId(name: string, value: string): boolean {
  switch (value.length) {
    case 12:
      return /^[a-z0-9]{12}$/.test(value) && ADJUST_APP_TOKEN_NAME.test(name);
    case 32:
      return /^[0-9a-f]{32}$/.test(value) && MIXPANEL_TOKEN_NAME.test(name);
    default:
      return value.startsWith('3MVG9') && SALESFORCE_CONSUMER_KEY.test(value);
  }
}
