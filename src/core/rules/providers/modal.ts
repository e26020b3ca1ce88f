// Formats: Modal docs "modal token" / "modal.config" (a token is an id `ak-...` plus a secret `as-...`,
// each 22 alphanumerics; set as MODAL_TOKEN_ID / MODAL_TOKEN_SECRET or via --token-secret). The
// id alone is not secret; the rule reports the secret.
import type { Rule } from '../types';
import { ASSIGN_OR_CALL, TOKEN_END } from '../ruleKit';

export const modalRules: readonly Rule[] = [
  {
    id: 'modal-token-secret',
    title: 'Modal token secret',
    provider: 'Modal',
    keywords: ['token_secret', 'token-secret', 'tokensecret'],
    pattern: new RegExp(
      String.raw`(?:token[_-]?secret${ASSIGN_OR_CALL}|--token-secret[ =])(?<secret>as-[A-Za-z0-9]{22})${TOKEN_END}`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'MODAL_TOKEN_SECRET',
    docs: 'https://modal.com/settings/tokens',
    risk: "With its token id, deploys and runs code on the workspace's Modal GPUs and reads its secrets, volumes and logs.",
    examples: {
      embed: false,
      positives: (fake) => [
        `MODAL_TOKEN_SECRET=as-${fake.alnum(22)}`,
        `export MODAL_TOKEN_SECRET="as-${fake.alnum(22)}"`,
        `  modal_token_secret: as-${fake.alnum(22)}`,
        `modal token set --token-id ak-${fake.alnum(22)} --token-secret as-${fake.alnum(22)}`,
        `token_secret = "as-${fake.alnum(22)}"`,
        `const modal = new ModalClient({ tokenId: "ak-${fake.alnum(22)}", tokenSecret: "as-${fake.alnum(22)}" });`,
      ],
      negatives: [
        { text: (fake) => `MODAL_TOKEN_ID=ak-${fake.alnum(22)}`, why: 'the token id alone is not secret' },
        { text: 'MODAL_TOKEN_SECRET=as-xxxxxxxxxxxxxxxxxxxxxx', why: 'placeholder' },
        { text: 'MODAL_TOKEN_SECRET=${MODAL_TOKEN_SECRET}', why: 'environment reference' },
        {
          text: (fake) => `modal token set --token-secret as-${fake.alnum(12)}`,
          why: 'too short to be a token secret',
        },
      ],
    },
  },
];
