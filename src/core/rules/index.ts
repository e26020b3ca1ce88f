import { awsRules } from './providers/aws';
import { aiRules } from './providers/batchAi';
import { cloudRules } from './providers/batchCloud';
import { devPlatformsRules } from './providers/batchDevPlatforms';
import { messagingPaymentsRules } from './providers/batchMessagingPayments';
import { genericRules } from './providers/generic';
import { githubRules } from './providers/github';
import { jwtRules } from './providers/jwt';
import { privateKeyRules } from './providers/privateKeys';
// Issue 11 §7 and §3 (provider formats, service table): keep these lines together.
import { providerFormatRules } from './providers/batchProviderFormats';
import { serviceRules } from './services/serviceRules';
import type { Rule } from './types';

/**
 * The built-in catalogue, in priority order: where two rules match overlapping text on a line, the
 * one listed first is kept. Provider-specific rules come first, generic ones last.
 */
export const builtinRules: readonly Rule[] = [
  ...githubRules,
  ...awsRules,
  ...cloudRules,
  ...devPlatformsRules,
  ...messagingPaymentsRules,
  ...aiRules,
  ...providerFormatRules,
  ...privateKeyRules,
  ...jwtRules,
  // Keys named by a service from the table, before the generic rules that would take them as unnamed.
  ...serviceRules,
  ...genericRules,
];
