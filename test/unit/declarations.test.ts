import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';

// Every credential below is generated at runtime by FakeTokens; nothing here is a committed secret.
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0xdec1);

function rules(text: string, path: string): string[] {
  return detector.scan(text + '\n', { path }).map((f) => f.ruleId);
}

describe('declared secrets: types, keywords and pairs between the name and the value', () => {
  it('reads a type annotation between the name and the literal', () => {
    assert.deepEqual(rules(`export const apiKey: string = '${fake.alnum(32)}';`, 'src/config.ts'), [
      'generic-declared-secret',
    ]);
    assert.deepEqual(rules(`        Dim apiKey As String = "${fake.alnum(32)}"`, 'Module1.vb'), [
      'generic-declared-secret',
    ]);
    assert.deepEqual(rules(`export const apiKey: string = process.env.API_KEY!;`, 'src/config.ts'), []);
  });

  it('takes a value after whitespace only where a statement opens with the name', () => {
    assert.deepEqual(rules(`(def api-key "${fake.hex(40)}")`, 'src/config.clj'), ['generic-declared-secret']);
    assert.deepEqual(rules(`set -gx ADMIN_PASSWORD ${fake.alnum(16)}`, 'config.fish'), ['generic-declared-secret']);
    // Inside a message the words are text, and an unquoted word after a name is not a value.
    assert.deepEqual(rules(`raise ValueError('bad token "${fake.alnum(12)}"')`, 'app/errors.py'), []);
    assert.deepEqual(rules(`echo password ${fake.alnum(16)}`, 'run.fish'), []);
  });

  it('reads a key and value opening a tuple or a call, not the elements of a list', () => {
    assert.deepEqual(rules(`    {auth_token, "${fake.hex(40)}"}`, 'config/sys.config'), ['generic-declared-secret']);
    assert.deepEqual(rules(`    .set_default("client.secret", "${fake.alnum(32)}")?`, 'src/main.rs'), [
      'generic-declared-secret',
    ]);
    assert.deepEqual(rules(`  args: ["token", "${fake.alnum(16)}"]`, 'config.yaml'), []);
    assert.deepEqual(rules(`check(token, "${fake.alnum(16)}")`, 'src/check.js'), []);
  });

  it('reads a #define as code, not as a comment', () => {
    assert.deepEqual(rules(`#define API_KEY @"${fake.hex(40)}"`, 'Acme/Constants.h'), ['generic-declared-secret']);
  });

  it('reads .NET configuration key paths in code as names', () => {
    assert.deepEqual(rules(`builder.Configuration["Service:ApiKey"] = "${fake.alnum(32)}";`, 'Program.cs'), [
      'generic-secret-assignment',
    ]);
    // An ARN's lower-case parts still join one identifier.
    assert.deepEqual(rules(`arn = "arn:aws:secretsmanager:us-east-1:1:secret:token=${fake.alnum(20)}"`, 'a.py'), []);
  });

  it('takes an environment fallback that names its variable for a stand-in, not a secret', () => {
    assert.deepEqual(rules(`bot_token = ENV.fetch("BOT_TOKEN", "bot.token")`, 'src/config.cr'), []);
    assert.deepEqual(rules(`password = ENV.fetch("DB_PASSWORD", "test-password")`, 'src/config.rb'), []);
    assert.deepEqual(rules(`KEY="\${MAPS_API_KEY:-<maps-api-key>}"`, 'run.sh'), []);
    assert.deepEqual(rules(`password = ENV.fetch("DB_PASSWORD", "${fake.alnum(12)}7")`, 'src/config.rb'), [
      'generic-env-fallback-secret',
    ]);
  });

  it('reads SQL, C# property and AppleScript declarations, and Clojure map keywords', () => {
    assert.deepEqual(rules(`DECLARE @ClientSecret NVARCHAR(128) = '${fake.alnum(32)}';`, 'db/setup.sql'), [
      'generic-declared-secret',
    ]);
    assert.deepEqual(rules(`    public string ApiKey { get; set; } = "${fake.alnum(32)}";`, 'Settings.cs'), [
      'generic-declared-secret',
    ]);
    assert.deepEqual(rules(`    public string ApiKey { get; set; } = string.Empty;`, 'Settings.cs'), []);
    assert.deepEqual(rules(`set apiKey to "${fake.alnum(32)}"`, 'Deploy.applescript'), ['generic-declared-secret']);
    assert.equal(rules(`(def cfg {:host "db" :signing-key "${fake.hex(64)}"})`, 'src/config.clj').length, 1);
  });

  it('takes a builder method that starts like a verb (signingKey) for a setter', () => {
    assert.deepEqual(rules(`    .signingKey("${fake.hex(64)}")`, 'src/Auth.java'), ['secret-setter-literal']);
    assert.deepEqual(rules(`    .signKey("${fake.hex(64)}")`, 'src/Auth.java'), []);
  });

  it('reads CMakeLists.txt as a build script, not documentation', () => {
    assert.deepEqual(rules(`set(ADMIN_PASSWORD "Harbor${fake.digits(3)}x")`, 'CMakeLists.txt'), [
      'generic-declared-secret',
    ]);
    assert.deepEqual(rules(`set(ADMIN_PASSWORD "Harbor${fake.digits(3)}x")`, 'README.txt'), []);
  });

  it('takes an upper-case YOUR_ or REPLACE_ME fallback for a slot', () => {
    assert.deepEqual(rules(`const token = process.env.ACCESS_TOKEN ?? 'YOUR_ACCESS_TOKEN';`, 'src/config.js'), []);
    assert.deepEqual(rules('PASSWORD="${PASSWORD:-REPLACE_ME}"', 'run.sh'), []);
  });
});
