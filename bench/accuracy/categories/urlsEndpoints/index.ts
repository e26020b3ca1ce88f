import type { CategoryTemplates } from '../../draft';
import { appUrls } from './appUrls';
import { moreUrlShapes } from './moreShapes';
import { urlNegatives } from './negatives';
import { queryParamUrls } from './queryParams';
import { registryUrls } from './registries';
import { userinfoUrls } from './userinfo';

/**
 * Credentials carried in URLs, URIs, DSNs and endpoints, wherever they are written: userinfo in
 * every scheme, credential query parameters and signed URLs, webhook URLs whose path is the secret,
 * package-registry and proxy endpoints. Hard negatives in ./negatives.
 */
export const urlsEndpoints: CategoryTemplates = {
  positives: [userinfoUrls, appUrls, queryParamUrls, registryUrls, moreUrlShapes].flatMap((t) => t.positives),
  negatives: [urlNegatives, moreUrlShapes].flatMap((t) => t.negatives),
};
