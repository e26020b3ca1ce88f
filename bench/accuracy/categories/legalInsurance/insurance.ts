import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * legal-insurance positives from carriers, MGAs and brokers: Guidewire PolicyCenter/ClaimCenter
 * (database-config.xml, plugin parameters, Gosu, gradle properties), Duck Creek, Applied Epic SDK,
 * Vertafore AMS360, rating and data APIs (Verisk, LexisNexis Risk, CCC, Mitchell), KYC/AML (Onfido,
 * Jumio, Trulioo, ComplyAdvantage, Persona), premium payments (Stripe, Authorize.Net), SFTP
 * bordereaux feeds, ACORD XML sign-on, AS400 policy admin scripts, Windows services, SQL, CSV
 * partner lists, runbooks. Values generated at run time.
 */
export const insurancePositives: readonly Template[] = [
  template('guidewire-database-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick([
        'modules/configuration/config/database-config.xml',
        'PolicyCenter/modules/configuration/config/database-config.xml',
      ]),
      lines: [
        '<?xml version="1.0"?>',
        '<database-config>',
        `  <database name="${g.pick(['PolicyCenterDatabase', 'ClaimCenterDatabase', 'BillingCenterDatabase'])}" dbtype="sqlserver" env="prod">`,
        sec(
          `    <dbcp-connection-pool jdbc-url="jdbc:sqlserver://${v.dbHost(g)}:1433;databaseName=${g.pick(['PC', 'CC', 'BC'])}PROD;user=${g.pick(['pcuser', 'ccapp', 'gwadmin'])};password=${p}" max-total="80"/>`,
          p,
        ),
        '  </database>',
        '</database-config>',
      ],
    };
  }),
  template('guidewire-plugin-param', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick([
        'modules/configuration/config/plugin/registry/ISOClaimSearchPlugin.gwp',
        'modules/configuration/config/plugin/registry/DocumentContentSource.gwp',
      ]),
      lines: [
        '<?xml version="1.0"?>',
        '<plugin interface="IDocumentContentSource" name="IDocumentContentSource">',
        '  <plugin-java javaclass="com.insurer.dms.ImanageContentSource">',
        `    <param name="endpoint" value="https://dms.${v.carrier(g)}.com/api/v2"/>`,
        `    <param name="username" value="${v.svcUser(g)}"/>`,
        sec(`    <param name="password" value="${p}"/>`, p),
        '  </plugin-java>',
        '</plugin>',
      ],
    };
  }),
  template('guidewire-gosu-credentials', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick([
        'modules/configuration/gsrc/insurer/integration/rating/RatingClient.gs',
        'gsrc/acme/claims/ClaimSearchGateway.gs',
      ]),
      lines: [
        'package insurer.integration.rating',
        '',
        'class RatingClient {',
        `  static final var ENDPOINT = "https://rating.${v.carrier(g)}.com/v3/quote"`,
        '  static final var USER = "pc_rating"',
        sec(`  static final var PASSWORD = "${p}"`, p),
        '',
        '  function authHeader() : String {',
        '    return "Basic " + java.util.Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes())',
        '  }',
        '}',
      ],
    };
  }),
  template('guidewire-gradle-properties', (g) => {
    const p = v.plain(g);
    return {
      path: 'gradle.properties',
      lines: [
        'org.gradle.jvmargs=-Xmx4g',
        `gwArtifactoryUrl=https://artifactory.${v.carrier(g)}.com/artifactory/guidewire`,
        'gwArtifactoryUser=' + g.pick(['ci-build', 'gwdev', 'jenkins']),
        sec(`gwArtifactoryPassword=${p}`, p),
      ],
    };
  }),
  template('guidewire-cloud-api-client', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['integration/cc-cloud-api.properties', 'src/main/resources/guidewire-cloud.properties']),
      lines: [
        `gw.cloud.api.url=https://cc-${v.carrier(g)}.gwcloud.net/rest/claim/v1`,
        `gw.cloud.okta.issuer=https://guidewire-hub.okta.com/oauth2/${g.fake.alnum(20)}`,
        `gw.cloud.client.id=${g.fake.alnum(20)}`,
        sec(`gw.cloud.client.secret=${s}`, s),
      ],
    };
  }),
  template('duckcreek-web-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['Express/Web.config', 'DuckCreek/Server/Web.config', 'Config/connectionStrings.config']),
      lines: [
        '<connectionStrings>',
        sec(
          `  <add name="DuckCreekPolicy" connectionString="Data Source=${v.dbHost(g)};Initial Catalog=DCT_Policy;User ID=dct_app;Password=${p};" providerName="System.Data.SqlClient" />`,
          p,
        ),
        '</connectionStrings>',
      ],
    };
  }),
  template('duckcreek-manuscript-ini', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['DuckCreek/Server/Config/Batch.ini', 'config/dc-batch.ini']),
      lines: [
        '[Database]',
        `Server=${v.dbHost(g)}`,
        'Database=DCT_Billing',
        'UserName=dct_batch',
        sec(`Password=${p}`, p),
        '[Schedule]',
        'RunAt=02:30',
      ],
    };
  }),
  template('applied-epic-sdk-config', (g) => {
    const k = v.uuid(g).toUpperCase();
    return {
      path: g.pick(['EpicSync/App.config', 'App.config']),
      lines: [
        '<appSettings>',
        '  <add key="EpicSdkUrl" value="https://api.appliedsystems.com/epic/sdk/v2021_02" />',
        `  <add key="EpicDatabaseName" value="${g.pick(['EPIC_PROD', 'AgencyEpic', 'EPIC'])}" />`,
        sec(`  <add key="EpicAuthenticationKey" value="${k}" />`, k),
        '</appSettings>',
      ],
    };
  }),
  template('applied-epic-csharp-header', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['src/Agency.Epic/EpicClientFactory.cs', 'Integrations/EpicSdk.cs']),
      lines: [
        'var header = new MessageHeader',
        '{',
        `    DatabaseName = "${g.pick(['EPIC_PROD', 'AgencyEpic'])}",`,
        sec(`    AuthenticationKey = "${k}",`, k),
        '    IntegrationKey = null',
        '};',
      ],
    };
  }),
  template('vertafore-ams360-wsapi', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/ams360.xml', 'Ams360Connector/ams360-auth.xml']),
      lines: [
        '<AgencyNoLoginIdPassword>',
        `  <AgencyNo>${g.fake.digits(7)}</AgencyNo>`,
        `  <LoginId>${g.pick(['WSAPI', 'INTEG', 'BROKERAPI'])}</LoginId>`,
        sec(`  <Password>${p}</Password>`, p),
        `  <EmployeeCode>${g.fake.upperAlnum(3)}</EmployeeCode>`,
        '</AgencyNoLoginIdPassword>',
      ],
    };
  }),
  template('vertafore-env', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['.env', 'services/vertafore-sync/.env']),
      lines: [
        `VERTAFORE_AGENCY_ID=${g.fake.digits(6)}`,
        `VERTAFORE_CLIENT_ID=${v.uuid(g)}`,
        sec(`VERTAFORE_CLIENT_SECRET=${s}`, s),
      ],
    };
  }),
  template('verisk-api-yaml', (g) => {
    const k = g.fake.alnum(g.between(32, 40));
    return {
      path: g.pick(['config/verisk.yml', 'rating/config/external.yaml']),
      lines: [
        'verisk:',
        '  iso_claimsearch:',
        '    url: https://claimsearch.iso.com/api/v2',
        sec(`    api_key: ${k}`, k),
        `    customer_number: ${g.fake.digits(8)}`,
      ],
    };
  }),
  template('lexisnexis-risk-java', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick([
        'src/main/java/com/carrier/prefill/LnrsClient.java',
        'underwriting/src/main/java/LexisNexisRiskGateway.java',
      ]),
      lines: [
        'RiskClient client = RiskClient.builder()',
        '    .endpoint("https://wsonline.seisint.com/WsAccurint")',
        `    .username("${g.pick(['XMLCARRIER', 'uwprefill', 'lnrs_uw'])}")`,
        sec(`    .password("${p}")`, p),
        `    .accountId("${g.fake.digits(7)}")`,
        '    .build();',
      ],
    };
  }),
  template('ccc-one-properties', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['config/ccc.properties', 'claims-intake/src/main/resources/ccc.properties']),
      lines: [
        'ccc.api.base=https://api.cccis.com/claims/v1',
        `ccc.api.client_id=${g.fake.alnum(24)}`,
        sec(`ccc.api.client_secret=${s}`, s),
      ],
    };
  }),
  template('mitchell-json', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/mitchell.json', 'estimating/mitchell-cloud.json']),
      lines: [
        '{',
        '  "mitchellCloud": {',
        '    "url": "https://api.mitchell.com/estimating",',
        `    "companyCode": "${g.fake.upperAlnum(4)}",`,
        `    "userId": "${v.svcUser(g)}",`,
        sec(`    "password": "${p}"`, p),
        '  }',
        '}',
      ],
    };
  }),
  template('onfido-env', (g) => {
    const t = v.onfidoToken(g);
    return {
      path: g.pick(['.env', 'kyc-service/.env.production']),
      lines: [sec(`ONFIDO_API_TOKEN=${t}`, t), 'ONFIDO_REGION=EU', `ONFIDO_WORKFLOW_ID=${v.uuid(g)}`],
    };
  }),
  template('onfido-node-client', (g) => {
    const t = v.onfidoToken(g);
    return {
      path: g.pick(['src/kyc/onfido.ts', 'server/identity.js']),
      lines: [
        "import { DefaultApi, Configuration, Region } from '@onfido/api';",
        '',
        'export const onfido = new DefaultApi(',
        sec(`  new Configuration({ apiToken: '${t}', region: Region.EU }),`, t),
        ');',
      ],
    };
  }),
  template('jumio-basic-pair', (g) => {
    const id = v.uuid(g);
    const s = g.fake.alnum(32);
    return {
      path: g.pick(['kyc/jumio.py', 'onboarding/jumio_client.py']),
      lines: [
        'import requests',
        '',
        sec(`JUMIO_API_TOKEN = "${id}"`, id),
        sec(`JUMIO_API_SECRET = "${s}"`, s),
        'session = requests.Session()',
        'session.auth = (JUMIO_API_TOKEN, JUMIO_API_SECRET)',
      ],
    };
  }),
  template('trulioo-headers-cs', (g) => {
    const k = g.fake.hex(32);
    return {
      path: g.pick(['src/Kyc/TruliooClient.cs', 'Verification/Trulioo.cs']),
      lines: [
        'var http = new HttpClient { BaseAddress = new Uri("https://api.globaldatacompany.com/") };',
        sec(`http.DefaultRequestHeaders.Add("x-trulioo-api-key", "${k}");`, k),
        'var countries = await http.GetStringAsync("configuration/v1/countrycodes/Identity%20Verification");',
      ],
    };
  }),
  template('trulioo-napi-basic', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/trulioo.yml', 'kyc/trulioo.yaml']),
      lines: [
        'trulioo:',
        '  url: https://gateway.trulioo.com/verifications/v1',
        `  username: ${v.firm(g)}_API`,
        sec(`  password: ${p}`, p),
        '  configuration: Identity Verification',
      ],
    };
  }),
  template('complyadvantage-python', (g) => {
    const k = g.fake.alnum(32);
    return {
      path: g.pick(['aml/screening.py', 'compliance/complyadvantage.py']),
      lines: [
        'import requests',
        '',
        'CA_URL = "https://api.complyadvantage.com/searches"',
        sec(`CA_HEADERS = {"Authorization": "Token ${k}"}`, k),
        '',
        'def screen(name):',
        '    return requests.post(CA_URL, json={"search_term": name, "fuzziness": 0.6}, headers=CA_HEADERS).json()',
      ],
    };
  }),
  template('persona-env', (g) => {
    const k = v.personaKey(g);
    return {
      path: g.pick(['.env', 'identity/.env.production']),
      lines: [
        sec(`PERSONA_API_KEY=${k}`, k),
        `PERSONA_TEMPLATE_ID=itmpl_${g.fake.alnum(24)}`,
        'PERSONA_API_VERSION=2023-01-05',
      ],
    };
  }),
  template('persona-webhook-secret', (g) => {
    const s = 'wbhsec_' + v.uuid(g);
    return {
      path: g.pick(['config/persona.rb', 'config/initializers/persona.rb']),
      lines: [
        'PERSONA = {',
        `  template_id: "itmpl_${g.fake.alnum(24)}",`,
        sec(`  webhook_secret: "${s}"`, s),
        '}.freeze',
      ],
    };
  }),
  template('stripe-premium-payments', (g) => {
    const k = v.stripeSecret(g);
    return {
      path: g.pick(['billing/premium_payments.py', 'payments/stripe_config.py']),
      lines: [
        'import stripe',
        '',
        sec(`stripe.api_key = "${k}"`, k),
        `STRIPE_PUBLISHABLE_KEY = "${v.stripePublishable(g)}"`,
        'INSTALLMENT_PLANS = {"monthly": 12, "quarterly": 4}',
      ],
    };
  }),
  template('authorize-net-premium-config', (g) => {
    const k = v.authnetKey(g);
    return {
      path: g.pick(['Web.config', 'PremiumPay/Web.config']),
      lines: [
        '<appSettings>',
        `  <add key="AuthNetApiLoginId" value="${v.authnetLogin(g)}" />`,
        sec(`  <add key="AuthNetTransactionKey" value="${k}" />`, k),
        '  <add key="AuthNetEnvironment" value="PRODUCTION" />',
        '</appSettings>',
      ],
    };
  }),
  template('bordereaux-sshpass', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/push_bordereaux.sh', 'cron/bdx_upload.sh']),
      lines: [
        '#!/bin/bash',
        'MONTH=$(date +%Y%m)',
        sec(
          `sshpass -p '${p}' sftp -oBatchMode=no bdx_${v.carrier(g)}@${v.sftpHost(g)} <<< "put /data/bdx/premium_\${MONTH}.csv /inbound/"`,
          p,
        ),
      ],
    };
  }),
  template('bordereaux-winscp-script', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/upload_bdx.txt', 'Bordereaux/winscp_claims.txt']),
      lines: [
        'option batch abort',
        'option confirm off',
        sec(
          `open sftp://${g.pick(['mga_upload', 'bdx', 'coverholder01'])}:${p}@${v.sftpHost(g)}/ -hostkey="ssh-ed25519 255 ${g.fake.base64(43)}"`,
          p,
        ),
        'put D:\\Bordereaux\\Outbound\\*.xlsx /incoming/',
        'exit',
      ],
    };
  }),
  template('bordereaux-paramiko', (g) => {
    const p = v.pass(g).replace(/['\\]/g, '');
    return {
      path: g.pick(['feeds/bordereaux_sftp.py', 'etl/send_lloyds_bdx.py']),
      lines: [
        'import paramiko',
        '',
        `transport = paramiko.Transport(("${v.sftpHost(g)}", 22))`,
        sec(`transport.connect(username="${g.pick(['coverholder', 'bdx_feed', 'mga01'])}", password='${p}')`, p),
        'sftp = paramiko.SFTPClient.from_transport(transport)',
        'sftp.put(local_path, f"/inbound/{filename}")',
      ],
    };
  }),
  template('bordereaux-gpg-passphrase', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/decrypt_carrier_feed.sh', 'cron/claims_bdx_decrypt.sh']),
      lines: [
        '#!/bin/sh',
        'for f in /data/inbound/*.pgp; do',
        sec(`  gpg --batch --yes --pinentry-mode loopback --passphrase '${p}' -o "\${f%.pgp}" -d "$f"`, p),
        'done',
      ],
    };
  }),
  template('acord-signon-xml', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick([
        'acord/requests/PersAutoPolicyQuoteInqRq.xml',
        'samples/acord_signon.xml',
        'rating/requests/quote.xml',
      ]),
      lines: [
        '<ACORD>',
        '  <SignonRq>',
        '    <SignonPswd>',
        `      <CustId><SPName>${v.carrier(g)}.com</SPName><CustLoginId>${g.pick(['AGT', 'BRK'])}${g.fake.digits(6)}</CustLoginId></CustId>`,
        '      <CustPswd>',
        '        <EncryptionTypeCd>NONE</EncryptionTypeCd>',
        sec(`        <Pswd>${p}</Pswd>`, p),
        '      </CustPswd>',
        '    </SignonPswd>',
        `    <ClientDt>2026-0${g.between(1, 9)}-1${g.between(0, 9)}</ClientDt>`,
        '    <CustLangPref>en-US</CustLangPref>',
        '  </SignonRq>',
        '</ACORD>',
      ],
    };
  }),
  template('as400-jdbc-url', (g) => {
    const p = v.as400Pass(g);
    return {
      path: g.pick(['config/policyadmin.properties', 'src/main/resources/as400.properties']),
      lines: [
        'policy.admin.driver=com.ibm.as400.access.AS400JDBCDriver',
        sec(
          `policy.admin.url=jdbc:as400://${g.pick(['PWRSYS01', 'as400.corp.local', 'ISERIES'])};naming=system;libraries=POLLIB,CLMLIB;user=${g.pick(['POLBATCH', 'QPGMRX', 'INTEGUSR'])};password=${p}`,
          p,
        ),
      ],
    };
  }),
  template('as400-ftp-script', (g) => {
    const p = v.as400Pass(g);
    const user = g.pick(['POLXFER', 'CLMFTP', 'RATEUPLD']);
    return {
      path: g.pick(['scripts/as400_pull.ftp', 'batch/get_polmast.txt']),
      lines: [
        `open ${g.pick(['PWRSYS01', 'as400.corp.local'])}`,
        sec(`user ${user} ${p}`, p),
        'quote site namefmt 1',
        'binary',
        'get /QSYS.LIB/POLLIB.LIB/POLMAST.FILE/POLMAST.MBR polmast.dat',
        'quit',
      ],
    };
  }),
  template('as400-cl-rmtpwd', (g) => {
    const p = v.as400Pass(g);
    return {
      path: g.pick(['QCLSRC/NIGHTLY.clle', 'src/qclsrc/RUNCLAIMS.CLLE']),
      lines: [
        '             PGM',
        '             DCL        VAR(&RMTSYS) TYPE(*CHAR) LEN(10) VALUE(CLMSYS02)',
        sec(
          `             RUNRMTCMD  CMD('CALL CLMLIB/CLMEXTR') RMTLOCNAME(&RMTSYS *IP) RMTUSER(CLMBATCH) RMTPWD(${p})`,
          p,
        ),
        '             ENDPGM',
      ],
    };
  }),
  template('as400-pyodbc', (g) => {
    const p = v.as400Pass(g);
    return {
      path: g.pick(['etl/polmast_extract.py', 'scripts/ibmi_export.py']),
      lines: [
        'import pyodbc',
        '',
        sec(
          `conn = pyodbc.connect("DRIVER={IBM i Access ODBC Driver};SYSTEM=${g.pick(['PWRSYS01', '10.20.1.5'])};UID=${g.pick(['POLREAD', 'ETLUSER'])};PWD=${p};DBQ=POLLIB")`,
          p,
        ),
        'rows = conn.cursor().execute("SELECT POLNO, EFFDT, PREM FROM POLMAST").fetchall()',
      ],
    };
  }),
  template('windows-sc-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['deploy/install-services.cmd', 'ops/RatingService-install.bat']),
      lines: [
        '@echo off',
        'sc.exe create RatingEngine binPath= "D:\\Apps\\Rating\\RatingEngine.exe" start= auto',
        sec(`sc.exe config RatingEngine obj= "CORP\\svc_rating" password= "${p}"`, p),
        'sc.exe start RatingEngine',
      ],
    };
  }),
  template('windows-pscredential', (g) => {
    const p = v.pass(g).replace(/['$`]/g, '');
    return {
      path: g.pick(['deploy/Install-ClaimsWorker.ps1', 'ops/Set-GuidewireBatchService.ps1']),
      lines: [
        sec(`$secure = ConvertTo-SecureString '${p}' -AsPlainText -Force`, p),
        '$cred = New-Object System.Management.Automation.PSCredential("CORP\\svc_claims", $secure)',
        'New-Service -Name "ClaimsWorker" -BinaryPathName "D:\\Apps\\Claims\\Worker.exe" -Credential $cred -StartupType Automatic',
      ],
    };
  }),
  template('sql-create-login', (g) => {
    const p = v.pass(g).replace(/'/g, '');
    return {
      path: g.pick(['db/migrations/V12__reporting_login.sql', 'sql/setup_logins.sql']),
      lines: [
        'USE [master];',
        'GO',
        sec(`CREATE LOGIN [claims_reporting] WITH PASSWORD = N'${p}', CHECK_POLICY = ON;`, p),
        'GO',
        'USE [ClaimCenter];',
        'CREATE USER [claims_reporting] FOR LOGIN [claims_reporting];',
      ],
    };
  }),
  template('csv-carrier-partner-list', (g) => {
    const rows = Array.from({ length: 3 }, () => ({ c: v.carrier(g), p: v.plain(g), h: v.sftpHost(g) }));
    return {
      path: g.pick(['partners/carrier_sftp.csv', 'config/bdx_partners.csv']),
      lines: [
        'carrier,naic,host,username,password,schedule',
        ...rows.map((r) => sec(`${r.c},${v.naic(g)},${r.h},bdx_${r.c},${r.p},monthly`, r.p)),
      ],
    };
  }),
  template('markdown-runbook-sftp', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['docs/runbooks/bordereaux.md', 'RUNBOOK.md', 'docs/ops/carrier-feeds.md']),
      lines: [
        '# Monthly bordereaux upload',
        '',
        `1. Connect to \`${v.sftpHost(g)}\` as \`bdx_upload\`.`,
        sec(`2. Password: \`${p}\` (rotated every quarter by the carrier).`, p),
        '3. Put the premium and claims files in `/inbound/` before the 5th business day.',
      ],
    };
  }),
  template('appsettings-claims-sql', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['appsettings.json', 'src/Claims.Api/appsettings.Production.json']),
      lines: [
        '{',
        '  "ConnectionStrings": {',
        sec(
          `    "Claims": "Server=${v.dbHost(g)};Database=ClaimsDW;User Id=claims_api;Password=${p};TrustServerCertificate=True"`,
          p,
        ),
        '  }',
        '}',
      ],
    };
  }),
];
