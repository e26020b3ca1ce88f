// Format: BIP 39 (a mnemonic of 12, 15, 18, 21 or 24 words; every English-list word is 3 to 8
// lower-case letters), under the names wallets and libraries give it (`MNEMONIC=`, `seed phrase:`,
// ethers' `Wallet.fromPhrase`, polkadot.js `keyring.addFromUri`, which also takes a derivation path
// after the words). The word list is not shipped: the name, the word shapes and counts decide.
import type { MatchContext, Rule } from '../types';

const NAMES = [
  'mnemonic',
  'seed phrase',
  'seed_phrase',
  'seed-phrase',
  'seedphrase',
  'recovery phrase',
  'recovery_phrase',
  'secret phrase',
  'secret_phrase',
  'seed words',
  'fromphrase(',
  'addfromuri(',
];

/** A name and its operator (`MNEMONIC=`, `seed phrase:`), or a call that takes the phrase. */
const MNEMONIC = new RegExp(
  String.raw`(?:(?:mnemonic|seed[ _-]?phrase|recovery[ _-]?phrase|secret[ _-]?phrase|seed[ _]words)[A-Za-z_]{0,20}["']?\s{0,4}(?:=|:=|:|=>)|(?:fromPhrase|addFromUri)\()\s{0,4}[bru]?["'\x60]?(?<secret>[a-z]{3,8}(?: [a-z]{3,8}){11,23})(?![A-Za-z])`,
  'i',
);

/** Words prose has and the BIP 39 English list does not: a sentence about a mnemonic, not one. */
const PROSE_WORDS = new Set(
  'the and for you your with that this are from have not was were its our here there which when what been should must into then them they these those phrase mnemonic seed words'.split(
    ' ',
  ),
);

/**
 * A mnemonic a wallet generated: lower-case, a BIP 39 length, no prose words, and nearly all words
 * distinct (published test phrases repeat theirs: `abandon … about`, Hardhat's `test … junk`).
 */
function isGeneratedMnemonic(secret: string, match: string, context: MatchContext): boolean {
  const end = context.matchIndex + match.length;
  // Cut from a longer run of words: prose.
  if (/^ [a-z]/i.test(context.line.slice(end, end + 2))) return false;
  if (!/^[a-z ]+$/.test(secret)) return false;
  const words = secret.split(' ');
  if (![12, 15, 18, 21, 24].includes(words.length) || words.some((w) => PROSE_WORDS.has(w))) return false;
  return new Set(words).size >= words.length - 2;
}

const WORDS =
  'timber orbit gadget velvet crane puzzle silent hover rapid ozone tackle mirror fringe laptop eager'.split(' ');

export const mnemonicRules: readonly Rule[] = [
  {
    id: 'bip39-mnemonic',
    title: 'Wallet recovery phrase (BIP 39 mnemonic)',
    provider: 'Crypto wallet',
    keywords: NAMES,
    pattern: MNEMONIC,
    confidence: 'high',
    envVar: 'MNEMONIC',
    docs: 'https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki',
    risk: 'Restores the whole wallet: every account and key derived from it, with all their funds.',
    validate: isGeneratedMnemonic,
    examples: {
      embed: false,
      positives: (fake) => {
        const phrase = (n: number) => Array.from({ length: n }, () => WORDS[fake.int(WORDS.length)]).join(' ');
        const distinct = (n: number) => {
          for (;;) {
            const p = phrase(n);
            if (new Set(p.split(' ')).size >= n - 2) return p;
          }
        };
        return [
          `MNEMONIC="${distinct(12)}"`,
          `const mnemonic = '${distinct(12)}';`,
          `seed phrase: ${distinct(12)}`,
          `const sender = keyring.addFromUri('${distinct(12)}//stash');`,
          `const wallet = Wallet.fromPhrase("${distinct(12)}");`,
          ...NAMES.filter((n) => !n.endsWith('(')).map((n) => `${n}: ${distinct(12)}`),
        ];
      },
      negatives: [
        { text: `MNEMONIC="${'test '.repeat(11)}junk"`, why: "Hardhat's published development mnemonic" },
        { text: `mnemonic: "${'abandon '.repeat(11)}about"`, why: 'the BIP 39 test vector' },
        {
          text: 'The mnemonic phrase restores your wallet when you lose this device and should never leave paper',
          why: 'prose about a mnemonic',
        },
        { text: 'MNEMONIC="your twelve word mnemonic here"', why: 'a placeholder' },
      ],
    },
  },
];
