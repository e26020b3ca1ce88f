// Credentials of sports and fitness tooling (sports-fitness corpus), where the call says what the
// value is:
// - the unofficial Garmin Connect and Peloton clients people back up their workouts with
//   (python-garminconnect's `Garmin(email, password)`, pylotoncycle's `PylotonCycle(user, password)`):
//   the account's password as the second argument.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedPassword } from '../judge/judge';
import type { Rule } from '../types';

/** `Garmin("me@x.org", "…")`, `PylotonCycle(user, "…")`: a user (a string or a name) and the password as a string. */
const FITNESS_CLIENT_LOGIN =
  /(?<![\w$])(?:Garmin|PylotonCycle)\(\s{0,4}(?:["'][^"'\n]{1,128}["']|[A-Za-z_][\w.]{0,60})\s{0,4},\s{0,4}["'](?<secret>[^"'\n]{1,128})["']/;

export const sportsFitnessRules: readonly Rule[] = [
  {
    id: 'fitness-client-login-password',
    title: 'Password given to a Garmin Connect or Peloton client (python-garminconnect, pylotoncycle)',
    provider: 'Garmin Connect / Peloton',
    keywords: ['garmin(', 'pylotoncycle('],
    pattern: FITNESS_CLIENT_LOGIN,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'GARMIN_PASSWORD',
    docs: 'https://github.com/cyberjunky/python-garminconnect',
    risk: "Logs in to the athlete's Garmin Connect or Peloton account: health data, activities, devices and payment settings.",
    validate: judgedPassword('password given to a Garmin Connect or Peloton client', true),
    examples: {
      embed: false,
      path: 'garmin_backup.py',
      positives: (fake) => [
        `api = Garmin("runner@club.invalid", "${fake.alnum(14)}")`,
        `client = Garmin(email, '${fake.alnum(12)}')`,
        `conn = pylotoncycle.PylotonCycle("rider", "${fake.alnum(12)}")`,
      ],
      negatives: [
        { text: 'api = Garmin(email, password)', why: 'variables' },
        {
          text: 'api = Garmin(os.getenv("GARMIN_EMAIL"), os.getenv("GARMIN_PASSWORD"))',
          why: 'read from the environment',
        },
        { text: 'api = Garmin("you@example.com", "your-password")', why: 'a placeholder' },
      ],
    },
  },
];
