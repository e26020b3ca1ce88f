import assert from 'node:assert/strict';
import { isLowVariety, isPlaceholder } from '../../src/core/rules/placeholders';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

describe('placeholder filter', () => {
  const placeholders: [string, string][] = [
    ['your-api-key', 'your-'],
    ['<TOKEN>', 'angle brackets'],
    ['api_<your token>_v2', 'an angle-bracket slot inside a value'],
    ['<user:pass>', 'a value wholly in angle brackets'],
    ['xxxxxxxxxxxxxxxx', 'x run'],
    ['changeme', 'changeme'],
    ['${API_KEY}', 'shell/compose interpolation'],
    ['{{ api_key }}', 'Jinja/Handlebars/Helm'],
    ['${{ secrets.API_KEY }}', 'GitHub Actions'],
    ['process.env.API_KEY', 'Node env'],
    ['import.meta.env.VITE_KEY', 'Vite env'],
    ['os.environ["API_KEY"]', 'Python env'],
    ['os.getenv("API_KEY")', 'Python env'],
    ['AKIAIOSFODNN7' + 'EXAMPLE', 'AWS documentation key'],
    ['sk_live_REDACTED', 'redacted'],
    ['****************', 'masked'],
    ['[MASKED]', 'GitLab CI masked variable in a job log'],
    ['[FILTERED]', "Rails' parameter filter in a log or capture"],
    ['12345678901234', 'sequential digits'],
    ['abcdefghijklmnop', 'sequential letters'],
    ['aaaaaaaaaaaa', 'repeated'],
    ['abababababab', 'low variety'],
    ['op://vault/item/field', '1Password reference'],
    ['@Microsoft.KeyVault(SecretUri=https://x.vault.azure.net/secrets/y)', 'Key Vault reference'],
    ['placeholder-token-value', 'placeholder'],
    ['insert_token_here', 'insert'],
    ['123e4567-e89b-12d3-a456-426614174000', "RFC 9562's example UUID"],
    ['550E8400-E29B-41D4-A716-446655440000', "Wikipedia's example UUID, upper case"],
    ['sk-...', 'ellipsis'],
    ['%API_KEY%', 'Windows env'],
    ['$API_KEY', 'shell variable'],
    ['yourApiKeyGoesHere1', 'leading your'],
    ['FAKE_TOKEN_VALUE_123', 'upper-case fake'],
    ['RANDOMCHARS-----zQ8', 'a random-characters slot'],
    ['random_string_value', 'a random-string slot'],
    ['sk-todo', 'todo after a separator'],
    ['Your_Secret', 'capitalised your'],
  ];
  for (const [value, why] of placeholders) {
    it(`treats ${JSON.stringify(value)} as a placeholder (${why})`, () => assert.equal(isPlaceholder(value), true));
  }

  it('takes a MuleSoft Secure Properties encrypted value (`![<base64>]`) for a reference, not a password with `![`', () => {
    // Built at run time: no ciphertext-shaped literal in the sources.
    const fake = new FakeTokens(0x3a1e);
    assert.equal(isPlaceholder('![' + fake.base64(44) + '==]'), true);
    assert.equal(isPlaceholder('![' + fake.base64(24) + ']'), true);
    assert.equal(isPlaceholder('![' + fake.alnum(12) + ']x' + fake.digits(3)), false, 'text after the bracket');
    assert.equal(isPlaceholder('Pa![' + fake.alnum(12) + ']'), false, 'a password holding the brackets');
  });

  it('takes a value that names what belongs there for a stand-in, but not a word glued to key', () => {
    for (const value of ['MYTOKEN1', 'MY_API_KEY', 'AUTH_TOKEN', 'mysecret', 'your-password'])
      assert.equal(isPlaceholder(value), true, value);
    for (const value of ['MONKEY', 'turkey', 'MyToken1', 'TOKENIZER']) assert.equal(isPlaceholder(value), false, value);
  });

  it('lets random tokens through', () => {
    // Generated at runtime: random, no committed credential.
    const fake = new FakeTokens(3);
    for (let i = 0; i < 500; i++) {
      for (const v of [fake.alnum(32), fake.hex(40), fake.base64(40), fake.githubStyle('ghp_')]) {
        assert.equal(isPlaceholder(v), false, v.slice(0, 4));
      }
    }
  });

  it('does not mistake a four-letter word inside a random key for a placeholder', () => {
    // Random keys built at runtime around the word, as a generator would emit them by chance.
    const fake = new FakeTokens(11);
    for (const word of ['your', 'todo', 'fake', 'YoUr', 'tODO']) {
      const key = fake.alnum(12) + 'Q7' + word + '3k' + fake.alnum(20);
      assert.equal(isPlaceholder(key), false, word);
    }
    // Mixed case at a boundary is still random text, not a word.
    assert.equal(isPlaceholder('fAkE' + fake.alnum(30)), false);
  });

  it('lets random punctuation with < and > through (WordPress keys and salts)', () => {
    // Salt-like values built at runtime around `<` and `>`: random, no committed credential.
    const fake = new FakeTokens(19);
    for (let i = 0; i < 50; i++) {
      const salt = fake.alnum(20) + '<+' + fake.alnum(10) + '=)' + fake.alnum(10) + '>' + fake.alnum(18);
      assert.equal(isPlaceholder(salt), false, salt.slice(0, 4));
    }
  });

  it('does not take a chance slot, elision or interpolation inside a random salt for a placeholder', () => {
    // Salts built at runtime from WordPress's alphabet with a chance `<ab>`, `%(`, `...` or `${` inside.
    const fake = new FakeTokens(23);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}~+=,.;:/?|';
    for (const chance of ['<zh>', '%(', '...', '${', 'todo-']) {
      const salt = fake.from(alphabet, 30) + chance + fake.from(alphabet, 30);
      assert.equal(isPlaceholder(salt), false, chance);
    }
    assert.equal(isPlaceholder(`${fake.from(alphabet, 30)}changeme${fake.from(alphabet, 30)}`), true, 'a whole word');
    assert.equal(isPlaceholder('${{ secrets.PRODUCTION_DATABASE_PASSWORD_2024 }}'), true, 'a real interpolation');
    // A template literal in source (a test building a fake key): long and punctuated, still a template.
    assert.equal(isPlaceholder('test_${fake.alnum(28)}${fake.lower(1)}${fake.digits(1)}'), true, 'template source');
  });

  it('measures variety', () => {
    assert.equal(isLowVariety(''), true);
    assert.equal(isLowVariety('Zx9Qm2Lw'), false);
  });
});
