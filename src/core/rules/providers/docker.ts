// Formats: docs.docker.com "Personal access tokens" (dckr_pat_), "Organization access tokens"
// (dckr_oat_) and "docker login" (config.json "auths" entries: base64 of user:password).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { isBase64UserPassword } from '../valueChecks';

const base64 = (text: string) => Buffer.from(text).toString('base64');

export const dockerRules: readonly Rule[] = [
  prefixedRule({
    id: 'docker-hub-pat',
    title: 'Docker Hub personal access token',
    provider: 'Docker',
    prefix: 'dckr_pat_',
    body: '[A-Za-z0-9_-]{27}',
    minEntropy: 3,
    envVar: 'DOCKERHUB_TOKEN',
    docs: 'https://docs.docker.com/security/for-developers/access-tokens/',
    risk: "Pulls the user's private images and, with write scope, pushes over them: a supply-chain compromise for every consumer.",
    token: (fake) => `dckr_pat_${fake.base64url(27)}`,
    more: (fake) => [`echo dckr_pat_${fake.alnum(27)} | docker login -u ci-bot --password-stdin`],
    negatives: [
      { text: 'dckr_pat_<personal-access-token>', why: 'placeholder' },
      { text: (fake) => `dckr_pat_${fake.alnum(12)}`, why: 'too short for the format' },
    ],
  }),
  prefixedRule({
    id: 'docker-hub-org-access-token',
    title: 'Docker Hub organization access token',
    provider: 'Docker',
    prefix: 'dckr_oat_',
    body: '[A-Za-z0-9_-]{27,32}',
    minEntropy: 3,
    envVar: 'DOCKERHUB_TOKEN',
    docs: 'https://docs.docker.com/security/for-admins/access-tokens/',
    risk: "Pulls and, with write scope, pushes the organization's repositories it was granted.",
    token: (fake) => `dckr_oat_${fake.base64url(32)}`,
    more: (fake) => [`dckr_oat_${fake.alnum(27)}`],
    negatives: [
      { text: 'dckr_oat_<organization-access-token>', why: 'placeholder' },
      { text: (fake) => `dckr_oat_${fake.alnum(12)}`, why: 'too short for the format' },
    ],
  }),
  {
    id: 'docker-config-auth',
    title: 'Registry credentials in a Docker config.json "auth" entry',
    provider: 'Docker',
    keywords: ['"auth"'],
    pattern: /"auth"\s{0,4}:\s{0,4}"(?<secret>[A-Za-z0-9+/]{8,2000}={0,2})"/,
    confidence: 'high',
    envVar: 'DOCKER_AUTH_CONFIG',
    docs: 'https://docs.docker.com/reference/cli/docker/login/#credential-stores',
    risk: 'Logs in to the container registry as that user: pull private images or push over them.',
    validate: isBase64UserPassword,
    examples: {
      embed: false,
      positives: (fake) => [
        `"auth": "${base64(`ci-bot:${fake.alnum(20)}`)}"`,
        `{"auths":{"registry.internal.corp:5000":{"auth":"${base64(`deploy@corp.net:${fake.alnum(24)}`)}"}}}`,
        `      "auth" : "${base64(`AWS:${fake.base64url(40)}`)}"`,
      ],
      negatives: [
        { text: `"auth": "${base64('username:password')}"`, why: 'documentation placeholder credentials' },
        { text: '"auth": "${DOCKER_AUTH}"', why: 'environment reference' },
        { text: `"auth": "${base64('a long sentence without a colon in it')}"`, why: 'not base64 of user:password' },
        { text: '"auth": "required"', why: 'not base64 of user:password' },
      ],
    },
  },
];
