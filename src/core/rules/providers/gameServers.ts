// Secrets of dedicated game servers written in the games' own syntaxes: Steam Game Server Login
// Tokens (Valve's `sv_setsteamaccount <token>`, 32 hex, in server.cfg or on the srcds command line,
// and the `GSLT`/`SRCDS_TOKEN` settings of LinuxGSM and server containers), console-variable
// configs (`.cfg`: `[set] <name> <value>`, space-separated, as Source, Quake-derived and FiveM
// servers read them) under a secret-named variable, and Velocity's `forwarding.secret` file (the
// proxy's modern-forwarding secret alone on its line), and Modrinth's personal access tokens
// (`mrp_`). Formats from the Valve Developer Community, Cfx.re, PaperMC and Modrinth documentation.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgedByNameGroup, judgedPassword } from '../judge/judge';
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { isBlank, isWordChar, startsWithWord, DOT } from '../gateChars';

/** `[set|sets|setr] name value [// comment]`: a console variable as a .cfg file sets it. */
const CVAR_LINE =
  /^[ \t]{0,12}(?:set[sra]?[ \t]{1,8})?(?<name>[A-Za-z_][\w.]{0,47}(?:password|passwd|secret|token|key))[ \t]{1,8}(?<q>"?)(?<secret>[^\s"]{1,200})\k<q>[ \t]{0,8}(?:(?:\/\/|#).{0,200})?$/i;

const CVAR_WORDS = ['password', 'passwd', 'secret', 'token', 'key'];

/**
 * CVAR_LINE's keyword gate: the keyword ends the variable's name (a blank follows) and only the
 * name's characters, blanks and `set ` stand before it back to the line's start, within the
 * pattern's 72 (12 blanks, `sets` and 8 blanks, a 48-character name). A .cfg's binds, comments
 * and `exec` lines name keys and tokens mid-line.
 */
function cvarNameEnds(text: string, at: number): boolean {
  const word = CVAR_WORDS.find((w) => startsWithWord(text, at, w));
  if (word === undefined || !isBlank(text.charCodeAt(at + word.length))) return false;
  const stop = Math.max(-1, at - 73);
  let p = at - 1;
  for (; p > stop; p--) {
    const c = text.charCodeAt(p);
    if (!isWordChar(c) && c !== DOT && !isBlank(c)) break;
  }
  return p < 0 || text.charCodeAt(p) === 10;
}

const judgeCvar = judgedByNameGroup(CVAR_LINE, { form: (name) => `value of the console variable ${name}` });
const judgeForwardingSecret = judgedPassword('proxy forwarding secret file', true);

export const gameServerRules: readonly Rule[] = [
  {
    id: 'steam-game-server-login-token',
    title: 'Steam Game Server Login Token (GSLT)',
    provider: 'Steam',
    keywords: ['sv_setsteamaccount', 'gslt', 'srcds_token'],
    pattern:
      /(?:sv_setsteamaccount[ \t]{1,8}|(?:gslt|srcds_token)["']?[ \t]{0,4}[=:][ \t]{0,4})["']?(?<secret>[0-9A-Fa-f]{32})(?![0-9A-Za-z])/i,
    startsAtKeyword: true,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'SRCDS_TOKEN',
    docs: 'https://developer.valvesoftware.com/wiki/Counter-Strike:_Global_Offensive/Dedicated_Servers#Registering_Game_Server_Login_Token',
    risk: "Lists servers in the game's master server under the owner's Steam account; a banned server gets the account's tokens banned with it.",
    examples: {
      positives: (fake) => [
        `sv_setsteamaccount ${fake.upperHex(32)}`,
        `./srcds_run -game csgo +map de_dust2 +sv_setsteamaccount ${fake.upperHex(32)} -port 27015`,
        `gslt="${fake.upperHex(32)}"`,
        `      - SRCDS_TOKEN=${fake.upperHex(32)}`,
      ],
      negatives: [
        { text: 'sv_setsteamaccount YOUR_GSLT_HERE', why: 'placeholder' },
        { text: 'gslt=""', why: 'empty' },
        { text: 'sv_setsteamaccount "$GSLT"', why: 'a reference' },
      ],
    },
  },
  {
    id: 'console-variable-secret',
    title: 'Secret in a game server console-variable config (.cfg)',
    provider: 'Game servers',
    keywords: ['password', 'passwd', 'secret', 'token', 'key'],
    pattern: CVAR_LINE,
    keywordGate: cvarNameEnds,
    paths: /\.cfg$/i,
    confidence: 'medium',
    envVar: 'SERVER_SECRET',
    docs: 'https://docs.fivem.net/docs/server-manual/server-commands/',
    risk: "Runs the server under the owner's licence or store account, or administers it remotely.",
    validate: judgeCvar,
    examples: {
      embed: false,
      path: 'server-data/secrets.cfg',
      positives: (fake) => [
        `sv_tebexSecret ${fake.hex(40)}`,
        `set steam_webApiKey ${fake.upperHex(32)}`,
        `rconpassword ${fake.alnum(14)}`, // Quake III
        `sets api_token "${fake.alnum(32)}" // store webhook`,
        `g_passwd ${fake.alnum(12)}`,
      ],
      negatives: [
        { text: 'set steam_webApiKey "none"', why: 'the documented "no key" value' },
        { text: 'sv_tebexSecret ""', why: 'empty' },
        { text: 'bind key_f "toggleconsole"', why: 'not a secret-named variable' },
        { text: 'set mysql_connection_string "$MYSQL_URL"', why: 'not a secret-named variable' },
      ],
    },
  },
  {
    id: 'velocity-forwarding-secret-file',
    title: "Velocity proxy's modern-forwarding secret (forwarding.secret)",
    provider: 'Game servers',
    // Velocity keeps the secret alone in the file: nothing literal to key on.
    keywords: [],
    wakesOnEveryLine: true,
    paths: /(?:^|\/)forwarding\.secret$/,
    pattern: /^[ \t]{0,4}(?<secret>[^\s#]{8,128})[ \t]{0,4}$/,
    confidence: 'medium',
    envVar: 'VELOCITY_FORWARDING_SECRET',
    docs: 'https://docs.papermc.io/velocity/player-information-forwarding',
    risk: 'Lets anyone who reaches a backend server log in as any player, bypassing the proxy and online mode.',
    validate: judgeForwardingSecret,
    examples: {
      embed: false,
      path: 'proxy/forwarding.secret',
      positives: (fake) => [fake.alnum(12)],
      negatives: [{ text: 'xxxxxxxxxxxx', why: 'placeholder' }],
    },
  },
  prefixedRule({
    id: 'modrinth-personal-access-token',
    title: 'Modrinth personal access token',
    provider: 'Modrinth',
    prefix: 'mrp_',
    body: String.raw`[A-Za-z0-9]{30,64}`,
    minEntropy: 3.5,
    // Random alphanumerics mix cases and digits; a `mrp_` identifier (a maximum retail price) spells words.
    validate: (secret) => /\d/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret),
    envVar: 'MODRINTH_TOKEN',
    docs: 'https://docs.modrinth.com/api/#authentication',
    risk: "Publishes and edits the user's projects and versions on Modrinth: a supply-chain foothold into every modpack that pulls them.",
    token: (fake) => `mrp_${fake.alnum(34)}${fake.digits(2)}`,
    usage: (t) => `headers = {"Authorization": "${t}"}`,
    negatives: [{ text: 'mrp_calculatedWithDiscountForAllProducts', why: 'an identifier, not random' }],
  }),
];
