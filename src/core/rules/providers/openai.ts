// Formats: OpenAI platform docs "API keys" / "Admin API keys" (sk-proj-, sk-svcacct-, sk-admin-
// prefixes) and the fixed `T3BlbkFJ` segment (base64 of "OpenAI") that OpenAI secret keys carry
// between their random halves. Organization ids (`org-...`) are identifiers, not secrets.
import type { Rule } from '../types';
import { assignedTo, assignmentLines, bounded } from '../ruleKit';

const SAFETY = 'https://help.openai.com/en/articles/5112595-best-practices-for-api-key-safety';
const MARKER = 'T3BlbkFJ';

/** A current-format key body: random base64url, the marker, random base64url. */
function body(fake: { base64url(n: number): string }, half: number): string {
  return fake.base64url(half) + MARKER + fake.base64url(half);
}

function prefixedKeyRule(
  id: string,
  title: string,
  prefix: string,
  envVar: string,
  docs: string,
  risk: string,
  halves: readonly number[],
): Rule {
  return {
    id,
    title,
    provider: 'OpenAI',
    keywords: [prefix],
    pattern: bounded(`${prefix}[A-Za-z0-9_-]{40,250}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar,
    docs,
    risk,
    examples: {
      positives: (fake) => halves.map((h) => `${prefix}${body(fake, h)}`),
      negatives: [
        { text: `${envVar}=${prefix}your-key-here`, why: 'placeholder' },
        { text: `${prefix}...`, why: 'truncated in documentation' },
        { text: (fake) => `${prefix}${fake.alnum(30)}`, why: 'too short to be a key' },
        { text: (fake) => `OPENAI_ORG_ID=org-${fake.alnum(24)}`, why: 'organization ids are identifiers, not secrets' },
      ],
    },
  };
}

export const openaiRules: readonly Rule[] = [
  prefixedKeyRule(
    'openai-project-key',
    'OpenAI project API key',
    'sk-proj-',
    'OPENAI_API_KEY',
    SAFETY,
    "Calls the OpenAI API on the project's bill: models, files, assistants and fine-tunes the project can reach.",
    [74, 20, 60],
  ),
  prefixedKeyRule(
    'openai-service-account-key',
    'OpenAI service account API key',
    'sk-svcacct-',
    'OPENAI_API_KEY',
    SAFETY,
    "Acts as a project service account: full read and write access to the project's API resources, billed to the organization.",
    [74, 40],
  ),
  prefixedKeyRule(
    'openai-admin-key',
    'OpenAI admin API key',
    'sk-admin-',
    'OPENAI_ADMIN_KEY',
    'https://platform.openai.com/settings/organization/admin-keys',
    'Administers the organization: invites and removes members, creates projects and mints new API keys.',
    [58, 40],
  ),
  {
    id: 'openai-user-key',
    title: 'OpenAI API key (legacy user key)',
    provider: 'OpenAI',
    keywords: [`sk-`],
    // sk- + 20 random + the OpenAI marker + 20 random: the marker makes a bare `sk-...` string precise.
    pattern: bounded(`sk-[A-Za-z0-9]{20}${MARKER}[A-Za-z0-9]{20}`),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'OPENAI_API_KEY',
    docs: SAFETY,
    risk: "Calls the OpenAI API as the user's default project and spends the organization's credit.",
    examples: {
      positives: (fake) => [
        `sk-${fake.alnum(20)}${MARKER}${fake.alnum(20)}`,
        `Authorization: Bearer sk-${fake.alnum(20)}${MARKER}${fake.alnum(20)}`,
      ],
      negatives: [
        { text: (fake) => `sk-${fake.alnum(48)}`, why: 'no OpenAI marker: left to the context rule' },
        { text: (fake) => `sk-${fake.alnum(19)}${MARKER}${fake.alnum(20)}`, why: 'wrong length' },
        { text: 'OPENAI_API_KEY=sk-...', why: 'truncated in documentation' },
      ],
    },
  },
  {
    id: 'openai-api-key-assigned',
    title: 'OpenAI-style secret key assigned to an OpenAI setting',
    provider: 'OpenAI',
    keywords: ['openai'],
    pattern: assignedTo('openai', 'sk-[A-Za-z0-9]{48}'),
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'OPENAI_API_KEY',
    docs: SAFETY,
    risk: "Probably an OpenAI key (or a key for an OpenAI-compatible service): calls the API on its owner's bill.",
    examples: {
      embed: false,
      positives: (fake) =>
        assignmentLines('OPENAI_API_KEY', () => `sk-${fake.alnum(48)}`, [
          'client = OpenAI(api_key="$KEY")',
          'const openai = new OpenAI({ apiKey: "$KEY" });',
        ]),
      negatives: [
        { text: (fake) => `STRIPE_KEY=sk-${fake.alnum(48)}`, why: 'no OpenAI context' },
        { text: (fake) => `OPENAI_KEY=sk-${fake.alnum(40)}`, why: 'wrong length' },
        { text: 'OPENAI_API_KEY=${OPENAI_API_KEY}', why: 'environment reference' },
        { text: 'OPENAI_API_KEY=sk-your-openai-key', why: 'placeholder' },
      ],
    },
  },
];
