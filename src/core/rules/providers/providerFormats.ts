import type { Rule } from '../types';
import { dependencyTrackRules } from './dependencyTrack';
import { djangoRules } from './django';
import { dynatraceRules } from './dynatrace';
import { githubLegacyRules } from './githubLegacy';
import { natsRules } from './nats';
import { railsRules } from './rails';
import { salesforceRules } from './salesforce';
import { sourcegraphRules } from './sourcegraph';

/**
 * Catalogue section (see ../index.ts for ordering): formats taken from the providers' current docs.
 * Fixed-prefix and checksummed formats first, then the ones that need a name or URL.
 */
export const providerFormatRules: readonly Rule[] = [
  ...sourcegraphRules,
  ...dynatraceRules,
  ...dependencyTrackRules,
  ...natsRules,
  ...salesforceRules,
  ...djangoRules,
  ...railsRules,
  ...githubLegacyRules,
];
