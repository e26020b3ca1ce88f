import assert from 'node:assert/strict';
import { parseGitleaksConfig } from '../../src/core/allowlist/gitleaksConfig';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

// A pattern in a team's gitleaks allowlist can hold a real key; a warning about it must not print it.
const fake = new FakeTokens(7878);

describe('adversarial input: warnings about user config redact what the user wrote', () => {
  it('a pattern the engine rejects, one it cannot translate and an unknown setting are shown redacted', () => {
    const key = fake.githubStyle('ghp_');
    const config = parseGitleaksConfig(
      [
        '[[allowlists]]',
        `regexes = ['''${key}(''']`,
        '[[allowlists]]',
        `regexes = ['''(?U)${key}''']`,
        '[[allowlists]]',
        `regexTarget = "${key}"`,
        "regexes = ['''x''']",
        '[[allowlists]]',
        `condition = "${key}"`,
        "regexes = ['''x''']",
      ].join('\n'),
      '.gitleaks.toml',
    );
    assert.equal(config.warnings.length, 4);
    for (const w of config.warnings) {
      assert.ok(!w.includes(key.slice(4, 12)), `warning shows the pattern: ${w.replace(key, '<KEY>')}`);
      assert.match(w, /…\(\d+ chars\)/);
    }
  });
});
