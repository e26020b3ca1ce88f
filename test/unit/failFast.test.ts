import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { applyReplacements, failFastFix } from '../../src/core/fixes/failFast';
import { builtinRules } from '../../src/core/rules';

// The fallback values are made-up weak strings of the kind assistants write, not credentials.
const detector = new Detector(builtinRules);

/** Applies the fail-fast fix to the first occurrence of `literal` in `text`. */
function failFast(text: string, literal: string, languageId: string, path = 'src/file'): string {
  const start = text.indexOf(literal);
  assert.ok(start >= 0, 'literal not in sample');
  const result = failFastFix(text, start, start + literal.length, { languageId, path });
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return applyReplacements(text, result.edits);
}

function refusal(text: string, literal: string, languageId: string): string {
  const start = text.indexOf(literal);
  const result = failFastFix(text, start, start + literal.length, { languageId, path: 'x' });
  assert.equal(result.ok, false);
  return result.ok ? '' : result.reason;
}

describe('fixes: fail fast instead of falling back', () => {
  it('TypeScript: a requireEnv helper, added once, typed', () => {
    const text =
      'export const jwtSecret = process.env.JWT_SECRET || "' +
      'supersecretkey123' +
      '";\nexport const s2 = process.env["SESSION_SECRET"] ?? "' +
      'dev' +
      '";\n';
    const once = failFast(text, 'supersecretkey123', 'typescript');
    assert.match(once, /^export const jwtSecret = requireEnv\("JWT_SECRET"\);$/m);
    assert.match(
      once,
      /function requireEnv\(name: string\): string \{\n {2}const value = process\.env\[name\];\n {2}if \(!value\) throw new Error\(`\$\{name\} is not set`\);/,
    );
    const twice = failFast(once, 'dev', 'typescript');
    assert.match(twice, /^export const s2 = requireEnv\("SESSION_SECRET"\);$/m);
    assert.equal(twice.match(/function requireEnv/g)?.length, 1, 'the helper is reused');
  });

  it('JavaScript: the helper without types; import.meta.env and Deno get an inline throw', () => {
    assert.match(
      failFast('const s = process.env.JWT_SECRET ?? "' + 'changeme' + '";\n', 'changeme', 'javascript'),
      /function requireEnv\(name\) \{/,
    );
    assert.equal(
      failFast('const t = import.meta.env.VITE_API_TOKEN || "' + 'dev-token' + '";', 'dev-token', 'typescript'),
      'const t = import.meta.env.VITE_API_TOKEN || (() => { throw new Error("VITE_API_TOKEN is not set"); })();',
    );
    assert.equal(
      failFast('const s = Deno.env.get("JWT_SECRET") ?? "' + 'dev' + '";', 'dev', 'typescript'),
      'const s = Deno.env.get("JWT_SECRET") ?? (() => { throw new Error("JWT_SECRET is not set"); })();',
    );
  });

  it('Python: os.environ["X"] for os.getenv, os.environ.get and `or`; config()/env() without a default', () => {
    assert.equal(
      failFast('import os\nSECRET = os.getenv("JWT_SECRET", "' + 'dev-secret' + '")\n', 'dev-secret', 'python'),
      'import os\nSECRET = os.environ["JWT_SECRET"]\n',
    );
    assert.equal(
      failFast('pw = os.environ.get("DB_PASSWORD", default="' + 'changeme' + '")', 'changeme', 'python'),
      'pw = os.environ["DB_PASSWORD"]',
    );
    assert.equal(
      failFast('SECRET_KEY = os.getenv("SECRET_KEY") or "' + 'super secret key' + '"', 'super secret key', 'python'),
      'SECRET_KEY = os.environ["SECRET_KEY"]',
    );
    assert.equal(
      failFast(
        'SECRET_KEY = config("SECRET_KEY", default="' + 'django-insecure-x' + '")',
        'django-insecure-x',
        'python',
      ),
      'SECRET_KEY = config("SECRET_KEY")',
    );
  });

  it('Ruby: ENV.fetch without a default', () => {
    assert.equal(
      failFast('secret = ENV.fetch("JWT_SECRET", "' + 'changeme' + '")', 'changeme', 'ruby'),
      'secret = ENV.fetch("JWT_SECRET")',
    );
    assert.equal(
      failFast('secret = ENV["SESSION_SECRET"] || "' + 'keyboard cat' + '"', 'keyboard cat', 'ruby'),
      'secret = ENV.fetch("SESSION_SECRET")',
    );
  });

  it('Go: a mustGetenv helper that panics, added once', () => {
    const text = 'package config\n\nimport "os"\n\nvar JWTSecret = getEnv("JWT_SECRET", "' + 'my-secret' + '")\n';
    const fixed = failFast(text, 'my-secret', 'go');
    assert.match(fixed, /^var JWTSecret = mustGetenv\("JWT_SECRET"\)$/m);
    assert.match(
      fixed,
      /func mustGetenv\(name string\) string \{\n\tvalue, ok := os\.LookupEnv\(name\)\n\tif !ok \|\| value == "" \{\n\t\tpanic\(name \+ " is not set"\)/,
    );
  });

  it('Java, Kotlin, C# and PHP: their own throwing forms', () => {
    assert.equal(
      failFast('String key = System.getenv().getOrDefault("SIGNING_KEY", "' + 'dev-key' + '");', 'dev-key', 'java'),
      'String key = java.util.Objects.requireNonNull(System.getenv("SIGNING_KEY"), "SIGNING_KEY is not set");',
    );
    assert.equal(
      failFast(
        'String s = Optional.ofNullable(System.getenv("JWT_SECRET")).orElse("' + 'secret' + '");',
        'secret',
        'java',
      ),
      'String s = java.util.Objects.requireNonNull(System.getenv("JWT_SECRET"), "JWT_SECRET is not set");',
    );
    assert.equal(
      failFast('val secret = System.getenv("JWT_SECRET") ?: "' + 'dev-secret' + '"', 'dev-secret', 'kotlin'),
      'val secret = System.getenv("JWT_SECRET") ?: error("JWT_SECRET is not set")',
    );
    assert.equal(
      failFast(
        'var key = Environment.GetEnvironmentVariable("JWT_KEY") ?? "' + 'dev-signing-key' + '";',
        'dev-signing-key',
        'csharp',
      ),
      'var key = Environment.GetEnvironmentVariable("JWT_KEY") ?? throw new InvalidOperationException("JWT_KEY is not set");',
    );
    assert.equal(
      failFast("$s = getenv('APP_SECRET') ?: '" + 'changeme' + "';", 'changeme', 'php'),
      "$s = getenv('APP_SECRET') ?: throw new RuntimeException('APP_SECRET is not set');",
    );
    assert.equal(
      failFast("'key' => env('APP_KEY', '" + 'base64:abc' + "'),", 'base64:abc', 'php'),
      "'key' => env('APP_KEY') ?? throw new RuntimeException('APP_KEY is not set'),",
    );
  });

  it('shell and compose: ${X:?message}; Spring: a placeholder without a default', () => {
    assert.equal(
      failFast(
        '      JWT_SECRET: ${JWT_SECRET:-' + 'dev-secret' + '}',
        'dev-secret',
        'dockercompose',
        'docker-compose.yml',
      ),
      '      JWT_SECRET: ${JWT_SECRET:?is not set}',
    );
    assert.equal(
      failFast('export DB_PASSWORD=${DB_PASSWORD-' + 'changeme' + '}', 'changeme', 'shellscript'),
      'export DB_PASSWORD=${DB_PASSWORD:?is not set}',
    );
    assert.equal(
      failFast('jwt.secret=${JWT_SECRET:' + 'mySecretKey' + '}', 'mySecretKey', 'properties'),
      'jwt.secret=${JWT_SECRET}',
    );
  });

  it('what it writes no longer holds a fallback finding', () => {
    const samples: [string, string, string][] = [
      ['const s = process.env.JWT_SECRET || "' + 'supersecretkey123' + '";\n', 'supersecretkey123', 'typescript'],
      ['SECRET = os.getenv("JWT_SECRET", "' + 'dev-secret' + '")\n', 'dev-secret', 'python'],
      ['      JWT_SECRET: ${JWT_SECRET:-' + 'dev-secret' + '}\n', 'dev-secret', 'yaml'],
    ];
    for (const [text, literal, lang] of samples) {
      assert.equal(detector.scan(text).length, 1, text);
      assert.deepEqual(detector.scan(failFast(text, literal, lang, 'docker-compose.yml')), [], text);
    }
  });

  it('refuses, with a reason, where the value is not a fallback or the language has no form', () => {
    assert.match(refusal('const s = jwt.sign(p, "' + 'secret' + '");', 'secret', 'typescript'), /not the fallback/);
    assert.match(
      refusal('s = process.env.JWT_SECRET || "' + 'dev' + '"', 'dev', 'lua'),
      /no fail-fast form is known for lua/,
    );
  });
});
