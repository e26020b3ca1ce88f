// Credentials in research and ML tooling whose form, not their format, says what they are: the W&B
// CLI's `wandb login KEY`, ClearML's `Task.set_credentials(key=...)`, DVC's `dvc remote modify
// REMOTE secret_access_key VALUE`, the Copernicus CDS/ADS `.cdsapirc` and ECMWF `.ecmwfapirc` keys
// and their Python clients, MATLAB's `'Password', '...'` name-value pairs, Stata's `odbc ...
// password(...)`, and API tokens issued as UUIDs (Dataverse, ORCID) under an API or access token's
// name; Anaconda.org channel tokens in conda channel URLs (`conda.anaconda.org/t/<token>/channel`).
// The calls that take a key by position (tidycensus, pyDataverse, MATLAB `database`, OMERO) are a
// table read by ./positionalPasswords.ts. Forms from each tool's own documentation (W&B CLI
// reference, ClearML SDK, DVC `remote modify`, cdsapi README, ECMWF Web API, MATLAB `weboptions` and
// `database`, Stata `odbc`, Dataverse API guide, ORCID OAuth).
// Fixture note: every positive below is generated at runtime from FakeTokens.
import type { FakeTokens } from '../fakeTokens';
import { judgeCandidate, judgedPassword } from '../judge/judge';
import { isPlaceholder } from '../placeholders';
import { UUID } from '../ruleKit';
import type { MatchContext, Rule, Verdict } from '../types';
import type { PositionalCall } from './positionalCall';

// Signatures from each package's reference: tidycensus census_api_key(key, ...), rentrez
// set_entrez_key(key), pyDataverse NativeApi(base_url, api_token), MATLAB database(datasource,
// username, password).
export const RESEARCH_POSITIONAL_CALLS: readonly PositionalCall[] = [
  {
    call: String.raw`(?:census_api_key|set_entrez_key)`,
    keywords: ['census_api_key(', 'set_entrez_key('],
    before: 0,
    example: (f) => `census_api_key("${f.hex(40)}", install = TRUE); rentrez::set_entrez_key("${f.hex(36)}")`,
  },
  {
    call: String.raw`(?:NativeApi|DataAccessApi)`,
    keywords: ['nativeapi(', 'dataaccessapi('],
    before: 1,
    example: (f) =>
      `api = NativeApi("https://dataverse.harvard.edu", "${f.uuid()}"); DataAccessApi(BASE_URL, '${f.uuid()}')`,
  },
  {
    // OMERO's Python gateway: BlitzGateway(username, passwd, host=..., port=...) (OMERO Python docs).
    call: String.raw`BlitzGateway`,
    keywords: ['blitzgateway('],
    before: 1,
    example: (f) => `conn = BlitzGateway("ana", "${f.alnum(12)}", host="omero.lab.internal", port=4064, secure=True)`,
  },
  {
    call: String.raw`(?<![\w.])database`,
    keywords: ['database('],
    before: 2,
    example: (f) => `conn = database('trialsdb', 'analyst', '${f.alnum(12)}', 'Vendor', 'PostgreSQL');`,
  },
];

/** A key the form names, judged as a secret (UUIDs included) by the shared judge. */
function judgedSecret(form: string, name: string) {
  return (secret: string, match: string, context: MatchContext): Verdict | false =>
    judgeCandidate({
      name,
      value: secret,
      // The pattern may end past the value (its closing quote): the quote before the value says.
      quoted: /["']$/.test(match.slice(0, match.lastIndexOf(secret))),
      context,
      nameStart: context.matchIndex,
      valueEnd: context.matchIndex + match.length,
      kind: 'secret',
      form,
    });
}

/** A UUID that is a real one: not zeros, not a run of one digit, not a documented placeholder. */
function isIssuedUuid(value: string): boolean {
  const hex = value.replace(/^\d{1,9}:/, '').replace(/-/g, '');
  return new Set(hex).size >= 6 && !isPlaceholder(value);
}

/**
 * `wandb login [--relogin] [--host URL] KEY`: the 40-hex API key (a local server's with `local-`).
 * A flag's value follows `=` or a space (`--host https://wandb.lab`); a URL is no key.
 */
const WANDB_LOGIN =
  /\bwandb[ \t]{1,4}login(?:[ \t]{1,4}--?[a-z][a-z-]{0,20}(?:=[^\s]{1,200}|[ \t]{1,4}https?:\/\/[^\s]{1,200})?){0,4}[ \t]{1,4}(?<secret>(?:local-)?[0-9a-f]{40})(?![\w-])/;

/**
 * Keyword arguments before `key=` in a call: names other than `key`, each with a string, a name or
 * a number, so the list has one reading.
 */
const OTHER_KWARGS = String.raw`(?:(?!key\b)\w{1,30}[ \t]{0,4}=[ \t]{0,4}(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[\w.\[\]]{1,80})[ \t]{0,4},\s{0,12}){0,4}`;

/** ClearML `Task.set_credentials(api_host=..., key=..., secret=...)`: the access key (the secret has its name). */
const CLEARML_SET_CREDENTIALS = new RegExp(
  String.raw`set_credentials\(\s{0,12}${OTHER_KWARGS}key[ \t]{0,4}=[ \t]{0,4}["'](?<secret>[A-Za-z0-9]{16,64})["']`,
);

/** `dvc remote modify [--local] REMOTE PARAM VALUE` for the parameters DVC documents as credentials. */
const DVC_REMOTE_MODIFY =
  /\bdvc[ \t]{1,4}remote[ \t]{1,4}modify(?:[ \t]{1,4}--[a-z]{1,10}){0,3}[ \t]{1,4}\w[\w.-]{0,59}[ \t]{1,4}(?<name>secret_access_key|password|account_key|sas_token|connection_string|gdrive_client_secret|key_secret|session_token|client_secret)[ \t]{1,4}["']?(?<secret>[^\s"']{6,200})["']?/;

/** `.cdsapirc` / `.adsapirc` / `.ecmwfdatastoresrc`: `key: UUID` (or the legacy `UID:UUID`). */
const CDS_RC_KEY = new RegExp(
  String.raw`^[ \t]{0,4}key[ \t]{0,4}:[ \t]{0,4}(?<secret>(?:\d{1,9}:)?${UUID})[ \t]{0,20}$`,
);

/** Spack's `access_pair:` and its two values, as a flow list or block items on the next two lines. */
const SPACK_ACCESS_PAIR =
  /access_pair:[ \t]{0,4}(?:\[[ \t]{0,4}["']?[\w$.{}-]{1,128}["']?[ \t]{0,4},|\n[ \t]{0,40}-[ \t]{1,4}["']?[\w$.{}-]{1,128}["']?[ \t]{0,4}\n[ \t]{0,40}-)[ \t]{0,4}["']?(?<secret>[A-Za-z0-9+/=_$.{}-]{1,128})/;

/** `.ecmwfapirc` (JSON): `"key": "32 hex"`. */
const ECMWF_RC_KEY = /"key"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[0-9a-f]{32})"/;

/** The Python clients of the same services given the key inline. */
const CLIMATE_CLIENT_KEY = new RegExp(
  String.raw`(?:cdsapi\.Client|ECMWFDataServer)\(\s{0,12}${OTHER_KWARGS}key[ \t]{0,4}=[ \t]{0,4}["'](?<secret>(?:\d{1,9}:)?${UUID}|[0-9a-f]{32})["']`,
);

/** MATLAB name-value pair: `weboptions('Username', u, 'Password', '...')`, `Credentials(...)`, `ftp(...)`. */
const MATLAB_PASSWORD_PAIR = /'Password'[ \t]{0,4},[ \t]{0,4}['"](?<secret>[^'"\n]{1,128})['"]/i;

/** Stata `odbc load|exec|insert ..., dsn(...) user(...) password(...)` and `jdbc connect, ... password(...)`. */
const STATA_DB_PASSWORD = /\bpassword\([ \t]{0,4}"?(?<secret>[^)" \t\r\n]{1,128})"?[ \t]{0,4}\)/;

/** The Stata command the option belongs to, before it on the line. */
const STATA_DB_COMMAND = /\b[oj]dbc[ \t]{1,4}(?:load|exec|insert|sqlfile|query|connect|describe|list)\b/;

/**
 * An API or access token issued as a UUID (Dataverse API tokens, ORCID access tokens) under a name
 * that says so: a UUID under another token's name is an idempotency or request token. The match
 * starts at the token word (a keyword), so on an over-long line it is tried only there; the rest of
 * the name, before the word, is read back by tokenNameHeadStart.
 */
const UUID_API_TOKEN = new RegExp(
  String.raw`(?<name>(?:api|access|auth|bearer|refresh)[_.-]?token)(?![A-Za-z0-9_.-])["']?[ \t]{0,4}(?:=|:)[ \t]{0,4}["']?(?<secret>${UUID})(?![\w-])`,
  'i',
);

/** Every spelling of the token word UUID_API_TOKEN starts with: each match starts at a keyword. */
const UUID_TOKEN_KEYWORDS = ['api', 'access', 'auth', 'bearer', 'refresh'].flatMap((w) =>
  ['', '_', '.', '-'].map((sep) => `${w}${sep}token`),
);

/** The longest run of letters and digits a token word's name may open with (`dataverse_`, `ORCID_`). */
const TOKEN_NAME_HEAD_MAX = 20;

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Where the name of the token word at `wordAt` starts (-1: it cannot): a head of at most
 * TOKEN_NAME_HEAD_MAX letters and digits, then at most one of `_ . -`, opened by no letter or digit,
 * or none, where no letter or digit stands before the word. The longest such head, as the earliest
 * match of a pattern reading it left to right would take.
 */
function tokenNameHeadStart(line: string, wordAt: number): number {
  let end = wordAt;
  const before = line.charCodeAt(wordAt - 1);
  if (before === 95 || before === 46 || before === 45) end--;
  let i = end;
  while (i > 0 && end - i <= TOKEN_NAME_HEAD_MAX && isAlnum(line.charCodeAt(i - 1))) i--;
  if (i === end || end - i > TOKEN_NAME_HEAD_MAX) return end === wordAt ? (i === end ? wordAt : -1) : wordAt;
  return i;
}

/** Dataverse's `X-Dataverse-key` header with its UUID API token. */
const DATAVERSE_HEADER = new RegExp(String.raw`X-Dataverse-key[ \t]{0,4}:[ \t]{0,4}(?<secret>${UUID})(?![\w-])`, 'i');

const judgeDvc = (secret: string, match: string, context: MatchContext): Verdict | false => {
  const name = DVC_REMOTE_MODIFY.exec(match)?.groups?.['name'] ?? 'password';
  return judgedSecret(`DVC remote ${name}`, name)(secret, match, context);
};
const judgeMatlab = judgedPassword("MATLAB 'Password' name-value argument", true);
const judgeStataPassword = judgedPassword('Stata odbc/jdbc password() option', true);
const judgeStata = (secret: string, match: string, context: MatchContext): Verdict | false =>
  STATA_DB_COMMAND.test(context.line.slice(Math.max(0, context.matchIndex - 400), context.matchIndex)) &&
  judgeStataPassword(secret, match, context);

function uuidToken(form: string) {
  return (secret: string, match: string, context: MatchContext): Verdict | false => {
    // A test's token response or fixture struct: UUIDs are what tests fill token fields with.
    if (context.file.test || !isIssuedUuid(secret)) return false;
    const headStart = tokenNameHeadStart(context.line, context.matchIndex);
    if (headStart < 0) return false;
    const word = UUID_API_TOKEN.exec(match)?.groups?.['name'] ?? 'api_token';
    const head = context.line.slice(headStart, context.matchIndex);
    // Judged from the name's start, as when the match held the whole name.
    return judgedSecret(form, head + word)(secret, head + match, {
      ...context,
      matchIndex: headStart,
    });
  };
}

const uuidKey = (fake: FakeTokens) => fake.uuid();

export const researchMlRules: readonly Rule[] = [
  {
    id: 'wandb-login-command',
    title: 'Weights & Biases API key given to `wandb login`',
    provider: 'Weights & Biases',
    keywords: ['wandb login'],
    pattern: WANDB_LOGIN,
    startsAtKeyword: true,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'WANDB_API_KEY',
    docs: 'https://docs.wandb.ai/ref/cli/wandb-login/',
    risk: "Logs runs, reads and deletes the account's projects, artifacts and models on W&B.",
    examples: {
      embed: false,
      path: 'jobs/train.sbatch',
      positives: (fake) => [
        `wandb login ${fake.hex(40)}`,
        `!wandb login --relogin ${fake.hex(40)}`,
        `wandb login --host=https://wandb.lab.internal local-${fake.hex(40)}`,
        `wandb login --host https://wandb.lab.internal ${fake.hex(40)}`,
      ],
      negatives: [
        { text: 'wandb login', why: 'interactive: no key' },
        { text: 'wandb login $WANDB_API_KEY', why: 'a variable' },
        { text: 'wandb login --relogin', why: 'no key' },
      ],
    },
  },
  {
    id: 'clearml-set-credentials-key',
    title: 'ClearML access key given to Task.set_credentials',
    provider: 'ClearML',
    keywords: ['set_credentials('],
    pattern: CLEARML_SET_CREDENTIALS,
    startsAtKeyword: true,
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'CLEARML_API_ACCESS_KEY',
    docs: 'https://clear.ml/docs/latest/docs/references/sdk/task/#taskset_credentials',
    risk: 'With its secret, reads and writes the ClearML workspace: experiments, datasets, models and queues.',
    validate: judgedSecret('ClearML access key (Task.set_credentials)', 'access_key'),
    examples: {
      embed: false,
      path: 'remote_task.py',
      positives: (fake) => [
        `Task.set_credentials(api_host="https://api.clear.ml", key="${fake.upperAlnum(20)}", secret="${fake.alnum(50)}")`,
        `Task.set_credentials(key='${fake.upperAlnum(20)}', secret=s)`,
      ],
      negatives: [
        { text: 'Task.set_credentials(key=os.environ["CLEARML_KEY"], secret=s)', why: 'read from the environment' },
        { text: 'Task.set_credentials(api_host=host, key="YOUR_ACCESS_KEY")', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'dvc-remote-modify-secret',
    title: 'Credential given to `dvc remote modify` (secret_access_key, password, account_key)',
    provider: 'DVC',
    keywords: ['dvc remote modify'],
    pattern: DVC_REMOTE_MODIFY,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'AWS_SECRET_ACCESS_KEY',
    docs: 'https://dvc.org/doc/command-reference/remote/modify',
    risk: "Reads and overwrites the project's DVC remote: every tracked dataset and model.",
    validate: judgeDvc,
    examples: {
      embed: false,
      path: 'scripts/setup_data.sh',
      positives: (fake) => [
        `dvc remote modify --local storage secret_access_key ${fake.base64(40).replace(/\+/g, 'x')}`,
        `dvc remote modify --local cluster password '${fake.alnum(14)}'`,
        `dvc remote modify azstore account_key ${fake.base64(86)}==`,
      ],
      negatives: [
        { text: 'dvc remote modify --local myremote secret_access_key mysecret', why: 'placeholder' },
        { text: 'dvc remote modify --local storage secret_access_key $AWS_SECRET', why: 'a variable' },
        { text: 'dvc remote modify storage endpointurl https://minio.lab:9000', why: 'not a credential' },
      ],
    },
  },
  {
    id: 'copernicus-cdsapirc-key',
    title: 'Copernicus CDS/ADS personal access token in .cdsapirc',
    provider: 'Copernicus',
    keywords: ['key:'],
    paths: /(?:^|\/)\.(?:cdsapirc|adsapirc|ecmwfdatastoresrc)$/,
    pattern: CDS_RC_KEY,
    confidence: 'high',
    envVar: 'CDSAPI_KEY',
    docs: 'https://cds.climate.copernicus.eu/how-to-api',
    risk: "Downloads from the Climate or Atmosphere Data Store as the account, using its quota and its licences' terms.",
    validate: (secret) => isIssuedUuid(secret),
    examples: {
      embed: false,
      path: '.cdsapirc',
      positives: (fake) => [`key: ${fake.uuid()}`, `key: ${fake.int(300000) + 1000}:${fake.uuid()}`],
      negatives: [
        { text: 'key: <PERSONAL-ACCESS-TOKEN>', why: 'placeholder' },
        { text: 'key: 00000000-0000-0000-0000-000000000000', why: 'zeros' },
      ],
    },
  },
  {
    id: 'anaconda-channel-token',
    title: 'Anaconda.org token in a conda channel URL',
    provider: 'Anaconda',
    keywords: ['anaconda.org/t/', 'anaconda.cloud/t/'],
    // conda sends the token as the URL's `/t/<token>/` segment (conda docs, "Using tokens";
    // anaconda.org "Token authentication"): private channels in .condarc, environment.yml, CI.
    pattern: /\banaconda\.(?:org|cloud)\/t\/(?<secret>[A-Za-z0-9_-]{12,100})\//,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'ANACONDA_TOKEN',
    docs: 'https://docs.anaconda.com/anacondaorg/user-guide/work-with-tokens/',
    risk: "Downloads (and with write scopes, uploads) the packages of the token owner's private channels.",
    validate: (secret) => /\d/.test(secret) && /[a-z]/i.test(secret) && !isPlaceholder(secret),
    examples: {
      embed: false,
      path: '.condarc',
      positives: (fake) => [
        `  - https://conda.anaconda.org/t/${fake.lower(2)}-${fake.uuid()}/labchannel`,
        `conda install -c https://conda.anaconda.org/t/${fake.alnum(30)}/private mypkg`,
        `  - https://repo.anaconda.cloud/t/${fake.alnum(30)}/repo/main`,
      ],
      negatives: [
        { text: '  - https://conda.anaconda.org/t/<TOKEN>/labchannel', why: 'placeholder' },
        { text: '  - https://conda.anaconda.org/t/$ANACONDA_TOKEN/labchannel', why: 'a variable' },
      ],
    },
  },
  {
    id: 'spack-mirror-access-pair',
    title: "Secret key in a Spack mirror's S3 access_pair",
    provider: 'Spack',
    keywords: ['access_pair:'],
    // mirrors.yaml `access_pair: [id, secret]`, as a flow list or two block items (Spack docs,
    // "Mirrors": S3 connection settings). The second item is the secret key.
    pattern: SPACK_ACCESS_PAIR,
    multiline: { maxSpan: 300 },
    minEntropy: 3,
    confidence: 'high',
    envVar: 'AWS_SECRET_ACCESS_KEY',
    docs: 'https://spack.readthedocs.io/en/latest/mirrors.html',
    risk: "Reads and overwrites the build cache's bucket: whoever holds it can plant binaries every cluster user installs.",
    validate: judgedSecret("the secret half of a Spack mirror's access_pair", 'secret_access_key'),
    examples: {
      embed: false,
      path: 'spack/mirrors.yaml',
      positives: (fake) => [
        `      access_pair:\n      - AKIA${fake.upper(16)}\n      - ${fake.base64(40)}`,
        `    access_pair: [${fake.upperAlnum(20)}, ${fake.alnum(40)}]`,
      ],
      negatives: [
        { text: '      access_pair:\n      - $S3_ACCESS_KEY_ID\n      - $S3_SECRET_KEY', why: 'variables' },
        { text: '    access_pair: [null, null]', why: 'no credentials' },
      ],
    },
  },
  {
    id: 'ecmwf-apirc-key',
    title: 'ECMWF Web API key in .ecmwfapirc',
    provider: 'ECMWF',
    keywords: ['"key"'],
    paths: /(?:^|\/)\.ecmwfapirc$/,
    pattern: ECMWF_RC_KEY,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'ECMWF_API_KEY',
    docs: 'https://www.ecmwf.int/en/computing/software/ecmwf-web-api',
    risk: 'Retrieves MARS and archive data as the account, against its quota and licence.',
    examples: {
      embed: false,
      path: '.ecmwfapirc',
      positives: (fake) => [`    "key"   : "${fake.hex(32)}",`],
      negatives: [{ text: '"key" : "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",', why: 'placeholder' }],
    },
  },
  {
    id: 'climate-data-client-key',
    title: 'Copernicus CDS or ECMWF key given to its Python client',
    provider: 'Copernicus',
    keywords: ['cdsapi.client(', 'ecmwfdataserver('],
    pattern: CLIMATE_CLIENT_KEY,
    startsAtKeyword: true,
    minEntropy: 3,
    confidence: 'high',
    envVar: 'CDSAPI_KEY',
    docs: 'https://cds.climate.copernicus.eu/how-to-api',
    risk: 'Downloads from the data store as the account, against its quota and licences.',
    validate: (secret) => isIssuedUuid(secret) || !/-/.test(secret),
    examples: {
      embed: false,
      path: 'download_era5.py',
      positives: (fake) => [
        `c = cdsapi.Client(url="https://cds.climate.copernicus.eu/api", key="${fake.uuid()}")`,
        `server = ECMWFDataServer(url="https://api.ecmwf.int/v1", key="${fake.hex(32)}", email="a@b.org")`,
      ],
      negatives: [
        { text: 'c = cdsapi.Client(url=URL, key=os.environ["CDSAPI_KEY"])', why: 'read from the environment' },
        { text: 'c = cdsapi.Client(key="<PERSONAL-ACCESS-TOKEN>")', why: 'placeholder' },
      ],
    },
  },
  {
    id: 'matlab-password-pair',
    title: "Password in a MATLAB 'Password' name-value argument (weboptions, Credentials, ftp)",
    provider: 'MATLAB',
    keywords: ["'password'"],
    paths: /\.m$/,
    pattern: MATLAB_PASSWORD_PAIR,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'SERVICE_PASSWORD',
    docs: 'https://www.mathworks.com/help/matlab/ref/weboptions.html',
    risk: 'Logs in to the web service, FTP or database server as that user.',
    validate: judgeMatlab,
    examples: {
      embed: false,
      path: 'matlab/fetch.m',
      positives: (fake) => [
        `opts = weboptions('Username', 'jdoe', 'Password', '${fake.alnum(12)}', 'Timeout', 60);`,
        `cred = matlab.net.http.Credentials('Username', 'jdoe', 'Password', '${fake.alnum(10)}!');`,
      ],
      negatives: [
        { text: "opts = weboptions('Username', u, 'Password', getenv('EDL_PASS'));", why: 'read from the environment' },
        { text: "opts = weboptions('Password', 'password');", why: 'placeholder' },
      ],
    },
  },
  {
    id: 'stata-db-password',
    title: 'Password in a Stata odbc/jdbc password() option',
    provider: 'Stata',
    keywords: ['odbc ', 'jdbc '],
    pattern: STATA_DB_PASSWORD,
    confidence: 'medium',
    envVar: 'DB_PASSWORD',
    docs: 'https://www.stata.com/manuals/dodbc.pdf',
    risk: 'Logs in to the database the do-file reads as that user.',
    validate: judgeStata,
    examples: {
      embed: false,
      path: 'do/01_load.do',
      positives: (fake) => [
        `odbc load, exec("SELECT * FROM wave3") dsn("panel") user(jdoe) password(${fake.alnum(12)})`,
        `jdbc connect, jar("pg.jar") driverclass("org.postgresql.Driver") url("jdbc:postgresql://db/x") user("a") password("${fake.alnum(12)}")`,
      ],
      negatives: [
        { text: 'odbc load, table("t") dsn("panel") user(jdoe) password($dbpass)', why: 'a global macro' },
        { text: 'odbc load, table("t") dsn("panel") user(jdoe) password(`pw\')', why: 'a local macro' },
      ],
    },
  },
  {
    id: 'uuid-api-token',
    title: 'API or access token issued as a UUID (Dataverse, ORCID) under its name',
    provider: 'API token',
    keywords: UUID_TOKEN_KEYWORDS,
    pattern: UUID_API_TOKEN,
    startsAtKeyword: true,
    confidence: 'medium',
    envVar: 'API_TOKEN',
    docs: 'https://guides.dataverse.org/en/latest/api/auth.html',
    risk: 'Calls the service as the account the token was issued to.',
    validate: uuidToken('UUID API token'),
    examples: {
      embed: false,
      path: 'deposit.sh',
      positives: (fake) => [
        `export API_TOKEN=${uuidKey(fake)}`,
        `{"access_token":"${uuidKey(fake)}","token_type":"bearer","expires_in":631138518}`,
        `DATAVERSE_API_TOKEN = "${uuidKey(fake)}"`,
        `const apiToken = '${uuidKey(fake)}';`,
        `dataverse-api-token: ${uuidKey(fake)}`,
        `accessToken: "${uuidKey(fake)}"`,
        `ORCID_AUTH_TOKEN=${uuidKey(fake)}`,
        `authToken = "${uuidKey(fake)}"`,
        `bearer_token: "${uuidKey(fake)}"`,
        `refresh_token = "${uuidKey(fake)}"`,
        // The other spellings the pattern takes (each a keyword): YAML keys, properties, env files.
        ...[
          'api.',
          'access-',
          'access.',
          'auth-',
          'auth.',
          'bearer',
          'bearer-',
          'bearer.',
          'refresh',
          'refresh-',
          'refresh.',
        ].map((word) => `orcid.${word}token: ${uuidKey(fake)}`),
      ],
      negatives: [
        {
          text: (fake) => `const tokenMock = \`{"access_token":"${fake.uuid()}","token_type":"bearer"}\``,
          why: 'a test fixture',
          path: 'providers/dns/versio_mock_test.go',
        },

        { text: 'export API_TOKEN=00000000-0000-0000-0000-000000000000', why: 'zeros' },
        { text: (fake) => `client_token = "${fake.uuid()}"`, why: 'an idempotency token' },
        { text: 'API_TOKEN=${API_TOKEN}', why: 'a reference' },
      ],
    },
  },
  {
    id: 'dataverse-key-header',
    title: 'Dataverse API token in an X-Dataverse-key header',
    provider: 'Dataverse',
    keywords: ['x-dataverse-key'],
    pattern: DATAVERSE_HEADER,
    startsAtKeyword: true,
    confidence: 'high',
    envVar: 'DATAVERSE_API_TOKEN',
    docs: 'https://guides.dataverse.org/en/latest/api/auth.html',
    risk: 'Deposits, edits and publishes datasets as the account, and reads its restricted files.',
    validate: (secret) => isIssuedUuid(secret),
    examples: {
      embed: false,
      positives: (fake) => [
        `curl -H "X-Dataverse-key:${fake.uuid()}" https://dataverse.harvard.edu/api/datasets/:persistentId`,
      ],
      negatives: [{ text: 'curl -H "X-Dataverse-key:$API_TOKEN" $SERVER/api/dataverses/root', why: 'a variable' }],
    },
  },
];
