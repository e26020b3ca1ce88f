// Format: MaxMind "License key" (keys issued since 2024: six alphanumerics, `_`, 29 alphanumerics and the
// suffix `_mmk`); geoipupdate reads them from GeoIP.conf `LicenseKey` or GEOIPUPDATE_LICENSE_KEY.
import type { Rule } from '../types';
import { bounded } from '../ruleKit';

export const maxmindRules: readonly Rule[] = [
  {
    id: 'maxmind-license-key',
    title: 'MaxMind license key',
    provider: 'MaxMind',
    keywords: ['_mmk'],
    pattern: bounded('[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk'),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'MAXMIND_LICENSE_KEY',
    docs: 'https://support.maxmind.com/hc/en-us/articles/4407111582235-Generate-a-License-Key',
    risk: "Downloads the GeoIP databases and queries the GeoIP web services on the account's paid quota.",
    examples: {
      positives: (fake) => [
        `${fake.alnum(6)}_${fake.alnum(29)}_mmk`,
        `LicenseKey ${fake.alnum(6)}_${fake.alnum(29)}_mmk`,
      ],
      negatives: [
        { text: (fake) => `${fake.alnum(6)}_${fake.alnum(12)}_mmk`, why: 'too short' },
        { text: 'feature_flag_for_the_new_checkout_mmk', why: 'a name with the suffix, not a key' },
      ],
    },
  },
];
