import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * fintech-backoffice hard negatives from the same repositories: the identifiers finance code is
 * full of (IBANs, BICs, account and routing numbers, CUSIPs, ISINs, LEIs, MIC codes, FIX
 * SenderCompID/TargetCompID, ClOrdIDs and ExecIDs, trade and order ids, SWIFT UETRs and references,
 * T24 transaction ids, OANDA account ids), the files that carry them (MT103, pain.001, camt.053,
 * NACHA, BAI2), FIX data dictionaries and masked Logon messages, PGP public keys and encrypted
 * Ansible vaults, request signatures in logs, checksums, Plaid link and public tokens (short-lived,
 * handed to the browser: not credentials by the same policy as Stripe PaymentIntent client
 * secrets) and Plaid's documented sandbox test user, publishable keys (IEX `pk_`), OAuth client ids
 * alone, env/vault/Kubernetes references, documentation placeholders and password policies.
 * Generated at run time.
 */
export const fintechNegatives: readonly Template[] = [
  template('quickfix-cfg-no-password', (g) => ({
    path: g.pick(['config/quickfixj.cfg', 'fix/acceptor.cfg']),
    lines: [
      '[DEFAULT]',
      'ConnectionType=acceptor',
      'SocketAcceptPort=9876',
      'FileStorePath=data/store',
      'SocketKeyStore=certs/acceptor.jks',
      'SocketKeyStorePassword=${FIX_KEYSTORE_PASSWORD}',
      '',
      '[SESSION]',
      'BeginString=FIXT.1.1',
      'DefaultApplVerID=FIX.5.0SP2',
      `SenderCompID=${v.compId(g)}`,
      `TargetCompID=${v.compId(g)}`,
      `TargetSubID=${g.pick(['DESK1', 'ALGO', 'FX'])}`,
      'HeartBtInt=30',
    ],
  })),
  template('fix-order-log', (g) => ({
    path: g.pick(['log/FIX.4.4-ACME-BROKER.messages.log', 'logs/orders-20261130.log']),
    lines: [
      `20261130-13:31:02.551: 8=FIX.4.4|9=178|35=D|34=${g.between(100, 9000)}|49=${v.compId(g)}|52=20261130-13:31:02.551|56=${v.compId(g)}|11=${g.fake.upperAlnum(12)}|21=1|55=MSFT|54=1|60=20261130-13:31:02|38=500|40=2|44=${g.between(300, 450)}.25|59=0|10=${g.fake.digits(3)}|`,
      `20261130-13:31:02.790: 8=FIX.4.4|9=240|35=8|34=${g.between(100, 9000)}|49=BROKERX|56=ACMECAP|37=${g.fake.digits(10)}|11=${g.fake.upperAlnum(12)}|17=${g.fake.hex(16).toUpperCase()}|150=F|39=2|55=MSFT|54=1|32=500|31=${g.between(300, 450)}.25|10=${g.fake.digits(3)}|`,
    ],
  })),
  template('fix-logon-masked', (g) => ({
    path: g.pick(['logs/fix-gateway.log', 'log/session-events.log']),
    lines: [
      `2026-11-30 08:00:01,204 INFO  [FIX/${v.compId(g)}] Initiated logon request`,
      `2026-11-30 08:00:01,205 DEBUG outgoing: 8=FIX.4.4|35=A|49=${v.compId(g)}|56=${v.compId(g)}|98=0|108=30|553=${g.pick(['trader01', 'acme_fix'])}|554=${g.pick(['********', '<redacted>', 'XXXXXXXX', '[MASKED]'])}|10=087|`,
      '2026-11-30 08:00:01,377 INFO  Logon contains ResetSeqNumFlag=Y, resetting sequence numbers to 1',
    ],
  })),
  template('fix-data-dictionary', () => ({
    path: 'spec/FIX44.xml',
    lines: [
      '<fields>',
      '  <field number="553" name="Username" type="STRING"/>',
      '  <field number="554" name="Password" type="STRING"/>',
      '  <field number="925" name="NewPassword" type="STRING"/>',
      '  <field number="95" name="RawDataLength" type="LENGTH"/>',
      '  <field number="96" name="RawData" type="DATA"/>',
      '</fields>',
    ],
  })),
  template('swift-mt103', (g) => ({
    path: g.pick(['testdata/mt103_outgoing.fin', 'samples/MT103.txt']),
    lines: [
      `{1:F01${v.bic(g).slice(0, 8)}AXXX${g.fake.digits(10)}}{2:I103${v.bic(g).slice(0, 8)}XXXXN}{3:{108:${g.fake.upperAlnum(16)}}{121:${g.fake.uuid()}}}{4:`,
      `:20:${g.fake.upperAlnum(16)}`,
      ':23B:CRED',
      `:32A:261130EUR${g.between(1000, 900000)},00`,
      `:50K:/${v.iban(g)}`,
      'ACME TRADING GMBH',
      `:57A:${v.bic(g)}`,
      `:59:/${v.iban(g)}`,
      'NORTHFIELD SUPPLIES LTD',
      ':71A:SHA',
      `-}{5:{CHK:${g.fake.upperHex(12)}}}`,
    ],
  })),
  template('pain001-xml', (g) => ({
    path: g.pick(['out/pain.001.001.09.xml', 'fixtures/pain001_sample.xml']),
    lines: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">',
      '  <CstmrCdtTrfInitn>',
      `    <GrpHdr><MsgId>${g.fake.upperAlnum(20)}</MsgId><CreDtTm>2026-11-30T09:12:00</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>`,
      '    <PmtInf>',
      `      <DbtrAcct><Id><IBAN>${v.iban(g)}</IBAN></Id></DbtrAcct>`,
      `      <DbtrAgt><FinInstnId><BICFI>${v.bic(g)}</BICFI></FinInstnId></DbtrAgt>`,
      '      <CdtTrfTxInf>',
      `        <PmtId><EndToEndId>${g.fake.upperAlnum(18)}</EndToEndId><UETR>${g.fake.uuid()}</UETR></PmtId>`,
      `        <CdtrAcct><Id><IBAN>${v.iban(g)}</IBAN></Id></CdtrAcct>`,
      '      </CdtTrfTxInf>',
      '    </PmtInf>',
      '  </CstmrCdtTrfInitn>',
      '</Document>',
    ],
  })),
  template('camt053-xml', (g) => ({
    path: g.pick(['inbound/camt053_20261130.xml', 'test/resources/camt053.xml']),
    lines: [
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">',
      '  <BkToCstmrStmt>',
      `    <GrpHdr><MsgId>${g.fake.upperAlnum(24)}</MsgId></GrpHdr>`,
      `    <Stmt><Id>${g.fake.upperAlnum(16)}</Id><Acct><Id><IBAN>${v.iban(g)}</IBAN></Id></Acct>`,
      `      <Ntry><NtryRef>${g.fake.digits(14)}</NtryRef><Amt Ccy="EUR">${g.between(10, 99999)}.00</Amt>`,
      `        <AcctSvcrRef>${g.fake.upperAlnum(20)}</AcctSvcrRef></Ntry>`,
      '    </Stmt>',
      '  </BkToCstmrStmt>',
      '</Document>',
    ],
  })),
  template('nacha-file', (g) => ({
    path: g.pick(['ach/outbound/ACH_20261130.txt', 'fixtures/ppd_batch.ach']),
    lines: [
      `101 ${v.routing(g)} ${g.fake.digits(10)}2611300930A094101${'BANK OF AMERICA'.padEnd(23)}ACME PAYROLL INC       `,
      `5220ACME PAYROLL INC                    ${g.fake.digits(10)}PPDPAYROLL   261130261201   1${v.routing(g).slice(0, 8)}0000001`,
      `62${v.routing(g)}${v.account(g).padEnd(17)}${g.fake.digits(10)}${g.fake.digits(15)}JANE DOE              0${v.routing(g).slice(0, 8)}${g.fake.digits(7)}`,
      `8220000001${g.fake.digits(10)}000000000000${g.fake.digits(12)}${g.fake.digits(10)}                         ${v.routing(g).slice(0, 8)}0000001`,
    ],
  })),
  template('bai2-file', (g) => ({
    path: g.pick(['bai2/PRIORDAY_20261130.bai', 'testdata/bai2_sample.txt']),
    lines: [
      `01,${v.routing(g)},ACMECORP,261130,0600,1,80,,2/`,
      `02,ACMECORP,${v.routing(g)},1,261129,2400,USD,2/`,
      `03,${v.account(g)},USD,010,${g.fake.digits(9)},,,015,${g.fake.digits(9)},,/`,
      `16,165,${g.fake.digits(7)},Z,${g.fake.digits(12)},${g.fake.upperAlnum(10)},ACH CREDIT/`,
      '49,0000000,3/',
      '98,0000000,1,5/',
      '99,0000000,1,7/',
    ],
  })),
  template('pgp-public-key', (g) => ({
    path: g.pick(['keys/bank_pub.asc', 'config/mft/partner-jpm.asc']),
    lines: ['# Bank public encryption key (public; import with gpg --import)', g.fake.pem('PGP PUBLIC KEY BLOCK', 10)],
  })),
  template('plaid-link-token-flow', (g) => ({
    path: g.pick(['logs/link.log', 'docs/plaid-link-debug.md']),
    lines: [
      'POST /link/token/create -> 200',
      `  {"link_token": "${v.plaidLinkToken(g, 'link', g.pick(['sandbox', 'production']))}", "expiration": "2026-11-30T14:12:09Z", "request_id": "${g.fake.alnum(15)}"}`,
      'onSuccess from Link:',
      `  public_token=${v.plaidLinkToken(g, 'public', g.pick(['sandbox', 'production']))} institution=ins_${g.between(1, 130000)}`,
      'POST /item/public_token/exchange -> 200 (access token stored in Vault: secret/plaid/items/{item_id})',
    ],
  })),
  template('plaid-sandbox-test-user', (g) => ({
    path: g.pick(['tests/e2e/link.spec.ts', 'cypress/e2e/plaid_link.cy.js']),
    lines: [
      "// Plaid's documented Sandbox test credentials",
      "cy.get('#username').type('user_good');",
      "cy.get('#password').type('pass_good');",
      "cy.contains('Submit').click();",
    ],
  })),
  template('plaid-env-example', (g) => ({
    path: g.pick(['.env.example', '.env.sample']),
    lines: [
      '# Get your keys at https://dashboard.plaid.com/developers/keys',
      'PLAID_CLIENT_ID=',
      `PLAID_SECRET=${g.pick(['', '<your sandbox secret>', 'your_plaid_secret', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'])}`,
      'PLAID_ENV=sandbox',
      'PLAID_PRODUCTS=transactions',
    ],
  })),
  template('env-and-vault-reads', (g) => ({
    path: g.pick(['app/settings.py', 'config/settings.py']),
    lines: [
      'import os',
      'import hvac',
      '',
      'PLAID_CLIENT_ID = os.environ["PLAID_CLIENT_ID"]',
      'PLAID_SECRET = os.environ["PLAID_SECRET"]',
      "vault = hvac.Client(url='https://vault.internal:8200')",
      "BINANCE_SECRET = vault.secrets.kv.v2.read_secret_version(path='exchanges/binance')['data']['data']['secret']",
      'SFTP_PASSWORD = os.getenv("BANK_SFTP_PASSWORD")',
      'PGP_PASSPHRASE = open("/run/secrets/pgp_passphrase").read().strip()',
    ],
  })),
  template('ansible-vault-encrypted', (g) => {
    const body: string[] = [];
    for (let i = 0; i < 6; i++) body.push('          ' + g.fake.hex(80));
    return {
      path: g.pick(['group_vars/payments/vault.yml', 'inventory/prod/group_vars/fix.yml']),
      lines: [
        'bank_sftp_user: acme_h2h',
        'bank_sftp_password: "{{ vault_bank_sftp_password }}"',
        'pgp_signing_passphrase: !vault |',
        '          $ANSIBLE_VAULT;1.1;AES256',
        ...body,
      ],
    };
  }),
  template('securities-master-csv', (g) => {
    const rows: string[] = ['isin,cusip,lei,mic,ticker,currency'];
    for (let i = 0; i < 6; i++)
      rows.push(
        `${v.isin(g)},${v.cusip(g)},${v.lei(g)},${g.pick(['XNYS', 'XNAS', 'XLON', 'XETR', 'XPAR'])},${g.fake.upper(g.between(2, 4))},${g.pick(['USD', 'GBP', 'EUR'])}`,
      );
    return { path: g.pick(['refdata/securities.csv', 'data/secmaster_20261130.csv']), lines: rows };
  }),
  template('trades-csv', (g) => {
    const rows: string[] = ['trade_id,order_id,exec_id,account,symbol,side,qty,price'];
    for (let i = 0; i < 6; i++)
      rows.push(
        `${g.fake.uuid()},${g.fake.hex(24)},${g.fake.upperAlnum(16)},${v.account(g)},${g.pick(['AAPL', 'MSFT', 'EURUSD', 'BTC-USD'])},${g.pick(['BUY', 'SELL'])},${g.between(1, 900)},${g.between(10, 500)}.${g.fake.digits(2)}`,
      );
    return { path: g.pick(['exports/fills_20261130.csv', 'recon/trades.csv']), lines: rows };
  }),
  template('iex-publishable-frontend', (g) => ({
    path: g.pick(['web/src/quotes.js', 'public/js/ticker.js']),
    lines: [
      '// publishable token: safe to ship to the browser',
      `const IEX_TOKEN = '${v.iexKey(g, 'pk')}';`,
      'fetch(`https://cloud.iexapis.com/stable/stock/${symbol}/quote?token=${IEX_TOKEN}`).then(render);',
    ],
  })),
  template('qbo-client-id-only', (g) => ({
    path: g.pick(['config/intuit.json', 'src/qbo/oauthConfig.json']),
    lines: [
      '{',
      `  "clientId": "${v.qboClientId(g)}",`,
      '  "clientSecret": "${QBO_CLIENT_SECRET}",',
      '  "environment": "production",',
      '  "redirectUri": "https://ops.acmefin.io/callback/quickbooks"',
      '}',
    ],
  })),
  template('xero-pkce-client', (g) => ({
    path: g.pick(['src/xeroAuth.ts', 'web/xero-connect.ts']),
    lines: [
      '// PKCE flow: public client, no secret',
      `const XERO_CLIENT_ID = '${v.xeroClientId(g)}';`,
      "const scopes = 'openid profile email accounting.transactions offline_access';",
      'const url = buildAuthorizeUrl({ clientId: XERO_CLIENT_ID, codeChallenge, scopes });',
    ],
  })),
  template('kyc-readme-placeholders', (g) => ({
    path: g.pick(['README.md', 'docs/kyc-setup.md']),
    lines: [
      '## Configure the KYC providers',
      '',
      '```',
      'SUMSUB_APP_TOKEN=<your app token>',
      'SUMSUB_SECRET_KEY=<your secret key>',
      'ONFIDO_API_TOKEN=api_sandbox.XXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      `PERSONA_API_KEY=${g.pick(['persona_sandbox_...', '<persona api key>'])}`,
      '```',
    ],
  })),
  template('statement-checksums', (g) => {
    const rows: string[] = [];
    for (let i = 0; i < 5; i++) rows.push(`${g.fake.hex(64)}  camt053_2026113${i}.xml.pgp`);
    return { path: g.pick(['inbound/SHA256SUMS', 'archive/2026-11/checksums.sha256']), lines: rows };
  }),
  template('spring-placeholders', (g) => ({
    path: g.pick(['src/main/resources/application.yml', 'risk-engine/application-prod.yml']),
    lines: [
      'spring:',
      '  datasource:',
      `    url: jdbc:oracle:thin:@//${v.dbHost(g)}:1521/RISKPRD`,
      '    username: ${RISK_DB_USER}',
      '    password: ${RISK_DB_PASSWORD}',
      'fix:',
      '  logon-password: ${vault:secret/fix/broker#password}',
      'swift:',
      "  keystore-password: '{cipher}${SWIFT_KS_CIPHER}'",
    ],
  })),
  template('k8s-secret-refs', () => ({
    path: 'k8s/payments-gateway/deployment.yaml',
    lines: [
      '        env:',
      '          - name: PLAID_SECRET',
      '            valueFrom:',
      '              secretKeyRef:',
      '                name: plaid-credentials',
      '                key: secret',
      '          - name: BANK_SFTP_PASSWORD',
      '            valueFrom:',
      '              secretKeyRef: { name: bank-sftp, key: password }',
    ],
  })),
  template('dbt-env-var', () => ({
    path: 'profiles.yml',
    lines: [
      'finance_dw:',
      '  target: prod',
      '  outputs:',
      '    prod:',
      '      type: snowflake',
      '      account: "{{ env_var(\'SNOWFLAKE_ACCOUNT\') }}"',
      '      user: DBT_FINANCE',
      '      password: "{{ env_var(\'DBT_SNOWFLAKE_PASSWORD\') }}"',
      '      role: TRANSFORMER',
    ],
  })),
  template('airflow-dag-conn-ref', () => ({
    path: 'dags/eod_recon.py',
    lines: [
      'from airflow.providers.sftp.operators.sftp import SFTPOperator',
      'from airflow.providers.postgres.hooks.postgres import PostgresHook',
      '',
      'hook = PostgresHook(postgres_conn_id="ledger_db")',
      'upload = SFTPOperator(',
      '    task_id="upload_pain001",',
      '    ssh_conn_id="bank_sftp",',
      '    local_filepath="/data/out/pain001_{{ ds_nodash }}.xml",',
      '    remote_filepath="/inbound/pain001_{{ ds_nodash }}.xml",',
      ')',
    ],
  })),
  template('kdb-pw-handler', () => ({
    path: 'q/auth.q',
    lines: [
      '/ authenticate against the users table loaded from the entitlements service',
      'users:("SS";enlist",") 0: `:config/users.csv',
      '.z.pw:{[u;p] $[u in exec user from users; (md5 p)~users[u;`pwhash]; 0b]}',
    ],
  })),
  template('oanda-account-ids', (g) => ({
    path: g.pick(['fx/accounts.yaml', 'config/oanda_accounts.yml']),
    lines: [
      'oanda:',
      '  environment: practice',
      `  account_id: 101-004-${g.fake.digits(7)}-001`,
      `  hedge_account_id: 101-004-${g.fake.digits(7)}-002`,
      '  instruments: [EUR_USD, GBP_USD, USD_JPY]',
    ],
  })),
  template('coinbase-public-ws', (g) => ({
    path: g.pick(['marketdata/cb_ws.py', 'feeds/coinbase_ticker.py']),
    lines: [
      'import json, websocket',
      '',
      'ws = websocket.create_connection("wss://ws-feed.exchange.coinbase.com")',
      `ws.send(json.dumps({"type": "subscribe", "product_ids": ["BTC-USD", "ETH-USD"], "channels": ["ticker"]}))`,
      `# sequence ${g.fake.digits(11)} trade_id ${g.fake.digits(9)}`,
    ],
  })),
  template('swift-gpi-log', (g) => ({
    path: g.pick(['logs/gpi-tracker.log', 'logs/payments-hub.log']),
    lines: [
      `2026-11-30T10:14:22Z INFO pacs.008 sent uetr=${g.fake.uuid()} msgId=${g.fake.upperAlnum(20)} instgAgt=${v.bic(g)}`,
      `2026-11-30T10:14:25Z INFO pacs.002 ACSC uetr=${g.fake.uuid()} txRef=${g.fake.upperAlnum(16)} sig=${g.fake.hex(64)}`,
    ],
  })),
  template('t24-ofs-response', (g) => ({
    path: g.pick(['logs/ofs.log', 'integration/ofs_responses.txt']),
    lines: [
      `FT26334${g.fake.digits(5)}/${g.fake.digits(10)}.00/1,TRANSACTION.TYPE=AC:1:1,DEBIT.ACCT.NO=${g.fake.digits(11)}:1:1,DEBIT.CURRENCY=USD:1:1`,
      `CUSTOMER,/I/PROCESS,//GB0010001,${g.fake.digits(6)},MNEMONIC=ACME${g.between(10, 99)}`,
    ],
  })),
  template('password-policy-config', (g) => ({
    path: g.pick(['conf/security.properties', 'config/auth-policy.properties']),
    lines: [
      'password.min.length=14',
      'password.require.digit=true',
      'password.expiry.days=90',
      'password.history=12',
      'fix.logon.password.change.allowed=true',
      'sftp.auth.method=publickey',
    ],
  })),
  template('signature-headers-log', (g) => ({
    path: g.pick(['logs/kyc-http.log', 'logs/openbanking-http.log']),
    lines: [
      `POST https://api.sumsub.com/resources/applicants?levelName=basic-kyc X-App-Access-Ts=${1790000000 + g.between(0, 9999999)} X-App-Access-Sig=${g.fake.hex(64)}`,
      `POST /v3/payments Tl-Signature: ${g.fake.base64url(36)}..${g.fake.base64url(86)} Idempotency-Key: ${g.fake.uuid()}`,
      `x-fapi-interaction-id: ${g.fake.uuid()} x-jws-signature: ${g.fake.base64url(40)}..${g.fake.base64url(86)}`,
    ],
  })),
  template('masked-export', (g) => ({
    path: g.pick(['exports/connections.json', 'backup/integrations.json']),
    lines: [
      '[',
      `  { "name": "bank-sftp", "host": "${v.bankHost(g)}", "user": "acme_h2h", "password": "********" },`,
      `  { "name": "plaid", "client_id": "${v.plaidClientId(g)}", "secret": "${g.pick(['[REDACTED]', '****', '<hidden>'])}" }`,
      ']',
    ],
  })),
  template('gl-account-mapping', (g) => ({
    path: g.pick(['config/gl_mapping.yml', 'accounting/coa.yaml']),
    lines: [
      'gl_accounts:',
      `  cash_operating: "${g.fake.digits(4)}-${g.fake.digits(3)}"`,
      `  clearing_suspense: "${g.fake.digits(4)}-${g.fake.digits(3)}"`,
      `  nostro_${g.pick(['usd', 'eur'])}: { iban: ${v.iban(g)}, bic: ${v.bic(g)} }`,
      `  routing_number: "${v.routing(g)}"`,
      `  account_number: "${v.account(g)}"`,
    ],
  })),
];
