import { FakeTokens } from '../../src/core/rules/fakeTokens';

/**
 * Helpers the case templates share: a seeded random source and realistic names, hosts and
 * passwords. Every secret-shaped value is generated here at run time from FakeTokens, so no
 * token-shaped literal is committed (a real scanner must find nothing in this folder).
 */
export class Gen {
  readonly fake: FakeTokens;

  constructor(seed: number) {
    this.fake = new FakeTokens(seed);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.fake.int(items.length)]!;
  }

  chance(probability: number): boolean {
    return this.fake.next() < probability;
  }

  between(min: number, max: number): number {
    return min + this.fake.int(max - min + 1);
  }

  word(): string {
    return this.pick(WORDS);
  }

  user(): string {
    return this.pick(USERS);
  }

  host(): string {
    return `${this.pick(HOST_PARTS)}-${this.pick(['01', '02', 'prod', 'primary', 'east', 'internal'])}.${this.pick(DOMAINS)}`;
  }

  dbName(): string {
    return this.pick([
      'orders',
      'billing',
      'inventory',
      'app',
      'crm',
      'analytics',
      'wordpress',
      'shop',
      'users',
      'ledger',
    ]);
  }

  /** A password as people choose them: weak words with digits, leet spellings, or random strings. */
  password(): string {
    switch (this.fake.int(6)) {
      case 0:
        return this.pick(PASSWORD_WORDS) + this.fake.digits(this.between(2, 4)) + this.pick(SYMBOLS);
      case 1:
        return leet(this.pick(PASSWORD_WORDS)) + this.pick(SYMBOLS) + this.fake.digits(2);
      case 2:
        return this.fake.alnum(this.between(10, 20));
      case 3:
        return this.fake.from(PASSWORD_ALPHABET, this.between(12, 24));
      case 4:
        return this.pick(PASSWORD_WORDS).toLowerCase() + this.pick(PASSWORD_WORDS).toLowerCase() + this.fake.digits(2);
      default:
        return this.pick(PASSWORD_WORDS) + '_' + this.fake.lowerAlnum(6);
    }
  }

  /** A password without characters that need escaping in URLs, shells, XML or quotes. */
  plainPassword(): string {
    for (;;) {
      const p = this.password();
      if (/^[A-Za-z0-9_.!*-]+$/.test(p)) return p;
    }
  }

  /** An unprefixed API key as the long tail of SaaS services issue them. */
  apiKey(): string {
    switch (this.fake.int(5)) {
      case 0:
        return this.fake.hex(32);
      case 1:
        return this.fake.alnum(32);
      case 2:
        return this.fake.hex(40);
      case 3:
        return this.fake.alnum(this.between(20, 48));
      default:
        return this.fake.lowerAlnum(this.between(24, 40));
    }
  }
}

/** A weak word spelt with digits for letters, as people do to satisfy password rules. */
function leet(word: string): string {
  return word.replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3').replace(/i/g, '1').replace(/s/g, '$');
}

/** Quotes `value` for JavaScript/Python/etc. */
export function q(value: string, quote = '"'): string {
  return quote + value + quote;
}

const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+-=?@^_';
const SYMBOLS = ['!', '#', '@', '$', '%', '*', '?'];
const PASSWORD_WORDS = [
  'Summer',
  'Falcon',
  'Maple',
  'Orion',
  'Tiger',
  'Coffee',
  'Rocket',
  'Harbor',
  'Velvet',
  'Cobalt',
  'Winter',
  'Dragon',
  'Monkey',
  'Sunshine',
  'Butterfly',
  'Galaxy',
  'Penguin',
  'Thunder',
  'Kestrel',
  'Juniper',
  'Lighthouse',
  'Marble',
  'Nimbus',
  'Quartz',
  'Saffron',
  'Tundra',
];
const WORDS = [
  'order',
  'invoice',
  'customer',
  'report',
  'shipment',
  'catalog',
  'session',
  'billing',
  'metrics',
  'search',
  'profile',
  'upload',
  'webhook',
  'export',
  'ledger',
  'audit',
];
const USERS = [
  'admin',
  'deploy',
  'app_user',
  'svc_billing',
  'jenkins',
  'postgres',
  'root',
  'sa',
  'reporting',
  'etl',
  'webapp',
  'backup',
  'grafana',
  'ci-bot',
  'mlops',
];
const HOST_PARTS = ['db', 'pg', 'mysql', 'redis', 'mq', 'api', 'ftp', 'sftp', 'ldap', 'smtp', 'build', 'nexus'];
// No RFC 2606 documentation domain (example.net): a credential in a URL to one is an example, and
// the URL rule says so.
const DOMAINS = [
  'corp.local',
  'acme.internal',
  'prod.acmecorp.net',
  'eu-west-1.rds.amazonaws.com',
  'intra.contoso.com',
  'svc.cluster.local',
];
