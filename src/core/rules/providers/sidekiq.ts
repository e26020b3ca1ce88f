// Format: Sidekiq Pro / Enterprise wiki "Installation" (Bundler reads the gem server credentials from
// BUNDLE_GEMS__CONTRIBSYS__COM or BUNDLE_ENTERPRISE__CONTRIBSYS__COM as `user:password`, two groups of
// eight hex characters).
import type { Rule } from '../types';
import { contextRule } from '../ruleKit';

export const sidekiqRules: readonly Rule[] = [
  contextRule({
    id: 'sidekiq-gem-server-credentials',
    title: 'Sidekiq Pro / Enterprise gem server credentials',
    provider: 'Sidekiq',
    keywords: ['contribsys'],
    // Also the camelCase and single-underscore spellings of the variable in JSON and code.
    name: 'bundle_?(?:gems|enterprise)_{1,2}contribsys_{1,2}com',
    value: '[a-f0-9]{8}:[a-f0-9]{8}',
    valueClass: '[A-Za-z0-9:]',
    minEntropy: 2.5,
    envVar: 'BUNDLE_GEMS__CONTRIBSYS__COM',
    docs: 'https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro-Enterprise-Installation',
    risk: "Downloads the licensed Sidekiq Pro / Enterprise gems under the customer's licence; a leak can get the licence revoked.",
    names: ['BUNDLE_GEMS__CONTRIBSYS__COM', 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM'],
    sample: (fake) => `${fake.hex(8)}:${fake.hex(8)}`,
    negatives: [{ text: 'BUNDLE_GEMS__CONTRIBSYS__COM=username:password', why: 'placeholder' }],
  }),
];
