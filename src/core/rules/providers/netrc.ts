// Format: GNU inetutils manual "The .netrc file" (machine / login / password tokens, one line or
// one token pair per line).
import { fileClassOf } from '../judge/context';
import { isJoinedWords } from '../judge/notIssued';
import type { Rule } from '../types';
import { classCount, isRealPassword } from '../valueChecks';
import { netrcPasswordFollows } from '../keywordGates';

export const netrcRules: readonly Rule[] = [
  {
    id: 'netrc-password',
    title: 'Password in a .netrc entry',
    provider: '.netrc',
    keywords: ['machine', 'password'],
    // Either `machine host [login user] password secret` on one line (also echoed into ~/.netrc by a
    // script), or a `password secret` line of a multi-line entry (nothing else on the line; the
    // value may be quoted, as in .msmtprc and .esmtprc, which share the directive).
    pattern:
      /^[ \t]{0,16}(?:(?:(?:echo|printf)[ \t]{1,4}(?:-[en]{1,2}[ \t]{1,4})?["']?)?machine[ \t]{1,8}[^\s"']{1,253}(?:[ \t]{1,8}login[ \t]{1,8}[^\s"']{1,256})?[ \t]{1,8})?password[ \t]{1,8}"?(?<secret>[^\s"'\\]{4,256})(?=["'\\]|[ \t]{1,8}(?:login|account|machine|port|default)[ \t]|[ \t]{0,8}$)/,
    keywordGate: netrcPasswordFollows,
    minEntropy: 2.5,
    confidence: 'medium',
    envVar: 'NETRC_PASSWORD',
    docs: 'https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html',
    risk: 'curl, git, pip, Heroku and FTP clients log in to that host with it automatically, as that user.',
    validate: (secret, match, context) =>
      isRealPassword(secret) &&
      // An e-mail address is what anonymous FTP logins give as the password.
      !/^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}$/.test(secret) &&
      // In code, a .netrc line is a test's fixture text: words joined by dashes describe the case.
      !(fileClassOf(context) === 'code' && isJoinedWords(secret)) &&
      (classCount(secret) >= 2 || secret.length >= 20) &&
      // A bare `password X` line must look like a value, not code (`password varchar(255)`).
      (/(?:^|\s|["'])machine\s/.test(match) || !/[(){}\[\];,=<>`$]/.test(secret)) &&
      // A word ending a sentence (`the password information.`) is prose.
      !/^[A-Za-z]+[.,;:!?]$/.test(secret) &&
      // The format's own keywords listed in code (`'(machine login password account)`), and a quoted
      // word introducing what follows (`with password "trustno1":` in a module's documentation).
      !/^(?:account|login|machine|macdef|default|port)\W?$/.test(secret) &&
      !/^"[ \t]{0,4}:/.test(context.line.slice(context.matchIndex + match.length)),
    examples: {
      embed: false,
      positives: (fake) => [
        `machine api.heroku.com login ops@corp.net password ${fake.uuid()}`,
        `machine git.internal.corp login ci password ${fake.alnum(24)}`,
        `  password ${fake.alnum(16)}`,
        `machine ftp.internal.corp password ${fake.alnum(12)}9 login backup`,
        `echo "machine git.internal.corp login ci password ${fake.alnum(20)}" >> ~/.netrc`, // a CI script
        `printf 'machine api.internal.corp login bot password ${fake.alnum(18)}\\n' > $HOME/.netrc`,
        `password "${fake.alnum(12)}7"`, // .esmtprc / .msmtprc
      ],
      negatives: [
        { text: 'machine api.heroku.com login me@corp.net password $HEROKU_API_KEY', why: 'environment reference' },
        { text: 'password reset links expire after one hour', why: 'prose' },
        { text: '    password information.', why: 'prose wrapped onto its own line' },
        { text: '  password changeme', why: 'placeholder' },
        { text: 'machine example.com login user password secret', why: 'documentation placeholder' },
        { text: '  password varchar(255)', why: 'a SQL column type' },
        { text: '  password ="${DB_PASS}"', why: 'an assignment, not a .netrc line' },
        { text: 'echo "machine $HOST login $USER password $TOKEN" >> ~/.netrc', why: 'variables' },
        { text: 'echo "password is required"', why: 'prose in a script' },
        { text: '  password visitor@files.somehost.net', why: "an anonymous login's e-mail address" },
        {
          text: '\t\t\t\t  machine login password account)',
          why: "the format's keywords listed in code",
          path: 'lisp/net/ange-ftp.el',
        },
      ],
    },
  },
];
