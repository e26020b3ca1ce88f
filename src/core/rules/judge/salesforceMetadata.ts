// Salesforce metadata that names an OAuth client id as a key (nonprofit-fundraising corpus): a
// connected app's metadata (`force-app/.../connectedApps/X.connectedApp-meta.xml`, the `.connectedApp`
// of the Metadata API) holds its `<consumerKey>`, the app's OAuth client id, which Salesforce documents
// as "Consumer Key (client_id)" and which every authorize URL carries. The secret is `<consumerSecret>`,
// which stays a secret.

const CONNECTED_APP_METADATA = /\.connectedApp(?:-meta\.xml)?$/;

/** Whether `name` in the file at `path` is a Salesforce connected app's consumer key (its client id). */
export function isConnectedAppConsumerKey(name: string, path: string | undefined): boolean {
  return path !== undefined && /^consumer_?key$/i.test(name) && CONNECTED_APP_METADATA.test(path);
}
