// Plaintext passwords given to a password-hashing call, as seed data, fixtures and factories write
// the accounts they create: Django `make_password("…")` and factory_boy's
// `PostGenerationMethodCall("set_password", "…")`, Werkzeug `generate_password_hash`, passlib,
// Laravel `Hash::make` / `bcrypt()`, PHP `password_hash`, Ruby `BCrypt::Password.create`, Devise
// fixtures' `Devise::Encryptor.digest(User, "…")`, Spring `PasswordEncoder.encode`, Node `bcrypt.hash`.
// The hash is stored; the literal is the account's password. Checking calls (`password_verify`,
// `bcrypt.compare`) are not candidates. The shared judge (../judge) decides on the value, so
// `Hash::make('password')` and `bcrypt('secret')` are not reported.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedPassword } from '../judge/judge';
import type { Rule } from '../types';

/** Each hashing call up to its password argument's quote. */
const HASHING_CALL = String.raw`(?:make_password|generate_password_hash|get_password_hash|hash_password|hashPassword|password_hash|Hash::make|bcrypt(?:\.hash(?:Sync)?)?|BCrypt::Password\.create|hashpw|argon2\.hash|pwd_context\.hash|(?:BCrypt|Argon2|Pbkdf2|SCrypt)?[Pp]asswordEncoder(?:\(\))?\.encode)\(\s{0,4}|Devise::Encryptor\.digest\(\s{0,4}[\w:]{1,40}\s{0,4},\s{0,4}|PostGenerationMethodCall\(\s{0,4}["']set_password["']\s{0,4},\s{0,4}`;

const HASHED_PASSWORD = new RegExp(
  String.raw`(?<![\w$])(?:${HASHING_CALL})b?["'](?<secret>[^"'\n\\]{1,128})["']\s{0,4}[,)]`,
);

export const passwordHashInputRules: readonly Rule[] = [
  {
    id: 'password-hashing-input',
    title: 'Plaintext password given to a password-hashing call (seeds, fixtures, factories)',
    provider: 'Credential constructor',
    keywords: [
      'make_password(',
      'password_hash(',
      'hash_password(',
      'hashpassword(',
      'hash::make(',
      'bcrypt',
      'hashpw(',
      'argon2.hash(',
      'pwd_context.hash(',
      'passwordencoder',
      'encryptor.digest(',
      'postgenerationmethodcall(',
    ],
    pattern: HASHED_PASSWORD,
    confidence: 'medium',
    envVar: 'SEED_USER_PASSWORD',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'Logs in as the account the seed or fixture creates, wherever that data is loaded.',
    validate: judgedPassword('password given to a password-hashing call', true),
    examples: {
      embed: false,
      positives: (fake) => [
        `admin.password = make_password("${fake.alnum(12)}")`, // Django
        `    password = factory.PostGenerationMethodCall("set_password", "${fake.alnum(12)}")`, // factory_boy
        `user = User(email=e, password=generate_password_hash("${fake.alnum(12)}"))`, // Werkzeug
        `hashed = get_password_hash("${fake.alnum(12)}")`, // FastAPI tutorial helper
        `hashed = pwd_context.hash("${fake.alnum(12)}")`, // passlib
        `hashed = hash_password('${fake.alnum(12)}')`,
        `const hash = await hashPassword('${fake.alnum(12)}');`,
        `            'password' => Hash::make('${fake.alnum(12)}'),`, // Laravel seeder
        `        'password' => bcrypt('${fake.alnum(12)}'),`, // Laravel factory
        `$hash = password_hash('${fake.alnum(12)}', PASSWORD_DEFAULT);`, // PHP
        `  password_digest: <%= BCrypt::Password.create('${fake.alnum(12)}') %>`, // Rails fixture
        `  encrypted_password: <%= Devise::Encryptor.digest(User, '${fake.alnum(12)}') %>`, // Devise fixture
        `pw = bcrypt.hashpw(b"${fake.alnum(12)}", bcrypt.gensalt())`, // Python bcrypt
        `const hash = await bcrypt.hash('${fake.alnum(12)}', 10);`, // Node bcrypt
        `const hash = await argon2.hash("${fake.alnum(12)}");`, // Node argon2
        `user.setPassword(passwordEncoder.encode("${fake.alnum(12)}"));`, // Spring Security
        `String h = new BCryptPasswordEncoder().encode("${fake.alnum(12)}");`,
      ],
      negatives: [
        { text: "            'password' => Hash::make('password'),", why: 'a dummy password' },
        { text: "        'password' => bcrypt($request->password),", why: 'a variable' },
        { text: 'if (password_verify($input, $hash)) {', why: 'a check, not a hashing call' },
        {
          text: (fake) => `const ok = await bcrypt.compare('${fake.alnum(12)}', hash);`,
          why: 'a check, not a hashing call',
        },
        { text: 'const bytes = new TextEncoder().encode("hello world");', why: 'a text encoder' },
        { text: 'hashed = make_password(None)', why: 'no literal: an unusable password' },
      ],
    },
  },
];
