// Settings of self-hosted web applications that hold a secret although their names do not say so
// (or say `hash` or `public`, which elsewhere mean a derived or public value). From each app's own
// documentation: MediaWiki's `$wgUpgradeKey` (unlocks the web installer and upgrader on a live
// wiki), Dolibarr's `$dolibarr_main_instance_unique_id` (the instance's encryption and token key),
// WHMCS's `$cc_encryption_hash` (encrypts the stored card and client data), Mattermost's
// `PublicLinkSalt` (signs public file links). Candidates only; the shared judge decides, told the
// name means a secret.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';

/** Each setting's name as written, and the app it belongs to (for the hover). */
const SETTINGS: readonly (readonly [name: string, app: string])[] = [
  ['wgUpgradeKey', 'MediaWiki'],
  ['dolibarr_main_instance_unique_id', 'Dolibarr'],
  ['cc_encryption_hash', 'WHMCS'],
  ['PublicLinkSalt', 'Mattermost'],
];

const APP_OF = new Map(SETTINGS.map(([name, app]) => [name.toLowerCase(), app]));

/** `$wgUpgradeKey = "...";`, `$cc_encryption_hash = '...';`, `"PublicLinkSalt": "...",`. */
const APP_SETTING = new RegExp(
  String.raw`(?<name>${SETTINGS.map(([name]) => name).join('|')})["']?[ \t]{0,8}(?:=|:)[ \t]{0,4}["'](?<secret>[^"'\s\\]{8,128})["']`,
  'i',
);

function judgeAppSetting(secret: string, match: string, context: MatchContext): false | Verdict {
  const name = /^[\w]+/.exec(match)![0];
  return judgeCandidate({
    name,
    value: secret,
    quoted: true,
    context,
    nameStart: context.matchIndex,
    valueEnd: context.matchIndex + match.length - 1,
    kind: 'secret',
    form: `${APP_OF.get(name.toLowerCase()) ?? 'the app'}'s ${name}`,
  });
}

/**
 * Strapi's `APP_KEYS`: the comma-separated keys that sign its sessions (`APP_KEYS=k1==,k2==`). The
 * whole list is the secret; every key in it must pass the judge (a sample's `toBeModified1,...` fails).
 */
const APP_KEYS = new RegExp(
  String.raw`(?<![\w.])app_keys["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[A-Za-z0-9+/_-]{16,88}={0,2}(?:,[ \t]{0,2}[A-Za-z0-9+/_-]{16,88}={0,2}){1,7})`,
  'i',
);

function judgeAppKeys(secret: string, match: string, context: MatchContext): false | Verdict {
  let verdict: false | Verdict = false;
  for (const key of secret.split(',')) {
    verdict = judgeCandidate({
      name: 'app_key',
      value: key.trim(),
      quoted: true,
      context,
      nameStart: context.matchIndex,
      valueEnd: context.matchIndex + match.length,
      kind: 'secret',
      form: "Strapi's APP_KEYS",
    });
    if (verdict === false) return false;
  }
  return verdict;
}

export const appSecretSettingRules: readonly Rule[] = [
  {
    id: 'app-secret-setting',
    title: "Self-hosted app's secret setting whose name does not say so (MediaWiki, Dolibarr, WHMCS, Mattermost)",
    provider: 'Self-hosted apps',
    keywords: SETTINGS.map(([name]) => name.toLowerCase()),
    pattern: APP_SETTING,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'APP_SECRET',
    docs: 'https://www.mediawiki.org/wiki/Manual:$wgUpgradeKey',
    risk: "Unlocks the app's installer or decrypts and signs its data: whoever reads it can take over the installation or forge its links.",
    validate: judgeAppSetting,
    examples: {
      embed: false,
      positives: (fake) => [
        `$wgUpgradeKey = "${fake.hex(16)}";`,
        `$dolibarr_main_instance_unique_id='${fake.hex(32)}';`,
        `$cc_encryption_hash = '${fake.alnum(64)}';`,
        `        "PublicLinkSalt": "${fake.alnum(32)}",`,
      ],
      negatives: [
        { text: '$wgUpgradeKey = getenv( "MW_UPGRADE_KEY" );', why: 'read from the environment' },
        { text: `        "PublicLinkSalt": "${'*'.repeat(32)}",`, why: 'masked' },
        { text: "$cc_encryption_hash = 'YOUR_ENCRYPTION_HASH';", why: 'placeholder' },
      ],
    },
  },
  {
    id: 'strapi-app-keys',
    title: "Strapi's APP_KEYS (the keys that sign its sessions)",
    provider: 'Self-hosted apps',
    keywords: ['app_keys'],
    pattern: APP_KEYS,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'APP_KEYS',
    docs: 'https://docs.strapi.io/cms/configurations/environment',
    risk: 'Signs the sessions of the Strapi server: whoever reads them can forge a session cookie.',
    validate: judgeAppKeys,
    examples: {
      embed: false,
      path: '.env',
      positives: (fake) => [
        `APP_KEYS=${fake.base64(22)}==,${fake.base64(22)}==,${fake.base64(22)}==,${fake.base64(22)}==`,
        `APP_KEYS="${fake.base64(22)}==,${fake.base64(22)}=="`,
        `      - APP_KEYS=${fake.base64(22)}==,${fake.base64(22)}==`,
        `  app_keys: ${fake.base64(32)}, ${fake.base64(32)}`,
      ],
      negatives: [
        { text: 'APP_KEYS=toBeModified1,toBeModified2', why: "Strapi's sample placeholders" },
        { text: 'APP_KEYS=appkeyvalue1,appkeyvalue2,appkeyvalue3,appkeyvalue4', why: "the docs' sample values" },
        { text: 'APP_KEYS=${APP_KEYS}', why: 'a reference' },
        { text: (fake) => `APP_KEYS=${fake.base64(22)}==,changemechangemechange`, why: 'one key a placeholder' },
        { text: "keys: env.array('APP_KEYS'),", why: 'read from the environment' },
      ],
    },
  },
];
