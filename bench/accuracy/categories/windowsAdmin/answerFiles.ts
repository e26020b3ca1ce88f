import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * windows-admin positives, files Windows and its tools write: unattend.xml/autounattend.xml
 * (AutoLogon, AdministratorPassword, LocalAccounts, domain-join Credentials; plain and hidden),
 * sysprep.inf, Group Policy Preferences XML with `cpassword`, registry exports (Winlogon, ODBC,
 * VNC), .rdp files, IIS applicationHost.config and web.config (identity, processModel,
 * virtualDirectory, machineKey), WinSCP.ini, FileZilla sitemanager.xml, mRemoteNG confCons.xml,
 * MDT Bootstrap.ini/CustomSettings.ini, SQL Server ConfigurationFile.ini, WLAN profiles, Azure
 * publish settings, NuGet.config, Web Deploy publish profiles, Intune app configuration JSON.
 * Values generated at run time.
 */

const UNATTEND_HEAD = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<unattend xmlns="urn:schemas-microsoft-com:unattend">',
  '  <settings pass="oobeSystem">',
  '    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">',
].join('\n');
const UNATTEND_TAIL = ['    </component>', '  </settings>', '</unattend>'].join('\n');

export const answerFilePositives: readonly Template[] = [
  template('unattend-autologon-plaintext', (g) => {
    const p = v.adminPass(g);
    return {
      path: g.pick(['autounattend.xml', 'unattend.xml', 'Panther/unattend.xml']),
      lines: [
        UNATTEND_HEAD,
        '      <AutoLogon>',
        '        <Password>',
        sec(`          <Value>${p}</Value>`, p),
        '          <PlainText>true</PlainText>',
        '        </Password>',
        '        <Enabled>true</Enabled>',
        '        <LogonCount>3</LogonCount>',
        '        <Username>Administrator</Username>',
        '      </AutoLogon>',
        UNATTEND_TAIL,
      ],
    };
  }),
  template('unattend-adminpassword-hidden', (g) => {
    const h = v.unattendHidden(v.adminPass(g), 'AdministratorPassword');
    return {
      path: 'Sysprep/unattend.xml',
      lines: [
        UNATTEND_HEAD,
        '      <UserAccounts>',
        '        <AdministratorPassword>',
        sec(`          <Value>${h}</Value>`, h),
        '          <PlainText>false</PlainText>',
        '        </AdministratorPassword>',
        '      </UserAccounts>',
        '      <OOBE><HideEULAPage>true</HideEULAPage><ProtectYourPC>3</ProtectYourPC></OOBE>',
        UNATTEND_TAIL,
      ],
    };
  }),
  template('unattend-localaccount-hidden', (g) => {
    const h = v.unattendHidden(v.adminPass(g), 'Password');
    return {
      path: 'autounattend.xml',
      lines: [
        UNATTEND_HEAD,
        '      <UserAccounts>',
        '        <LocalAccounts>',
        '          <LocalAccount wcm:action="add">',
        '            <Password>',
        sec(`              <Value>${h}</Value>`, h),
        '              <PlainText>false</PlainText>',
        '            </Password>',
        '            <Group>Administrators</Group>',
        `            <Name>${g.pick(['labadmin', 'support', 'vagrant', 'packer'])}</Name>`,
        '          </LocalAccount>',
        '        </LocalAccounts>',
        '      </UserAccounts>',
        UNATTEND_TAIL,
      ],
    };
  }),
  template('unattend-one-line-password', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'images/win2022/autounattend.xml',
      lines: [
        UNATTEND_HEAD,
        '      <UserAccounts>',
        sec(`        <AdministratorPassword><Value>${p}</Value><PlainText>true</PlainText></AdministratorPassword>`, p),
        '      </UserAccounts>',
        UNATTEND_TAIL,
      ],
    };
  }),
  template('unattend-domain-join-credentials', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'unattend.xml',
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<unattend xmlns="urn:schemas-microsoft-com:unattend">',
        '  <settings pass="specialize">',
        '    <component name="Microsoft-Windows-UnattendedJoin" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">',
        '      <Identification>',
        '        <Credentials>',
        `          <Domain>${v.domain(g)}</Domain>`,
        sec(`          <Password>${p}</Password>`, p),
        `          <Username>${v.svcUser(g)}</Username>`,
        '        </Credentials>',
        `        <JoinDomain>${v.dnsDomain(g)}</JoinDomain>`,
        '      </Identification>',
        '    </component>',
        '  </settings>',
        '</unattend>',
      ],
    };
  }),
  template('sysprep-inf', (g) => {
    const p = v.cmdPass(g);
    const d = v.cmdPass(g);
    return {
      path: 'sysprep/sysprep.inf',
      lines: [
        '[Unattended]',
        '    OemSkipEula=Yes',
        '[GuiUnattended]',
        sec(`    AdminPassword="${p}"`, p),
        '    EncryptedAdminPassword=NO',
        '    TimeZone=85',
        '[Identification]',
        `    JoinDomain=${v.domain(g)}`,
        `    DomainAdmin=${v.svcUser(g)}`,
        sec(`    DomainAdminPassword=${d}`, d),
      ],
    };
  }),
  template('gpp-groups-cpassword', (g) => {
    const c = v.cpassword(g);
    return {
      path: `SYSVOL/${v.dnsDomain(g)}/Policies/{${v.upperGuid(g)}}/Machine/Preferences/Groups/Groups.xml`,
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}">',
        `  <User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="${g.pick(['Administrator (built-in)', 'LocalAdmin', 'support'])}" image="2" changed="2019-03-14 10:22:41" uid="{${v.upperGuid(g)}}">`,
        sec(
          `    <Properties action="U" newName="" fullName="" description="" cpassword="${c}" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="Administrator (built-in)"/>`,
          c,
        ),
        '  </User>',
        '</Groups>',
      ],
    };
  }),
  template('gpp-scheduledtasks-cpassword', (g) => {
    const c = v.cpassword(g);
    return {
      path: 'Policies/Machine/Preferences/ScheduledTasks/ScheduledTasks.xml',
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<ScheduledTasks clsid="{CC63F200-7309-4ba0-B154-A71CD118DBCC}">',
        `  <Task clsid="{2DEECB1C-261F-4e13-9B21-16FB83BC03BD}" name="Inventory" image="2" changed="2018-06-02 08:15:10" uid="{${v.upperGuid(g)}}">`,
        sec(
          `    <Properties action="U" name="Inventory" appName="\\\\${v.server(g)}\\netlogon\\inv.cmd" args="" startIn="" comment="" runAs="${v.domain(g)}\\${v.svcUser(g)}" cpassword="${c}" enabled="1"/>`,
          c,
        ),
        '  </Task>',
        '</ScheduledTasks>',
      ],
    };
  }),
  template('gpp-drives-cpassword', (g) => {
    const c = v.cpassword(g);
    return {
      path: 'Policies/User/Preferences/Drives/Drives.xml',
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Drives clsid="{8FDDCC1A-0C3C-43cd-A6B4-71A6DF20DA8C}">',
        `  <Drive clsid="{935D1B74-9CB8-4e3c-9914-7DD559B7A417}" name="S:" status="S:" image="2" changed="2017-11-20 13:41:02" uid="{${v.upperGuid(g)}}">`,
        sec(
          `    <Properties action="U" thisDrive="NOCHANGE" allDrives="NOCHANGE" userName="${v.domain(g)}\\${v.svcUser(g)}" cpassword="${c}" path="\\\\${v.server(g)}\\shared" label="Shared" persistent="1" useLetter="1" letter="S"/>`,
          c,
        ),
        '  </Drive>',
        '</Drives>',
      ],
    };
  }),
  template('reg-winlogon-defaultpassword', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'kiosk/autologon.reg',
      lines: [
        'Windows Registry Editor Version 5.00',
        '',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]',
        '"AutoAdminLogon"="1"',
        `"DefaultUserName"="${g.pick(['kiosk', 'Display', 'frontdesk'])}"`,
        `"DefaultDomainName"="${v.domain(g)}"`,
        sec(`"DefaultPassword"="${p}"`, p),
      ],
    };
  }),
  template('reg-odbc-pwd', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'odbc/erp-dsn.reg',
      lines: [
        'Windows Registry Editor Version 5.00',
        '',
        `[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\${g.pick(['ERP', 'Reporting', 'Warehouse'])}]`,
        '"Driver"="C:\\\\Windows\\\\System32\\\\sqlsrv32.dll"',
        `"Server"="${v.server(g)}"`,
        `"Database"="${g.dbName()}"`,
        '"UID"="report_user"',
        sec(`"PWD"="${p}"`, p),
      ],
    };
  }),
  template('reg-vnc-password-hex', (g) => {
    const h = v.regHexBytes(g);
    return {
      path: 'vnc/tightvnc-settings.reg',
      lines: [
        'Windows Registry Editor Version 5.00',
        '',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\TightVNC\\Server]',
        '"RfbPort"=dword:0000170c',
        '"UseVncAuthentication"=dword:00000001',
        sec(`"Password"=hex:${h}`, h),
        '"AcceptRfbConnections"=dword:00000001',
      ],
    };
  }),
  template('reg-realvnc-password-string', (g) => {
    const h = g.fake.hex(16);
    return {
      path: 'vnc/realvnc.reg',
      lines: [
        'Windows Registry Editor Version 5.00',
        '',
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\RealVNC\\vncserver]',
        '"Authentication"="VncAuth"',
        sec(`"Password"="${h}"`, h),
      ],
    };
  }),
  template('rdp-file-password', (g) => {
    const b = v.rdpBlob(g);
    return {
      path: `${g.pick(['Desktop', 'rdp', 'shortcuts'])}/${v.server(g)}.rdp`,
      lines: [
        'screen mode id:i:2',
        'desktopwidth:i:1920',
        'desktopheight:i:1080',
        `full address:s:${v.fqdn(g)}`,
        `username:s:${v.domain(g)}\\${v.svcUser(g)}`,
        sec(`password 51:b:${b}`, b),
        'authentication level:i:2',
        'prompt for credentials:i:0',
      ],
    };
  }),
  template('iis-apphost-processmodel', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'inetsrv/config/applicationHost.config',
      lines: [
        '<system.applicationHost>',
        '  <applicationPools>',
        `    <add name="${g.pick(['OrdersPool', 'ApiPool', 'IntranetPool'])}" managedRuntimeVersion="v4.0">`,
        sec(
          `      <processModel identityType="SpecificUser" userName="${v.domain(g)}\\${v.svcUser(g)}" password="${p}" />`,
          p,
        ),
        '    </add>',
        '  </applicationPools>',
        '</system.applicationHost>',
      ],
    };
  }),
  template('iis-virtualdirectory-credentials', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'inetsrv/config/applicationHost.config',
      lines: [
        '<sites>',
        '  <site name="Intranet" id="2">',
        '    <application path="/" applicationPool="IntranetPool">',
        sec(
          `      <virtualDirectory path="/" physicalPath="\\\\${v.server(g)}\\wwwroot" userName="${v.domain(g)}\\${v.svcUser(g)}" password="${p}" />`,
          p,
        ),
        '    </application>',
        '  </site>',
        '</sites>',
      ],
    };
  }),
  template('webconfig-identity-impersonate', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'web.config',
      lines: [
        '<configuration>',
        '  <system.web>',
        '    <authentication mode="Windows" />',
        sec(`    <identity impersonate="true" userName="${v.domain(g)}\\${v.svcUser(g)}" password="${p}" />`, p),
        '  </system.web>',
        '</configuration>',
      ],
    };
  }),
  template('webconfig-machinekey', (g) => {
    const vk = v.validationKey(g);
    const dk = v.decryptionKey(g);
    return {
      path: 'Web.config',
      lines: [
        '<configuration>',
        '  <system.web>',
        '    <compilation targetFramework="4.8" />',
        sec(`    <machineKey validationKey="${vk}"`, vk),
        sec(`                decryptionKey="${dk}"`, dk),
        '                validation="HMACSHA256" decryption="AES" />',
        '  </system.web>',
        '</configuration>',
      ],
    };
  }),
  template('webconfig-machinekey-one-line', (g) => {
    const vk = g.fake.upperHex(g.pick([64, 128]));
    return {
      path: 'site/web.config',
      lines: [
        '<system.web>',
        sec(`  <machineKey validationKey="${vk}" decryptionKey="AutoGenerate,IsolateApps" validation="SHA1" />`, vk),
        '</system.web>',
      ],
    };
  }),
  template('winscp-ini-session', (g) => {
    const o = v.winscpObfuscated(g);
    return {
      path: 'WinSCP.ini',
      lines: [
        `[Sessions\\${g.pick(['deploy', 'edi', 'backup'])}@${v.fqdn(g)}]`,
        `HostName=${v.fqdn(g)}`,
        `UserName=${g.pick(['deploy', 'edi', 'backup'])}`,
        'FSProtocol=2',
        sec(`Password=${o}`, o),
        '',
        '[Configuration\\Interface]',
        'RandomSeedFile=%APPDATA%\\winscp.rnd',
      ],
    };
  }),
  template('filezilla-sitemanager', (g) => {
    const b = v.base64Of(v.adminPass(g));
    return {
      path: 'FileZilla/sitemanager.xml',
      lines: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<FileZilla3 version="3.66.4" platform="windows">',
        '  <Servers>',
        '    <Server>',
        `      <Host>ftp.${v.dnsDomain(g)}</Host>`,
        '      <Port>21</Port>',
        '      <Protocol>0</Protocol>',
        '      <Type>0</Type>',
        `      <User>${g.pick(['webmaster', 'upload', 'ftpuser'])}</User>`,
        sec(`      <Pass encoding="base64">${b}</Pass>`, b),
        '      <Logontype>1</Logontype>',
        '      <Name>Web server</Name>',
        '    </Server>',
        '  </Servers>',
        '</FileZilla3>',
      ],
    };
  }),
  template('mremoteng-confcons', (g) => {
    const b = v.mremoteBlob(g);
    return {
      path: 'mRemoteNG/confCons.xml',
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        `<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" Export="false" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="1000" FullFileEncryption="false" Protected="${g.fake.base64(88)}" ConfVersion="2.6">`,
        sec(
          `  <Node Name="${v.server(g)}" Type="Connection" Descr="" Icon="mRemoteNG" Panel="General" Id="${v.guid(g)}" Username="${v.svcUser(g)}" Domain="${v.domain(g)}" Password="${b}" Hostname="${v.fqdn(g)}" Protocol="RDP" Port="3389" />`,
          b,
        ),
        '</mrng:Connections>',
      ],
    };
  }),
  template('mdt-bootstrap-ini', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'DeploymentShare/Control/Bootstrap.ini',
      lines: [
        '[Settings]',
        'Priority=Default',
        '',
        '[Default]',
        `DeployRoot=\\\\${v.server(g)}\\DeploymentShare$`,
        `UserDomain=${v.domain(g)}`,
        `UserID=${v.svcUser(g)}`,
        sec(`UserPassword=${p}`, p),
        'SkipBDDWelcome=YES',
      ],
    };
  }),
  template('mdt-customsettings-ini', (g) => {
    const a = v.cmdPass(g);
    const d = v.cmdPass(g);
    return {
      path: 'DeploymentShare/Control/CustomSettings.ini',
      lines: [
        '[Settings]',
        'Priority=Default',
        'Properties=MyCustomProperty',
        '',
        '[Default]',
        'OSInstall=Y',
        'SkipAdminPassword=YES',
        sec(`AdminPassword=${a}`, a),
        `JoinDomain=${v.dnsDomain(g)}`,
        `DomainAdmin=${v.svcUser(g)}`,
        `DomainAdminDomain=${v.domain(g)}`,
        sec(`DomainAdminPassword=${d}`, d),
        'MachineObjectOU=OU=Workstations,DC=corp,DC=local',
        'SkipDomainMembership=YES',
      ],
    };
  }),
  template('sql-configurationfile-ini', (g) => {
    const sa = v.cmdPass(g);
    const svc = v.cmdPass(g);
    return {
      path: 'sql/ConfigurationFile.ini',
      lines: [
        '; SQL Server 2022 Configuration File',
        '[OPTIONS]',
        'ACTION="Install"',
        'FEATURES=SQLENGINE,FULLTEXT',
        'INSTANCENAME="MSSQLSERVER"',
        `SQLSVCACCOUNT="${v.domain(g)}\\svc_sql"`,
        sec(`SQLSVCPASSWORD="${svc}"`, svc),
        'SECURITYMODE="SQL"',
        sec(`SAPWD="${sa}"`, sa),
        'SQLSYSADMINACCOUNTS="BUILTIN\\Administrators"',
        'TCPENABLED="1"',
      ],
    };
  }),
  template('wlan-profile-keymaterial', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'wifi/Corp-Guest.xml',
      lines: [
        '<?xml version="1.0"?>',
        '<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">',
        '  <name>Corp-Guest</name>',
        '  <MSM>',
        '    <security>',
        '      <authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption><useOneX>false</useOneX></authEncryption>',
        '      <sharedKey>',
        '        <keyType>passPhrase</keyType>',
        '        <protected>false</protected>',
        sec(`        <keyMaterial>${p}</keyMaterial>`, p),
        '      </sharedKey>',
        '    </security>',
        '  </MSM>',
        '</WLANProfile>',
      ],
    };
  }),
  template('azure-publishsettings', (g) => {
    const p = v.publishPwd(g);
    const site = g.pick(['orders-api', 'intranet-web', 'hr-portal']);
    return {
      path: `${site}.PublishSettings`,
      lines: [
        '<publishData>',
        sec(
          `  <publishProfile profileName="${site} - Web Deploy" publishMethod="MSDeploy" publishUrl="${site}.scm.azurewebsites.net:443" msdeploySite="${site}" userName="$${site}" userPWD="${p}" destinationAppUrl="https://${site}.azurewebsites.net" />`,
          p,
        ),
        '</publishData>',
      ],
    };
  }),
  template('nuget-config-cleartext', (g) => {
    const p = v.apiToken(g);
    return {
      path: 'NuGet.Config',
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<configuration>',
        '  <packageSources>',
        `    <add key="internal" value="https://pkgs.${v.dnsDomain(g)}/nuget/v3/index.json" />`,
        '  </packageSources>',
        '  <packageSourceCredentials>',
        '    <internal>',
        '      <add key="Username" value="build" />',
        sec(`      <add key="ClearTextPassword" value="${p}" />`, p),
        '    </internal>',
        '  </packageSourceCredentials>',
        '</configuration>',
      ],
    };
  }),
  template('pubxml-password', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'Properties/PublishProfiles/Production.pubxml',
      lines: [
        '<Project>',
        '  <PropertyGroup>',
        '    <WebPublishMethod>MSDeploy</WebPublishMethod>',
        `    <MSDeployServiceURL>${v.fqdn(g)}</MSDeployServiceURL>`,
        '    <UserName>deployer</UserName>',
        sec(`    <Password>${p}</Password>`, p),
        '    <AllowUntrustedCertificate>True</AllowUntrustedCertificate>',
        '  </PropertyGroup>',
        '</Project>',
      ],
    };
  }),
  template('intune-app-config-json', (g) => {
    const t = v.apiToken(g);
    return {
      path: 'Intune/Win32Apps/AgentConfig.json',
      lines: [
        '{',
        `  "tenantId": "${v.guid(g)}",`,
        `  "serverUrl": "https://agent.${v.dnsDomain(g)}",`,
        sec(`  "enrollmentToken": "${t}",`, t),
        '  "installArgs": "/quiet /norestart"',
        '}',
      ],
    };
  }),
];
