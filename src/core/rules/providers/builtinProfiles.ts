// A built-in administrator profile of IBM i or SAP written beside its password as a pair, as
// hand-over notes and runbooks keep them (`AS/400 prod01  QSECOFR / <pw>`, `DDIC / <pw>`). These
// names are no words of prose or code, so the pair needs no login word before it (prose-login-pair
// does). Profiles: IBM i security reference ("IBM-supplied user profiles": QSECOFR, QSYSOPR, QSRV,
// QSRVBAS, QPGMR), SAP NetWeaver security guide ("standard users": SAP*, DDIC, EARLYWATCH, TMSADM).
// The same pair with an appliance's or Unix system's administrator (`admin / <pw>`, `root / <pw>`),
// as chat pastes and control-room notes give a login, needs a blank either side of the slash: the
// words are common, and `admin/users` is a path.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedExplicitPassword } from '../judge/judge';
import type { Rule } from '../types';

/** The profile, a slash between blanks or none, and the password up to a blank or the line's end. */
const PROFILE_PAIR =
  /(?<![\w*/])(?:QSECOFR|QSYSOPR|QSRVBAS|QSRV|QPGMR|DDIC|SAP\*|EARLYWATCH|TMSADM)[ \t]{0,2}\/[ \t]{0,2}(?<secret>[^\s/"'\x60<>|\\]{3,63}[^\s/"'\x60<>|\\.,;:)\]])(?=[\s"'\x60<>|\\.,;:)\]]|$)/i;

/** A profile's name as the value: a list of profiles (`QSECOFR / QSYSOPR`) or the shipped default (the name as its password). */
const PROFILE_NAME = /^(?:QSECOFR|QSYSOPR|QSRVBAS|QSRV|QPGMR|DDIC|SAP\*|EARLYWATCH|TMSADM|QUSER|QSYS)$/i;

/** `admin / <pw>` with a blank either side of the slash: not a path, a route or a role list (`admin/editor`). */
const ADMIN_PAIR =
  /(?<![\w*/.-])(?:[Aa]dmin|[Aa]dministrator|[Rr]oot)[ \t]{1,2}\/[ \t]{1,2}(?<secret>[^\s/"'\x60<>|\\]{3,63}[^\s/"'\x60<>|\\.,;:)\]])(?=[\s"'\x60<>|\\.,;:)\]]|$)/;

/** A role, user or page after the slash (`admin / editor`, `root / sudo`): an account name, not a password. */
const ACCOUNT_WORD = /^(?:[a-z]+|[A-Z][a-z]+)$/;

const judgePair = judgedExplicitPassword('a built-in administrator profile and its password as a pair');

export const builtinProfileRules: readonly Rule[] = [
  {
    id: 'builtin-profile-password-pair',
    title: 'IBM i or SAP built-in administrator profile and its password written as a pair (QSECOFR / ..., DDIC / ...)',
    provider: 'IBM i / SAP',
    keywords: ['qsecofr', 'qsysopr', 'qsrv', 'qpgmr', 'ddic', 'sap*', 'earlywatch', 'tmsadm'],
    pattern: PROFILE_PAIR,
    confidence: 'medium',
    envVar: 'ADMIN_PROFILE_PASSWORD',
    docs: 'https://www.ibm.com/docs/en/i/7.5?topic=profiles-supplied-user',
    risk: 'The security officer or system administrator of the machine: every library, user and setting of the system.',
    validate: (secret, match, context) => !PROFILE_NAME.test(secret) && judgePair(secret, match, context),
    examples: {
      embed: false,
      path: 'ops/handover.txt',
      positives: (fake) => [
        `AS/400 prd01.corp.local  QSECOFR / ${fake.upper(4)}${fake.digits(1)}${fake.upper(3)}`,
        `QSYSOPR/${fake.alnum(9)}7 for the console`,
        `QSRVBAS / ${fake.alnum(10)}`,
        `QSRV / ${fake.alnum(10)}`,
        `- QPGMR / ${fake.alnum(8)}#2`,
        `PRD client 000: DDIC / ${fake.alnum(9)}!4`,
        `SAP* / ${fake.alnum(10)}5 (emergency user, locked)`,
        `EARLYWATCH / ${fake.alnum(10)}`,
        `TMSADM / ${fake.alnum(9)}$1`,
      ],
      negatives: [
        { text: 'QSECOFR / <password>', why: 'a placeholder' },
        { text: 'QSECOFR / ********', why: 'masked' },
        { text: 'Sign on as QSECOFR / QSYSOPR and check the job log', why: 'two profile names' },
        { text: 'QSECOFR/QSECOFR', why: 'the shipped default, the profile as its own password' },
        { text: 'DDIC / password', why: 'a stand-in' },
        { text: 'GRTOBJAUT OBJ(QSYS/QSECOFR) USER(*PUBLIC)', why: 'a library path, not a pair' },
      ],
    },
  },
];

/** Listed after the prose rules: where a login word leads (`Logged in as admin / ...`), prose-login-pair reports the pair. */
export const adminAccountPairRules: readonly Rule[] = [
  {
    id: 'admin-account-password-pair',
    title: 'An administrator account and its password written as a pair (admin / ..., root / ...)',
    provider: 'Notes',
    keywords: ['admin /', 'administrator /', 'root /'],
    pattern: ADMIN_PAIR,
    confidence: 'medium',
    envVar: 'ADMIN_PASSWORD',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    risk: 'The administrator of the device or host: whoever reads the note can log in and change everything on it.',
    validate: (secret, match, context) => !ACCOUNT_WORD.test(secret) && judgePair(secret, match, context),
    examples: {
      embed: false,
      path: 'notes/ops-chat.txt',
      positives: (fake) => [
        `[07:43] k.chen: it's admin / ${fake.upper(1)}${fake.lower(6)}${fake.digits(4)}! until we hook it into RADIUS`,
        `- Companion web UI: http://10.0.0.20:8000 (admin / ${fake.upper(1)}${fake.lower(6)}.${fake.digits(4)})`,
        `Administrator / ${fake.alnum(10)}7 on the spare laptop`,
        `root / ${fake.alnum(9)}#4`,
      ],
      negatives: [
        { text: 'it is admin / <password> until RADIUS is set up', why: 'a placeholder' },
        { text: 'Go to Admin / Settings and enable SSO', why: 'a menu path' },
        { text: 'roles: admin / editor / viewer', why: 'a role list' },
        { text: 'admin / admin123 on first boot', why: 'a published default' },
        { text: 'GET /api/admin/users/42', why: 'a route' },
        { text: 'root / ********', why: 'masked' },
      ],
    },
  },
];
