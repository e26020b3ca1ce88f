// A built-in administrator profile of IBM i or SAP written beside its password as a pair, as
// hand-over notes and runbooks keep them (`AS/400 prod01  QSECOFR / <pw>`, `DDIC / <pw>`). These
// names are no words of prose or code, so the pair needs no login word before it (prose-login-pair
// does). Profiles: IBM i security reference ("IBM-supplied user profiles": QSECOFR, QSYSOPR, QSRV,
// QSRVBAS, QPGMR), SAP NetWeaver security guide ("standard users": SAP*, DDIC, EARLYWATCH, TMSADM).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedExplicitPassword } from '../judge/judge';
import type { Rule } from '../types';

/** The profile, a slash between blanks or none, and the password up to a blank or the line's end. */
const PROFILE_PAIR =
  /(?<![\w*/])(?:QSECOFR|QSYSOPR|QSRVBAS|QSRV|QPGMR|DDIC|SAP\*|EARLYWATCH|TMSADM)[ \t]{0,2}\/[ \t]{0,2}(?<secret>[^\s/"'\x60<>|\\]{3,63}[^\s/"'\x60<>|\\.,;:)\]])(?=[\s"'\x60<>|\\.,;:)\]]|$)/i;

/** A profile's name as the value: a list of profiles (`QSECOFR / QSYSOPR`) or the shipped default (the name as its password). */
const PROFILE_NAME = /^(?:QSECOFR|QSYSOPR|QSRVBAS|QSRV|QPGMR|DDIC|SAP\*|EARLYWATCH|TMSADM|QUSER|QSYS)$/i;

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
