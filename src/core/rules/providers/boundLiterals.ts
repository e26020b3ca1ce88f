// Secret literals bound to a secret-named member without an assignment operator, as tests and
// factories write them: a Ruby block returning the value (FactoryBot `password { "…" }`, RSpec
// `let(:api_key) { "…" }`), a stubbed accessor (`when(cfg.getApiKey()).thenReturn("…")`, mockk
// `every { tokens.accessToken() } returns "…"`, RSpec `.and_return("…")`), and an accessor
// compared with the literal it must hold (`expect(cfg.apiKey).toBe('…')`,
// `assertEquals("…", props.getClientSecret())`). Candidates only: the shared judge (../judge)
// decides on the name and the value, so `{ "password" }`, `.thenReturn("token")` and
// `.toBe('invalid')` are not reported.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import { judgeCandidate, nameBefore } from '../judge/judge';
import type { MatchContext, Rule, Verdict } from '../types';
import { boundOrComparedFollows } from '../literalGates';

const DOCS = 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html';

/** The secret words a member's name holds; each spelling is a keyword. */
const MEMBER_WORD = String.raw`(?:passw(?:or)?d|passphrase|secret|token|credentials?|api_?key|access_?key|private_?key)`;
const MEMBER_KEYWORDS = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'credential',
  'api_key',
  'apikey',
  'access_key',
  'accesskey',
  'private_key',
  'privatekey',
];

/** `name { "…" }` and `let(:name) { "…" }`: a Ruby block (or Swift computed property) returning a literal. */
const BLOCK_LITERAL = new RegExp(
  String.raw`${MEMBER_WORD}\w{0,30}\)?\s{0,4}\{\s{0,4}["'](?<secret>[^"'\n\\{}]{1,200})["']\s{0,4}\}`,
  'i',
);

/**
 * A secret-named accessor, then what stubs it or compares it with a literal: mockk's `returns`,
 * `==`, or a chained `thenReturn`/`willReturn`/`and_return`/`mockReturnValue`/`returns`/`toBe`/
 * `toEqual`/`isEqualTo`/`to eq`.
 */
const STUBBED_ACCESSOR = new RegExp(
  String.raw`${MEMBER_WORD}\w{0,24}(?:\(\))?["']?(?:\s{0,2}[)\]}]){0,3}(?:\s{1,4}returns\s{1,4}|\s{0,2}={2,3}\s{0,4}|\.(?:thenReturn|willReturn|and_return|mockReturnValue|mockResolvedValue|returns|resolves|toBe|toEqual|toStrictEqual|isEqualTo|to\s{1,2}eq)\(?\s{0,4})["'](?<secret>[^"'\n\\]{1,200})["']`,
  'i',
);

/** An equality assert with the expected literal first: `assertEquals("…", cfg.getSecret())`. */
const ASSERTED_LITERAL =
  /(?:assertEquals|assertEqual|assert_equal|XCTAssertEqual|assertSame|Assert\.(?:Equal|AreEqual))\s{0,2}\(?\s{0,4}["'](?<secret>[^"'\n\\]{1,200})["']\s{0,4},\s{0,4}(?<name>[\w$]{1,40}(?:\.[\w$]{1,40}){0,4})(?:\(\))?(?![\w$.(])/;

/** The setting a member names: its last part without a getter's verb (`props.getClientSecret` -> `ClientSecret`). */
function memberSetting(member: string): string {
  const last = member.slice(member.lastIndexOf('.') + 1);
  return last.replace(/^(?:get|is|fetch)_?(?=[A-Z_])/, '');
}

/** Judges a literal bound to the member whose name starts before the keyword at `context.matchIndex`. */
function judgeBound(form: string) {
  return (secret: string, match: string, context: MatchContext): Verdict | false => {
    const nameStart = nameBefore(context.line, context.matchIndex);
    const member = context.line.slice(nameStart, context.matchIndex) + /^\w*/.exec(match)![0];
    return judgeCandidate({
      name: memberSetting(member),
      value: secret,
      quoted: true,
      context,
      nameStart,
      valueEnd: context.matchIndex + match.length,
      form: `${form} ${memberSetting(member)}`,
    });
  };
}

const judgeStubbedOrExpected = judgeBound('literal stubbed or expected for');

/**
 * A stub or an expectation. A bare `==` counts only in an assert (`assert cfg.token == "…"`): in
 * code it is a check (`typeof password === 'function'`, `token === 'undefined'`), not a binding.
 */
function judgeStubbed(secret: string, match: string, context: MatchContext): Verdict | false {
  const comparison = /={2,3}\s{0,4}["']$/.test(match.slice(0, match.length - secret.length - 1));
  if (comparison && !/\bassert/i.test(context.line.slice(0, context.matchIndex))) return false;
  return judgeStubbedOrExpected(secret, match, context);
}

/** Judges an assert's expected literal by the member it is compared with. */
function judgeAsserted(secret: string, match: string, context: MatchContext): Verdict | false {
  const member = ASSERTED_LITERAL.exec(match)?.groups?.['name'];
  if (member === undefined) return false;
  return judgeCandidate({
    name: memberSetting(member),
    value: secret,
    quoted: true,
    context,
    nameStart: context.matchIndex + match.indexOf(member),
    valueEnd: context.matchIndex + match.length,
    form: `literal asserted as ${memberSetting(member)}`,
  });
}

export const boundLiteralRules: readonly Rule[] = [
  {
    id: 'secret-block-literal',
    title: 'Secret literal returned by a block named for it (FactoryBot, RSpec let)',
    provider: 'Secret sinks',
    keywords: MEMBER_KEYWORDS,
    pattern: BLOCK_LITERAL,
    startsAtKeyword: true,
    keywordGate: boundOrComparedFollows,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: DOCS,
    risk: 'Whoever reads the code has the credential the factory or spec configures.',
    validate: judgeBound('value returned for'),
    examples: {
      embed: false,
      positives: (fake) => [
        `    password { "${fake.alnum(14)}" }`, // FactoryBot
        `  let(:api_key) { '${fake.alnum(32)}' }`, // RSpec
        `  let!(:access_token) { "${fake.alnum(40)}" }`,
        `    encrypted_password { "${fake.alnum(16)}" }`,
        // One block per keyword spelling, so each stays reachable through the prefilter.
        ...MEMBER_KEYWORDS.map((w) => `    ${w} { "${fake.alnum(20)}7" }`),
      ],
      negatives: [
        { text: '    password { "password" }', why: 'a dummy password' },
        { text: '    api_token { SecureRandom.hex(20) }', why: 'generated, not a literal' },
        { text: '  let(:token) { "#{prefix}-abc" }', why: 'an interpolation' },
        { text: '    token_type { "bearer" }', why: 'the token type' },
      ],
    },
  },
  {
    id: 'secret-accessor-stubbed-literal',
    title: 'Secret literal a secret-named accessor is stubbed with or compared to (mocks, asserts)',
    provider: 'Secret sinks',
    keywords: MEMBER_KEYWORDS,
    pattern: STUBBED_ACCESSOR,
    startsAtKeyword: true,
    keywordGate: boundOrComparedFollows,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: DOCS,
    risk: 'Whoever reads the code has the credential the accessor returns.',
    validate: judgeStubbed,
    examples: {
      embed: false,
      positives: (fake) => [
        `when(config.getApiKey()).thenReturn("${fake.alnum(32)}");`, // Mockito
        `given(vault.getSecret()).willReturn("${fake.alnum(24)}");`, // BDDMockito
        `every { tokens.accessToken() } returns "${fake.alnum(40)}"`, // mockk
        `allow(config).to receive(:api_key).and_return("${fake.alnum(32)}")`, // RSpec
        `sinon.stub(vault, 'getToken').returns('${fake.alnum(32)}');`, // Sinon
        `expect(config.clientSecret).toBe('${fake.alnum(32)}');`,
        `assertThat(props.getClientSecret()).isEqualTo("${fake.alnum(32)}");`, // AssertJ
        `expect(settings.api_key).to eq("${fake.alnum(32)}")`, // RSpec
        `assert settings.API_TOKEN == "${fake.alnum(40)}"`, // pytest
        ...MEMBER_KEYWORDS.map((w) => `when(cfg.get_${w}()).thenReturn("${fake.alnum(20)}7");`),
      ],
      negatives: [
        { text: 'when(tokenService.issue()).thenReturn("token");', why: 'no secret-named accessor, and a dummy' },
        { text: "expect(res.body.token).toBe('invalid');", why: 'a deliberately invalid value' },
        { text: 'assertThat(props.getClientSecret()).isEqualTo(expected);', why: 'a variable' },
        { text: "expect(config.tokenType).toBe('Bearer');", why: 'the token type' },
        { text: 'if (token === "undefined") return;', why: 'a keyword spelt as a string' },
        { text: "expect(mask(secret)).toBe('********');", why: 'masked' },
        { text: "if (!callback && typeof password === 'function') {", why: 'a check in code, not an assert' },
      ],
    },
  },
  {
    id: 'secret-asserted-literal',
    title: 'Secret literal a test expects a secret-named accessor to hold (assertEquals)',
    provider: 'Secret sinks',
    keywords: [
      'assertequals',
      'assertequal',
      'assert_equal',
      'xctassertequal',
      'assertsame',
      'assert.equal(',
      'assert.areequal(',
    ],
    pattern: ASSERTED_LITERAL,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: DOCS,
    risk: 'Whoever reads the test has the credential the configuration under test holds.',
    validate: judgeAsserted,
    examples: {
      embed: false,
      positives: (fake) => [
        `assertEquals("${fake.alnum(32)}", props.getClientSecret());`, // JUnit
        `self.assertEqual("${fake.alnum(32)}", settings.api_key)`, // unittest
        `assert_equal "${fake.alnum(32)}", config.access_token`, // minitest
        `XCTAssertEqual("${fake.alnum(32)}", config.apiKey)`, // XCTest
        `Assert.Equal("${fake.alnum(32)}", options.ClientSecret);`, // xUnit
        `Assert.AreEqual("${fake.alnum(32)}", settings.ApiKey);`, // NUnit, MSTest
        `assertSame("${fake.alnum(32)}", vault.getToken());`,
      ],
      negatives: [
        { text: 'assertEquals("Invalid password", ex.getMessage());', why: 'an error message' },
        {
          text: (fake) => `assertEquals("${fake.hex(64)}", sha256(body));`,
          why: 'a digest, compared with no secret-named accessor',
        },
        { text: 'assertEquals("", config.getApiKey());', why: 'empty' },
        { text: 'assertEquals("changeme", config.getPassword());', why: 'a dummy' },
      ],
    },
  },
];
