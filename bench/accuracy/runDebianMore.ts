import { runDebianBench } from './debianBench';
import type { PackageSet } from './realCodeDebian';

/**
 * `npm run bench:realcode-debian-more`: a second, held-out Debian set (none of its packages is in
 * the npm or the Debian set, and no rule was tuned on it before session 11): servers' documentation
 * and example configurations, man pages, the kernel's documentation, Rust crates, Go and Python
 * cloud SDKs, Ansible's collections, Ruby and PHP cloud libraries. Gzipped documentation is
 * unpacked to text as a repository holds it. Opt-in: about 1.4 GB unpacked, not run by tests or CI.
 */
export const DEBIAN_MORE_SET: PackageSet = {
  configs: [
    'postfix',
    'dovecot-core',
    'nginx-doc',
    'apache2-doc',
    'samba-common',
    'slapd',
    'bind9-doc',
    'squid-common',
    'haproxy',
    'freeradius-config',
    'openvpn',
    'strongswan-starter',
    'postgresql-doc-15',
    'redis-tools',
    'rabbitmq-server',
    'zabbix-server-mysql',
    'nagios4-common',
    'icinga2-common',
    'prometheus',
    'bacula-doc',
    'courier-doc',
  ],
  kdoc: ['linux-doc-6.1'],
  rust: [
    'librust-rustls-dev',
    'librust-serde-json-dev',
    'librust-ring-dev',
    'librust-openssl-dev',
    'librust-oauth2-dev',
    'librust-jsonwebtoken-dev',
    'librust-git2-dev',
    'librust-h2-dev',
    'librust-http-dev',
    'librust-native-tls-dev',
    'librust-sequoia-openpgp-dev',
    'librust-url-dev',
    'librust-webpki-dev',
    'librust-tracing-subscriber-dev',
    'librust-base64-dev',
    'librust-rustls-pemfile-dev',
  ],
  go: [
    'golang-github-aws-aws-sdk-go-dev',
    'golang-github-google-go-github-dev',
    'golang-github-gophercloud-gophercloud-dev',
    'golang-etcd-server-dev',
    'golang-github-coreos-go-oidc-dev',
    'golang-github-azure-go-autorest-dev',
    'golang-github-hashicorp-go-discover-dev',
    'golang-github-hashicorp-go-getter-dev',
    'golang-github-hashicorp-go-retryablehttp-dev',
  ],
  python: [
    'python3-google-auth',
    'python3-botocore',
    'python3-kubernetes',
    'python3-keyring',
    'python3-cryptography',
    'python3-jose',
    'python3-oauth2client',
    'python3-stripe',
    'python3-sentry-sdk',
    'python3-msal',
    'python3-hvac',
    'python3-docker',
    'python3-gitlab',
    'python3-github',
    'python3-novaclient',
    'python3-openstackclient',
    'python3-authlib',
    'python3-social-auth-core',
    'python3-requests-oauthlib',
    'python3-fabric',
  ],
  azure: ['python3-azure'],
  ansible: ['ansible'],
  rubyphp: [
    'ruby-aws-sdk-s3',
    'ruby-google-api-client',
    'ruby-octokit',
    'ruby-fog-aws',
    'ruby-fog-openstack',
    'ruby-fog-google',
    'ruby-azure-storage-blob',
    'php-async-aws-core',
    'php-async-aws-ses',
    'php-horde-oauth',
    'php-oauth',
    'gitlab-cli',
  ],
};

const USAGE = `Usage: npm run bench:realcode-debian-more -- [--verbose] [--max-per-mb <n>]
  --verbose        list every finding (path, line, rule, redacted preview)
  --max-per-mb <n> exit 1 when the total findings per MB exceed n`;

try {
  process.exitCode = runDebianBench({
    title: 'Debian held-out set (docs, configs, SDKs)',
    cacheName: 'accuracy-debian-more',
    summaryName: 'latest-debian-more.json',
    usage: USAGE,
    set: DEBIAN_MORE_SET,
    gunzip: true,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
