import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { type KeyFormat, fakeKey, parseFormats } from '../../src/core/rules/services/serviceFormat';
import { serviceRules } from '../../src/core/rules/services/serviceRules';
import { serviceEntries, type ServiceEntry } from '../../src/core/rules/services/serviceTable';

const SERVICES = serviceEntries();

// Every key below is a fake generated at runtime by FakeTokens in the entry's own format; nothing
// here is a committed credential.

const MIN_SERVICES = 500;
const detector = new Detector(serviceRules);

/** How a text written for `entry` names it: a common word gets a credential word after it. */
function label(entry: ServiceEntry): string {
  return `${entry.name} API key`;
}

/** A key that fits none of the entry's formats nor the generic key shapes: too long for all of them, same alphabet. */
function wrongLengthKey(fake: FakeTokens, format: KeyFormat, formats: readonly KeyFormat[]): string {
  const longest = Math.max(64, ...formats.map((f) => f.max));
  return fakeKey(fake, {
    alphabet: format.alphabet === 'uuid' ? 'hex' : format.alphabet,
    min: longest + 9,
    max: longest + 9,
  });
}

function findsKey(text: string, key: string): boolean {
  const at = text.indexOf(key);
  return detector.scan(text).some((f) => f.start === at && f.end === at + key.length);
}

describe('service table', () => {
  it(`lists at least ${MIN_SERVICES} services, each once, with a docs page and a parsable format`, () => {
    assert.ok(SERVICES.length >= MIN_SERVICES, `only ${SERVICES.length} services`);
    const names = SERVICES.map((s) => s.name.toLowerCase());
    assert.deepEqual(
      names.filter((n, i) => names.indexOf(n) !== i),
      [],
    );
    for (const s of SERVICES) {
      assert.match(s.docs, /^https:\/\/\S+$/, s.name);
      assert.ok(s.formats.length > 0, s.name);
    }
  });

  it('rejects malformed key formats (a typo in the table fails loudly)', () => {
    assert.throws(() => parseFormats('hex32'));
    assert.throws(() => parseFormats('b62:4'));
    assert.deepEqual(parseFormats('hex:32/b62:20-40'), [
      { alphabet: 'hex', min: 32, max: 32 },
      { alphabet: 'b62', min: 20, max: 40 },
    ]);
  });

  for (const entry of SERVICES) {
    describe(entry.name, () => {
      const fake = new FakeTokens(entry.name.length * 7919 + entry.name.charCodeAt(0));
      const format = entry.formats[0]!;

      it('finds a key in its format in prose, a log line, an INI section and under a label', () => {
        const contexts = [
          (k: string) => `${label(entry)} - '${k}'`,
          (k: string) => `2024-05-01T10:00:00Z INFO ${entry.name} client: Using Key=${k}`,
          (k: string) => `[${entry.name.toLowerCase()}]\nkey = ${k}\n`,
          (k: string) => `${label(entry)}:\n  ${k}\n`,
          (k: string) => `| ${entry.common ? label(entry) : entry.name} | ${k} |`,
        ];
        for (const write of contexts) {
          const key = fakeKey(fake, format);
          const text = write(key);
          assert.ok(findsKey(text, key), `missed in ${JSON.stringify(text.replace(key, '<key>'))}`);
        }
      });

      it('finds nothing without a key, with a key of the wrong length, or with a placeholder', () => {
        const wrong = wrongLengthKey(fake, format, entry.formats);
        const negatives = [
          `${label(entry)}: stored in the team vault, ask an admin`,
          `${label(entry)} - '${wrong}'`,
          `[${entry.name.toLowerCase()}]\napi_key = ${wrong}\n`,
          `${label(entry)}: YOUR_API_KEY_GOES_HERE_PLEASE`,
          `${label(entry)}:\n  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n`,
          `${entry.name} template id: ${fakeKey(fake, format)}`,
        ];
        for (const text of negatives) assert.deepEqual(detector.scan(text), [], JSON.stringify(text));
      });
    });
  }

  it('has no prefilter keyword inside words that fill ordinary code (it would wake the rules on every such line)', () => {
    const codeWords = [
      'promise',
      'append',
      'pending',
      'dependencies',
      'toggle',
      'getformat',
      'everyfile',
      'entitykey',
      'getresponse',
      'checkrequired',
      'response',
      'request',
      'function',
      'return',
      'export',
      'import',
      'string',
      'number',
      'boolean',
      'undefined',
      'default',
      'settimeout',
      'console',
      'document',
      'window',
      'element',
      'component',
      'container',
      'children',
      'properties',
      'prototype',
      'constructor',
      'instance',
      'parameters',
      'arguments',
      'callback',
      'resolve',
      'reject',
      'message',
      'content',
      'context',
      'options',
      'config',
      'handler',
      'listener',
      'template',
      'render',
      'stream',
      'buffer',
      'encoding',
      'length',
      'index',
      'value',
      'object',
      'array',
      'filter',
      'reduce',
      'foreach',
      'include',
      'exclude',
    ];
    for (const rule of serviceRules) {
      const inside = rule.keywords.filter((k) => codeWords.some((w) => w.includes(k)));
      assert.deepEqual(inside, [], rule.id);
    }
  });

  it('needs a credential word next to a service name that is a common word', () => {
    const box = SERVICES.find((s) => s.name === 'Box')!;
    assert.ok(box.common);
    const key = fakeKey(new FakeTokens(3), box.formats[0]!);
    assert.deepEqual(detector.scan(`the box ${key}`), []);
    assert.ok(findsKey(`BOX_TOKEN=${key}`, key));
    assert.ok(findsKey(`box token - '${key}'`, key));
  });

  it('finds a random key in a common key shape next to any service name, whatever format the table lists', () => {
    const fake = new FakeTokens(11);
    // Mailjet's table format is 32 hex; its other credentials (and renamed formats) are still keys.
    for (const key of [fake.alnum(32), fake.hex(40), fake.lowerAlnum(28)]) {
      assert.ok(findsKey(`Mailjet key: ${key}`, key), `shape ${key.length}`);
    }
  });

  it('finds a key set in a YAML block named after the service, not past the block or another INI section', () => {
    const fake = new FakeTokens(13);
    const key = fake.hex(32);
    assert.ok(findsKey(`mailjet:\n  region: eu\n  timeout: 30\n  key: ${key}\n`, key));
    assert.ok(findsKey(`alpha_vantage:\n  region: eu\n  api: ${key}\n`, key));
    assert.deepEqual(detector.scan(`mailjet:\n  region: eu\nother:\n  key: ${key}\n`), []);
    assert.deepEqual(detector.scan(`[mailjet]\nregion = eu\n[billing]\nkey = ${key}\n`), []);
  });

  it('leaves a secret-named setting under a service section to the generic rule, so the key is reported once', () => {
    const key = new FakeTokens(17).hex(32);
    assert.deepEqual(detector.scan(`[mailjet]\nregion = eu\napi_key = ${key}\n`), []);
    assert.ok(findsKey(`[mailjet]\nregion = eu\nkey = ${key}\n`, key));
  });

  it('does not take a word, an identifier or a commit id after a service name for a key', () => {
    const fake = new FakeTokens(5);
    for (const text of [
      'Mailjet integration: sendTransactionalEmailWithTemplate',
      'sendgrid helper my_sendgrid_api_key_variable_name',
      `pipedrive commit ${fake.hex(40)}`,
      `mailjet user ${fake.hex(32)}`,
      `[mailjet] request ${fake.hex(32)} ok`,
      `Ably key: ${fake.alnum(6)}.${fake.alnum(6)}:${fake.alnum(43)}`,
      'Sumo Logic. Specify one of: ExtendedS3DestinationConfiguration, S3DestinationConfiguration',
    ]) {
      assert.deepEqual(detector.scan(text), [], text);
    }
  });

  it('reads an initialism written with an ampersand as the service (W&B), and a file mode as no name', () => {
    // Keys built at runtime by FakeTokens.
    const fake = new FakeTokens(31);
    const key = fake.hex(40);
    assert.ok(findsKey(`W&B key for the shared lab account: ${key}`, key));
    assert.ok(findsKey(`"W&B api key: ${key}\\n",`, key));
    assert.deepEqual(detector.scan(`with open(path, 'wb') as out: out.write(bytes.fromhex('${fake.hex(40)}'))`), []);
  });

  it('finds a common-word service in a log tag or YAML block when the credential word is on the key line', () => {
    // Keys built at runtime by FakeTokens.
    const fake = new FakeTokens(29);
    const key = fake.hex(32);
    assert.ok(findsKey(`2024-05-02T10:14:01Z DEBUG [heap] Using Key=${key}`, key));
    assert.ok(findsKey(`heap:\n  region: eu\n  api: ${key}\n`, key));
    assert.deepEqual(detector.scan(`heap:\n  region: eu\n  size: ${key}\n`), [], 'no credential word');
    assert.deepEqual(detector.scan(`[heap] allocated ${key}`), [], 'no credential word in the log line');
  });

  it("takes a service's public identifier for its key only when named secret", () => {
    const fake = new FakeTokens(31);
    const appKey = fake.hex(20);
    assert.deepEqual(detector.scan(`Pusher key: ${appKey}`), []);
    assert.ok(findsKey(`Pusher secret: ${appKey}`, appKey));
    const other = fake.hex(40);
    assert.ok(findsKey(`Pusher key: ${other}`, other), 'not the public shape');
  });

  it('finds a long mixed-case key that happens to have no digit, but not a CamelCase name', () => {
    // Built at runtime from letters only, both cases.
    const fake = new FakeTokens(37);
    const key = fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32);
    assert.ok(findsKey(`Mailjet key: ${key}`, key));
    assert.deepEqual(detector.scan('Mailjet key: SendTransactionalEmailTemplateNow'), []);
  });
});
