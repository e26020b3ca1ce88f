import type { Rule } from '../types';
import { airtableRules } from './airtable';
import { asanaRules } from './asana';
import { atlassianRules } from './atlassian';
import { auth0Rules } from './auth0';
import { buildkiteRules } from './buildkite';
import { circleciRules } from './circleci';
import { clerkRules } from './clerk';
import { codecovRules } from './codecov';
import { datadogRules } from './datadog';
import { dockerRules } from './docker';
import { figmaRules } from './figma';
import { gitlabRules } from './gitlab';
import { grafanaRules } from './grafana';
import { jenkinsRules } from './jenkins';
import { jfrogRules } from './jfrog';
import { launchDarklyRules } from './launchDarkly';
import { linearRules } from './linear';
import { netrcRules } from './netrc';
import { newRelicRules } from './newRelic';
import { notionRules } from './notion';
import { npmRules } from './npm';
import { nugetRules } from './nuget';
import { oktaRules } from './okta';
import { postmanRules } from './postman';
import { pypiRules } from './pypi';
import { rubygemsRules } from './rubygems';
import { sentryRules } from './sentry';
import { snykRules } from './snyk';
import { sonarRules } from './sonar';
import { travisCiRules } from './travisCi';

/**
 * Catalogue section; see ../index.ts for ordering. Fixed-prefix tokens first (checksummed formats
 * before plain ones), then provider-named assignments, then file-format rules (.npmrc, Docker
 * config.json, .netrc) whose values may hold any of the tokens above.
 */
export const devPlatformsRules: readonly Rule[] = [
  ...gitlabRules,
  ...atlassianRules,
  ...npmRules.filter((r) => r.id !== 'npmrc-auth-token'),
  ...pypiRules,
  ...rubygemsRules,
  ...nugetRules,
  ...dockerRules.filter((r) => r.id !== 'docker-config-auth'),
  ...linearRules,
  ...notionRules,
  ...airtableRules,
  ...sentryRules,
  ...grafanaRules,
  ...newRelicRules,
  ...circleciRules,
  ...buildkiteRules,
  ...postmanRules,
  ...sonarRules,
  ...jfrogRules,
  ...figmaRules,
  ...launchDarklyRules,
  ...clerkRules,
  ...oktaRules,
  ...auth0Rules,
  ...datadogRules,
  ...asanaRules,
  ...snykRules,
  ...codecovRules,
  ...travisCiRules,
  ...jenkinsRules,
  ...npmRules.filter((r) => r.id === 'npmrc-auth-token'),
  ...dockerRules.filter((r) => r.id === 'docker-config-auth'),
  ...netrcRules,
];
