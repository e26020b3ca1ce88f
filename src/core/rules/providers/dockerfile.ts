// Dockerfile `ENV NAME value`: the older space-separated form, which the assignment rule cannot read
// (it needs `=`, as in `ENV NAME=value`). The value is baked into an image layer that anyone who
// pulls the image can read (`docker history`, `docker inspect`). Candidates only; the shared judge
// (../judge) decides on the name and the value.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedByNameGroup } from '../judge/judge';
import type { Rule } from '../types';

/** `ENV NAME value` alone on its line; a value holding spaces or `=` is another form. */
const ENV_SPACE_FORM =
  /(?<=^[ \t]{0,16})env[ \t]{1,8}(?<name>[A-Za-z_][A-Za-z0-9_.-]{0,63})[ \t]{1,16}["']?(?<secret>[^\s"'\\=]{1,200})["']?[ \t]{0,16}$/i;

/** Dockerfile, Containerfile and their variants (`Dockerfile.prod`, `api.Dockerfile`). */
const DOCKERFILE_PATH = /(?:^|\/)(?:[\w.-]{1,64}\.)?(?:dockerfile|containerfile)(?:\.[\w.-]{1,64})?$/i;

/** `env` opens the line (after blanks) and is followed by a blank: an instruction, not a word in one. */
function envInstructionStarts(text: string, at: number, lineEnd: number): boolean {
  let b = at - 1;
  while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
  if (b >= 0 && text.charCodeAt(b) !== 10 && text.charCodeAt(b) !== 13) return false;
  return at + 3 < lineEnd;
}

export const dockerfileRules: readonly Rule[] = [
  {
    id: 'dockerfile-env-secret',
    title: 'Secret baked into a container image by a Dockerfile ENV',
    provider: 'Docker',
    keywords: ['env '],
    pattern: ENV_SPACE_FORM,
    startsAtKeyword: true,
    keywordGate: envInstructionStarts,
    paths: DOCKERFILE_PATH,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://docs.docker.com/build/building/secrets/',
    risk: 'The value is stored in an image layer: anyone who can pull the image reads it with docker history or inspect.',
    validate: judgedByNameGroup(ENV_SPACE_FORM, { form: (name) => `the image's environment variable ${name}` }),
    examples: {
      embed: false,
      path: 'services/api/Dockerfile',
      positives: (fake) => [
        `ENV DB_PASSWORD ${fake.alnum(14)}7`,
        `ENV API_TOKEN "${fake.alnum(40)}"`,
        `  env STRIPE_SECRET_KEY ${fake.alnum(32)}`,
      ],
      negatives: [
        { text: 'ENV DB_PASSWORD_FILE /run/secrets/db_password', why: 'a path to a mounted secret' },
        { text: 'ENV API_TOKEN $API_TOKEN', why: 'a build argument reference' },
        { text: 'ENV NODE_ENV production', why: 'not a secret' },
        { text: (fake) => `RUN echo ENV API_TOKEN ${fake.alnum(40)}`, why: 'not an ENV instruction' },
      ],
    },
  },
];
