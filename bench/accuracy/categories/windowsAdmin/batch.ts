import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * windows-admin positives, cmd and batch files as admins write them: `net use` with a password,
 * `net user` creating or resetting accounts, `schtasks /RU /RP`, `sc.exe config obj= password=`,
 * `cmdkey /pass:`, PsExec `-u -p`, `wmic /password:`, `setx`, `reg add ... DefaultPassword`,
 * `netdom join /passwordd:`, `dsadd user -pwd`, `sqlcmd -P`, `bcp -P`, `msiexec` properties,
 * Sysinternals Autologon, `ktpass /pass`, PuTTY `plink`/`pscp -pw`, WinSCP scripting URLs,
 * `msdeploy` and `nuget` command lines. Values generated at run time.
 */
export const batchPositives: readonly Template[] = [
  template('cmd-net-use-password', (g) => {
    const p = v.cmdPass(g);
    return {
      path: `logon/${g.pick(['map-drives', 'logon', 'drives'])}.bat`,
      lines: [
        '@echo off',
        'net use H: /delete /y >nul 2>&1',
        sec(`net use H: \\\\${v.server(g)}\\home$ ${p} /user:${v.domain(g)}\\${v.svcUser(g)} /persistent:no`, p),
        `net use P: \\\\${v.server(g)}\\printers`,
      ],
    };
  }),
  template('cmd-net-use-user-first', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'deploy/copy-build.cmd',
      lines: [
        'setlocal',
        sec(`net use \\\\${v.ip(g)}\\c$ /user:${v.domain(g)}\\${v.svcUser(g)} "${p}"`, p),
        `robocopy .\\dist \\\\%TARGET%\\c$\\inetpub\\wwwroot /MIR /R:2 /W:5`,
        'net use \\\\%TARGET%\\c$ /delete',
      ],
    };
  }),
  template('cmd-net-user-add', (g) => {
    const p = v.cmdPass(g);
    const u = g.pick(['support', 'ladmin', 'scanuser', 'kiosk']);
    return {
      path: 'imaging/post-install.cmd',
      lines: [
        'rem create the local support account',
        sec(`net user ${u} ${p} /add /passwordchg:no /expires:never`, p),
        `net localgroup Administrators ${u} /add`,
        'wmic useraccount where "name=\'' + u + '\'" set PasswordExpires=false',
      ],
    };
  }),
  template('cmd-net-user-reset-admin', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'firstboot/SetupComplete.cmd',
      lines: [
        '@echo off',
        sec(`net user Administrator ${p}`, p),
        'net user Administrator /active:yes',
        'del /q /f "%~f0"',
      ],
    };
  }),
  template('cmd-schtasks-ru-rp', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'tasks/register-backup.bat',
      lines: [
        '@echo off',
        sec(
          `schtasks /create /tn "Nightly Backup" /tr "C:\\Scripts\\backup.cmd" /sc daily /st 02:30 /ru ${v.domain(g)}\\${v.svcUser(g)} /rp ${p} /rl highest /f`,
          p,
        ),
      ],
    };
  }),
  template('cmd-sc-config-password', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'install/service-account.cmd',
      lines: [
        `sc.exe stop ${g.pick(['AppAgent', 'ReportSvc', 'Collector'])}`,
        sec(`sc.exe config AppAgent obj= "${v.domain(g)}\\${v.svcUser(g)}" password= "${p}"`, p),
        'sc.exe start AppAgent',
      ],
    };
  }),
  template('cmd-sc-create-password', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'install/create-service.bat',
      lines: [
        sec(
          `sc create SyncAgent binPath= "C:\\Program Files\\Sync\\agent.exe" start= auto obj= .\\${v.svcUser(g)} password= ${p}`,
          p,
        ),
        'sc description SyncAgent "File sync agent"',
      ],
    };
  }),
  template('cmd-cmdkey-pass', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'rds/add-creds.cmd',
      lines: [
        sec(`cmdkey /generic:TERMSRV/${v.fqdn(g)} /user:${v.domain(g)}\\${v.svcUser(g)} /pass:${p}`, p),
        `mstsc /v:${v.fqdn(g)}`,
      ],
    };
  }),
  template('cmd-cmdkey-add-quoted', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'scripts/nas-creds.bat',
      lines: [
        '@echo off',
        sec(`cmdkey /add:${v.server(g)} /user:"${v.domain(g)}\\${v.svcUser(g)}" /pass:"${p}"`, p),
        'echo Credentials stored.',
      ],
    };
  }),
  template('cmd-psexec-u-p', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'tools/push-agent.cmd',
      lines: [
        'for /f %%H in (hosts.txt) do (',
        sec(`  psexec \\\\%%H -u ${v.domain(g)}\\${v.svcUser(g)} -p ${p} -h -c -f agent_install.cmd`, p),
        ')',
      ],
    };
  }),
  template('cmd-wmic-password', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'tools/inventory.bat',
      lines: [
        sec(
          `wmic /node:${v.server(g)} /user:${v.domain(g)}\\${v.svcUser(g)} /password:${p} computersystem get model,name,manufacturer`,
          p,
        ),
        `wmic /node:${v.server(g)} os get caption`,
      ],
    };
  }),
  template('cmd-setx-secret', (g) => {
    const t = v.apiToken(g);
    const p = v.cmdPass(g);
    return {
      path: 'setup/env.cmd',
      lines: [
        'setx APP_ENV production /M',
        sec(`setx APP_DB_PASSWORD "${p}" /M`, p),
        sec(`setx MONITORING_API_KEY ${t} /M`, t),
      ],
    };
  }),
  template('cmd-set-variable-password', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'backup/run-backup.bat',
      lines: [
        '@echo off',
        `set BACKUP_USER=${v.domain(g)}\\${v.svcUser(g)}`,
        sec(`set BACKUP_PASS=${p}`, p),
        `net use Z: \\\\${v.server(g)}\\backup %BACKUP_PASS% /user:%BACKUP_USER%`,
        'robocopy D:\\Data Z:\\%COMPUTERNAME% /MIR /LOG:C:\\Logs\\backup.log',
      ],
    };
  }),
  template('cmd-reg-add-defaultpassword', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'kiosk/autologon.cmd',
      lines: [
        'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v AutoAdminLogon /t REG_SZ /d 1 /f',
        `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultUserName /t REG_SZ /d kiosk /f`,
        sec(
          `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d ${p} /f`,
          p,
        ),
      ],
    };
  }),
  template('cmd-netdom-join', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'imaging/join.cmd',
      lines: [
        sec(
          `netdom join %COMPUTERNAME% /domain:${v.dnsDomain(g)} /userd:${v.domain(g)}\\${v.svcUser(g)} /passwordd:${p} /ou:"OU=Workstations,DC=corp,DC=local" /reboot:5`,
          p,
        ),
      ],
    };
  }),
  template('cmd-dsadd-user', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'ad/create-users.bat',
      lines: [
        sec(
          `dsadd user "CN=Scan Service,OU=Service Accounts,DC=corp,DC=local" -samid svc_scan -pwd ${p} -mustchpwd no -pwdneverexpires yes`,
          p,
        ),
      ],
    };
  }),
  template('cmd-sqlcmd-p', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'db/restore.cmd',
      lines: [
        '@echo off',
        sec(`sqlcmd -S ${v.server(g)}\\SQL2019 -U sa -P ${p} -i restore_${g.dbName()}.sql -o restore.log`, p),
        'if errorlevel 1 echo Restore failed & exit /b 1',
      ],
    };
  }),
  template('cmd-bcp-p', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'etl/export.bat',
      lines: [sec(`bcp ${g.dbName()}.dbo.Orders out orders.dat -S ${v.server(g)} -U etl_user -P "${p}" -n`, p)],
    };
  }),
  template('cmd-msiexec-service-password', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'sccm/install-agent.cmd',
      lines: [
        sec(
          `msiexec /i "%~dp0ReportAgent.msi" /qn SERVICE_ACCOUNT=${v.domain(g)}\\${v.svcUser(g)} SERVICE_PASSWORD="${p}" /l*v C:\\Windows\\Temp\\agent.log`,
          p,
        ),
      ],
    };
  }),
  template('cmd-sysinternals-autologon', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'kiosk/setup-kiosk.bat',
      lines: ['@echo off', sec(`Autologon64.exe kiosk ${v.domain(g)} ${p} /accepteula`, p), 'shutdown /r /t 10'],
    };
  }),
  template('cmd-ktpass', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'kerberos/make-keytab.cmd',
      lines: [
        sec(
          `ktpass /princ HTTP/${v.fqdn(g)}@${v.dnsDomain(g).toUpperCase()} /mapuser ${v.domain(g)}\\svc_web /pass ${p} /crypto AES256-SHA1 /ptype KRB5_NT_PRINCIPAL /out web.keytab`,
          p,
        ),
      ],
    };
  }),
  template('cmd-plink-pscp', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'network/backup-switches.bat',
      lines: [
        'for /f %%S in (switches.txt) do (',
        sec(`  plink -ssh -batch admin@%%S -pw ${p} "show running-config" > backups\\%%S.cfg`, p),
        ')',
      ],
    };
  }),
  template('cmd-winscp-script-url', (g) => {
    // WinSCP session URLs take the password percent-encoded (`@` as %40).
    const p = encodeURIComponent(v.cmdPass(g));
    return {
      path: 'transfer/upload.txt',
      lines: [
        'option batch abort',
        'option confirm off',
        sec(
          `open sftp://${g.pick(['upload', 'edi', 'partner'])}:${p}@sftp.${v.dnsDomain(g)}/ -hostkey="ssh-ed25519 255 ${g.fake.base64(43)}"`,
          p,
        ),
        'put C:\\Export\\*.csv /incoming/',
        'exit',
      ],
    };
  }),
  template('cmd-msdeploy', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'build/deploy-site.cmd',
      lines: [
        sec(
          `"C:\\Program Files\\IIS\\Microsoft Web Deploy V3\\msdeploy.exe" -verb:sync -source:package=site.zip -dest:auto,computerName="https://${v.fqdn(g)}:8172/msdeploy.axd",userName="deployer",password="${p}",authtype="Basic" -allowUntrusted`,
          p,
        ),
      ],
    };
  }),
  template('cmd-nuget-push-apikey', (g) => {
    const k = v.nugetKey(g);
    return {
      path: 'build/publish.cmd',
      lines: [
        'nuget pack Contoso.Tools.nuspec',
        sec(`nuget push Contoso.Tools.*.nupkg -ApiKey ${k} -Source https://api.nuget.org/v3/index.json`, k),
      ],
    };
  }),
  template('cmd-nuget-sources-password', (g) => {
    const p = v.apiToken(g);
    return {
      path: 'build/restore.cmd',
      lines: [
        sec(
          `nuget sources add -Name Internal -Source https://pkgs.${v.dnsDomain(g)}/nuget/v3/index.json -Username build -Password ${p} -StorePasswordInClearText`,
          p,
        ),
        'nuget restore Contoso.sln',
      ],
    };
  }),
  template('cmd-runas-savecred-with-echo-pipe', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'helpdesk/elevate.bat',
      lines: [
        'rem runas cannot take a password, so the script pipes it into a helper',
        sec(`echo ${p}| sanur.exe /user:${v.domain(g)}\\${v.svcUser(g)} "mmc compmgmt.msc"`, p),
      ],
    };
  }),
];
