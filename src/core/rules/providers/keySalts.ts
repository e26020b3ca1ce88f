// Application-wide salts, peppers, wallet seeds and cipher keys assigned a literal: secrets when random and long
// (CakePHP's Security.salt, a password pepper, a validator's seed). The generic assignment's
// candidate and judge, under these names; a short or word-like value is not one.
import { nameBefore } from '../judge/judge';
import type { Rule } from '../types';
import { assignmentFollows } from '../keywordGates';
import { judgeAssignment } from './generic';
import { lineAfter, lineBefore } from '../lineReach';

const SALT_ASSIGNMENT =
  /(?:salt|pepper|seed|cipher[_.-]?key)[A-Za-z0-9_.-]{0,24}["'\]]{0,2}[ \t]{0,24}(?::=|=>|=(?!=)|:(?!:))\s{0,4}(?:[rbfu]?["'\x60])?(?<secret>[^\s"'\x60<>;,\\(){}[\]=:]{16,200}={0,2})(?=["'\x60<;,\s\\)&]|$)/i;

/** A salt's or seed's name ending in what was derived from it: a commitment, hash or digest. */
const SALT_DIGEST_NAME =
  /^(?:salt|pepper|seed)[A-Za-z0-9_.-]{0,16}?[_.-](?:commitments?|hash(?:es)?|digests?)["'\]]{0,2}[ \t]{0,24}[:=]/i;

/** A signed decimal integer, with Java's long suffix. */
const INTEGER = /^[-+]?\d{1,20}[lL]?$/;

/** What a stored password record or key-derivation block holds next to its salt. */
const STORED_BESIDE = /hash|digest|verifier|srp|iterations|rounds|kdf|["']alg["']|n_?iter/i;

export const keySaltRules: readonly Rule[] = [
  {
    id: 'secret-salt-assignment',
    title: 'Hard-coded application salt, pepper, seed or cipher key (random literal)',
    provider: 'Key material',
    keywords: ['salt', 'pepper', 'seed', 'cipher_key', 'cipher-key', 'cipher.key', 'cipherkey'],
    pattern: SALT_ASSIGNMENT,
    startsAtKeyword: true,
    keywordGate: assignmentFollows,
    confidence: 'medium',
    envVar: 'APP_SALT',
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#peppering',
    risk: 'An application-wide salt or pepper in the code lets whoever reads it forge signed values or attack stored password hashes offline.',
    validate: (secret, match, context) => {
      // In tests a salt or seed is the input of a known answer (a KDF's or a signature's test vector):
      // it salts nothing that ships.
      if (context.file.test) return false;
      // A whole number (`level-seed=-6340...`, NBT's `seed: 123L`) seeds a random generator (a world's
      // terrain, a simulation): anyone may share it, and no salt or key is written as a decimal integer.
      if (INTEGER.test(secret)) return false;
      // A name that goes on past the salt to what was made of it (`leaf_salt_commitment`, `seed_hash`,
      // a proof of reserves' published commitment): a digest anyone may check, not the salt itself.
      if (SALT_DIGEST_NAME.test(match)) return false;
      // A per-record salt stored beside its hash or KDF parameters is data, not the app's secret
      // (the setting's own name, `HASH_SALT`, says nothing of what stands beside it).
      const { line, matchIndex } = context;
      const nameStart = nameBefore(line, matchIndex);
      if (
        STORED_BESIDE.test(lineBefore(context, nameStart)) ||
        STORED_BESIDE.test(lineAfter(context, matchIndex + match.length))
      )
        return false;
      // dm-verity's salt (`VERITY_SALT`, veritysetup's `--salt`) is written in the hash device's
      // superblock and on the kernel command line: public, as the root hash is.
      if (/verity/i.test(line.slice(nameStart, matchIndex))) return false;
      // A salt named for what it salts (`HASH_SALT`, `HASHIDS_SALT`): the name judge reads `hash` as
      // a digest's name, so such a salt is judged under its own word (`SALT`) too.
      const verdict =
        judgeAssignment(secret, match, context) ||
        (/hash/i.test(line.slice(nameStart, matchIndex)) && judgeAssignment(secret, match, context, matchIndex));
      return verdict !== false && secret.length >= 16 && verdict;
    },
    examples: {
      embed: false,
      positives: (fake) => [
        `        'salt' => '${fake.hex(64)}',`,
        `PASSWORD_PEPPER=${fake.base64(32)}`,
        `NODE_SEED=0x${fake.hex(64)}`,
        `HASH_SALT = "${fake.hex(24)}"`,
        ...['cipher_key', 'cipher-key', 'cipher.key', 'cipherKey'].map((n) => `  ${n}: ${fake.base64(43)}=`),
      ],
      negatives: [
        { text: 'salt = bcrypt.gensalt()', why: 'generated at run time' },
        { text: 'const SALT_ROUNDS = 12;', why: 'a cost setting' },
        {
          text: (fake) => `  "leaf_salt_commitment": "${fake.hex(64)}",`,
          why: "a proof of reserves' published commitment to the salts, a digest",
        },
        { text: (fake) => `VERITY_SALT=${fake.hex(64)}`, why: "dm-verity's salt, public as its root hash" },
        { text: "seed: 'my-test-seed-value'", why: 'words, not a random value' },
        { text: 'level-seed=-6340117728391042215', why: "a world generator's seed, a number" },
        { text: 'WorldGenSettings: { seed: 4915277720340012856L, generate_features: 1b }', why: 'an NBT long' },
        {
          text: (fake) => `SEED = ${fake.hex(64)}`,
          why: "a known-answer test vector's input",
          path: 'crypto/tests/ed25519_tests.txt',
        },
        {
          text: (fake) => `Seed = ${fake.hex(40)}`,
          why: "NIST's known-answer test vectors",
          path: 'third_party/NIST/SHAVS/SHA1Monte.rsp',
        },
        {
          text: (fake) => `{"salt": "${fake.base64url(22)}", "hash": "${fake.base64url(43)}", "iterations": 310000}`,
          why: "a stored record's own salt, beside its hash",
        },
      ],
    },
  },
];
