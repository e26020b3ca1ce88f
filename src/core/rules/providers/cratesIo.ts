// Format: crates.io API tokens, as the registry issues them and `cargo login` stores them (`cio`, then
// 32 alphanumerics); Cargo reads CARGO_REGISTRY_TOKEN.
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';
import { hasLetterAndDigit } from '../valueChecks';

export const cratesIoRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'crates-io-api-token',
      title: 'crates.io API token',
      provider: 'crates.io',
      prefix: 'cio',
      body: String.raw`[A-Za-z0-9]{32}`,
      minEntropy: 3.5,
      envVar: 'CARGO_REGISTRY_TOKEN',
      docs: 'https://doc.rust-lang.org/cargo/reference/publishing.html',
      risk: "Publishes and yanks versions of the owner's Rust crates within the token's scopes: a supply-chain foothold.",
      validate: (token) => hasLetterAndDigit(token.slice(3)),
      token: (fake) => `cio${fake.alnum(31)}${fake.digits(1)}`,
      usage: (t) => `cargo publish --token ${t}`,
      negatives: [
        { text: (fake) => `cio${fake.alnum(20)}`, why: 'too short' },
        { text: (fake) => `ciolibrary${fake.lower(25)}`, why: 'a word, not a token' },
      ],
    }),
  ),
];
