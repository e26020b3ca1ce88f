import { awsRules } from './providers/aws';
import { aiRules } from './providers/batchAi';
import { cloudRules } from './providers/batchCloud';
import { devPlatformsRules } from './providers/batchDevPlatforms';
import { messagingPaymentsRules } from './providers/batchMessagingPayments';
import { configFormatRules } from './providers/configFormats';
import { genericRules } from './providers/generic';
import { githubRules } from './providers/github';
import { httpAuthRules } from './providers/httpAuth';
import { jwtRules } from './providers/jwt';
import { passwordRules } from './providers/passwords';
import { privateKeyRules } from './providers/privateKeys';
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
  ...privateKeyRules,
  ...jwtRules,
  // Candidates judged by the shared judge (rules/judge), before the catch-all assignment rule.
  ...passwordRules,
  ...httpAuthRules,
  ...configFormatRules,
  ...genericRules,
];
