import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * legal-insurance hard negatives from the same repositories: ACORD messages without a password (or
 * with a masked or empty `<Pswd>`), policy, claim, docket and Bates numbers, NAIC codes, VINs and
 * FEINs, DocuSign envelope and account ids and integration keys alone (OAuth client ids), Acrobat
 * Sign client ids, Dropbox Sign client ids in the browser, Stripe publishable keys, Box configs as
 * downloaded without keys, Onfido/Persona object ids, public keys, checksums of bordereaux files,
 * env/Key Vault/Guidewire `${...}` references, `.env.example` placeholders, schemas, gMSA services
 * without a password, runbooks that point at the vault. Generated at run time.
 */
export const legalInsuranceNegatives: readonly Template[] = [
  template('acord-quote-no-signon', (g) => ({
    path: g.pick(['acord/samples/PersAutoPolicyQuoteInqRs.xml', 'test/fixtures/acord_quote_rs.xml']),
    lines: [
      '<ACORD>',
      '  <InsuranceSvcRs>',
      `    <RqUID>${v.uuid(g)}</RqUID>`,
      '    <PersAutoPolicyQuoteInqRs>',
      `      <PersPolicy><PolicyNumber>${v.policyNo(g)}</PolicyNumber><NAICCd>${v.naic(g)}</NAICCd></PersPolicy>`,
      `      <PersVeh><VehIdentificationNumber>${v.vin(g)}</VehIdentificationNumber><ModelYear>20${g.between(10, 26)}</ModelYear></PersVeh>`,
      `      <CurrentTermAmt><Amt>${g.between(400, 4000)}.00</Amt></CurrentTermAmt>`,
      '    </PersAutoPolicyQuoteInqRs>',
      '  </InsuranceSvcRs>',
      '</ACORD>',
    ],
  })),
  template('acord-signon-masked', (g) => ({
    path: g.pick(['logs/acord-outbound.log', 'docs/acord-signon.md']),
    lines: [
      `2026-03-1${g.between(0, 9)} 09:12:44 DEBUG Sending SignonRq for ${g.pick(['AGT', 'BRK'])}${g.fake.digits(6)}`,
      '<SignonPswd><CustId><CustLoginId>' + g.pick(['AGT', 'BRK']) + g.fake.digits(6) + '</CustLoginId></CustId>',
      '<CustPswd><EncryptionTypeCd>NONE</EncryptionTypeCd><Pswd>********</Pswd></CustPswd></SignonPswd>',
      `2026-03-1${g.between(0, 9)} 09:12:45 INFO  MsgStatusCd=Success RqUID=${v.uuid(g)}`,
    ],
  })),
  template('claims-export-csv', (g) => ({
    path: g.pick(['exports/open_claims.csv', 'data/claims_2026q1.csv']),
    lines: [
      'claim_number,policy_number,loss_date,vin,adjuster,reserve,status',
      ...Array.from(
        { length: 4 },
        () =>
          `${v.claimNo(g)},${v.policyNo(g)},2026-0${g.between(1, 9)}-${g.between(10, 28)},${v.vin(g)},${g.pick(['jmorales', 'kpatel', 'sli'])},${g.between(1000, 90000)},${g.pick(['OPEN', 'REOPENED', 'CLOSED'])}`,
      ),
    ],
  })),
  template('docket-report-json', (g) => ({
    path: g.pick(['fixtures/docket_entries.json', 'data/docket.json']),
    lines: [
      '{',
      `  "docket_number": "${v.docket(g)}",`,
      `  "court_id": "${g.pick(['nysd', 'cand', 'txsd', 'ilnd'])}",`,
      `  "pacer_case_id": "${g.between(100000, 999999)}",`,
      `  "entries": [{ "entry_number": ${g.between(1, 300)}, "document_number": "${g.between(1, 300)}", "pacer_doc_id": "${g.fake.digits(12)}", "description": "MOTION to Dismiss" }]`,
      '}',
    ],
  })),
  template('bates-production-log', (g) => ({
    path: g.pick(['productions/PROD003_log.csv', 'ediscovery/privilege_log.csv']),
    lines: [
      'begin_bates,end_bates,custodian,doc_date,md5',
      ...Array.from(
        { length: 4 },
        () =>
          `${v.bates(g)},${v.bates(g)},${g.pick(['J. Smith', 'A. Chen', 'R. Okafor'])},2024-0${g.between(1, 9)}-1${g.between(0, 9)},${g.fake.hex(32)}`,
      ),
    ],
  })),
  template('docusign-envelope-webhook', (g) => ({
    path: g.pick(['test/fixtures/connect_envelope_completed.json', 'samples/docusign_event.json']),
    lines: [
      '{',
      '  "event": "envelope-completed",',
      '  "apiVersion": "v2.1",',
      `  "uri": "/restapi/v2.1/accounts/${v.uuid(g)}/envelopes/${v.uuid(g)}",`,
      `  "generatedDateTime": "2026-04-0${g.between(1, 9)}T14:22:10.${g.fake.digits(7)}Z",`,
      `  "data": { "accountId": "${v.uuid(g)}", "userId": "${v.uuid(g)}", "envelopeId": "${v.uuid(g)}" }`,
      '}',
    ],
  })),
  template('docusign-integration-key-only', (g) => ({
    path: g.pick(['src/esign/config.ts', 'client/docusign.config.js']),
    lines: [
      'export const docusignConfig = {',
      `  integrationKey: '${v.uuid(g)}',`,
      "  authServer: 'https://account-d.docusign.com',",
      "  privateKeyPath: process.env.DOCUSIGN_PRIVATE_KEY_PATH ?? '/run/secrets/docusign.key',",
      `  impersonatedUserGuid: '${v.uuid(g)}',`,
      '};',
    ],
  })),
  template('acrobat-sign-client-id-only', (g) => ({
    path: g.pick(['public/sign-widget.js', 'src/web/adobeSignLogin.ts']),
    lines: [
      `const ADOBE_SIGN_CLIENT_ID = '${v.adobeSignClientId(g)}';`,
      "const authorizeUrl = 'https://secure.na1.adobesign.com/public/oauth/v2?response_type=code' +",
      "  '&client_id=' + ADOBE_SIGN_CLIENT_ID + '&scope=user_login:self+agreement_read:account';",
    ],
  })),
  template('dropbox-sign-embedded-client', (g) => ({
    path: g.pick(['public/js/embedded-sign.js', 'src/components/SignFrame.jsx']),
    lines: [
      "import HelloSign from 'hellosign-embedded';",
      '',
      `const client = new HelloSign({ clientId: '${g.fake.hex(32)}' });`,
      'client.open(signUrl, { skipDomainVerification: false });',
    ],
  })),
  template('stripe-publishable-checkout', (g) => ({
    path: g.pick(['public/js/pay-premium.js', 'src/payments/checkout.ts']),
    lines: [
      `const stripe = Stripe('${v.stripePublishable(g)}');`,
      "const elements = stripe.elements({ mode: 'payment', amount: premiumCents, currency: 'usd' });",
    ],
  })),
  template('box-config-downloaded-empty', () => ({
    path: 'config/box_config.template.json',
    lines: [
      '{',
      '  "boxAppSettings": {',
      '    "clientID": "",',
      '    "clientSecret": "",',
      '    "appAuth": { "publicKeyID": "", "privateKey": "", "passphrase": "" }',
      '  },',
      '  "enterpriseID": ""',
      '}',
    ],
  })),
  template('env-example-legal', () => ({
    path: '.env.example',
    lines: [
      'DOCUSIGN_INTEGRATION_KEY=<your-integration-key>',
      'DOCUSIGN_SECRET_KEY=',
      'ONFIDO_API_TOKEN=api_sandbox.XXXXXXXX',
      'PERSONA_API_KEY=persona_sandbox_your_key_here',
      'PACER_PASSWORD=<set-in-vault>',
      'BOX_CLIENT_SECRET= # from the Box developer console',
    ],
  })),
  template('csharp-keyvault-reads', (g) => ({
    path: g.pick(['src/Firm.Esign/Program.cs', 'Claims.Api/Startup.cs']),
    lines: [
      'var kv = new SecretClient(new Uri("https://kv-' +
        v.firm(g) +
        '.vault.azure.net/"), new DefaultAzureCredential());',
      'var docusignKey = (await kv.GetSecretAsync("docusign-private-key")).Value.Value;',
      'var relativityPassword = Environment.GetEnvironmentVariable("RELATIVITY_PASSWORD");',
      'var epicAuthKey = builder.Configuration["Epic:AuthenticationKey"];',
    ],
  })),
  template('appsettings-keyvault-refs', (g) => ({
    path: g.pick(['appsettings.json', 'infra/appsettings.Production.json']),
    lines: [
      '{',
      '  "NetDocuments": {',
      `    "ClientId": "AP-${g.fake.upperAlnum(8)}",`,
      `    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-${v.firm(g)}.vault.azure.net/secrets/nd-client-secret/)"`,
      '  },',
      '  "ConnectionStrings": { "Claims": "Server=sqlprod01;Database=ClaimsDW;Authentication=Active Directory Managed Identity" }',
      '}',
    ],
  })),
  template('guidewire-plugin-env-param', (g) => ({
    path: 'modules/configuration/config/plugin/registry/IRatingPlugin.gwp',
    lines: [
      '<plugin interface="IRatingPlugin" name="IRatingPlugin">',
      '  <plugin-java javaclass="com.insurer.rating.ExternalRatingPlugin">',
      `    <param name="endpoint" value="https://rating.${v.carrier(g)}.com/v3"/>`,
      '    <param name="username" value="${rating.user}"/>',
      '    <param name="password" value="${rating.password}"/>',
      '  </plugin-java>',
      '</plugin>',
    ],
  })),
  template('guidewire-typelist', (g) => ({
    path: g.pick([
      'modules/configuration/config/extensions/typelist/LossCause.ttx',
      'config/typelist/ClaimSegment.ttx',
    ]),
    lines: [
      '<typelistextension name="LossCause">',
      `  <typecode code="hail_${g.fake.lowerAlnum(4)}" name="Hail" desc="Hail damage" priority="${g.between(1, 90)}"/>`,
      '  <typecode code="password_reset" name="Password reset request" desc="Portal password reset"/>',
      '  <typecode code="secret_shopper" name="Secret shopper" desc="Fraud investigation"/>',
      '</typelistextension>',
    ],
  })),
  template('public-key-pem', (g) => {
    const key = g.fake.pem('PUBLIC KEY', 6);
    return {
      path: g.pick(['keys/docusign_public.pem', 'config/box_public_key.pem']),
      lines: key.split('\n'),
    };
  }),
  template('bordereaux-checksums', (g) => ({
    path: g.pick(['outbound/SHA256SUMS', 'bdx/manifest.txt']),
    lines: Array.from(
      { length: 4 },
      () => `${g.fake.hex(64)}  premium_bdx_${v.carrier(g)}_2026${String(g.between(1, 12)).padStart(2, '0')}.csv`,
    ),
  })),
  template('pgp-public-key-block', (g) => ({
    path: g.pick(['keys/carrier_pub.asc', 'pgp/lloyds_public.asc']),
    lines: [
      '-----BEGIN PGP PUBLIC KEY BLOCK-----',
      '',
      ...Array.from({ length: 5 }, () => g.fake.base64(64)),
      '=' + g.fake.base64(4),
      '-----END PGP PUBLIC KEY BLOCK-----',
    ],
  })),
  template('onfido-check-response', (g) => ({
    path: g.pick(['test/fixtures/onfido_check.json', 'kyc/samples/check_complete.json']),
    lines: [
      '{',
      `  "id": "${v.uuid(g)}",`,
      `  "applicant_id": "${v.uuid(g)}",`,
      '  "status": "complete",',
      '  "result": "clear",',
      `  "report_ids": ["${v.uuid(g)}", "${v.uuid(g)}"],`,
      `  "href": "/v3.6/checks/${v.uuid(g)}"`,
      '}',
    ],
  })),
  template('persona-inquiry-ids', (g) => ({
    path: g.pick(['src/kyc/personaFlow.ts', 'web/verify.js']),
    lines: [
      'const client = new Persona.Client({',
      `  templateId: 'itmpl_${g.fake.alnum(24)}',`,
      `  environmentId: 'env_${g.fake.alnum(24)}',`,
      "  onComplete: ({ inquiryId }) => fetch('/api/kyc/complete', { method: 'POST', body: inquiryId }),",
      '});',
    ],
  })),
  template('webhook-signature-log', (g) => ({
    path: g.pick(['logs/kyc-webhooks.log', 'var/log/esign/connect.log']),
    lines: [
      `2026-05-0${g.between(1, 9)}T10:1${g.between(0, 9)}:02Z INFO webhook received X-SHA2-Signature=${g.fake.hex(64)} verified=true`,
      `2026-05-0${g.between(1, 9)}T10:1${g.between(0, 9)}:03Z INFO X-DocuSign-Signature-1=${g.fake.base64(43)}= envelope=${v.uuid(g)}`,
    ],
  })),
  template('sql-schema-credentials', () => ({
    path: 'db/migrations/V3__portal_users.sql',
    lines: [
      'CREATE TABLE portal_users (',
      '    id            BIGINT IDENTITY PRIMARY KEY,',
      '    email         NVARCHAR(320) NOT NULL UNIQUE,',
      '    password_hash NVARCHAR(255) NOT NULL,',
      '    api_key_hash  CHAR(64) NULL,',
      '    mfa_secret    VARBINARY(64) NULL',
      ');',
    ],
  })),
  template('gmsa-service-install', () => ({
    path: 'deploy/install-gmsa-services.cmd',
    lines: [
      '@echo off',
      'sc.exe config RatingEngine obj= "CORP\\gmsa_rating$" password= ""',
      'sc.exe config DocSync obj= "NT AUTHORITY\\NetworkService"',
      'sc.exe failure RatingEngine reset= 86400 actions= restart/60000',
    ],
  })),
  template('runbook-vault-pointer', (g) => ({
    path: g.pick(['docs/runbooks/pacer.md', 'docs/ops/efiling.md']),
    lines: [
      '# Court e-filing accounts',
      '',
      '- PACER firm account: `firmpacer` (password in CyberArk safe `LIT-SUPPORT`, object `pacer-firm`).',
      '- Tyler EFM: service user `efiling@firm` (password rotated by the vault every 90 days).',
      `- Docket monitor alerts for ${v.docket(g)} go to #docketing.`,
    ],
  })),
  template('partner-list-no-secrets', (g) => ({
    path: g.pick(['partners/carriers.csv', 'config/carrier_directory.csv']),
    lines: [
      'carrier,naic,fein,sftp_host,contact,credential_ref',
      ...Array.from(
        { length: 3 },
        () =>
          `${v.carrier(g)},${v.naic(g)},${v.fein(g)},${v.sftpHost(g)},bdx-ops@${v.carrier(g)}.com,vault:bdx/${v.carrier(g)}`,
      ),
    ],
  })),
  template('jcl-symbolic-password', (g) => ({
    path: g.pick(['jcl/POLNIGHT.jcl', 'mainframe/CLMEXTR.jcl']),
    lines: [
      `//POLNIGHT JOB (ACCT${g.fake.digits(3)}),'NIGHTLY POLICY',CLASS=A,MSGCLASS=X,NOTIFY=&SYSUID`,
      '//STEP01   EXEC PGM=POLEXTR',
      `//POLMAST  DD DSN=PROD.POLICY.MASTER.G${g.fake.digits(4)}V00,DISP=SHR`,
      '//SYSOUT   DD SYSOUT=*',
    ],
  })),
  template('ibmi-ftp-netrc-ref', () => ({
    path: 'scripts/as400_pull.sh',
    lines: [
      '#!/bin/sh',
      '# credentials come from ~/.netrc (mode 600), provisioned by Ansible',
      'ftp -i PWRSYS01 <<EOF',
      'quote site namefmt 1',
      'get /QSYS.LIB/POLLIB.LIB/POLMAST.FILE/POLMAST.MBR polmast.dat',
      'EOF',
    ],
  })),
  template('python-env-reads-legal', () => ({
    path: 'app/settings.py',
    lines: [
      'import os',
      '',
      "CLIO_CLIENT_SECRET = os.environ['CLIO_CLIENT_SECRET']",
      "PANDADOC_API_KEY = os.getenv('PANDADOC_API_KEY')",
      "COURTLISTENER_TOKEN = os.environ.get('COURTLISTENER_TOKEN', '')",
      "ONFIDO_API_TOKEN = get_secret('kyc/onfido-token')",
    ],
  })),
  template('k8s-secret-refs-claims', () => ({
    path: 'k8s/claims-api.yaml',
    lines: [
      '        env:',
      '          - name: GW_CLOUD_CLIENT_SECRET',
      '            valueFrom:',
      '              secretKeyRef: { name: guidewire-cloud, key: client-secret }',
      '          - name: BOX_CONFIG_JSON',
      '            valueFrom: { secretKeyRef: { name: box-jwt, key: config.json } }',
    ],
  })),
  template('relativity-artifact-ids', (g) => ({
    path: g.pick(['config/workspaces.json', 'ediscovery/relativity_ids.json']),
    lines: [
      '{',
      `  "workspaceArtifactId": ${g.between(1000000, 9999999)},`,
      `  "savedSearchArtifactId": ${g.between(1000000, 9999999)},`,
      `  "fieldGuids": { "ControlNumber": "${v.uuid(g).toUpperCase()}", "MD5Hash": "${v.uuid(g).toUpperCase()}" }`,
      '}',
    ],
  })),
  template('password-policy-doc', () => ({
    path: 'docs/security/password-policy.md',
    lines: [
      '## Service-account passwords',
      '',
      '- At least 16 characters; IBM i profiles at most 10 (QPWDLVL 1) until the upgrade.',
      '- Never reuse the carrier SFTP password for the ACORD `<Pswd>` sign-on.',
      '- Set `password=` in database-config.xml from the environment: `${env.PC_DB_PASSWORD}`.',
    ],
  })),
];
