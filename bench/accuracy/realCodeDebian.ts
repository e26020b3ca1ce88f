import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measure, prune } from './realCode';

/**
 * A second real-code set beside the npm one: ordinary source in other languages, taken from
 * Debian's packages (the only other registry this project's machines reach). Packages are
 * fetched with `apt-get download` and unpacked with `dpkg-deb -x` into the bench cache: nothing is
 * installed on the system and nothing is committed.
 */
export const DEBIAN_SET: Readonly<Record<string, readonly string[]>> = {
  go: [
    'golang-1.19-src',
    'golang-golang-x-crypto-dev',
    'golang-golang-x-net-dev',
    'golang-google-grpc-dev',
    'golang-github-gin-gonic-gin-dev',
    'golang-github-spf13-cobra-dev',
    'golang-github-prometheus-client-golang-dev',
    'golang-github-go-sql-driver-mysql-dev',
    'golang-github-lib-pq-dev',
    'golang-github-minio-minio-go-v7-dev',
    'golang-github-docker-docker-dev',
  ],
  python: [
    'python3-django',
    'python3-sqlalchemy',
    'python3-requests',
    'python3-urllib3',
    'python3-flask',
    'python3-werkzeug',
    'python3-jinja2',
    'python3-paramiko',
    'python3-twisted',
    'python3-tornado',
    'python3-boto3',
    'python3-pandas',
    'ansible-core',
    'python3-celery',
    'python3-redis',
    'python3-pymongo',
    'python3-ldap3',
    'python3-oauthlib',
    'python3-jwt',
    'python3-openstacksdk',
    'python3-keystoneclient',
  ],
  ruby: [
    'ruby-activerecord',
    'ruby-activesupport',
    'ruby-actionpack',
    'ruby-actionview',
    'ruby-railties',
    'ruby-activemodel',
    'ruby-devise',
    'ruby-net-ssh',
    'ruby-faraday',
    'ruby-aws-sdk-core',
    'ruby-omniauth',
    'ruby-rack',
    'ruby-sinatra',
    'ruby-mail',
    'ruby-net-ldap',
    'ruby-oauth2',
  ],
  php: [
    'php-laravel-framework',
    'php-symfony-http-foundation',
    'php-symfony-security-core',
    'php-symfony-security-http',
    'php-symfony-mailer',
    'php-symfony-console',
    'php-symfony-http-kernel',
    'php-symfony-routing',
    'php-guzzlehttp-guzzle',
    'php-phpseclib3',
    'php-doctrine-dbal',
    'php-twig',
    'php-monolog',
    'libphp-phpmailer',
    'phpmyadmin',
    'roundcube-core',
  ],
  java: ['openjdk-17-source'],
  perl: [
    'perl-modules-5.36',
    'libwww-perl',
    'libdbi-perl',
    'libmojolicious-perl',
    'libcatalyst-perl',
    'libnet-ssh2-perl',
    'libnet-ldap-perl',
    'libdbd-mysql-perl',
    'libmail-imapclient-perl',
  ],
  rust: ['librust-tokio-dev', 'librust-hyper-dev', 'librust-reqwest-dev', 'librust-serde-dev', 'librust-clap-dev'],
  c: ['libssl-dev', 'libcurl4-openssl-dev', 'linux-libc-dev'],
};

/**
 * The JDK modules taken from openjdk's src.zip (~75 MB of hand-written Java); the rest is mostly
 * generated locale and charset tables or desktop UI.
 */
const JDK_MODULES = [
  'java.base',
  'java.net.http',
  'java.sql',
  'java.naming',
  'java.security.jgss',
  'java.management',
  'java.xml.crypto',
  'java.rmi',
  'java.logging',
  'jdk.crypto.cryptoki',
  'jdk.compiler',
  'jdk.httpserver',
  'jdk.jshell',
];

/** Test folders these ecosystems use beyond the npm set's (Go's testdata and testing/ fixture packages). */
const EXTRA_PRUNED_DIRS = new Set(['testdata', 'testing', 'lintian']);

/** Tests that live beside the code they test, by each language's naming convention. */
const TEST_FILE =
  /^fixtures?\.[a-z]{1,4}$|(?:_test\.go|_test\.py|_tests\.py|_spec\.rb|_test\.rb|Tests?\.java|Tests?\.php)$|^test_[^/]{1,200}\.py$/;

export interface DebianSet {
  readonly root: string;
  readonly textBytes: number;
  readonly files: number;
  /** Text bytes per `language/package`. */
  readonly packageBytes: ReadonlyMap<string, number>;
}

/** `language/package` for a path relative to the set's root (`src/<language>/<package>/…`). */
export function debianPackageOf(relativePath: string): string {
  const parts = relativePath
    .replace(/\\/g, '/')
    .replace(/^(\.\/)?src\//, '')
    .split('/');
  return `${parts[0]}/${parts[1]}`;
}

/** A package set: language or group → Debian package names. */
export type PackageSet = Readonly<Record<string, readonly string[]>>;

export interface DebianSetOptions {
  /** The packages (default DEBIAN_SET). */
  readonly set?: PackageSet;
  /** Unpack gzipped files (man pages, documentation) to text, as a repository holds them. */
  readonly gunzip?: boolean;
}

/**
 * Downloads and unpacks a package set (DEBIAN_SET unless told) into
 * `cacheDir/src/<language>/<package>` (once per package list), prunes tests, fixtures, examples and
 * binary files, and measures what is left.
 */
export function prepareDebianSet(
  cacheDir: string,
  log: (line: string) => void,
  options: DebianSetOptions = {},
): DebianSet {
  const set = options.set ?? DEBIAN_SET;
  const gunzip = options.gunzip === true;
  const stamp = createHash('sha256')
    // The option joins the stamp only when set, so the first set's cache stays valid as it was.
    .update(JSON.stringify([set, JDK_MODULES, [...EXTRA_PRUNED_DIRS], TEST_FILE.source, ...(gunzip ? ['gunzip'] : [])]))
    .digest('hex')
    .slice(0, 16);
  const marker = path.join(cacheDir, `.installed-${stamp}`);
  const root = path.join(cacheDir, 'src');
  if (!existsSync(marker)) {
    log(`fetching the Debian real-code set into ${cacheDir} (apt-get download, once)…`);
    rmSync(cacheDir, { recursive: true, force: true });
    const debs = path.join(cacheDir, 'debs');
    mkdirSync(debs, { recursive: true });
    const all = Object.values(set).flat();
    try {
      execFileSync('apt-get', ['download', ...all], { cwd: debs, stdio: ['ignore', 'ignore', 'inherit'] });
    } catch (error) {
      throw new Error(`apt-get download failed (run \`apt-get update\` once first): ${String(error)}`, {
        cause: error,
      });
    }
    for (const [language, packages] of Object.entries(set))
      for (const pkg of packages) unpack(debs, pkg, path.join(root, language, pkg));
    if (gunzip) execFileSync('find', [root, '-type', 'f', '-name', '*.gz', '-exec', 'gunzip', '-f', '{}', '+']);
    prune(root, EXTRA_PRUNED_DIRS, (name) => TEST_FILE.test(name));
    rmSync(debs, { recursive: true, force: true });
    writeFileSync(marker, new Date().toISOString() + '\n');
  }
  const packageBytes = new Map<string, number>();
  let files = 0;
  for (const language of readdirSync(root).sort())
    for (const pkg of readdirSync(path.join(root, language)).sort()) {
      const m = measure(path.join(root, language, pkg));
      packageBytes.set(`${language}/${pkg}`, m.bytes);
      files += m.files;
    }
  const textBytes = [...packageBytes.values()].reduce((a, b) => a + b, 0);
  return { root, textBytes, files, packageBytes };
}

function unpack(debs: string, pkg: string, target: string): void {
  const deb = readdirSync(debs).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
  if (!deb) throw new Error(`apt-get download did not fetch ${pkg}`);
  mkdirSync(target, { recursive: true });
  execFileSync('dpkg-deb', ['-x', path.join(debs, deb), target]);
  if (pkg.startsWith('openjdk-')) unpackJdkSources(target);
}

/** openjdk-N-source ships one src.zip: keep the chosen modules' sources, drop the archive. */
function unpackJdkSources(target: string): void {
  const zip = execFileSync('find', [target, '-name', 'src.zip'], { encoding: 'utf8' }).trim().split('\n')[0];
  if (!zip) throw new Error('no src.zip in the openjdk source package');
  const out = path.join(target, 'src');
  mkdirSync(out, { recursive: true });
  execFileSync('unzip', ['-q', '-o', zip, ...JDK_MODULES.map((m) => `${m}/*`), '-d', out]);
  rmSync(zip, { force: true });
}
