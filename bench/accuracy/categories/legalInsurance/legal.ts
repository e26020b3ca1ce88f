import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * legal-insurance positives from law firms: e-signature (DocuSign JWT apps, Acrobat Sign, Dropbox
 * Sign, PandaDoc), document management (iManage Work, NetDocuments, SharePoint add-ins, Box JWT
 * configs), practice management (Clio, PracticePanther, MyCase, Actionstep), e-discovery
 * (Relativity, Everlaw, Nuix licence servers), court e-filing (PACER/CM-ECF, Tyler Odyssey EFM),
 * legal research APIs (LexisNexis, Westlaw, CourtListener). Values generated at run time.
 */
export const legalPositives: readonly Template[] = [
  template('docusign-jwt-rsa-key', (g) => {
    const key = v.pem(g, 'RSA PRIVATE KEY');
    const lines = key.split('\n');
    return {
      path: g.pick(['config/docusign_private.key', 'keys/docusign-jwt.pem', 'DocuSign/private.key']),
      lines: [block(lines.slice(0, 3).map((l) => sec(l, l))), ...lines.slice(3)],
    };
  }),
  template('docusign-appsettings-json', (g) => {
    const key = v.pem(g, 'RSA PRIVATE KEY').replace(/\n/g, '\\n');
    const first = key.slice(0, 90);
    return {
      path: g.pick(['appsettings.json', 'src/Firm.Esign/appsettings.Production.json']),
      lines: [
        '{',
        '  "DocuSign": {',
        `    "IntegrationKey": "${v.uuid(g)}",`,
        `    "ImpersonatedUserId": "${v.uuid(g)}",`,
        '    "AuthServer": "account.docusign.com",',
        `    "AccountId": "${v.uuid(g)}",`,
        sec(`    "PrivateKey": "${key}"`, first),
        '  }',
        '}',
      ],
    };
  }),
  template('docusign-authcode-env', (g) => {
    const s = v.uuid(g);
    return {
      path: g.pick(['.env', 'esign-service/.env.production']),
      lines: [
        `DOCUSIGN_INTEGRATION_KEY=${v.uuid(g)}`,
        sec(`DOCUSIGN_SECRET_KEY=${s}`, s),
        'DOCUSIGN_OAUTH_BASE=https://account.docusign.com',
        `DOCUSIGN_ACCOUNT_ID=${v.uuid(g)}`,
        'DOCUSIGN_REDIRECT_URI=https://intake.' + v.firm(g) + '.com/callback',
      ],
    };
  }),
  template('docusign-connect-hmac-python', (g) => {
    const s = g.fake.base64(43) + '=';
    return {
      path: g.pick(['webhooks/docusign_connect.py', 'app/esign/connect_listener.py']),
      lines: [
        'import base64, hashlib, hmac',
        '',
        sec(`CONNECT_HMAC_KEY = "${s}"`, s),
        '',
        'def verify(payload: bytes, signature: str) -> bool:',
        '    digest = hmac.new(CONNECT_HMAC_KEY.encode(), payload, hashlib.sha256).digest()',
        '    return hmac.compare_digest(base64.b64encode(digest).decode(), signature)',
      ],
    };
  }),
  template('docusign-csharp-jwt-call', (g) => {
    const key = v.pem(g, 'RSA PRIVATE KEY');
    const lines = key.split('\n');
    return {
      path: g.pick(['src/Esign/DocuSignClientFactory.cs', 'Services/EnvelopeSender.cs']),
      lines: [
        'public static class DocuSignKeys',
        '{',
        '    // JWT grant key for the matter-intake integration',
        '    public const string PrivateKeyPem = @"' + lines[0],
        block(lines.slice(1, 4).map((l) => sec(l, l))),
        ...lines.slice(4, -1),
        lines[lines.length - 1] + '";',
        `    public const string IntegrationKey = "${v.uuid(g)}";`,
        '}',
      ],
    };
  }),
  template('acrobat-sign-integration-key', (g) => {
    const k = v.adobeSignToken(g);
    return {
      path: g.pick(['config/settings.py', 'esign/adobe_sign.py']),
      lines: [
        'ADOBE_SIGN_API_BASE = "https://api.na2.adobesign.com/api/rest/v6"',
        sec(`ADOBE_SIGN_INTEGRATION_KEY = "${k}"`, k),
        'ADOBE_SIGN_SENDER = "contracts@' + v.firm(g) + '.com"',
      ],
    };
  }),
  template('acrobat-sign-oauth-yaml', (g) => {
    const s = g.fake.alnum(32);
    const r = v.adobeSignToken(g);
    return {
      path: g.pick(['config/application.yml', 'helm/esign-values.yaml']),
      lines: [
        'adobe-sign:',
        `  client-id: ${v.adobeSignClientId(g)}`,
        sec(`  client-secret: ${s}`, s),
        sec(`  refresh-token: ${r}`, r),
        '  shard: na1',
        '  scopes: agreement_read agreement_write agreement_send',
      ],
    };
  }),
  template('dropbox-sign-node', (g) => {
    const k = v.dropboxSignKey(g);
    return {
      path: g.pick(['src/signatures/dropboxSign.ts', 'server/hellosign.js']),
      lines: [
        "import * as DropboxSign from '@dropbox/sign';",
        '',
        'const signatureRequestApi = new DropboxSign.SignatureRequestApi();',
        sec(`signatureRequestApi.username = '${k}';`, k),
        '',
        'export async function sendEngagementLetter(email: string, fileUrl: string) {',
        '  return signatureRequestApi.signatureRequestSend({ signers: [{ emailAddress: email, name: email }], fileUrls: [fileUrl] });',
        '}',
      ],
    };
  }),
  template('hellosign-php-config', (g) => {
    const k = v.dropboxSignKey(g);
    return {
      path: g.pick(['config/services.php', 'app/config/hellosign.php']),
      lines: [
        '<?php',
        'return [',
        "    'hellosign' => [",
        sec(`        'api_key' => '${k}',`, k),
        `        'client_id' => '${g.fake.hex(32)}',`,
        "        'test_mode' => false,",
        '    ],',
        '];',
      ],
    };
  }),
  template('pandadoc-curl-readme', (g) => {
    const k = v.pandadocKey(g);
    return {
      path: g.pick(['docs/pandadoc.md', 'README.md']),
      lines: [
        '## Creating a proposal from the retainer template',
        '',
        '```bash',
        'curl -s https://api.pandadoc.com/public/v1/documents \\',
        sec(`  -H "Authorization: API-Key ${k}" \\`, k),
        '  -H "Content-Type: application/json" \\',
        `  -d '{"name":"Retainer","template_uuid":"${g.fake.alnum(22)}"}'`,
        '```',
      ],
    };
  }),
  template('pandadoc-python-client', (g) => {
    const k = v.pandadocKey(g);
    return {
      path: g.pick(['proposals/send.py', 'scripts/pandadoc_sync.py']),
      lines: [
        'import pandadoc_client',
        '',
        'cfg = pandadoc_client.Configuration(',
        '    host="https://api.pandadoc.com",',
        sec(`    api_key={"apiKey": "API-Key ${k}"},`, k),
        ')',
      ],
    };
  }),
  template('imanage-work-properties', (g) => {
    const p = v.plain(g);
    const s = v.longSecret(g);
    return {
      path: g.pick(['conf/imanage.properties', 'src/main/resources/work-api.properties']),
      lines: [
        `imanage.server=https://cloudimanage.com`,
        `imanage.customer.id=${g.between(100, 9999)}`,
        `imanage.library=${g.pick(['ACTIVE', 'LEGAL', 'DMS'])}`,
        `imanage.username=${v.svcUser(g)}`,
        sec(`imanage.password=${p}`, p),
        `imanage.client.id=${v.uuid(g)}`,
        sec(`imanage.client.secret=${s}`, s),
      ],
    };
  }),
  template('imanage-powershell-login', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/Export-Matters.ps1', 'ops/imanage/Sync-Workspaces.ps1']),
      lines: [
        '$server = "https://dms.' + v.firm(g) + '.com"',
        '$body = @{',
        `    username      = "${v.svcUser(g)}"`,
        sec(`    password      = "${p}"`, p),
        '    grant_type    = "password"',
        `    client_id     = "${v.uuid(g)}"`,
        '}',
        '$token = Invoke-RestMethod -Method Post -Uri "$server/auth/oauth2/token" -Body $body',
      ],
    };
  }),
  template('netdocuments-appsettings', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['appsettings.json', 'NdSync/appsettings.Production.json']),
      lines: [
        '{',
        '  "NetDocuments": {',
        '    "ApiBase": "https://api.vault.netvoyage.com/v1",',
        `    "Repository": "CA-${g.fake.upperAlnum(8)}",`,
        `    "ClientId": "AP-${g.fake.upperAlnum(8)}",`,
        sec(`    "ClientSecret": "${s}"`, s),
        '  }',
        '}',
      ],
    };
  }),
  template('sharepoint-addin-webconfig', (g) => {
    const s = v.acsSecret(g);
    return {
      path: g.pick(['Web.config', 'MatterSite.Web/Web.config']),
      lines: [
        '<configuration>',
        '  <appSettings>',
        `    <add key="ClientId" value="${v.uuid(g)}" />`,
        sec(`    <add key="ClientSecret" value="${s}" />`, s),
        `    <add key="SiteUrl" value="https://${v.firm(g)}.sharepoint.com/sites/matters" />`,
        '  </appSettings>',
        '</configuration>',
      ],
    };
  }),
  template('sharepoint-pnp-powershell', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['scripts/Provision-MatterSite.ps1', 'ops/New-ClientWorkspace.ps1']),
      lines: [
        'Import-Module PnP.PowerShell',
        `$tenant = "${v.firm(g)}.onmicrosoft.com"`,
        sec(
          `Connect-PnPOnline -Url "https://${v.firm(g)}.sharepoint.com/sites/matters" -ClientId "${v.uuid(g)}" -ClientSecret "${s}"`,
          s,
        ),
        'New-PnPList -Title "Pleadings" -Template DocumentLibrary',
      ],
    };
  }),
  template('box-jwt-config-json', (g) => {
    const s = v.boxSecret(g);
    const phrase = g.fake.hex(32);
    const key = v.pem(g, 'ENCRYPTED PRIVATE KEY').replace(/\n/g, '\\n');
    const first = key.slice(0, 90);
    return {
      path: g.pick(['config/box_config.json', 'secrets/123456_abcdefgh_config.json', 'box/config.json']),
      lines: [
        '{',
        '  "boxAppSettings": {',
        `    "clientID": "${v.boxClientId(g)}",`,
        sec(`    "clientSecret": "${s}",`, s),
        '    "appAuth": {',
        `      "publicKeyID": "${g.fake.lowerAlnum(8)}",`,
        sec(`      "privateKey": "${key}\\n",`, first),
        sec(`      "passphrase": "${phrase}"`, phrase),
        '    }',
        '  },',
        `  "enterpriseID": "${g.fake.digits(9)}"`,
        '}',
      ],
    };
  }),
  template('box-ccg-env', (g) => {
    const s = v.boxSecret(g);
    return {
      path: g.pick(['.env', 'box-sync/.env']),
      lines: [
        `BOX_CLIENT_ID=${v.boxClientId(g)}`,
        sec(`BOX_CLIENT_SECRET=${s}`, s),
        `BOX_ENTERPRISE_ID=${g.fake.digits(9)}`,
        'BOX_SUBJECT_TYPE=enterprise',
      ],
    };
  }),
  template('clio-oauth-rails', (g) => {
    const s = g.fake.alnum(40);
    return {
      path: g.pick(['config/initializers/clio.rb', 'config/clio.rb']),
      lines: [
        'Clio.configure do |config|',
        `  config.client_id     = "${g.fake.alnum(40)}"`,
        sec(`  config.client_secret = "${s}"`, s),
        '  config.region        = :us',
        '  config.redirect_uri  = "https://intake.' + v.firm(g) + '.com/clio/callback"',
        'end',
      ],
    };
  }),
  template('clio-token-json', (g) => {
    const at = g.fake.alnum(g.between(40, 48));
    const rt = g.fake.alnum(g.between(40, 48));
    return {
      path: g.pick(['tokens/clio_token.json', '.clio/credentials.json']),
      lines: [
        '{',
        '  "token_type": "bearer",',
        sec(`  "access_token": "${at}",`, at),
        sec(`  "refresh_token": "${rt}",`, rt),
        `  "expires_in": ${g.pick([604800, 2592000])}`,
        '}',
      ],
    };
  }),
  template('practicepanther-env', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['.env', 'integrations/practicepanther/.env']),
      lines: [
        `PP_CLIENT_ID=${v.uuid(g)}`,
        sec(`PP_CLIENT_SECRET=${s}`, s),
        'PP_AUTH_URL=https://app.practicepanther.com/OAuth/Authorize',
      ],
    };
  }),
  template('mycase-api-yaml', (g) => {
    const k = g.fake.alnum(g.between(32, 40));
    return {
      path: g.pick(['config/mycase.yml', 'integrations/mycase.yaml']),
      lines: [
        'mycase:',
        '  base_url: https://api.mycase.com/v1',
        sec(`  api_key: ${k}`, k),
        '  firm_uuid: ' + v.uuid(g),
      ],
    };
  }),
  template('actionstep-oauth-php', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['config/actionstep.php', 'src/Actionstep/Config.php']),
      lines: [
        '<?php',
        "define('ACTIONSTEP_CLIENT_ID', '" + g.fake.upperAlnum(24) + "');",
        sec(`define('ACTIONSTEP_CLIENT_SECRET', '${s}');`, s),
        "define('ACTIONSTEP_API', 'https://ap-southeast-2.actionstep.com/api/rest');",
      ],
    };
  }),
  template('relativity-app-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['App.config', 'RelativityImport/App.config']),
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<configuration>',
        '  <appSettings>',
        `    <add key="RelativityWebApiUrl" value="https://relativity.${v.firm(g)}.com/RelativityWebAPI/" />`,
        `    <add key="RelativityUser" value="${v.svcUser(g)}@${v.firm(g)}.com" />`,
        sec(`    <add key="RelativityPassword" value="${p}" />`, p),
        `    <add key="WorkspaceArtifactId" value="${g.between(1000000, 9999999)}" />`,
        '  </appSettings>',
        '</configuration>',
      ],
    };
  }),
  template('relativity-oauth-python', (g) => {
    const s = g.fake.hex(40);
    return {
      path: g.pick(['scripts/relativity_export.py', 'ediscovery/rel_client.py']),
      lines: [
        'import requests',
        '',
        `REL_HOST = "https://${v.firm(g)}.relativity.one"`,
        `CLIENT_ID = "${g.fake.hex(32)}"`,
        sec(`CLIENT_SECRET = "${s}"`, s),
        '',
        'resp = requests.post(f"{REL_HOST}/Relativity/Identity/connect/token",',
        '                     data={"grant_type": "client_credentials", "client_id": CLIENT_ID,',
        '                           "client_secret": CLIENT_SECRET, "scope": "SystemUserInfo"})',
      ],
    };
  }),
  template('everlaw-api-token', (g) => {
    const t = g.fake.alnum(g.between(32, 48));
    return {
      path: g.pick(['scripts/everlaw_upload.py', 'ediscovery/everlaw.py']),
      lines: [
        'import requests',
        '',
        'EVERLAW = "https://api.everlaw.com/v1"',
        sec(`HEADERS = {"Authorization": "Bearer ${t}"}`, t),
        `PROJECT_ID = ${g.between(1000, 99999)}`,
      ],
    };
  }),
  template('nuix-licence-bat', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/run_ocr.bat', 'nuix/process_case.cmd']),
      lines: [
        '@echo off',
        'set NUIX_USERNAME=' + g.pick(['nuixsvc', 'svc_nuix', 'lit-support']),
        sec(`set NUIX_PASSWORD=${p}`, p),
        `"C:\\Program Files\\Nuix\\Nuix 9.10\\nuix_console.exe" -Xmx16g -licencesourcetype server -licencesourcelocation nuixlic.${v.firm(g)}.local:27443 -licencetype enterprise-workstation -licenceworkers 4 process_case.rb`,
      ],
    };
  }),
  template('nuix-registry-jvm-args', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['nuix/NuixConsole.vmoptions', 'config/nuix-engine.vmoptions']),
      lines: [
        '-Xmx24g',
        `-Dnuix.registry.servers=nuixlic.${v.firm(g)}.local`,
        '-Dnuix.licence.handlers=server',
        '-Dnuix.auth.username=svc_nuix',
        sec(`-Dnuix.auth.password=${p}`, p),
      ],
    };
  }),
  template('pacer-juriscraper', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scrapers/pacer_pull.py', 'docketing/pacer.py']),
      lines: [
        'from juriscraper.pacer import PacerSession, DocketReport',
        '',
        sec(`s = PacerSession(username="${g.pick(['hwdocket', 'firmpacer', 'lit_support'])}", password="${p}")`, p),
        's.login()',
        `report = DocketReport("${g.pick(['nysd', 'cand', 'txsd', 'ilnd'])}", s)`,
      ],
    };
  }),
  template('pacer-env', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['.env', 'docket-monitor/.env']),
      lines: [
        'PACER_USERNAME=' + g.pick(['hwdocket', 'firmpacer', 'lit_support']),
        sec(`PACER_PASSWORD=${p}`, p),
        'PACER_CLIENT_CODE=' + g.fake.digits(5),
        'PACER_LOGIN_URL=https://pacer.login.uscourts.gov/services/cso-auth',
      ],
    };
  }),
  template('tyler-efm-soap-header', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['efile/requests/GetCaseList.xml', 'soap/efm-auth-header.xml']),
      lines: [
        '<soapenv:Header>',
        '  <tyl:UserNameHeader>',
        `    <tyl:UserName>efile@${v.firm(g)}.com</tyl:UserName>`,
        sec(`    <tyl:Password>${p}</tyl:Password>`, p),
        '  </tyl:UserNameHeader>',
        '</soapenv:Header>',
      ],
    };
  }),
  template('tyler-efm-client-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/efiling.json', 'efsp/config.production.json']),
      lines: [
        '{',
        '  "efm": {',
        `    "endpoint": "https://${g.pick(['texas', 'illinois', 'california'])}.tylertech.cloud/efm/EFMUserService.svc",`,
        `    "email": "efiling@${v.firm(g)}.com",`,
        sec(`    "password": "${p}",`, p),
        `    "firmId": "${v.uuid(g)}"`,
        '  }',
        '}',
      ],
    };
  }),
  template('lexisnexis-api-env', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['.env', 'research-bot/.env']),
      lines: [
        `LEXIS_CLIENT_ID=${g.fake.upperAlnum(24)}`,
        sec(`LEXIS_CLIENT_SECRET=${s}`, s),
        'LEXIS_AUTH_URL=https://auth-api.lexisnexis.com/oauth/v2/token',
      ],
    };
  }),
  template('westlaw-api-key-java', (g) => {
    const k = g.fake.alnum(32);
    return {
      path: g.pick(['src/main/java/com/firm/research/WestlawClient.java', 'research/WestlawConfig.java']),
      lines: [
        'public final class WestlawConfig {',
        '    static final String BASE_URL = "https://api.thomsonreuters.com/westlaw/v1";',
        sec(`    static final String API_KEY = "${k}";`, k),
        '}',
      ],
    };
  }),
  template('courtlistener-token-header', (g) => {
    const t = v.drfToken(g);
    return {
      path: g.pick(['scripts/fetch_opinions.sh', 'tools/cl_alerts.sh']),
      lines: [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        sec(`curl -s -H 'Authorization: Token ${t}' \\`, t),
        '  "https://www.courtlistener.com/api/rest/v4/search/?q=%22breach%20of%20fiduciary%22&type=o"',
      ],
    };
  }),
  template('courtlistener-python-settings', (g) => {
    const t = v.drfToken(g);
    return {
      path: g.pick(['research/settings.py', 'citecheck/config.py']),
      lines: [
        'COURTLISTENER_BASE = "https://www.courtlistener.com/api/rest/v4/"',
        sec(`COURTLISTENER_TOKEN = "${t}"`, t),
        'CITATION_LOOKUP = COURTLISTENER_BASE + "citation-lookup/"',
      ],
    };
  }),
];
