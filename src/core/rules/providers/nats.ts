// Format: NATS nkeys (the nkeys library README and "NATS 2.0 security"): an Ed25519 seed is stored as
// base32 (RFC 4648, no padding) of two prefix bytes, the 32-byte seed and a CRC-16 (XMODEM, little
// endian): 58 characters starting `S` and the key type (`SU` user, `SA` account, `SO` operator, ...);
// the third character is always `A`. The CRC is checked below.
import type { FakeTokens } from '../fakeTokens';
import type { Rule } from '../types';
import { TOKEN_END, TOKEN_START } from '../ruleKit';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function base32Decode(text: string): Uint8Array {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    value = (value << 5) | BASE32.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = ((value << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? out + BASE32[(value << (5 - bits)) & 31] : out;
}

/** True when the decoded seed's last two bytes are the CRC-16 of the rest. */
function hasValidCrc(seed: string): boolean {
  const raw = base32Decode(seed);
  if (raw.length !== 36) return false;
  const crc = crc16(raw.subarray(0, 34));
  return raw[34] === (crc & 0xff) && raw[35] === crc >>> 8;
}

/** A seed of the given key type (`U`, `A`, `O`) with a valid CRC, from random seed bytes. */
function fakeSeed(fake: FakeTokens, type: 'U' | 'A' | 'O'): string {
  const typeByte = BASE32.indexOf(type) << 3;
  const raw = new Uint8Array(36);
  raw[0] = (18 << 3) | (typeByte >> 5);
  raw[1] = (typeByte & 31) << 3;
  for (let i = 2; i < 34; i++) raw[i] = fake.int(256);
  const crc = crc16(raw.subarray(0, 34));
  raw[34] = crc & 0xff;
  raw[35] = crc >>> 8;
  return base32Encode(raw);
}

export const natsRules: readonly Rule[] = [
  {
    id: 'nats-nkey-seed',
    title: 'NATS nkey seed (user, account or operator private key)',
    provider: 'NATS',
    keywords: ['sua', 'saa', 'soa'],
    pattern: new RegExp(String.raw`${TOKEN_START}S[UAO]A[A-Z2-7]{55}${TOKEN_END}`),
    startsAtKeyword: true,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'NATS_NKEY_SEED',
    docs: 'https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/nkey_auth',
    risk: 'Signs as the NATS user, account or operator: connects and publishes or subscribes with its permissions, or (operator, account) signs new credentials.',
    validate: hasValidCrc,
    examples: {
      positives: (fake) => [fakeSeed(fake, 'U'), `NATS_NKEY=${fakeSeed(fake, 'A')}`, `seed: ${fakeSeed(fake, 'O')}`],
      negatives: [
        { text: (fake) => `${fakeSeed(fake, 'U').slice(0, -2)}AA`, why: 'CRC-16 does not match' },
        { text: (fake) => `SUA${fake.from(BASE32, 40)}`, why: 'too short for a seed' },
      ],
    },
  },
];
