import { type CategoryTemplates, sec, template } from '../../draft';

/**
 * Files that hold one credential and nothing else, as Compose's `secrets:` and Ansible's
 * `--vault-password-file` read them, and Firefox's saved logins. Values are generated at run time.
 */
export const secretFiles: CategoryTemplates = {
  positives: [
    template('compose-secret-file', (g) => {
      const token = g.fake.alnum(40);
      return { path: `secrets/${g.pick(['api_token', 'stripe_key', 'jwt_secret'])}.txt`, lines: [sec(token, token)] };
    }),
    template('vault-password-file', (g) => {
      const value = g.fake.base64(32);
      return { path: 'ansible/.vault_pass', lines: [sec(value, value)] };
    }),
    template('firefox-logins', (g) => {
      // A DER SEQUENCE of 60 bytes: 3DES-CBC with one 8-byte block, as Firefox writes short passwords.
      const password = `MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcE${g.fake.base64(36)}`;
      const user = `MDIEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcE${g.fake.base64(26)}`;
      return {
        path: 'profile/logins.json',
        lines: [
          sec(
            `{"nextId":2,"logins":[{"id":1,"hostname":"https://${g.host()}","encryptedUsername":"${user}","encryptedPassword":"${password}","encType":1}],"version":3}`,
            password,
          ),
        ],
      };
    }),
  ],
  negatives: [
    template('secret-file-stand-in', () => ({
      path: 'secrets/db_password.txt',
      lines: ['replace-this-with-the-real-password-before-deploying'],
    })),
    template('token-named-source', () => ({
      path: 'include/lexer/token',
      lines: ['#pragma once', 'LEXER_TOKEN_KIND_IDENTIFIER_MAX_LENGTH', 'enum class TokenKind { Identifier, Number };'],
    })),
  ],
};
