import type { CategoryTemplates } from '../../draft';
import { apiClientPositives } from './apiClients';
import { devStatePositives } from './devState';
import { harPositives } from './har';
import { clientNegatives } from './negativesClients';
import { stateNegatives } from './negativesState';
import { textClientPositives } from './textClients';

/**
 * Credentials in the files developers and AI assistants produce around API work and dev tooling:
 * API-client exports (Postman, Insomnia, Bruno, .http files, Thunder Client, HAR) and infrastructure
 * or developer state (Terraform state, kubeconfig, Playwright/Cypress auth state, editor and database
 * tool settings, Docker and cloud CLI caches). Written blind, before reading the detector (issue 11).
 */
export const devTools: CategoryTemplates = {
  positives: [...apiClientPositives, ...textClientPositives, ...harPositives, ...devStatePositives],
  negatives: [...clientNegatives, ...stateNegatives],
};
