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
];
