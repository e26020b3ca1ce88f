// An OAuth 1.0a consumer key issued as a UUID (Garmin Connect Developer Program, Health and Activity
// APIs): the client's identifier, which RFC 5849 sends in the clear as `oauth_consumer_key` in every
// signed request. The consumer secret next to it is the credential and stays reported.

const CONSUMER_KEY_NAME = /consumer[-_.]?key$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` under `name` is a UUID-shaped OAuth 1.0a consumer key (a public client id). */
export function isUuidConsumerKey(name: string, value: string): boolean {
  return value.length === 36 && UUID.test(value) && CONSUMER_KEY_NAME.test(name);
}
