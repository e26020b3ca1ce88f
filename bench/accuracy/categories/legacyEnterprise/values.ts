import type { Gen } from '../../gen';

/**
 * Values the legacy-enterprise templates share, in the shapes older enterprise stacks hold them:
 * service-account and database passwords as corporate admins pick them (a season and a year, the
 * company or system name with digits, random strings from a password tool), RACF-style mainframe
 * passwords (up to 8 upper-case letters and digits), SAP passwords, WebSphere's `{xor}` encoding
 * (each byte XOR `_`, then Base64, reversible by anyone), ASP.NET machineKey hex keys, and the
 * non-secret ids these files are full of (assembly public-key tokens, project GUIDs, thumbprints).
 * Every value is generated at run time from the seeded FakeTokens, so nothing committed here is a
 * live credential.
 */

const SEASONS = ['Spring', 'Summer', 'Autumn', 'Winter', 'January', 'October'];
const SYSTEMS = ['Oracle', 'Weblogic', 'Sap', 'Finance', 'Payroll', 'Ledger', 'Mainframe', 'Billing', 'Sales'];
const COMPANIES = ['Acme', 'Contoso', 'Globex', 'Initech', 'Umbrella', 'Northwind', 'Fabrikam'];

/** A service-account or database password as corporate admins pick them. */
export function pass(g: Gen): string {
  switch (g.fake.int(6)) {
    case 0:
      return `${g.pick(SEASONS)}${g.between(2004, 2019)}${g.pick(['!', '#', '$', '@'])}`;
    case 1:
      return `${g.pick(SYSTEMS)}${g.fake.digits(g.between(2, 4))}${g.pick(['!', '#', '_prd', '*'])}`;
    case 2:
      return `${g.pick(COMPANIES)}${g.pick(['@', '#', '_'])}${g.pick(['Prod', 'Db', 'Svc', 'Batch'])}${g.fake.digits(2)}`;
    case 3:
      return g.fake.alnum(g.between(12, 20));
    case 4:
      return g.password();
    default:
      return g.plainPassword();
  }
}

/** A password that needs no escaping in shells, URLs, connection strings or quotes. */
export function plain(g: Gen): string {
  for (;;) {
    const p = pass(g);
    if (/^[A-Za-z0-9_.!*-]+$/.test(p)) return p;
  }
}

/** A RACF/ACF2-style mainframe or AS/400 password: 6-8 upper-case letters and digits, a letter first. */
export function hostPass(g: Gen): string {
  return g.fake.upper(1) + g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', g.between(5, 7));
}

/** WebSphere's `{xor}` encoding: each byte XOR 0x5F, then Base64. Reversible, so a credential. */
export function xor(pw: string): string {
  const bytes = Buffer.from(pw, 'utf8').map((b) => b ^ 0x5f);
  return '{xor}' + Buffer.from(bytes).toString('base64');
}

/** ASP.NET machineKey keys: upper-case hex (validationKey 128, decryptionKey 48 or 64). */
export function machineHex(g: Gen, chars: number): string {
  return g.fake.upperHex(chars);
}

/** A .NET assembly public-key token (16 hex, public by design). */
export function keyToken(g: Gen): string {
  return g.fake.hex(16);
}

/** A Visual Studio project or assembly GUID, upper-case. */
export function guid(g: Gen): string {
  return g.fake.uuid().toUpperCase();
}

/** A certificate thumbprint (40 hex), public. */
export function thumbprint(g: Gen): string {
  return g.fake.upperHex(40);
}

export function dbUser(g: Gen): string {
  return g.pick(['scott', 'app_owner', 'sa', 'svc_orders', 'batch_usr', 'reporting', 'erp_app', 'db2inst1']);
}

export function domainUser(g: Gen): string {
  return `${g.pick(['CORP', 'ACME', 'HQ'])}\\${g.pick(['svc_web', 'svc_iis', 'svc_sql', 'svc_biztalk', 'svc_ssis'])}`;
}

export function host(g: Gen): string {
  return `${g.pick(['ora', 'sql', 'was', 'wls', 'sap', 'mq', 'db2', 'as400'])}${g.pick(['prd', 'uat', 'dev'])}${g.fake.digits(2)}.${g.pick(['corp.local', 'acme.intra', 'hq.contoso.com'])}`;
}

export function sid(g: Gen): string {
  return g.pick(['ORCL', 'PROD', 'FINPRD', 'HRDB', 'ERP01', 'DWH']);
}

export function schema(g: Gen): string {
  return g.pick(['Orders', 'Billing', 'HR', 'Inventory', 'Claims', 'Payroll', 'CRM']);
}
