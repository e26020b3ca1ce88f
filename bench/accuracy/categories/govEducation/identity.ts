import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * gov-education positives from campus identity: Shibboleth IdP `secrets.properties` (sealer and LDAP
 * bind passwords), `ldap.properties`, SimpleSAMLphp `config.php` (`secretsalt`, `auth.adminpassword`)
 * and `authsources.php`, Apereo CAS (`cas.tgc.crypto` keys, LDAP bind credentials), eduroam FreeRADIUS
 * `clients.conf` and `proxy.conf` secrets, Google Workspace for Education service-account keys and
 * GAM files, Microsoft 365 EDU app secrets (School Data Sync, Graph), Azure AD Connect runbooks.
 * Values generated at run time.
 */
export const identityPositives: readonly Template[] = [
  template('shibboleth-secrets-properties', (g) => {
    const sealer = v.plain(g);
    const bind = v.plain(g);
    return {
      path: g.pick(['/opt/shibboleth-idp/credentials/secrets.properties', 'idp/credentials/secrets.properties']),
      lines: [
        '# This is a reserved spot for most properties containing passwords or other secrets.',
        '# Created by install at ' + `2026-0${g.between(1, 9)}-1${g.between(0, 9)}`,
        '',
        '# Access to internal AES encryption key',
        sec(`idp.sealer.storePassword = ${sealer}`, sealer),
        sec(`idp.sealer.keyPassword = ${sealer}`, sealer),
        '',
        '# Default access to LDAP authn and attribute stores.',
        sec(`idp.authn.LDAP.bindDNCredential              = ${bind}`, bind),
        'idp.attribute.resolver.LDAPDataConnector.bindDNCredential = %{idp.authn.LDAP.bindDNCredential:undefined}',
      ],
    };
  }),
  template('shibboleth-ldap-properties', (g) => {
    const bind = v.plain(g);
    return {
      path: g.pick(['/opt/shibboleth-idp/conf/ldap.properties', 'idp/conf/ldap.properties']),
      lines: [
        'idp.authn.LDAP.authenticator                   = bindSearchAuthenticator',
        `idp.authn.LDAP.ldapURL                          = ldaps://ldap.${v.eduDomain(g)}:636`,
        'idp.authn.LDAP.useStartTLS                     = false',
        `idp.authn.LDAP.baseDN                           = ou=people,dc=${v.school(g)},dc=edu`,
        'idp.authn.LDAP.subtree                         = true',
        `idp.authn.LDAP.bindDN                           = cn=idp-bind,ou=services,dc=${v.school(g)},dc=edu`,
        sec(`idp.authn.LDAP.bindDNCredential                 = ${bind}`, bind),
      ],
    };
  }),
  template('shibboleth-attribute-resolver-xml', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['idp/conf/attribute-resolver.xml', '/opt/shibboleth-idp/conf/attribute-resolver-db.xml']),
      lines: [
        '<DataConnector id="myDatabase" xsi:type="RelationalDatabase">',
        '    <BeanManagedConnection>',
        '        <bean class="org.apache.commons.dbcp2.BasicDataSource" destroy-method="close"',
        '              p:driverClassName="org.mariadb.jdbc.Driver"',
        `              p:url="jdbc:mariadb://${v.dbHost(g)}:3306/idm"`,
        '              p:username="shib_ro"',
        sec(`              p:password="${p}" />`, p),
        '    </BeanManagedConnection>',
        '</DataConnector>',
      ],
    };
  }),
  template('simplesamlphp-config', (g) => {
    const salt = g.fake.lowerAlnum(32);
    const admin = v.plain(g);
    return {
      path: g.pick(['simplesamlphp/config/config.php', 'config/config.php']),
      lines: [
        '<?php',
        '$config = [',
        `    'baseurlpath' => 'https://sso.${v.eduDomain(g)}/simplesaml/',`,
        "    'certdir' => 'cert/',",
        sec(`    'secretsalt' => '${salt}',`, salt),
        sec(`    'auth.adminpassword' => '${admin}',`, admin),
        "    'admin.protectindexpage' => false,",
        `    'technicalcontact_email' => 'idm@${v.eduDomain(g)}',`,
        "    'timezone' => 'America/Chicago',",
        '];',
      ],
    };
  }),
  template('simplesamlphp-authsources-ldap', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['simplesamlphp/config/authsources.php', 'config/authsources.php']),
      lines: [
        '<?php',
        '$config = [',
        "    'admin' => ['core:AdminPassword'],",
        "    'campus-ldap' => [",
        "        'ldap:Ldap',",
        `        'connection_string' => 'ldaps://ad.${v.eduDomain(g)}',`,
        `        'search.base' => 'OU=Students,DC=${v.school(g)},DC=edu',`,
        "        'search.enable' => true,",
        `        'search.username' => 'CN=svc-ssp,OU=Service Accounts,DC=${v.school(g)},DC=edu',`,
        sec(`        'search.password' => '${p}',`, p),
        '    ],',
        '];',
      ],
    };
  }),
  template('cas-properties-crypto', (g) => {
    const enc = v.casKey(g, 43);
    const sig = v.casKey(g, 86);
    return {
      path: g.pick(['/etc/cas/config/cas.properties', 'etc/cas/config/cas.properties']),
      lines: [
        `cas.server.name=https://cas.${v.eduDomain(g)}`,
        'cas.server.prefix=${cas.server.name}/cas',
        sec(`cas.tgc.crypto.encryption.key=${enc}`, enc),
        sec(`cas.tgc.crypto.signing.key=${sig}`, sig),
        'cas.tgc.crypto.enabled=true',
      ],
    };
  }),
  template('cas-yml-ldap-bind', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['etc/cas/config/application.yml', '/etc/cas/config/cas.yml']),
      lines: [
        'cas:',
        '  authn:',
        '    ldap:',
        '      - type: AUTHENTICATED',
        `        ldap-url: ldaps://dc1.${v.eduDomain(g)}`,
        `        base-dn: ou=people,dc=${v.school(g)},dc=edu`,
        `        bind-dn: cn=cas,ou=apps,dc=${v.school(g)},dc=edu`,
        sec(`        bind-credential: ${p}`, p),
        "        search-filter: 'uid={user}'",
      ],
    };
  }),
  template('eduroam-clients-conf', (g) => {
    const s = g.fake.alnum(g.between(16, 32));
    return {
      path: g.pick(['/etc/freeradius/3.0/clients.conf', 'raddb/clients.conf', 'freeradius/clients.conf']),
      lines: [
        '# eduroam national top-level RADIUS servers',
        'client tlrs1 {',
        `    ipaddr = 192.0.${g.between(1, 200)}.${g.between(1, 250)}`,
        sec(`    secret = ${s}`, s),
        '    shortname = tlrs1',
        '    nas_type = other',
        '    require_message_authenticator = yes',
        '}',
      ],
    };
  }),
  template('eduroam-proxy-conf', (g) => {
    const s = g.fake.alnum(g.between(16, 28));
    return {
      path: g.pick(['/etc/freeradius/3.0/proxy.conf', 'raddb/proxy.conf']),
      lines: [
        'home_server etlr1 {',
        '    type = auth+acct',
        `    ipaddr = 203.0.113.${g.between(1, 250)}`,
        '    port = 1812',
        sec(`    secret = ${s}`, s),
        '    status_check = status-server',
        '}',
        'realm DEFAULT {',
        '    auth_pool = EDUROAM',
        '    nostrip',
        '}',
      ],
    };
  }),
  template('radsecproxy-conf', (g) => {
    const s = g.fake.alnum(g.between(16, 28));
    return {
      path: g.pick(['/etc/radsecproxy.conf', 'radsecproxy/radsecproxy.conf']),
      lines: [
        'client campus-aps {',
        '    host 10.20.0.0/16',
        '    type udp',
        sec(`    secret ${s}`, s),
        '}',
        'server tlrs-eduroam {',
        '    host tld1.eduroam.us',
        '    type tls',
        '    tls default',
        '}',
      ],
    };
  }),
  template('google-service-account-json', (g) => {
    const key = v.pem(g, 'PRIVATE KEY').split('\n');
    const project = `${v.school(g)}-workspace-${g.fake.digits(6)}`;
    return {
      path: g.pick(['credentials/gam-service-account.json', 'oauth2service.json', 'keys/classroom-sync.json']),
      lines: [
        '{',
        '  "type": "service_account",',
        `  "project_id": "${project}",`,
        `  "private_key_id": "${v.gKeyId(g)}",`,
        block([sec(`  "private_key": "${key.join('\\n')}\\n",`, key[1]!)]),
        `  "client_email": "classroom-sync@${project}.iam.gserviceaccount.com",`,
        `  "client_id": "${v.gClientId(g)}",`,
        '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
        '  "token_uri": "https://oauth2.googleapis.com/token"',
        '}',
      ],
    };
  }),
  template('gam-oauth2-txt', (g) => {
    const rt = '1//0' + g.fake.base64url(g.between(90, 100)).replace(/^[-_]/, 'g');
    const cs = 'GOCSPX-' + g.fake.base64url(28);
    return {
      path: g.pick(['GAMConfig/oauth2.txt', '.gam/oauth2.txt']),
      lines: [
        '{',
        `  "client_id": "${g.fake.digits(12)}-${g.fake.lowerAlnum(32)}.apps.googleusercontent.com",`,
        sec(`  "client_secret": "${cs}",`, cs),
        sec(`  "refresh_token": "${rt}",`, rt),
        '  "token_uri": "https://oauth2.googleapis.com/token",',
        `  "decoded_id_token": {"hd": "${v.eduDomain(g)}"}`,
        '}',
      ],
    };
  }),
  template('m365-sds-app-secret', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['appsettings.json', 'SdsSync/appsettings.Production.json']),
      lines: [
        '{',
        '  "AzureAd": {',
        '    "Instance": "https://login.microsoftonline.com/",',
        `    "TenantId": "${v.uuid(g)}",`,
        `    "ClientId": "${v.uuid(g)}",`,
        sec(`    "ClientSecret": "${s}"`, s),
        '  },',
        '  "Graph": { "Scopes": "EduRoster.Read.All Group.ReadWrite.All" }',
        '}',
      ],
    };
  }),
  template('m365-graph-powershell', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['Scripts/Provision-Teams.ps1', 'scripts/New-ClassTeams.ps1']),
      lines: [
        `$TenantId = "${v.uuid(g)}"`,
        `$AppId    = "${v.uuid(g)}"`,
        sec(`$Secret   = "${s}"`, s),
        '$body = @{ grant_type = "client_credentials"; scope = "https://graph.microsoft.com/.default"; client_id = $AppId; client_secret = $Secret }',
        '$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body).access_token',
      ],
    };
  }),
  template('ad-student-provisioning-ps1', (g) => {
    const p = v.pass(g).replace(/["`$]/g, '');
    return {
      path: g.pick(['Scripts/New-StudentAccounts.ps1', 'provisioning/Create-Students.ps1']),
      lines: [
        'Import-Module ActiveDirectory',
        `$svcUser = "${v.school(g).toUpperCase()}\\svc_provision"`,
        sec(`$svcPass = ConvertTo-SecureString "${p}" -AsPlainText -Force`, p),
        '$cred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)',
        'Import-Csv D:\\Exports\\new_students.csv | ForEach-Object {',
        '  $initial = ConvertTo-SecureString ($_.Birthdate -replace "/", "") -AsPlainText -Force',
        '  New-ADUser -Name $_.DisplayName -SamAccountName $_.StudentID -AccountPassword $initial -Enabled $true -Credential $cred',
        '}',
      ],
    };
  }),
  template('shibboleth-sp-odbc-storage', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['shibboleth/sp/shibboleth2.xml', 'etc/shibboleth/shibboleth2.xml']),
      lines: [
        '<SPConfig xmlns="urn:mace:shibboleth:3.0:native:sp:config">',
        `  <ApplicationDefaults entityID="https://portal.${v.eduDomain(g)}/shibboleth" REMOTE_USER="eppn">`,
        '    <MetadataProvider type="XML" url="https://mdq.incommon.org/entities" />',
        '    <CredentialResolver type="File" use="signing"',
        '        key="sp-signing-key.pem" certificate="sp-signing-cert.pem"/>',
        '  </ApplicationDefaults>',
        `  <StorageService type="ODBC" id="db" cleanupInterval="900" connectionString="DRIVER={MySQL};SERVER=${v.dbHost(g)};DATABASE=shibsp;USER=shibsp;PASSWORD=${p}"/>`,
        '</SPConfig>',
      ].map((l) => (l.includes(`PASSWORD=${p}`) ? sec(l, p) : l)),
    };
  }),
];
