// Format: Dependency-Track docs "REST API" (API keys are generated per team; since v4.9 they carry the
// default prefix `odt_`, followed by at least 32 alphanumerics; newer keys put a public id and `_`
// before the secret part).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { hasLetterAndDigit } from '../valueChecks';

export const dependencyTrackRules: readonly Rule[] = [
  prefixedRule({
    id: 'dependency-track-api-key',
    title: 'OWASP Dependency-Track API key',
    provider: 'Dependency-Track',
    prefix: 'odt_',
    body: '(?:[A-Za-z0-9]{4,16}_)?[A-Za-z0-9]{32,128}',
    minEntropy: 3.5,
    envVar: 'DEPENDENCY_TRACK_API_KEY',
    docs: 'https://docs.dependencytrack.org/integrations/rest-api/',
    risk: "Calls the Dependency-Track REST API with the team's permissions: uploads SBOMs, reads the portfolio's vulnerabilities and changes projects and policies.",
    validate: (token) => hasLetterAndDigit(token.slice(4)),
    token: (fake) => `odt_${fake.alnum(31)}${fake.digits(1)}`,
    usage: (token) => `curl -X POST -H "X-Api-Key: ${token}" https://dtrack.example.com/api/v1/bom`,
    more: (fake) => [`odt_${fake.alnum(8)}_${fake.alnum(31)}${fake.digits(1)}`],
    negatives: [{ text: (fake) => `odt_${fake.alnum(20)}`, why: 'too short for the format' }],
  }),
];
