// Credentials that client tools save in their own files, in shapes no assignment rule reads:
// Composer's auth.json token maps (`"github-oauth": {"github.com": "..."}`), HeidiSQL's exported
// settings (`Servers\name\Password<|||>1<|||>...`) and Subversion's cached logins (svn.simple, a
// `K n`/`V n` hash dump). Formats from each tool's own documentation. Candidates only; the shared
// judge (../judge) decides on the value.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedByNameGroup, judgedExplicitPassword, judgedPassword } from '../judge/judge';
import type { Rule } from '../types';

/** `"github-oauth": {"github.com": "..."}` in auth.json, or `composer config github-oauth.github.com ...`. */
const COMPOSER_TOKEN =
  /(?<name>github-oauth|gitlab-token|gitlab-oauth)(?:"[ \t]{0,4}:[ \t]{0,4}\{\s{0,40}"[\w.:-]{1,100}"[ \t]{0,4}:[ \t]{0,4}"|\.[\w.:-]{1,100}[ \t]{1,4}["']?)(?<secret>[^"'\\\s]{8,256})/;

/** A Clojure/EDN map entry whose keyword names a secret: `:password "..."` (Leiningen credentials, EDN config). */
const EDN_SECRET =
  /:(?<name>[\w-]{0,30}(?:password|passwd|secret|token|api-key|apikey|private-key))[ \t]{1,4}"(?<secret>[^"\\\n]{1,256})"/;

export const clientCredentialFileRules: readonly Rule[] = [
  {
    id: 'yarnrc-auth-ident',
    title: 'Registry login in a Yarn .yarnrc.yml (npmAuthIdent)',
    provider: 'Yarn',
    keywords: ['npmauthident'],
    pattern: /npmAuthIdent:[ \t]{0,4}["']?(?<secret>[^\s"']{4,512})/,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'YARN_NPM_AUTH_IDENT',
    docs: 'https://yarnpkg.com/configuration/yarnrc#npmAuthIdent',
    risk: 'Publishes to (and reads) the registry as that user.',
    validate: judgedPassword('npmAuthIdent (user:password)', true),
    examples: {
      embed: false,
      path: '.yarnrc.yml',
      positives: (fake) => [`npmAuthIdent: "deploy:${fake.alnum(14)}"`, `    npmAuthIdent: ${fake.base64(28)}`],
      negatives: [{ text: 'npmAuthIdent: "${NPM_AUTH_IDENT}"', why: 'a reference' }],
    },
  },
  {
    id: 'edn-secret-keyword',
    title: 'Secret in a Clojure/EDN map (Leiningen credentials, :password "...")',
    provider: 'Config files',
    keywords: ['password "', 'passwd "', 'secret "', 'token "', 'key "'],
    pattern: EDN_SECRET,
    confidence: 'medium',
    envVar: 'REPO_PASSWORD',
    docs: 'https://codeberg.org/leiningen/leiningen/src/branch/main/doc/DEPLOY.md#authentication',
    risk: 'Deploys to the repository (or logs in to the service) the map configures.',
    validate: judgedByNameGroup(EDN_SECRET, { form: (name) => `value of :${name}`, alwaysQuoted: true }),
    examples: {
      embed: false,
      path: 'home/dev/.lein/credentials.clj',
      positives: (fake) => [
        `{#"clojars" {:username "ops" :password "${fake.alnum(14)}"}}`,
        `:repositories [["releases" {:url "https://nexus.corp.net/releases" :username "ci" :passwd "${fake.alnum(12)}7"}]]`,
        `{:db {:user "app" :password "${fake.alnum(12)}9"}}`,
        `{:stripe-secret "${fake.alnum(32)}"}`,
        `{:api-token "${fake.alnum(40)}"}`,
        `{:private-key "${fake.base64(32)}"}`,
      ],
      negatives: [
        { text: '{:username :env/clojars_user :password :env/clojars_pass}', why: 'read from the environment' },
        { text: '(println "Enter your password " name)', why: 'a string in code' },
        { text: '{:password "password"}', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'composer-auth-token',
    title: 'Token in Composer authentication (auth.json github-oauth, gitlab-token)',
    provider: 'Composer',
    keywords: ['github-oauth', 'gitlab-token', 'gitlab-oauth'],
    pattern: COMPOSER_TOKEN,
    multiline: { maxSpan: 300 },
    confidence: 'medium',
    envVar: 'COMPOSER_AUTH',
    docs: 'https://getcomposer.org/doc/articles/authentication-for-private-packages.md',
    risk: 'Reads (and with a broad scope writes) the repositories the token reaches on GitHub or GitLab.',
    validate: judgedByNameGroup(COMPOSER_TOKEN, {
      form: (name) => `Composer ${name} token`,
      rename: () => 'oauth_token',
      alwaysQuoted: true,
    }),
    examples: {
      embed: false,
      path: 'auth.json',
      positives: (fake) => [
        `{\n    "github-oauth": {\n        "github.com": "${fake.hex(40)}"\n    }\n}`,
        `"gitlab-token": {"gitlab.corp.net": "${fake.alnum(20)}"}`,
        `"gitlab-oauth": {\n  "gitlab.corp.net": "${fake.hex(64)}"\n}`,
        `composer config --global github-oauth.github.com ${fake.hex(40)}`,
      ],
      negatives: [
        { text: '"github-oauth": {\n    "github.com": "${GITHUB_TOKEN}"\n}', why: 'a reference' },
        { text: '"github-oauth": {}', why: 'empty' },
        { text: 'composer config --global github-oauth.github.com <token>', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'heidisql-password',
    title: 'Password in exported HeidiSQL settings',
    provider: 'HeidiSQL',
    keywords: ['password<|||>'],
    // `Servers\<session>\Password<|||><type>|<value>`; the value is HeidiSQL's reversible encoding.
    pattern: /\\Password<\|\|\|>\d<\|\|\|>(?<secret>[^\s<]{4,512})/,
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://www.heidisql.com/help.php#commandline',
    risk: "HeidiSQL's password encoding is reversible: anyone with the file logs in to that server.",
    // Explicit: the settings export is a .txt file, which the judge reads as documentation.
    validate: judgedExplicitPassword('password in HeidiSQL settings', 1),
    examples: {
      embed: false,
      path: 'portable_settings.txt',
      positives: (fake) => [
        `Servers\\prod\\Password<|||>1<|||>${fake.upperHex(24)}7`,
        `Servers\\db\\Password<|||>1<|||>${fake.upperHex(16)}3`,
      ],
      negatives: [{ text: 'Servers\\prod\\Password<|||>1<|||>', why: 'no saved password' }],
    },
  },
  {
    id: 'svn-simple-password',
    title: "Password in Subversion's cached credentials (auth/svn.simple)",
    provider: 'Subversion',
    keywords: ['password'],
    // A hash dump: `K 8` / `password` / `V <length>` / the value (from the key's line: a match starts on its keyword's line).
    pattern: /^password\r?\nV \d{1,3}\r?\n(?<secret>[^\r\n]{1,256})/,
    paths: /(?:^|\/)svn\.simple\/[0-9a-f]{32}$/,
    multiline: { maxSpan: 300 },
    confidence: 'medium',
    envVar: 'SVN_PASSWORD',
    docs: 'https://svnbook.red-bean.com/en/1.7/svn.serverconfig.netmodel.html#svn.serverconfig.netmodel.credcache',
    risk: 'Commits to (and reads) the Subversion repository as that user.',
    validate: judgedPassword('password cached by Subversion', true),
    examples: {
      embed: false,
      path: 'home/dev/.subversion/auth/svn.simple/5671adf2865e267db74f09ba6f872c28',
      positives: (fake) => [`K 8\npassword\nV 14\n${fake.alnum(14)}\nK 15\npasstype\nV 6\nsimple`],
      negatives: [{ text: 'K 8\nusername\nV 6\ndeploy\nEND', why: 'a user name' }],
    },
  },
];
