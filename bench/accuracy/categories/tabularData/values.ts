import type { Gen } from '../../gen';

/** People's names and e-mail addresses for the non-secret columns of a row. */
const FIRST = ['ana', 'ben', 'chloe', 'dev', 'emil', 'fatima', 'george', 'hana', 'ivan', 'julia', 'kofi', 'lena'];
const LAST = ['silva', 'meyer', 'okafor', 'tanaka', 'novak', 'haddad', 'larsen', 'moreau', 'kowalski', 'reyes'];
const SITES = ['jira', 'grafana', 'jenkins', 'nexus', 'gitlab', 'vcenter', 'pfsense', 'zabbix', 'confluence', 'sonar'];

export function person(g: Gen): { login: string; email: string; name: string } {
  const first = g.pick(FIRST);
  const last = g.pick(LAST);
  return { login: `${first}.${last}`, email: `${first}.${last}@acme-corp.io`, name: `${cap(first)} ${cap(last)}` };
}

export function site(g: Gen): { name: string; url: string } {
  const name = g.pick(SITES);
  return { name, url: `https://${name}.acme-corp.io/login` };
}

export function date(g: Gen): string {
  return `2024-${pad2(g.between(1, 12))}-${pad2(g.between(1, 28))}`;
}

export function timestamp(g: Gen): string {
  return `${date(g)} ${pad2(g.between(0, 23))}:${pad2(g.between(0, 59))}:${pad2(g.between(0, 59))}`;
}

/** An OAuth client secret or API token as SaaS dashboards show them (no provider prefix). */
export function clientSecret(g: Gen): string {
  return g.pick([g.fake.alnum(40), g.fake.base64url(g.between(32, 43)), g.fake.hex(64), g.apiKey()]);
}

/** An Azure AD application password (client secret): 40 characters with `~` at index 3 or 4. */
export function azurePassword(g: Gen): string {
  return `${g.fake.alnum(3)}8Q~${g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-', 34)}`;
}

/** Pads each cell to its column's width, as psql, mysql and report writers align columns. */
export function aligned(rows: readonly (readonly string[])[], separator: string): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join(separator)
      .trimEnd(),
  );
}

/** The widths `aligned` gives each column, for rule lines such as `----+------`. */
export function widths(rows: readonly (readonly string[])[]): number[] {
  return rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
}

/** A CSV field, quoted when it holds a separator or quote (RFC 4180). */
export function csvField(value: string, always = false): string {
  return always || /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
