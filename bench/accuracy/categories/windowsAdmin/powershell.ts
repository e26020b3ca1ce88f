import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * windows-admin positives, PowerShell: ConvertTo-SecureString -AsPlainText, PSCredential
 * constructors, New-LocalUser, Set-ADAccountPassword, New-ADUser, Install-ADDSForest safe-mode
 * passwords, Invoke-Sqlcmd, Invoke-RestMethod/-WebRequest headers, DSC configurations with plain
 * passwords, PSD1 data files, profile scripts setting environment variables, Exchange and
 * SharePoint setup scripts, Entra ID app secrets for Graph/Intune, PowerCLI, Veeam, WSUS proxy, the
 * registry's Winlogon DefaultPassword, LAPS output. Values generated at run time.
 */
export const powershellPositives: readonly Template[] = [
  template('ps-securestring-pscredential', (g) => {
    const p = v.adminPass(g);
    const d = v.domain(g);
    return {
      path: `scripts/${g.pick(['Deploy-App', 'Sync-Shares', 'Restart-Services'])}.ps1`,
      lines: [
        '[CmdletBinding()]',
        'param([string]$ComputerName = "' + v.server(g) + '")',
        '',
        `$user = "${d}\\${v.svcUser(g)}"`,
        sec(`$secpw = ConvertTo-SecureString '${p}' -AsPlainText -Force`, p),
        '$cred = New-Object System.Management.Automation.PSCredential($user, $secpw)',
        'Invoke-Command -ComputerName $ComputerName -Credential $cred -ScriptBlock { Get-Service W3SVC }',
      ],
    };
  }),
  template('ps-securestring-string-param', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'Setup/Join-Domain.ps1',
      lines: [
        `$domain = '${v.dnsDomain(g)}'`,
        sec(
          `$password = ConvertTo-SecureString -String "${p.replace(/\$/g, '`$')}" -AsPlainText -Force`,
          p.replace(/\$/g, '`$'),
        ),
        `$credential = New-Object PSCredential ("${v.domain(g)}\\${v.svcUser(g)}", $password)`,
        "Add-Computer -DomainName $domain -Credential $credential -OUPath 'OU=Servers,DC=corp,DC=local' -Restart",
      ],
    };
  }),
  template('ps-pscredential-inline', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'tools/remote-reboot.ps1',
      lines: [
        '# Reboot the lab hosts overnight',
        sec(
          `$c = [pscredential]::new('${v.domain(g)}\\${v.svcUser(g)}', (ConvertTo-SecureString '${p}' -AsPlainText -Force))`,
          p,
        ),
        `Restart-Computer -ComputerName ${v.server(g)}, ${v.server(g)} -Credential $c -Force`,
      ],
    };
  }),
  template('ps-plain-password-variable', (g) => {
    const p = v.adminPass(g);
    return {
      path: `Maintenance/${g.pick(['Backup-Sql', 'Map-Drives', 'Rotate-Logs'])}.ps1`,
      lines: [
        `$Username = '${v.domain(g)}\\${v.svcUser(g)}'`,
        sec(`$Password = '${p}'`, p),
        '$SecurePassword = ConvertTo-SecureString $Password -AsPlainText -Force',
        '$Cred = New-Object System.Management.Automation.PSCredential -ArgumentList $Username, $SecurePassword',
        `New-PSDrive -Name B -PSProvider FileSystem -Root '\\\\${v.server(g)}\\backup$' -Credential $Cred`,
      ],
    };
  }),
  template('ps-new-localuser', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'provision/Add-LocalAdmin.ps1',
      lines: [
        `$name = '${g.pick(['LocalSupport', 'helpdesk', 'ladmin', 'kioskuser'])}'`,
        sec(
          `New-LocalUser -Name $name -Password (ConvertTo-SecureString '${p}' -AsPlainText -Force) -FullName 'Local support' -PasswordNeverExpires`,
          p,
        ),
        "Add-LocalGroupMember -Group 'Administrators' -Member $name",
      ],
    };
  }),
  template('ps-set-adaccountpassword', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'AD/Reset-Onboarding.ps1',
      lines: [
        'Import-Module ActiveDirectory',
        `$sam = '${g.pick(['jsmith', 'mgarcia', 'tnguyen', 'akowalski'])}'`,
        sec(
          `Set-ADAccountPassword -Identity $sam -Reset -NewPassword (ConvertTo-SecureString -AsPlainText '${p}' -Force)`,
          p,
        ),
        'Set-ADUser -Identity $sam -ChangePasswordAtLogon $true',
      ],
    };
  }),
  template('ps-new-aduser-bulk', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'AD/New-StudentAccounts.ps1',
      lines: [
        '$users = Import-Csv .\\students.csv',
        sec(
          `$initial = ConvertTo-SecureString "${p.replace(/\$/g, '`$')}" -AsPlainText -Force`,
          p.replace(/\$/g, '`$'),
        ),
        'foreach ($u in $users) {',
        '  New-ADUser -Name $u.Name -SamAccountName $u.Sam -AccountPassword $initial -Enabled $true `',
        `    -Path 'OU=Students,DC=${v.domain(g).toLowerCase()},DC=local'`,
        '}',
      ],
    };
  }),
  template('ps-install-addsforest', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'lab/New-Forest.ps1',
      lines: [
        'Install-WindowsFeature AD-Domain-Services -IncludeManagementTools',
        'Install-ADDSForest `',
        `  -DomainName '${v.dnsDomain(g)}' `,
        `  -DomainNetbiosName '${v.domain(g)}' ` + '`',
        sec(`  -SafeModeAdministratorPassword (ConvertTo-SecureString '${p}' -AsPlainText -Force) ` + '`', p),
        '  -InstallDns -Force',
      ],
    };
  }),
  template('ps-invoke-sqlcmd', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'db/Run-Nightly.ps1',
      lines: [
        'Import-Module SqlServer',
        `$server = '${v.server(g)}\\SQLEXPRESS'`,
        sec(
          `Invoke-Sqlcmd -ServerInstance $server -Database ${g.dbName()} -Username ${g.pick(['sa', 'reporting', 'etl_user'])} -Password '${p}' -InputFile .\\nightly.sql`,
          p,
        ),
      ],
    };
  }),
  template('ps-sql-connectionstring', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'db/Export-Orders.ps1',
      lines: [
        '$conn = New-Object System.Data.SqlClient.SqlConnection',
        sec(
          `$conn.ConnectionString = "Server=${v.fqdn(g)};Database=${g.dbName()};User Id=${g.pick(['sa', 'app_reader', 'svc_sql'])};Password=${p.replace(/\$/g, '`$')};"`,
          p.replace(/\$/g, '`$'),
        ),
        '$conn.Open()',
      ],
    };
  }),
  template('ps-invoke-restmethod-bearer', (g) => {
    const t = v.apiToken(g);
    return {
      path: 'automation/Get-Tickets.ps1',
      lines: [
        `$uri = 'https://${g.pick(['servicedesk', 'itsm', 'helpdesk'])}.${v.dnsDomain(g)}/api/v2/tickets'`,
        sec(`$headers = @{ Authorization = 'Bearer ${t}' }`, t),
        'Invoke-RestMethod -Uri $uri -Headers $headers -Method Get | ConvertTo-Json',
      ],
    };
  }),
  template('ps-invoke-webrequest-apikey', (g) => {
    const t = v.apiToken(g);
    return {
      path: 'automation/Send-Inventory.ps1',
      lines: [
        '$body = Get-CimInstance Win32_OperatingSystem | Select-Object Caption, Version | ConvertTo-Json',
        sec(
          `Invoke-WebRequest -Uri 'https://inventory.${v.dnsDomain(g)}/upload' -Method Post -Body $body -Headers @{ 'X-Api-Key' = '${t}' } -UseBasicParsing`,
          t,
        ),
      ],
    };
  }),
  template('ps-basic-auth-header', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'scripts/Query-Printers.ps1',
      lines: [
        sec(`$pair = "${g.pick(['admin', 'apiuser', 'monitor'])}:${p.replace(/\$/g, '`$')}"`, p.replace(/\$/g, '`$')),
        '$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))',
        'Invoke-RestMethod -Uri \'https://printhub.local/api/queues\' -Headers @{ Authorization = "Basic $b64" }',
      ],
    };
  }),
  template('ps-graph-client-secret', (g) => {
    const s = v.entraSecret(g);
    return {
      path: 'Intune/Get-ManagedDevices.ps1',
      lines: [
        `$TenantId = '${v.guid(g)}'`,
        `$ClientId = '${v.guid(g)}'`,
        sec(`$ClientSecret = '${s}'`, s),
        '$body = @{ grant_type = "client_credentials"; scope = "https://graph.microsoft.com/.default"; client_id = $ClientId; client_secret = $ClientSecret }',
        '$token = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body',
      ],
    };
  }),
  template('ps-connect-mggraph-secret', (g) => {
    const s = v.entraSecret(g);
    return {
      path: 'Autopilot/Import-Hashes.ps1',
      lines: [
        sec(`$secret = ConvertTo-SecureString '${s}' -AsPlainText -Force`, s),
        `$cred = New-Object PSCredential('${v.guid(g)}', $secret)`,
        `Connect-MgGraph -TenantId '${v.guid(g)}' -ClientSecretCredential $cred -NoWelcome`,
        'Get-ChildItem .\\hashes\\*.csv | ForEach-Object { Import-AutopilotCSV -csvFile $_.FullName }',
      ],
    };
  }),
  template('ps-dsc-plaintext-credential', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'DSC/WebServer.ps1',
      lines: [
        '$ConfigData = @{',
        "  AllNodes = @(@{ NodeName = '*'; PSDscAllowPlainTextPassword = $true; PSDscAllowDomainUser = $true })",
        '}',
        'Configuration WebServer {',
        '  Import-DscResource -ModuleName PSDesiredStateConfiguration',
        sec(
          `  $svc = New-Object PSCredential('${v.domain(g)}\\${v.svcUser(g)}', (ConvertTo-SecureString '${p}' -AsPlainText -Force))`,
          p,
        ),
        '  Node localhost {',
        "    Service AppPoolSvc { Name = 'AppSvc'; StartupType = 'Automatic'; Credential = $svc }",
        '  }',
        '}',
      ],
    };
  }),
  template('ps-dsc-configdata-psd1', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'DSC/ConfigurationData.psd1',
      lines: [
        '@{',
        '    AllNodes = @(',
        '        @{',
        `            NodeName                    = '${v.server(g)}'`,
        '            PSDscAllowPlainTextPassword = $true',
        `            DomainName                  = '${v.dnsDomain(g)}'`,
        `            AdminUser                   = '${v.domain(g)}\\${v.svcUser(g)}'`,
        sec(`            AdminPassword               = '${p}'`, p),
        '        }',
        '    )',
        '}',
      ],
    };
  }),
  template('ps-psd1-settings', (g) => {
    const p = v.adminPass(g);
    const t = v.apiToken(g);
    return {
      path: `${g.pick(['Settings', 'config', 'Env'])}/Production.psd1`,
      lines: [
        '@{',
        `    SqlInstance     = '${v.server(g)}'`,
        `    ServiceAccount  = '${v.svcUser(g)}'`,
        sec(`    ServicePassword = '${p}'`, p),
        sec(`    MonitoringToken = '${t}'`, t),
        "    LogPath         = 'D:\\Logs'",
        '}',
      ],
    };
  }),
  template('ps-profile-env-token', (g) => {
    const t = g.fake.githubStyle('ghp_');
    const p = v.adminPass(g);
    return {
      path: 'Documents/PowerShell/Microsoft.PowerShell_profile.ps1',
      lines: [
        'Import-Module posh-git',
        'Set-PSReadLineOption -EditMode Windows',
        sec(`$env:GITHUB_TOKEN = '${t}'`, t),
        sec(`$env:SQLCMDPASSWORD = '${p}'`, p),
        'function prompt { "PS $($executionContext.SessionState.Path.CurrentLocation)> " }',
      ],
    };
  }),
  template('ps-setenvironmentvariable', (g) => {
    const s = v.entraSecret(g);
    return {
      path: 'setup/Configure-Agent.ps1',
      lines: [
        `[Environment]::SetEnvironmentVariable('AZURE_CLIENT_ID', '${v.guid(g)}', 'Machine')`,
        sec(`[Environment]::SetEnvironmentVariable('AZURE_CLIENT_SECRET', '${s}', 'Machine')`, s),
        `[Environment]::SetEnvironmentVariable('AZURE_TENANT_ID', '${v.guid(g)}', 'Machine')`,
      ],
    };
  }),
  template('ps-winlogon-registry', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'kiosk/Enable-AutoLogon.ps1',
      lines: [
        "$reg = 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon'",
        "Set-ItemProperty -Path $reg -Name AutoAdminLogon -Value '1'",
        `Set-ItemProperty -Path $reg -Name DefaultUserName -Value '${g.pick(['kiosk', 'KioskUser', 'display'])}'`,
        sec(`Set-ItemProperty -Path $reg -Name DefaultPassword -Value '${p}'`, p),
        `Set-ItemProperty -Path $reg -Name DefaultDomainName -Value '${v.domain(g)}'`,
      ],
    };
  }),
  template('ps-exchange-new-mailbox', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'Exchange/New-SharedMailboxes.ps1',
      lines: [
        `. 'C:\\Program Files\\Microsoft\\Exchange Server\\V15\\bin\\RemoteExchange.ps1'`,
        'Connect-ExchangeServer -auto',
        sec(
          `New-Mailbox -Name 'Scanner' -UserPrincipalName scanner@${v.dnsDomain(g)} -Password (ConvertTo-SecureString -String '${p}' -AsPlainText -Force) -Database 'DB01'`,
          p,
        ),
      ],
    };
  }),
  template('ps-sharepoint-farm', (g) => {
    const pass = v.adminPass(g);
    const phrase = v.adminPass(g);
    return {
      path: 'SharePoint/Install-Farm.ps1',
      lines: [
        'Add-PSSnapin Microsoft.SharePoint.PowerShell',
        `$farmAccount = '${v.domain(g)}\\sp_farm'`,
        sec(`$farmPassword = '${pass}'`, pass),
        sec(`$passphrase = ConvertTo-SecureString '${phrase}' -AsPlainText -Force`, phrase),
        '$farmCred = New-Object PSCredential($farmAccount, (ConvertTo-SecureString $farmPassword -AsPlainText -Force))',
        `New-SPConfigurationDatabase -DatabaseName SP_Config -DatabaseServer ${v.server(g)} -FarmCredentials $farmCred -Passphrase $passphrase -LocalServerRoleBehavior SingleServerFarm`,
      ],
    };
  }),
  template('ps-aad-connect-creds', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'AADConnect/Add-Connector.ps1',
      lines: [
        'Import-Module ADSync',
        `$adUser = '${v.domain(g)}\\MSOL_connector'`,
        sec(`$adPass = ConvertTo-SecureString '${p}' -AsPlainText -Force`, p),
        '$adCred = New-Object PSCredential($adUser, $adPass)',
        `Add-ADSyncADDSConnectorAccount -Name '${v.dnsDomain(g)}' -Credential $adCred`,
      ],
    };
  }),
  template('ps-powercli-connect', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'vmware/Snapshot-Report.ps1',
      lines: [
        'Import-Module VMware.PowerCLI',
        sec(`Connect-VIServer -Server vcsa.${v.dnsDomain(g)} -User administrator@vsphere.local -Password '${p}'`, p),
        'Get-VM | Get-Snapshot | Select-Object VM, Name, Created | Export-Csv snapshots.csv',
      ],
    };
  }),
  template('ps-veeam-credentials', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'Veeam/Add-Repository.ps1',
      lines: [
        'Connect-VBRServer -Server localhost',
        sec(
          `$creds = Add-VBRCredentials -User '${v.domain(g)}\\${v.svcUser(g)}' -Password '${p}' -Description 'NAS repository'`,
          p,
        ),
        `Add-VBRBackupRepository -Name NAS01 -Type CifsShare -Folder '\\\\${v.server(g)}\\veeam' -UserName $creds.UserName`,
      ],
    };
  }),
  template('ps-wsus-proxy', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'WSUS/Configure-Wsus.ps1',
      lines: [
        '$wsus = Get-WsusServer',
        '$config = $wsus.GetConfiguration()',
        '$config.UseProxy = $true',
        `$config.ProxyName = 'proxy.${v.dnsDomain(g)}'`,
        `$config.ProxyUserName = '${v.svcUser(g)}'`,
        sec(`$config.SetProxyPassword('${p}')`, p),
        '$config.Save()',
      ],
    };
  }),
  template('ps-laps-output', (g) => {
    const p = g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789{}[]#!', 14);
    return {
      path: `tickets/INC${g.fake.digits(6)}.txt`,
      lines: [
        `PS C:\\> Get-LapsADPassword -Identity ${v.server(g)} -AsPlainText`,
        '',
        `ComputerName        : ${v.server(g)}`,
        `DistinguishedName   : CN=WS1234,OU=Workstations,DC=${v.domain(g).toLowerCase()},DC=local`,
        'Account             : Administrator',
        sec(`Password            : ${p}`, p),
        'PasswordUpdateTime  : 12/1/2026 4:12:55 AM',
        'ExpirationTimestamp : 12/31/2026 4:12:55 AM',
        'Source              : EncryptedPassword',
      ],
    };
  }),
  template('ps-psexec-splat', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'scripts/Start-RemoteJob.ps1',
      lines: [
        '$params = @{',
        `    ComputerName = '${v.server(g)}'`,
        `    UserName     = '${v.domain(g)}\\${v.svcUser(g)}'`,
        sec(`    Password     = '${p}'`, p),
        "    Command      = 'C:\\Tools\\collect.cmd'",
        '}',
        '& psexec.exe "\\\\$($params.ComputerName)" -u $params.UserName -p $params.Password $params.Command',
      ],
    };
  }),
  template('ps-azure-sp-login', (g) => {
    const s = v.entraSecret(g);
    return {
      path: 'pipelines/deploy.ps1',
      lines: [
        `$appId = '${v.guid(g)}'`,
        sec(`az login --service-principal -u $appId -p '${s}' --tenant ${v.guid(g)}`, s),
        'az webapp deploy --resource-group rg-web --name web-prod --src-path app.zip',
      ],
    };
  }),
];
