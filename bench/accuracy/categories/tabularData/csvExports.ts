import { type DraftLine, type Template, sec, template } from '../../draft';
import type { Gen } from '../../gen';
import { passwordHash } from '../dumpsLogs/values';
import { clientSecret, csvField, date, person, site, timestamp } from './values';

/** Rows `from`..`to` (inclusive count drawn by g) built by `row`. */
export function rowsOf(g: Gen, min: number, max: number, row: (i: number) => DraftLine): DraftLine[] {
  const out: DraftLine[] = [];
  const n = g.between(min, max);
  for (let i = 1; i <= n; i++) out.push(row(i));
  return out;
}

/**
 * CSV and TSV exports whose header row names the credential column and whose data rows below hold
 * the values: user tables exported from admin consoles and spreadsheets, password-manager and
 * browser exports (each in its tool's documented column order), cloud console key downloads.
 * The credential column is never the first; every row is its own labelled secret.
 */
export const csvExports: readonly Template[] = [
  template('csv-users-export', (g) => ({
    path: 'exports/users-2024.csv',
    lines: [
      'id,email,username,password,role,created_at',
      ...rowsOf(g, 3, 6, (i) => {
        const p = person(g);
        const pw = g.plainPassword();
        return sec(`${i},${p.email},${p.login},${pw},${g.pick(['admin', 'editor', 'viewer'])},${timestamp(g)}`, pw);
      }),
    ],
  })),
  template('csv-quoted-all-fields', (g) => ({
    path: 'data/accounts.csv',
    lines: [
      '"account_id","display_name","login","password","active"',
      ...rowsOf(g, 3, 5, (i) => {
        const p = person(g);
        const pw = g.password();
        return sec(`"${1000 + i}","${p.name}","${p.login}","${pw}","true"`, pw);
      }),
    ],
  })),
  template('csv-api-keys-by-service', (g) => ({
    path: 'ops/api-keys.csv',
    lines: [
      'service,environment,api_key,owner,rotated',
      ...rowsOf(g, 3, 5, () => {
        const key = g.apiKey();
        return sec(`${g.word()}-svc,${g.pick(['prod', 'staging', 'dev'])},${key},${person(g).email},${date(g)}`, key);
      }),
    ],
  })),
  template('csv-semicolon-excel-export', (g) => ({
    path: 'Zugangsdaten/server.csv',
    lines: [
      'Server;Benutzer;Passwort;Bemerkung',
      ...rowsOf(g, 3, 5, () => {
        const pw = g.plainPassword();
        return sec(`${g.host()};${g.user()};${pw};${g.pick(['Wartung', 'Backup', 'Monitoring', ''])}`, pw);
      }),
    ],
  })),
  template('csv-semicolon-english', (g) => ({
    path: 'handover/servers.csv',
    lines: [
      'hostname;ip;os;admin_user;admin_password',
      ...rowsOf(g, 3, 5, (i) => {
        const pw = g.plainPassword();
        return sec(
          `${g.host()};10.0.${i}.${g.between(2, 250)};${g.pick(['ubuntu22', 'win2019', 'rhel9'])};${g.user()};${pw}`,
          pw,
        );
      }),
    ],
  })),
  template('tsv-tokens', (g) => ({
    path: 'data/integration_tokens.tsv',
    lines: [
      'name\tprovider\ttoken\texpires_at',
      ...rowsOf(g, 3, 5, () => {
        const token = clientSecret(g);
        return sec(
          `${g.word()}-sync\t${g.pick(['hubspot', 'zendesk', 'asana', 'airtable'])}\t${token}\t${date(g)}`,
          token,
        );
      }),
    ],
  })),
  template('csv-oauth-clients', (g) => ({
    path: 'config/oauth_clients.csv',
    lines: [
      'app_name,client_id,client_secret,redirect_uri',
      ...rowsOf(g, 2, 4, () => {
        const secret = clientSecret(g);
        return sec(`${g.word()}-portal,${g.fake.uuid()},${secret},https://${g.word()}.acme-corp.io/callback`, secret);
      }),
    ],
  })),
  template('csv-database-inventory', (g) => ({
    path: 'inventory/databases.csv',
    lines: [
      'env,host,port,database,user,password',
      ...rowsOf(g, 3, 5, () => {
        const pw = g.password();
        return sec(`${g.pick(['prod', 'stage', 'qa'])},${g.host()},5432,${g.dbName()},${g.user()},${pw}`, pw);
      }),
    ],
  })),
  template('csv-wifi-networks', (g) => ({
    path: 'network/wifi.csv',
    lines: [
      'site,ssid,security,passphrase,vlan',
      ...rowsOf(g, 2, 4, () => {
        const pw = g.plainPassword();
        return sec(
          `${g.pick(['HQ', 'Berlin', 'Austin', 'Lab'])},ACME-${g.word()},WPA2-PSK,${pw},${g.between(10, 99)}`,
          pw,
        );
      }),
    ],
  })),
  template('csv-devise-encrypted-password', (g) => ({
    path: 'db/export/users.csv',
    lines: [
      'id,email,encrypted_password,sign_in_count,confirmed_at',
      ...rowsOf(g, 3, 5, (i) => {
        const hash = passwordHash(g);
        return sec(`${i},${person(g).email},${hash},${g.between(0, 400)},${timestamp(g)}`, hash);
      }),
    ],
  })),
  template('csv-crlf-windows-export', (g) => ({
    path: 'exports/Kiosk Accounts.csv',
    lines: [
      'Name,Workstation,Username,Password\r',
      ...rowsOf(g, 3, 5, (i) => {
        const pw = g.plainPassword();
        return sec(`${person(g).name},KIOSK-${String(i).padStart(2, '0')},kiosk${i},${pw}\r`, pw);
      }),
    ],
  })),
  template('chrome-password-export', (g) => ({
    path: 'backup/Chrome Passwords.csv',
    lines: [
      'name,url,username,password,note',
      ...rowsOf(g, 3, 6, () => {
        const s = site(g);
        const pw = g.password();
        return sec(`${s.name}.acme-corp.io,${s.url},${person(g).email},${pw},`, pw);
      }),
    ],
  })),
  template('firefox-logins-export', (g) => ({
    path: 'backup/logins.csv',
    lines: [
      '"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"',
      ...rowsOf(g, 3, 5, () => {
        const s = site(g);
        const pw = g.password();
        const t = String(1700000000000 + g.fake.int(1e9));
        return sec(`"${s.url}","${person(g).login}","${pw}",,"${s.url}","{${g.fake.uuid()}}","${t}","${t}","${t}"`, pw);
      }),
    ],
  })),
  template('bitwarden-export-rows', (g) => ({
    path: 'vault/bitwarden_export_20240312.csv',
    lines: [
      'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp',
      ...rowsOf(g, 3, 5, () => {
        const s = site(g);
        const pw = g.password();
        return sec(`Work,,login,${s.name},,,0,${s.url},${person(g).email},${pw},`, pw);
      }),
    ],
  })),
  template('lastpass-export', (g) => ({
    path: 'lastpass_export.csv',
    lines: [
      'url,username,password,totp,extra,name,grouping,fav',
      ...rowsOf(g, 3, 5, () => {
        const s = site(g);
        const pw = g.password();
        return sec(`${s.url},${person(g).login},${pw},,,${s.name},Shared-Ops,0`, pw);
      }),
    ],
  })),
  template('keepassxc-export', (g) => ({
    path: 'keepass/Passwords.csv',
    lines: [
      '"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"',
      ...rowsOf(g, 3, 5, () => {
        const s = site(g);
        const pw = g.password();
        const t = `${date(g)}T10:00:00Z`;
        return sec(`"Root/Infra","${s.name}","${g.user()}","${pw}","${s.url}","","","0","${t}","${t}"`, pw);
      }),
    ],
  })),
  template('onepassword-export', (g) => ({
    path: 'exports/1PasswordExport.csv',
    lines: [
      'Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes',
      ...rowsOf(g, 3, 5, () => {
        const s = site(g);
        const pw = g.password();
        return sec(`${csvField(s.name)},${s.url},${person(g).email},${pw},,false,false,ops,`, pw);
      }),
    ],
  })),
  template('aws-console-credentials-csv', (g) => {
    const secret = g.fake.base64(40).replace(/[+/]/g, 'x');
    const id = 'AKIA' + g.fake.upperAlnum(16);
    return {
      path: `keys/${g.user()}_credentials.csv`,
      lines: [
        'User name,Password,Access key ID,Secret access key,Console login link',
        sec(`${g.user()},,${id},${secret},https://${g.fake.digits(12)}.signin.aws.amazon.com/console`, secret),
      ],
    };
  }),
  template('aws-access-keys-csv', (g) => {
    const secret = g.fake.base64(40).replace(/[+/]/g, 'Q');
    return {
      path: 'Downloads/deploy-bot_accessKeys.csv',
      lines: ['Access key ID,Secret access key', sec(`AKIA${g.fake.upperAlnum(16)},${secret}`, secret)],
    };
  }),
];
