// The command-line tools whose manuals give an argument for the password in clear: a flag whose
// letter means "password" only for that tool, or a position. Data for ./commandArguments.ts.
// Fixture note: every example is generated at runtime from FakeTokens.
import type { FakeTokens } from '../fakeTokens';

export interface CommandPasswordArgument {
  /** The tool, for the hover. */
  readonly tool: string;
  /** The tool's name as written on the line before the argument (tested case-insensitively). */
  readonly command: RegExp;
  /** What stands right before the password (pattern source, case-sensitive: `-P` is not `-p`). */
  readonly argument: string;
  /** The password stands at a position (after the share, the user), not after a flag of its own. */
  readonly positional?: boolean;
  /** Prefilter keywords: the tool's name. */
  readonly keywords: readonly string[];
  /** A command line with a password in that argument. */
  readonly example: (fake: FakeTokens) => string;
}

/** Case-insensitive source for a Windows word (`NET USE`, `net use`). */
const anyCase = (word: string) => [...word].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join('');

/** Galaxy's Ephemeris commands (shed-tools and its siblings). */
const EPHEMERIS = /\b(?:shed-tools|workflow-install|setup-data-libraries|run-data-managers)\b/i;

// From each tool's manual page: the argument that takes the password in clear.
export const COMMAND_PASSWORD_ARGUMENTS: readonly CommandPasswordArgument[] = [
  {
    tool: 'OpenLDAP client -w',
    command: /\bldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn|exop)\b/i,
    argument: String.raw`\s-w\s{1,4}`,
    keywords: ['ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldappasswd', 'ldapwhoami'],
    example: (f) =>
      `ldapsearch -x -D "cn=admin,dc=corp,dc=local" -w ${f.alnum(12)} -b dc=corp; ldapmodify -D cn=admin -w ${f.alnum(10)}3 -f a.ldif; ldapadd -w ${f.alnum(10)}4 -f b.ldif; ldapdelete -w ${f.alnum(10)}5 uid=x; ldappasswd -w ${f.alnum(10)}6; ldapwhoami -w ${f.alnum(10)}7`,
  },
  {
    tool: 'redis-cli -a',
    command: /\bredis-cli\b/i,
    argument: String.raw`\s-a\s{1,4}`,
    keywords: ['redis-cli'],
    example: (f) => `redis-cli -h cache.internal -p 6379 -a ${f.alnum(14)} ping`,
  },
  {
    // Minecraft's RCON client (mcrcon: `-H host -P port -p password`), in server restart and backup scripts.
    tool: 'mcrcon -p',
    command: /\bmcrcon\b/i,
    argument: String.raw`\s-p\s{1,4}`,
    keywords: ['mcrcon'],
    example: (f) => `mcrcon -H 127.0.0.1 -P 25575 -p ${f.alnum(12)} "say Restarting in 60s"`,
  },
  {
    // Valve's SteamCMD: `+login <username> <password>` (anonymous logins give no password; the
    // next `+command` is not one).
    tool: 'steamcmd +login',
    positional: true,
    command: /\bsteamcmd(?:\.exe|\.sh)?\b/i,
    argument: String.raw`\s\+login\s{1,4}[^\s+"']\S{0,63}\s{1,4}(?=["']?[^\s+])`,
    keywords: ['steamcmd'],
    example: (f) =>
      `steamcmd +force_install_dir /srv/game +login builder ${f.alnum(12)} +app_update 233780 validate +quit`,
  },
  {
    // Dedicated game servers take console variables as `+name value` arguments: the RCON and join
    // passwords of Source servers (srcds) and Rust (RustDedicated), from their server guides.
    tool: 'game server +rcon.password',
    command: /\b(?:srcds(?:_run|_linux|\.exe)?|RustDedicated(?:\.exe)?)\b/i,
    argument: String.raw`\s\+(?:rcon[._]password|sv_password|server\.password)\s{1,4}`,
    keywords: ['srcds', 'rustdedicated'],
    example: (f) =>
      `./RustDedicated -batchmode +server.port 28015 +rcon.port 28016 +rcon.password "${f.alnum(12)}" +rcon.web 1; ./srcds_run -game tf +map ctf_2fort +rcon_password ${f.alnum(12)} +sv_password ${f.alnum(10)}`,
  },
  {
    tool: 'MongoDB shell -p',
    command: /\bmongo(?:sh|dump|restore|export|import|stat|top|files)?\b(?![-.])/i,
    argument: String.raw`\s-p\s{1,4}`,
    keywords: ['mongo ', 'mongosh', 'mongodump', 'mongorestore', 'mongoexport', 'mongoimport'],
    example: (f) =>
      `mongosh "mongodb://db:27017" -u admin -p ${f.alnum(12)}; mongo app -u admin -p ${f.alnum(12)}; mongodump -u backup -p ${f.alnum(12)}; mongorestore -u a -p ${f.alnum(11)}; mongoexport -u a -p ${f.alnum(11)}; mongoimport -u a -p ${f.alnum(11)}`,
  },
  {
    tool: 'SQL Server client -P',
    command: /\b(?:sqlcmd|bcp|osql)\b/i,
    argument: String.raw`\s-P\s{1,4}`,
    keywords: ['sqlcmd', 'bcp ', 'osql'],
    example: (f) =>
      `sqlcmd -S db01 -U sa -P ${f.alnum(12)} -Q "SELECT 1"; bcp dbo.t out t.dat -S db01 -U sa -P ${f.alnum(11)} -c; osql -U sa -P ${f.alnum(10)}`,
  },
  {
    tool: 'Azure CLI login -p',
    command: /\baz\s{1,4}login\b/i,
    argument: String.raw`\s-p\s{1,4}`,
    keywords: ['az login'],
    example: (f) => `az login -u ops@contoso.com -p ${f.alnum(14)}`,
  },
  {
    tool: 'container registry login -p',
    command: /\b(?:podman|buildah|skopeo|helm\s{1,4}registry)\s{1,4}login\b/i,
    argument: String.raw`\s-p\s{1,4}`,
    keywords: ['podman', 'buildah', 'skopeo', 'helm registry'],
    example: (f) =>
      `podman login -u ci -p ${f.alnum(16)} quay.io; buildah login -u ci -p ${f.alnum(16)} r.io; skopeo login -u ci -p ${f.alnum(16)} r.io; helm registry login r.io -u ci -p ${f.alnum(16)}`,
  },
  {
    tool: 'keytool/jarsigner store or key password',
    command: /\b(?:keytool|jarsigner)\b/i,
    argument: String.raw`\s-(?:src|dest|new)?(?:store|key)pass\s{1,4}`,
    keywords: ['keytool', 'jarsigner'],
    example: (f) =>
      `keytool -genkeypair -alias app -keystore app.jks -storepass ${f.alnum(12)} -keypass ${f.alnum(12)}; jarsigner -storepass ${f.alnum(12)} app.jar app`,
  },
  {
    // macOS security(1): `import file -P passphrase` unwraps a .p12 (the signing identity CI imports).
    tool: 'macOS security import -P',
    command: /\bsecurity\s{1,4}import\b/i,
    argument: String.raw`\s-P\s{1,4}`,
    keywords: ['security import'],
    example: (f) => `security import dist.p12 -k build.keychain -P "${f.alnum(14)}" -T /usr/bin/codesign`,
  },
  {
    // Expo's EAS CLI stores a build secret given in clear: `eas secret:create --name X --value V`.
    tool: 'EAS CLI secret value',
    command: /\beas\s{1,4}(?:secret:create|env:create|env:update)\b/i,
    argument: String.raw`\s--value(?:=|\s{1,4})`,
    keywords: ['eas secret:create', 'eas env:create', 'eas env:update'],
    example: (f) =>
      `eas secret:create --scope project --name API_SECRET --value ${f.alnum(32)} --type string; eas env:create --name SENTRY_AUTH_TOKEN --value ${f.alnum(40)} --environment production; eas env:update --name API_SECRET --value ${f.alnum(32)} --environment preview`,
  },
  {
    tool: 'openssl pass: argument',
    command: /\bopenssl\b/i,
    argument: String.raw`\s-(?:passin|passout|pass|password)\s{1,4}pass:|\s-k\s{1,4}|\spasswd(?:\s{1,4}-(?:1|5|6|apr1|aixmd5|crypt))?(?:\s{1,4}-salt\s{1,4}[^\s-]\S{0,63})?\s{1,4}`,
    keywords: ['openssl'],
    example: (f) =>
      `openssl pkcs12 -export -in a.crt -inkey a.key -out a.p12 -passout pass:${f.alnum(12)}; openssl enc -aes-256-cbc -in f -out f.enc -k ${f.alnum(14)}; openssl passwd -6 ${f.alnum(10)}7; openssl passwd -1 -salt ${f.alnum(8)} ${f.alnum(10)}8`,
  },
  {
    tool: 'ssh-keygen passphrase',
    command: /\bssh-keygen\b/i,
    argument: String.raw`\s-[NP]\s{1,4}`,
    keywords: ['ssh-keygen'],
    example: (f) => `ssh-keygen -t ed25519 -N "${f.alnum(14)}" -f deploy_key`,
  },
  {
    tool: 'sshpass -p (attached)',
    command: /\bsshpass\b/i,
    // `-p password` with a blank is password-cli-flag's; the manual's `-pPASSWORD` form is here.
    argument: String.raw`\s-p(?=[^\s-])`,
    keywords: ['sshpass'],
    example: (f) => `sshpass -p${f.alnum(12)} ssh -o StrictHostKeyChecking=no root@10.0.0.7 uptime`,
  },
  {
    tool: 'archive password',
    command: /\b(?:zip|unzip|7za?|7zr|rar|unrar)\b(?![-.])/i,
    argument: String.raw`\s-P\s{1,4}|\s-p(?=[^\s-])`,
    keywords: ['zip ', '7z ', '7za ', 'rar '],
    example: (f) =>
      `zip -r -P ${f.alnum(12)} backup.zip data/; 7z a -p${f.alnum(12)} b.7z data; 7za x -p${f.alnum(12)} b.7z; unrar x -p${f.alnum(12)} c.rar`,
  },
  {
    // Siebel's Server Manager (srvrmgr /g gateway /e enterprise /u user /p password).
    tool: 'srvrmgr /p',
    command: /\bsrvrmgr\b/i,
    argument: String.raw`\s[/-][pP]\s{1,4}`,
    keywords: ['srvrmgr'],
    example: (f) => `srvrmgr /g gw01:2320 /e SBA_ENT /s app01 /u SADMIN /p ${f.alnum(12)} /c "list comp"`,
  },
  {
    tool: 'mkpasswd',
    positional: true,
    command: /\bmkpasswd\b/i,
    // The password is the first word after the options that take a value (method, salt, rounds).
    argument: String.raw`\bmkpasswd(?:\s{1,4}(?:-[mSR]\s{0,4}|--(?:method|salt|rounds)[= ]\s{0,4})[^\s-]\S{0,40}){0,3}\s{1,4}`,
    keywords: ['mkpasswd'],
    example: (f) =>
      `mkpasswd -m sha-512 ${f.alnum(12)}; mkpasswd --method=yescrypt ${f.alnum(11)}5; mkpasswd ${f.alnum(10)}6 ${f.alnum(8)}`,
  },
  {
    // SAP HANA's secure user store: hdbuserstore SET <key> <host:port> <user> <password>.
    tool: 'hdbuserstore SET',
    positional: true,
    command: /\bhdbuserstore\b/i,
    argument: String.raw`\s(?:SET|set)\s{1,4}[^\s-]\S{0,63}\s{1,4}\S{1,200}\s{1,4}[^\s-]\S{0,63}\s{1,4}`,
    keywords: ['hdbuserstore'],
    example: (f) => `hdbuserstore SET BACKUP hana01:30015 BACKUP_OP ${f.alnum(14)}`,
  },
  {
    tool: 'mysqladmin password',
    positional: true,
    command: /\bmysqladmin\b/i,
    argument: String.raw`\spassword\s{1,4}`,
    keywords: ['mysqladmin'],
    example: (f) => `mysqladmin -u root password ${f.alnum(12)}`,
  },
  {
    tool: 'htpasswd -b',
    positional: true,
    command: /\bhtpasswd\b/i,
    argument: String.raw`\s-[cCnmBdpsiv]{0,3}b[cCnmBdpsiv]{0,3}(?:\s{1,4}-[cCnmBdpsiv]{1,3}){0,2}\s{1,4}[^\s-]\S{0,200}\s{1,4}[^\s-]\S{0,63}\s{1,4}`,
    keywords: ['htpasswd'],
    example: (f) => `htpasswd -bc /etc/nginx/.htpasswd admin ${f.alnum(12)}`,
  },
  {
    // mosquitto_passwd(1): `-b passwordfile username password` runs in batch mode, the password in clear.
    tool: 'mosquitto_passwd -b',
    positional: true,
    command: /\bmosquitto_passwd\b/i,
    argument: String.raw`\s(?:-c\s{1,4})?-b\s{1,4}[^\s-]\S{0,200}\s{1,4}[^\s-]\S{0,63}\s{1,4}`,
    keywords: ['mosquitto_passwd'],
    example: (f) => `mosquitto_passwd -b /etc/mosquitto/passwd sensors ${f.alnum(12)}`,
  },
  {
    tool: 'smbclient password argument',
    positional: true,
    command: /\bsmbclient\b/i,
    argument: String.raw`\s//[^\s/]{1,100}/\S{1,100}\s{1,4}`,
    keywords: ['smbclient'],
    example: (f) => `smbclient //fs01/backup ${f.alnum(12)} -U svc_backup -c 'ls'`,
  },
  {
    tool: 'net use password argument',
    positional: true,
    command: /\bnet(?:\.exe)?\s{1,4}use\b/i,
    argument: String.raw`\s\\\\[^\s\\]{1,100}\\\S{1,100}\s{1,4}|\s/${anyCase('user')}:\S{1,100}\s{1,4}`,
    keywords: ['net use'],
    example: (f) => `net use Z: \\\\fs01\\share ${f.alnum(12)} /user:CORP\\svc`,
  },
  {
    tool: 'net user password argument',
    positional: true,
    command: /\bnet(?:\.exe)?\s{1,4}user\b/i,
    argument: String.raw`\s${anyCase('user')}\s{1,4}[^\s/]{1,64}\s{1,4}`,
    keywords: ['net user'],
    example: (f) => `net user deploy ${f.alnum(12)} /add`,
  },
  {
    tool: 'Windows /password: or /pass: switch',
    command: /\b(?:wmic|cmdkey|winrs)\b/i,
    argument: String.raw`\s/${anyCase('pass')}(?:${anyCase('word')})?:|\s-p(?:assword)?:`,
    keywords: ['wmic', 'cmdkey', 'winrs'],
    example: (f) =>
      `wmic /node:srv01 /user:CORP\\admin /password:${f.alnum(12)} process list; cmdkey /generic:git /user:ci /pass:${f.alnum(12)}; winrs -r:srv01 -u:admin -p:${f.alnum(12)} ipconfig`,
  },
  {
    tool: 'schtasks /RP',
    command: /\bschtasks\b/i,
    argument: String.raw`\s/[Rr][Pp]\s{1,4}`,
    keywords: ['schtasks'],
    example: (f) => `schtasks /create /tn Backup /tr backup.cmd /sc daily /ru CORP\\svc /rp ${f.alnum(12)}`,
  },
  {
    tool: 'sc config password=',
    command: /\bsc(?:\.exe)?\s{1,4}(?:config|create)\b/i,
    argument: String.raw`\s${anyCase('password')}=\s{0,4}`,
    keywords: ['sc config', 'sc create', 'sc.exe'],
    example: (f) =>
      `sc config MyService obj= CORP\\svc password= ${f.alnum(12)}; sc create S2 obj= a password= ${f.alnum(12)}; sc.exe config S3 password= ${f.alnum(12)}`,
  },
  {
    tool: 'vault login password=',
    command: /\bvault\s{1,4}login\b/i,
    argument: String.raw`\spassword=`,
    keywords: ['vault login'],
    example: (f) => `vault login -method=userpass username=ops password=${f.alnum(12)}`,
  },
  {
    tool: 'rabbitmqctl add_user',
    positional: true,
    command: /\brabbitmqctl\b/i,
    argument: String.raw`\s(?:add_user|change_password)\s{1,4}[^\s-]\S{0,63}\s{1,4}`,
    keywords: ['rabbitmqctl'],
    example: (f) => `rabbitmqctl add_user app ${f.alnum(12)}`,
  },
  {
    tool: 'lftp -u user,password',
    positional: true,
    command: /\blftp\b/i,
    // The pair quoted as one argument too (`-u "user,password"`).
    argument: String.raw`\s-u\s{1,4}["']?[^\s,"']{1,64},`,
    keywords: ['lftp'],
    example: (f) =>
      `lftp -u deploy,${f.alnum(12)} sftp://files.internal; lftp -u "ops,${f.alnum(12)}" -e "mirror -R /out /srv" sftp://files.internal`,
  },
  {
    tool: 'gpg --passphrase',
    command: /\bgpg2?\b/i,
    argument: String.raw`\s--passphrase[=\s]\s{0,4}`,
    keywords: ['gpg'],
    example: (f) => `gpg --batch --passphrase ${f.alnum(16)} -c backup.tar`,
  },
  {
    // `-Password` / `--password` are password-named flags the general flag rule reads.
    tool: 'NuGet source -p',
    command:
      /\b(?:dotnet\s{1,4}nuget\s{1,4}(?:add|update)\s{1,4}source|nuget(?:\.exe)?\s{1,4}sources?\s{1,4}(?:add|update))\b/i,
    argument: String.raw`\s-p\s{1,4}`,
    keywords: ['nuget'],
    example: (f) =>
      `dotnet nuget add source https://pkgs.dev.azure.com/acme/_packaging/f/nuget/v3/index.json -n f -u build -p ${f.lowerAlnum(52)} --store-password-in-clear-text`,
  },
  {
    tool: 'Raspberry Pi imager_custom set_wlan',
    positional: true,
    command: /\bimager_custom\b/,
    argument: String.raw`\sset_wlan\s{1,4}(?:-h\s{1,4})?(?:'[^'\n]{1,64}'|"[^"\n]{1,64}"|\S{1,64})\s{1,4}`,
    keywords: ['imager_custom'],
    example: (f) => `/usr/lib/raspberrypi-sys-mods/imager_custom set_wlan 'HomeNet' '${f.alnum(12)}' 'DE'`,
  },
  {
    // `mc alias set ALIAS URL ACCESS_KEY SECRET_KEY` (and the older `mc config host add`): the
    // secret key is the fourth word (MinIO client reference).
    tool: 'MinIO client alias secret key',
    positional: true,
    command: /\bmc(?:\.exe)?\s{1,4}(?:alias\s{1,4}set|config\s{1,4}host\s{1,4}add)\b/i,
    argument: String.raw`\s(?:set|add)\s{1,4}\S{1,60}\s{1,4}https?://\S{1,200}\s{1,4}\S{1,128}\s{1,4}`,
    keywords: ['mc alias set', 'mc config host add'],
    example: (f) =>
      `mc alias set backup https://s3.corp.local:9000 ${f.upperAlnum(20)} ${f.alnum(40)}; mc config host add old https://s3.corp.local ${f.upperAlnum(20)} ${f.alnum(40)}`,
  },
  {
    tool: 'Synapse register_new_matrix_user -p',
    command: /\bregister_new_matrix_user\b/,
    argument: String.raw`\s-p\s{1,4}`,
    keywords: ['register_new_matrix_user'],
    example: (f) =>
      `register_new_matrix_user -u admin -p ${f.alnum(14)} -a -c /data/homeserver.yaml http://localhost:8008`,
  },
  {
    // `occ config:system:set mail_smtppassword --value=...`: the setting's name says what the value is.
    tool: 'Nextcloud occ config:system:set --value',
    command: /\bocc\s{1,4}config:(?:system|app):set\s{1,4}(?:\S{1,60}\s{1,4})?\S{0,40}(?:pass|secret|token|key)/i,
    argument: String.raw`\s--value(?:=|\s{1,4})`,
    keywords: ['occ config:system:set', 'occ config:app:set'],
    example: (f) =>
      `sudo -u www-data php occ config:system:set mail_smtppassword --value=${f.alnum(16)}; php occ config:app:set user_ldap ldap_agent_password --value ${f.alnum(14)}`,
  },
  {
    // HTCondor's `condor_store_cred add -p password` stores the pool (or a user's) password in clear
    // on the command line (HTCondor manual, condor_store_cred).
    tool: 'HTCondor condor_store_cred -p',
    command: /\bcondor_store_cred\b/i,
    argument: String.raw`\s-p\s{1,4}`,
    keywords: ['condor_store_cred'],
    example: (f) =>
      `condor_store_cred -c add -p '${f.alnum(14)}'; condor_store_cred add -u ops@cm.lab -p ${f.alnum(12)}`,
  },
  {
    // Galaxy's Ephemeris tools take the admin's API key as `-a` (Ephemeris docs), spelt as
    // redis-cli's so that the two share one alternative of the pattern (the long `--api_key` would
    // add one that recheck cannot prove linear in time).
    tool: 'Galaxy Ephemeris -a API key',
    command: EPHEMERIS,
    argument: String.raw`\s-a\s{1,4}`,
    keywords: ['shed-tools', 'workflow-install', 'setup-data-libraries', 'run-data-managers'],
    example: (f) =>
      `shed-tools install -g https://galaxy.lab.internal -a ${f.hex(32)} -t tools.yml; workflow-install -g https://galaxy.lab.internal -a ${f.hex(32)} -w wf/; setup-data-libraries -g https://galaxy.lab.internal -a ${f.hex(32)} -i libs.yml; run-data-managers -g https://galaxy.lab.internal -a ${f.hex(32)} --config dm.yml`,
  },
  {
    // Nextflow's secret store: `nextflow secrets set NAME VALUE` (Nextflow docs, Secrets).
    tool: 'nextflow secrets set',
    positional: true,
    command: /\bnextflow\s{1,4}secrets\s{1,4}set\b/i,
    argument: String.raw`\sset\s{1,4}[A-Za-z_]\w{0,63}\s{1,4}`,
    keywords: ['nextflow secrets set'],
    example: (f) =>
      `nextflow secrets set LIMS_PASSWORD '${f.alnum(14)}'; nextflow secrets set TOWER_KEY ${f.alnum(24)}`,
  },
];

// Remote administration, device and database shells: a table of their own so that each rule's
// pattern stays small enough for recheck to prove linear.
export const REMOTE_TOOL_PASSWORD_ARGUMENTS: readonly CommandPasswordArgument[] = [
  {
    tool: 'PuTTY -pw',
    command: /\b(?:plink|pscp|psftp)(?:\.exe)?\b/i,
    argument: String.raw`\s-pw\s{1,4}`,
    keywords: ['plink', 'pscp', 'psftp'],
    example: (f) =>
      `plink -ssh root@10.0.0.5 -pw ${f.alnum(12)} uptime; pscp -pw ${f.alnum(12)} app.tgz root@10.0.0.5:/tmp; psftp -pw ${f.alnum(12)} -b cmds.txt root@10.0.0.5`,
  },
  {
    tool: 'ipmitool -P',
    command: /\bipmitool\b/i,
    argument: String.raw`\s-P\s{1,4}`,
    keywords: ['ipmitool'],
    example: (f) => `ipmitool -I lanplus -H 10.0.0.20 -U admin -P ${f.alnum(12)} chassis power status`,
  },
  {
    // OMERO's CLI: `omero login -s host -u user -w password` (OMERO CLI docs, -w/--password).
    tool: 'OMERO CLI -w',
    command: /\bomero\s{1,4}(?:login|import|-s)\b/i,
    argument: String.raw`\s(?:-w|--password)[=\s]\s{0,4}`,
    keywords: ['omero '],
    example: (f) =>
      `omero login -s omero.lab.internal -u ana -w '${f.alnum(12)}'; omero import -s omero.lab.internal -u ana -w ${f.alnum(12)} -d 12 plate/`,
  },
  {
    tool: 'Dell racadm -p',
    command: /\bracadm\b/i,
    argument: String.raw`\s-p\s{1,4}`,
    keywords: ['racadm'],
    example: (f) => `racadm -r 10.0.0.7 -u root -p ${f.alnum(12)} getsysinfo`,
  },
  {
    tool: 'Mosquitto client -P',
    command: /\bmosquitto_(?:pub|sub|rr)\b/i,
    argument: String.raw`\s(?:-P|--pw)\s{1,4}`,
    keywords: ['mosquitto_'],
    example: (f) =>
      `mosquitto_pub -h broker.internal -u sensor -P ${f.alnum(12)} -t t/1 -m 1; mosquitto_sub -u ops --pw ${f.alnum(12)} -t '#'`,
  },
  {
    tool: 'cqlsh / hdbsql -p',
    command: /\b(?:cqlsh|hdbsql)\b/i,
    argument: String.raw`\s-p\s{1,4}`,
    keywords: ['cqlsh', 'hdbsql'],
    example: (f) =>
      `cqlsh cass01 -u cassandra -p ${f.alnum(12)}; hdbsql -n hana01:30015 -u SYSTEM -p ${f.alnum(12)} "select 1 from dummy"`,
  },
  {
    tool: 'FreeTDS tsql / Sybase isql -P',
    command: /\b(?:tsql|isql)\b/i,
    argument: String.raw`\s-P\s{1,4}`,
    keywords: ['tsql', 'isql'],
    example: (f) => `tsql -S db01 -U sa -P ${f.alnum(12)}; isql -U sa -P ${f.alnum(12)} -S SYB01`,
  },
  {
    tool: 'Vertica vsql -w',
    command: /\bvsql\b/i,
    argument: String.raw`\s-w\s{1,4}`,
    keywords: ['vsql'],
    example: (f) => `vsql -h vertica01 -U dbadmin -w ${f.alnum(12)} -c "select 1"`,
  },
  {
    tool: 'VMware vmrun guest password -gp',
    command: /\bvmrun\b/i,
    argument: String.raw`\s-[gv]p\s{1,4}`,
    keywords: ['vmrun'],
    example: (f) => `vmrun -T ws -gu Administrator -gp ${f.alnum(12)} runProgramInGuest vm.vmx cmd.exe`,
  },
  {
    tool: 'FreeRDP /p:',
    command: /\b(?:[xw]l?freerdp3?|sdl-freerdp3?|wfreerdp)\b/i,
    argument: String.raw`\s/p:`,
    keywords: ['freerdp'],
    example: (f) => `xfreerdp /v:10.0.0.9 /u:admin /p:${f.alnum(12)} /cert:ignore`,
  },
  {
    tool: 'rdesktop -p',
    command: /\brdesktop\b/i,
    argument: String.raw`\s-p\s{1,4}`,
    keywords: ['rdesktop'],
    example: (f) => `rdesktop -u admin -p ${f.alnum(12)} 10.0.0.9`,
  },
  {
    tool: 'Net-SNMP v3 -A / -X pass phrases',
    command: /\bsnmp(?:walk|get|getnext|set|bulkwalk|bulkget|table|trap|inform|status|df|delta)\b/i,
    argument: String.raw`\s-[AX]\s{1,4}`,
    keywords: ['snmpwalk', 'snmpget', 'snmpbulk', 'snmptrap'],
    example: (f) =>
      `snmpwalk -v3 -l authPriv -u monitor -a SHA -A ${f.alnum(12)} -x AES -X ${f.alnum(12)} 10.0.0.1; snmpget -v3 -l authNoPriv -u mon -a SHA -A ${f.alnum(12)} 10.0.0.2 sysUpTime.0; snmpbulkwalk -v3 -u mon -A ${f.alnum(12)} 10.0.0.3; snmptrap -v3 -u trap -A ${f.alnum(12)} 10.0.0.4 0 coldStart.0`,
  },
  {
    tool: 'NetworkManager nmcli password / wifi-sec.psk',
    command: /\bnmcli\b/i,
    argument: String.raw`\s(?:password|wifi-sec\.psk|802-1x\.password)\s{1,4}`,
    keywords: ['nmcli'],
    example: (f) =>
      `nmcli device wifi connect HomeNet password ${f.alnum(12)}; nmcli connection modify Office wifi-sec.psk ${f.alnum(12)}`,
  },
  {
    tool: 'wpa_passphrase SSID PASSPHRASE',
    positional: true,
    command: /\bwpa_passphrase\b/i,
    argument: String.raw`(?:^|\s)wpa_passphrase\s{1,4}[^\s"'-]\S{0,31}\s{1,4}`,
    keywords: ['wpa_passphrase'],
    example: (f) => `sudo wpa_passphrase HomeNet ${f.alnum(12)} >> /etc/wpa_supplicant/wpa_supplicant.conf`,
  },
  {
    tool: 'remote-admin tools -p (CrackMapExec, NetExec, evil-winrm, smbmap)',
    command: /\b(?:crackmapexec|netexec|nxc|evil-winrm|smbmap)\b/i,
    argument: String.raw`\s-p\s{1,4}`,
    keywords: ['crackmapexec', 'netexec', 'nxc ', 'evil-winrm', 'smbmap'],
    example: (f) =>
      `evil-winrm -i 10.0.0.5 -u Administrator -p ${f.alnum(12)}; smbmap -H 10.0.0.5 -u svc -p ${f.alnum(12)}; nxc smb 10.0.0.0/24 -u a -p ${f.alnum(12)}; crackmapexec winrm 10.0.0.6 -u a -p ${f.alnum(12)}; netexec smb 10.0.0.7 -u a -p ${f.alnum(12)}`,
  },
];

// Windows administration tools (netdom, dsadd, ktpass, Sysinternals Autologon, Chocolatey), from
// Microsoft's command-line reference and each tool's own help: a table of their own for the same
// reason as the remote tools'.
export const WINDOWS_TOOL_PASSWORD_ARGUMENTS: readonly CommandPasswordArgument[] = [
  {
    tool: 'netdom /PasswordD: or /PasswordO:',
    command: /\bnetdom(?:\.exe)?\b/i,
    argument: String.raw`\s/${anyCase('password')}[DdOo]:`,
    keywords: ['netdom'],
    example: (f) =>
      `netdom join ws01 /domain:corp.local /userd:CORP\\ops /passwordd:${f.alnum(12)} /reboot; netdom reset ws02 /domain:corp.local /usero:admin /PasswordO:${f.alnum(12)}`,
  },
  {
    tool: 'dsadd / dsmod user -pwd',
    command: /\bds(?:add|mod)(?:\.exe)?\s{1,4}user\b/i,
    argument: String.raw`\s-pwd\s{1,4}`,
    keywords: ['dsadd', 'dsmod'],
    example: (f) =>
      `dsadd user "CN=Scan,OU=Svc,DC=corp,DC=local" -samid svc_scan -pwd ${f.alnum(12)}; dsmod user "CN=Scan,OU=Svc,DC=corp,DC=local" -pwd ${f.alnum(12)} -mustchpwd yes`,
  },
  {
    tool: 'ktpass /pass',
    command: /\bktpass(?:\.exe)?\b/i,
    argument: String.raw`\s[/-]pass\s{1,4}`,
    keywords: ['ktpass'],
    example: (f) =>
      `ktpass /princ HTTP/web.corp.local@CORP.LOCAL /mapuser CORP\\svc_web /pass ${f.alnum(12)} /out web.keytab`,
  },
  {
    tool: 'Chocolatey API key',
    command: /\bchoco(?:\.exe)?\s{1,4}(?:apikey|setapikey|push)\b/i,
    argument: String.raw`\s(?:--api-?key|--key|-k)[=\s]\s{0,4}`,
    keywords: ['choco'],
    example: (f) =>
      `choco apikey --key ${f.uuid()} --source https://push.chocolatey.org/; choco push pkg.1.0.0.nupkg --api-key ${f.uuid()}`,
  },
  {
    tool: 'Sysinternals Autologon user domain password',
    positional: true,
    command: /\bautologon(?:64)?(?:\.exe)?\b/i,
    argument: String.raw`(?:^|[\s\\/"])${anyCase('autologon')}(?:64)?(?:\.exe)?"?\s{1,4}[^\s/-]\S{0,63}\s{1,4}[^\s/-]\S{0,63}\s{1,4}`,
    keywords: ['autologon'],
    example: (f) => `Autologon64.exe kiosk CORP ${f.alnum(12)} /accepteula`,
  },
];

export const ALL_COMMAND_PASSWORD_ARGUMENTS: readonly CommandPasswordArgument[] = [
  ...COMMAND_PASSWORD_ARGUMENTS,
  ...REMOTE_TOOL_PASSWORD_ARGUMENTS,
  ...WINDOWS_TOOL_PASSWORD_ARGUMENTS,
];
