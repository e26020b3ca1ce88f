// Formats: docs.gitlab.com "GitLab token overview" (token prefixes table) and GitLab's "Routable
// tokens" design document (<prefix><base64url payload>.<version>.<length><crc>).
import type { FakeTokens } from '../fakeTokens';
import type { Rule } from '../types';
import { JWT, prefixedRule } from '../ruleKit';

const TOKENS = 'https://docs.gitlab.com/security/tokens/';

/** Legacy 20-character friendly token, or a routable token (payload, optional version, length + CRC). */
const FRIENDLY_OR_ROUTABLE = String.raw`(?:[A-Za-z0-9_-]{20}|[A-Za-z0-9_-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9})`;

function routable(fake: FakeTokens, prefix: string): string {
  return `${prefix}${fake.base64url(38)}.01.${fake.lowerAlnum(9)}`;
}

function friendlyRule(
  id: string,
  title: string,
  prefix: string,
  envVar: string,
  docs: string,
  risk: string,
  usage: (token: string) => string,
): Rule {
  return prefixedRule({
    id,
    title,
    provider: 'GitLab',
    prefix,
    body: FRIENDLY_OR_ROUTABLE,
    minEntropy: 3,
    envVar,
    docs,
    risk,
    token: (fake) => `${prefix}${fake.base64url(20)}`,
    more: (fake) => [routable(fake, prefix), usage(`${prefix}${fake.alnum(20)}`)],
    negatives: [
      { text: `${prefix}your-token-goes-here`, why: 'placeholder' },
      { text: (fake) => `${prefix}${fake.alnum(12)}`, why: 'too short for the format' },
      { text: (fake) => `x${prefix}${fake.alnum(20)}`, why: 'prefix inside a longer word' },
    ],
  });
}

export const gitlabRules: readonly Rule[] = [
  friendlyRule(
    'gitlab-pat',
    'GitLab personal, project or group access token',
    'glpat-',
    'GITLAB_TOKEN',
    'https://docs.gitlab.com/user/profile/personal_access_tokens/#revoke-or-rotate-a-personal-access-token',
    'Calls the GitLab API, clones and pushes to repositories and the registry as the user, project or group bot, within its scopes.',
    (t) => `curl --header "PRIVATE-TOKEN: ${t}" https://gitlab.com/api/v4/projects`,
  ),
  friendlyRule(
    'gitlab-deploy-token',
    'GitLab deploy token',
    'gldt-',
    'GITLAB_DEPLOY_TOKEN',
    'https://docs.gitlab.com/user/project/deploy_tokens/#revoke-a-deploy-token',
    "Reads (and with write scopes, pushes to) the project's repository, container and package registries.",
    (t) => `docker login registry.gitlab.com -u gitlab+deploy-token-12 -p ${t}`,
  ),
  friendlyRule(
    'gitlab-runner-auth-token',
    'GitLab runner authentication token',
    'glrt-',
    'CI_SERVER_TOKEN',
    `${TOKENS}#runner-authentication-tokens`,
    'Lets a machine register as the runner and pick up CI jobs, including their variables and secrets.',
    (t) => `  token = "${t}"`,
  ),
  friendlyRule(
    'gitlab-feed-token',
    'GitLab feed token',
    'glft-',
    'GITLAB_FEED_TOKEN',
    `${TOKENS}#feed-token`,
    "Reads the user's RSS/Atom activity and issue feeds and calendar, including private projects' titles.",
    (t) => `https://gitlab.com/dashboard/issues.atom?feed_token=${t}&state=opened`,
  ),
  friendlyRule(
    'gitlab-scim-token',
    'GitLab SCIM token',
    'glsoat-',
    'GITLAB_SCIM_TOKEN',
    'https://docs.gitlab.com/user/group/saml_sso/scim_setup/',
    "Provisions and deprovisions users in the group through GitLab's SCIM API.",
    (t) => `Authorization: Bearer ${t}`,
  ),
  prefixedRule({
    id: 'gitlab-pipeline-trigger-token',
    title: 'GitLab pipeline trigger token',
    provider: 'GitLab',
    prefix: 'glptt-',
    body: '[0-9a-f]{40}',
    minEntropy: 3,
    envVar: 'GITLAB_TRIGGER_TOKEN',
    docs: 'https://docs.gitlab.com/ci/triggers/#revoke-a-pipeline-trigger-token',
    risk: "Starts pipelines on any branch of the project, running with the trigger owner's permissions and CI secrets.",
    token: (fake) => `glptt-${fake.hex(40)}`,
    more: (fake) => [
      `curl -X POST --fail -F token=glptt-${fake.hex(40)} -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline`,
    ],
    negatives: [
      { text: 'glptt-<trigger-token>', why: 'placeholder' },
      { text: (fake) => `glptt-${fake.hex(32)}`, why: 'too short for the format' },
    ],
  }),
  prefixedRule({
    id: 'gitlab-runner-registration-token',
    title: 'GitLab runner registration token (legacy)',
    provider: 'GitLab',
    prefix: 'GR1348941',
    body: '[A-Za-z0-9_-]{20}',
    minEntropy: 3,
    envVar: 'RUNNER_REGISTRATION_TOKEN',
    docs: `${TOKENS}#runner-registration-tokens-deprecated`,
    risk: 'Registers new runners to the project, group or instance, which then receive CI jobs and their secrets.',
    token: (fake) => `GR1348941${fake.base64url(20)}`,
    more: (fake) => [`gitlab-runner register --url https://gitlab.com --registration-token GR1348941${fake.alnum(20)}`],
    negatives: [
      { text: 'GR1348941_REGISTRATION_TOKEN', why: 'placeholder' },
      { text: (fake) => `GR1348941${fake.alnum(10)}`, why: 'too short for the format' },
    ],
  }),
  prefixedRule({
    id: 'gitlab-oauth-app-secret',
    title: 'GitLab OAuth application secret',
    provider: 'GitLab',
    prefix: 'gloas-',
    body: '[A-Za-z0-9_-]{64}',
    minEntropy: 3,
    envVar: 'GITLAB_OAUTH_CLIENT_SECRET',
    docs: 'https://docs.gitlab.com/integration/oauth_provider/',
    risk: "Impersonates the OAuth application: exchanges authorization codes and refresh tokens for access to its users' accounts.",
    token: (fake) => `gloas-${fake.hex(64)}`,
    negatives: [
      { text: 'gloas-<application-secret>', why: 'placeholder' },
      { text: (fake) => `gloas-${fake.hex(40)}`, why: 'too short for the format' },
    ],
  }),
  prefixedRule({
    id: 'gitlab-ci-job-token',
    title: 'GitLab CI/CD job token',
    provider: 'GitLab',
    prefix: 'glcbt-',
    body: String.raw`(?:[0-9a-f]{1,5}_[A-Za-z0-9_-]{20}|${JWT})`,
    minEntropy: 3,
    envVar: 'CI_JOB_TOKEN',
    docs: 'https://docs.gitlab.com/ci/jobs/ci_job_token/',
    risk: "Acts as the running job on the project's API, repositories and registries until the job finishes.",
    token: (fake) => `glcbt-${fake.hex(2)}_${fake.base64url(20)}`,
    more: (fake) => [`glcbt-${fake.jwt({ iss: 'gitlab.com', job_id: fake.digits(9) })}`],
    negatives: [
      { text: 'glcbt-${CI_JOB_TOKEN}', why: 'variable reference' },
      { text: (fake) => `glcbt-${fake.alnum(12)}`, why: 'not the job token format' },
    ],
  }),
  prefixedRule({
    id: 'gitlab-incoming-email-token',
    title: 'GitLab incoming email token',
    provider: 'GitLab',
    prefix: 'glimt-',
    body: '[A-Za-z0-9_-]{25}',
    minEntropy: 3,
    envVar: 'GITLAB_INCOMING_EMAIL_TOKEN',
    docs: `${TOKENS}#incoming-email-token`,
    risk: 'Creates issues and merge requests by email as the user in any project they can access.',
    token: (fake) => `glimt-${fake.lowerAlnum(25)}`,
    negatives: [
      { text: 'glimt-<incoming-email-token>', why: 'placeholder' },
      { text: (fake) => `glimt-${fake.lowerAlnum(12)}`, why: 'too short for the format' },
    ],
  }),
  prefixedRule({
    id: 'gitlab-agent-token',
    title: 'GitLab agent for Kubernetes token',
    provider: 'GitLab',
    prefix: 'glagent-',
    body: '[A-Za-z0-9_-]{50}',
    minEntropy: 3,
    envVar: 'GITLAB_AGENT_TOKEN',
    docs: 'https://docs.gitlab.com/user/clusters/agent/work_with_agent/#reset-the-agent-token',
    risk: "Connects as the cluster agent: receives the project's deployments and CI tunnel traffic to the cluster.",
    token: (fake) => `glagent-${fake.base64url(50)}`,
    more: (fake) => [
      `helm upgrade --install gitlab-agent gitlab/gitlab-agent --set config.token=glagent-${fake.alnum(50)}`,
    ],
    negatives: [
      { text: 'glagent-<agent-access-token>', why: 'placeholder' },
      { text: (fake) => `glagent-${fake.alnum(20)}`, why: 'too short for the format' },
    ],
  }),
  prefixedRule({
    id: 'gitlab-feature-flag-client-token',
    title: 'GitLab feature flags client token',
    provider: 'GitLab',
    prefix: 'glffct-',
    body: '[A-Za-z0-9_-]{20}',
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'UNLEASH_API_TOKEN',
    docs: 'https://docs.gitlab.com/operations/feature_flags/#get-access-credentials',
    risk: "Reads the project's feature flag configuration through the Unleash-compatible API.",
    token: (fake) => `glffct-${fake.base64url(20)}`,
    negatives: [
      { text: 'glffct-<instance-id>', why: 'placeholder' },
      { text: (fake) => `glffct-${fake.alnum(8)}`, why: 'too short for the format' },
    ],
  }),
  {
    // The token overview lists the session cookie with its prefix `_gitlab_session=`: 32 hex characters.
    id: 'gitlab-session-cookie',
    title: 'GitLab session cookie',
    provider: 'GitLab',
    keywords: ['_gitlab_session='],
    pattern: /_gitlab_session=(?<secret>[0-9a-f]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'GITLAB_SESSION',
    docs: TOKENS,
    risk: 'Signs in to GitLab as the user, in the browser session the cookie belongs to, until it expires or the user signs out.',
    examples: {
      positives: (fake) => [
        `_gitlab_session=${fake.hex(32)}`,
        `curl -b "_gitlab_session=${fake.hex(32)}" https://gitlab.example.com/api/v4/user`,
      ],
      negatives: [{ text: '_gitlab_session=<cookie>', why: 'placeholder' }],
    },
  },
];
