import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * fintech-backoffice positives from the plumbing between a bank and its counterparties: QuickFIX/J
 * and QuickFIX/n session settings, FIX Logon messages in logs (tag 554), SWIFT Alliance Access and
 * SWIFTNet connector properties, ISO 20022 gateways, SFTP batch transfers (BAI2, NACHA, camt/pain)
 * with PGP passphrases, core banking (Temenos T24, Mambu, Thought Machine), reporting databases
 * (Oracle, DB2, Sybase, kdb+), Airflow and dbt, Excel/VBA macros, cron scripts, Ansible vars and
 * runbooks. Values generated at run time.
 */
export const backofficePositives: readonly Template[] = [
  template('quickfixj-session-cfg', (g) => {
    const p = v.fixPassword(g);
    const ks = v.plain(g);
    return {
      path: g.pick(['config/quickfixj.cfg', 'fix/initiator.cfg', 'src/main/resources/fix-session.cfg']),
      lines: [
        '[DEFAULT]',
        'ConnectionType=initiator',
        'ReconnectInterval=5',
        'FileStorePath=data/fixstore',
        'StartTime=00:00:00',
        'EndTime=00:00:00',
        'SocketUseSSL=Y',
        'SocketKeyStore=certs/fix-client.jks',
        sec(`SocketKeyStorePassword=${ks}`, ks),
        '',
        '[SESSION]',
        'BeginString=FIX.4.4',
        `SenderCompID=${v.compId(g)}`,
        `TargetCompID=${v.compId(g)}`,
        `SocketConnectHost=fix.${g.pick(['lmax.com', 'broker-uat.net', 'ecn.internal'])}`,
        `SocketConnectPort=${g.between(9000, 9999)}`,
        'HeartBtInt=30',
        `Username=${v.compId(g).toLowerCase()}`,
        sec(`Password=${p}`, p),
      ],
    };
  }),
  template('quickfixn-session-cfg', (g) => {
    const p = v.fixPassword(g);
    return {
      path: g.pick(['FixClient/quickfix.cfg', 'conf/fix_uat.cfg']),
      lines: [
        '[DEFAULT]',
        'ConnectionType=initiator',
        'FileStorePath=store',
        'FileLogPath=log',
        'UseDataDictionary=Y',
        'DataDictionary=spec/FIX44.xml',
        '',
        '[SESSION]',
        'BeginString=FIX.4.4',
        `SenderCompID=${v.compId(g)}`,
        `TargetCompID=${v.compId(g)}`,
        `SocketConnectHost=10.${g.between(1, 60)}.${g.between(0, 250)}.${g.between(2, 250)}`,
        'SocketConnectPort=5001',
        sec(`LogonPassword=${p}`, p),
      ],
    };
  }),
  template('fix-logon-log', (g) => {
    const p = v.fixPassword(g);
    return {
      path: g.pick(['log/FIX.4.4-ACME-BROKER.messages.log', 'logs/fix-gateway.log']),
      lines: [
        `20261130-07:59:58.112: 8=FIX.4.4|9=72|35=0|34=1021|49=${v.compId(g)}|52=20261130-07:59:58.112|56=${v.compId(g)}|10=211|`,
        sec(
          `20261130-08:00:01.204: 8=FIX.4.4|9=112|35=A|34=1|49=${v.compId(g)}|52=20261130-08:00:01.204|56=${v.compId(g)}|98=0|108=30|141=Y|553=${g.pick(['trader01', 'acme_fix', 'ops'])}|554=${p}|10=087|`,
          p,
        ),
        `20261130-08:00:01.377: 8=FIX.4.4|9=70|35=A|34=1|49=BROKERX|52=20261130-08:00:01.377|56=ACMECAP|98=0|108=30|10=144|`,
      ],
    };
  }),
  template('fix-engine-java-logon', (g) => {
    const p = v.fixPassword(g);
    return {
      path: g.pick(['src/main/java/com/acme/fix/FixApplication.java', 'gateway/src/main/java/LogonHandler.java']),
      lines: [
        'public void toAdmin(Message message, SessionID sessionId) {',
        '    if (MsgType.LOGON.equals(message.getHeader().getString(MsgType.FIELD))) {',
        `        message.setField(new Username("${g.pick(['acme_trading', 'fixuser', 'algo1'])}"));`,
        sec(`        message.setField(new Password("${p}"));`, p),
        '        message.setField(new ResetSeqNumFlag(true));',
        '    }',
        '}',
      ],
    };
  }),
  template('fix-csharp-logon', (g) => {
    const p = v.fixPassword(g);
    return {
      path: 'FixConnector/Application.cs',
      lines: [
        'public void ToAdmin(Message message, SessionID sessionID)',
        '{',
        '    if (message.Header.GetString(Tags.MsgType) == MsgType.LOGON)',
        '    {',
        `        message.SetField(new Username("${v.compId(g).toLowerCase()}"));`,
        sec(`        message.SetField(new QuickFix.Fields.Password("${p}"));`, p),
        '    }',
        '}',
      ],
    };
  }),
  template('swift-alliance-properties', (g) => {
    const p = v.plain(g);
    const ks = v.plain(g);
    return {
      path: g.pick(['conf/swift-connector.properties', 'config/saa-gateway.properties']),
      lines: [
        '# SWIFT Alliance Access - Direct Link (SAA DL) connector',
        `swift.saa.host=saa${g.between(1, 3)}.${g.pick(['payments.internal', 'corp.local'])}`,
        'swift.saa.port=48002',
        `swift.saa.bic=${v.bic(g)}`,
        `swift.saa.lau.operator=${g.pick(['mxops', 'swiftops1', 'autoclient'])}`,
        sec(`swift.saa.lau.password=${p}`, p),
        'swift.pki.keystore=/opt/swift/keystore/hsm.p12',
        sec(`swift.pki.keystore.password=${ks}`, ks),
        'swift.messaging.format=MX',
      ],
    };
  }),
  template('swiftnet-lau-key', (g) => {
    const k = g.fake.upperHex(32);
    return {
      path: g.pick(['alliance/lau.cfg', 'swift/autoclient/lau_keys.txt']),
      lines: [
        '# Local Authentication (LAU) keys for Alliance Access <-> back office',
        sec(`LAU_KEY=${k}`, k),
        'LAU_ALGORITHM=HMAC-SHA256',
      ],
    };
  }),
  template('iso20022-gateway-yaml', (g) => {
    const p = v.plain(g);
    const c = v.longSecret(g);
    return {
      path: g.pick(['iso20022-gateway/application.yml', 'payments-hub/config/application-prod.yaml']),
      lines: [
        'gateway:',
        '  iso20022:',
        '    message-types: [pacs.008, pacs.002, camt.053, pain.001]',
        `    bic: ${v.bic(g)}`,
        '  mq:',
        `    queue-manager: QM_PAY${g.between(1, 4)}`,
        '    channel: PAY.SVRCONN',
        `    user: ${g.pick(['payhub', 'mqpay'])}`,
        sec(`    password: ${p}`, p),
        '  signing:',
        '    keystore: /etc/payhub/qseal.p12',
        sec(`    keystore-password: "${c}"`, c),
      ],
    };
  }),
  template('sftp-nacha-upload-sh', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/send_ach.sh', 'cron/nacha_upload.sh']),
      lines: [
        '#!/bin/bash',
        '# Nightly NACHA ACH file upload to the bank (runs 21:30 via cron)',
        'set -euo pipefail',
        'FILE=/data/ach/outbound/ACH_$(date +%Y%m%d).txt',
        `BANK_HOST=${v.bankHost(g)}`,
        `BANK_USER=${g.pick(['acmepay_ach', 'ach_upload', 'corp123ach'])}`,
        sec(`BANK_PASS='${p}'`, p),
        'sshpass -p "$BANK_PASS" sftp -oBatchMode=no "$BANK_USER@$BANK_HOST" <<EOF',
        'cd /inbound/ach',
        'put "$FILE"',
        'bye',
        'EOF',
      ],
    };
  }),
  template('sshpass-bai2-download', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['etl/fetch_bai2.sh', 'jobs/prior_day_bai.sh']),
      lines: [
        '#!/bin/sh',
        '# pull prior-day BAI2 balance report',
        sec(
          `sshpass -p '${p}' sftp ${g.pick(['treasury', 'bai_user'])}@${v.bankHost(g)}:/outbound/BAI2/PRIORDAY_$(date +%Y%m%d).bai /data/bai2/`,
          p,
        ),
        'python3 /opt/recon/load_bai2.py /data/bai2/',
      ],
    };
  }),
  template('pgp-passphrase-python', (g) => {
    const pp = v.passphrase(g);
    return {
      path: g.pick(['recon/decrypt_camt.py', 'batch/pgp_utils.py']),
      lines: [
        'import gnupg',
        '',
        "gpg = gnupg.GPG(gnupghome='/home/batch/.gnupg')",
        sec(`PGP_PASSPHRASE = "${pp}"`, pp),
        '',
        'def decrypt_statement(path):',
        "    with open(path, 'rb') as f:",
        "        result = gpg.decrypt_file(f, passphrase=PGP_PASSPHRASE, output=path.replace('.pgp', '.xml'))",
        '    if not result.ok:',
        '        raise RuntimeError(result.status)',
      ],
    };
  }),
  template('gpg-batch-passphrase-cli', (g) => {
    const pp = v.passphrase(g);
    return {
      path: g.pick(['scripts/decrypt_pain002.sh', 'ops/camt053_decrypt.sh']),
      lines: [
        '#!/bin/bash',
        'for f in /data/inbound/*.pgp; do',
        sec(`  gpg --batch --yes --pinentry-mode loopback --passphrase '${pp}' -o "\${f%.pgp}" -d "$f"`, pp),
        'done',
      ],
    };
  }),
  template('mft-properties', (g) => {
    const p = v.plain(g);
    const pp = v.passphrase(g).replace(/-/g, '');
    return {
      path: g.pick(['config/bank-transfer.properties', 'mft/partners/hsbc.properties']),
      lines: [
        `sftp.host=${v.bankHost(g)}`,
        'sftp.port=22',
        `sftp.username=${g.pick(['acme_h2h', 'treasury01'])}`,
        sec(`sftp.password=${p}`, p),
        'sftp.remote.dir=/inbound/pain001',
        'pgp.public.key=/etc/mft/keys/bank_pub.asc',
        'pgp.private.key=/etc/mft/keys/acme_sec.asc',
        sec(`pgp.private.key.passphrase=${pp}`, pp),
      ],
    };
  }),
  template('paramiko-sftp-python', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['treasury/bank_sftp.py', 'jobs/upload_pain001.py']),
      lines: [
        'import paramiko',
        '',
        `transport = paramiko.Transport(("${v.bankHost(g)}", 22))`,
        sec(`transport.connect(username="${g.pick(['acme_pay', 'h2h_user'])}", password="${p}")`, p),
        'sftp = paramiko.SFTPClient.from_transport(transport)',
        "sftp.put('out/pain.001.xml', '/inbound/pain.001.xml')",
      ],
    };
  }),
  template('temenos-t24-tafj', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['T24/conf/tafj.properties', 'transact/conf/TAFJ_prod.properties']),
      lines: [
        '# TAFJ database connection',
        `temn.tafj.jdbc.url=jdbc:oracle:thin:@${v.dbHost(g)}:1521/T24PRD`,
        'temn.tafj.jdbc.driver=oracle.jdbc.OracleDriver',
        `temn.tafj.jdbc.username=${g.pick(['T24', 't24user', 'TAFJ'])}`,
        sec(`temn.tafj.jdbc.password=${p}`, p),
      ],
    };
  }),
  template('t24-ofs-message', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['integration/ofs_client.py', 'scripts/ofs_post.sh']),
      lines: [
        '# OFS request: the user and password ride in the message itself',
        sec(
          `OFS_MSG="CUSTOMER,/I/PROCESS,${g.pick(['INPUTT', 'OFSUSER', 'AUTHOR'])}/${p}/GB0010001,,MNEMONIC=ACME${g.between(10, 99)}"`,
          p,
        ),
        'echo "$OFS_MSG" | nc t24-ofs.core.internal 7001',
      ],
    };
  }),
  template('mambu-api-key', (g) => {
    const k = v.mambuKey(g);
    return {
      path: g.pick(['src/mambu_client.py', 'lending/mambu.py']),
      lines: [
        'import requests',
        '',
        `MAMBU_URL = "https://${g.pick(['acmelend', 'northbank'])}.sandbox.mambu.com/api"`,
        sec(`HEADERS = {"Accept": "application/vnd.mambu.v2+json", "apiKey": "${k}"}`, k),
        '',
        'def get_loan(loan_id):',
        '    return requests.get(f"{MAMBU_URL}/loans/{loan_id}", headers=HEADERS).json()',
      ],
    };
  }),
  template('thought-machine-vault-token', (g) => {
    const t = g.fake.base64url(g.between(60, 90));
    return {
      path: g.pick(['deploy/vault-core.env', '.env.core']),
      lines: [
        `TM_VAULT_CORE_API=https://core-api.${g.pick(['tm.acmebank.io', 'vault.northbank.internal'])}`,
        sec(`TM_VAULT_SERVICE_ACCOUNT_TOKEN=${t}`, t),
      ],
    };
  }),
  template('oracle-jdbc-reporting', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['reporting/src/main/resources/application.properties', 'risk-engine/conf/db.properties']),
      lines: [
        `spring.datasource.url=jdbc:oracle:thin:@//${v.dbHost(g)}:1521/RISKPRD`,
        `spring.datasource.username=${g.pick(['RISK_RO', 'REGREP', 'FINREP_APP'])}`,
        sec(`spring.datasource.password=${p}`, p),
        'spring.datasource.hikari.maximum-pool-size=12',
      ],
    };
  }),
  template('db2-connection-string', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['GLExtract/App.config', 'conf/db2.ini']),
      lines: [
        '<connectionStrings>',
        sec(
          `  <add name="CoreDb2" connectionString="Server=${v.dbHost(g)}:50000;Database=COREBNK;UID=${g.pick(['db2inst1', 'glread'])};PWD=${p};" providerName="IBM.Data.DB2" />`,
          p,
        ),
        '</connectionStrings>',
      ],
    };
  }),
  template('sybase-isql-cron', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['cron/eod_positions.sh', 'scripts/sybase_extract.sh']),
      lines: [
        '#!/bin/ksh',
        '# EOD positions extract from the Sybase risk server',
        sec(
          `isql -U ${g.pick(['risk_batch', 'sa_eod'])} -P ${p} -S SYB_RISK_PRD -i /opt/eod/positions.sql -o /data/eod/positions.out`,
          p,
        ),
      ],
    };
  }),
  template('kdb-q-credentials', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['tick/users.txt', 'kdb/passwords.txt']),
      lines: ['/ user:password, read by -u at startup', sec(`${g.pick(['hdbquery', 'quant1', 'gateway'])}:${p}`, p)],
    };
  }),
  template('kdb-hopen', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['q/feedhandler.q', 'scripts/connect_hdb.q']),
      lines: [
        '/ connect to the historical database',
        sec(`h:hopen \`:${g.pick(['kdb-hdb01', 'hdb.quant.internal'])}:5010:${g.pick(['quant', 'feed'])}:${p}`, p),
        'trades:h"select from trade where date=.z.d-1"',
      ],
    };
  }),
  template('airflow-connection-uri', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['airflow/.env', 'deploy/airflow.env']),
      lines: [
        'AIRFLOW__CORE__EXECUTOR=CeleryExecutor',
        sec(
          `AIRFLOW_CONN_LEDGER_DB=postgresql://${g.pick(['finops', 'ledger_etl'])}:${p}@${v.dbHost(g)}:5432/ledger`,
          p,
        ),
        'AIRFLOW_CONN_BANK_SFTP=sftp://acme_h2h@sftp.svb-files.com:22',
      ],
    };
  }),
  template('dbt-profiles', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['profiles.yml', 'dbt/profiles.yml']),
      lines: [
        'finance_dw:',
        '  target: prod',
        '  outputs:',
        '    prod:',
        '      type: snowflake',
        `      account: ${g.pick(['acmebank.eu-west-1', 'nb12345.us-east-1'])}`,
        '      user: DBT_FINANCE',
        sec(`      password: ${p}`, p),
        '      role: TRANSFORMER',
        '      database: FINANCE',
        '      warehouse: FIN_WH',
        '      schema: marts',
      ],
    };
  }),
  template('vba-adodb-macro', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['macros/RefreshPnL.bas', 'Treasury/CashPosition.bas']),
      lines: [
        'Sub RefreshPnL()',
        '    Dim cn As New ADODB.Connection',
        sec(
          `    cn.Open "Provider=OraOLEDB.Oracle;Data Source=FINPRD;User Id=${g.pick(['PNL_RO', 'TREAS'])};Password=${p};"`,
          p,
        ),
        '    Dim rs As ADODB.Recordset',
        '    Set rs = cn.Execute("SELECT book, pnl FROM daily_pnl WHERE cob = TRUNC(SYSDATE-1)")',
        '    Sheets("PnL").Range("A2").CopyFromRecordset rs',
        'End Sub',
      ],
    };
  }),
  template('ansible-vars-plain', (g) => {
    const p = v.plain(g);
    const pp = v.passphrase(g);
    return {
      path: g.pick(['ansible/group_vars/payments/vars.yml', 'inventory/prod/group_vars/fix_gateways.yml']),
      lines: [
        '---',
        `fix_gateway_sender_comp_id: ${v.compId(g)}`,
        `bank_sftp_host: ${v.bankHost(g)}`,
        'bank_sftp_user: acme_h2h',
        sec(`bank_sftp_password: "${p}"`, p),
        sec(`pgp_signing_passphrase: "${pp}"`, pp),
      ],
    };
  }),
  template('runbook-markdown', (g) => {
    const p = v.opsPassword(g);
    return {
      path: g.pick(['docs/runbooks/swift-failover.md', 'RUNBOOK-payments.md']),
      lines: [
        '## Failover to the DR Alliance Access instance',
        '',
        '1. Stop the MQ channel `SAA.PAY.SVRCONN` on the primary.',
        '2. Log in to the DR web platform as the `swiftops2` operator:',
        sec(`   - password: \`${p}\``, p),
        '3. Start the message partner `BO_PAYMENTS` and check the queue depth.',
      ],
    };
  }),
  template('sap-rfc-ini', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['sapnwrfc.ini', 'fi-connector/sapnwrfc.ini']),
      lines: [
        'DEST=FI_PRD',
        `ASHOST=sapfi${g.between(1, 3)}.corp.local`,
        'SYSNR=00',
        'CLIENT=100',
        `USER=${g.pick(['RFC_FI', 'TREASURY_RFC'])}`,
        sec(`PASSWD=${p}`, p),
        'LANG=EN',
      ],
    };
  }),
  template('sage-intacct-sender', (g) => {
    const p = v.plain(g);
    const up = v.plain(g);
    return {
      path: g.pick(['intacct/credentials.ini', 'config/intacct.ini']),
      lines: [
        '[default]',
        `sender_id = ${g.pick(['AcmeFinOps', 'NorthfieldMPP'])}`,
        sec(`sender_password = ${p}`, p),
        `company_id = ${g.pick(['acme-corp', 'northfield'])}`,
        'user_id = xml_gateway',
        sec(`user_password = ${up}`, up),
      ],
    };
  }),
  template('dynamics-finance-client-secret', (g) => {
    const s =
      g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-', 3) +
      '8Q~' +
      g.fake.base64url(34);
    return {
      path: g.pick(['d365-integration/appsettings.json', 'src/FinOpsSync/appsettings.Production.json']),
      lines: [
        '{',
        '  "D365": {',
        `    "Resource": "https://${g.pick(['acme-prod', 'northfield'])}.operations.dynamics.com",`,
        `    "TenantId": "${g.fake.uuid()}",`,
        `    "ClientId": "${g.fake.uuid()}",`,
        sec(`    "ClientSecret": "${s}"`, s),
        '  }',
        '}',
      ],
    };
  }),
  template('bloomberg-sapi-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/bpipe.yaml', 'marketdata/blpapi.yml']),
      lines: [
        'bloomberg:',
        `  hosts: [bpipe-${g.pick(['ny', 'ldn'])}1.acme.internal, bpipe-${g.pick(['ny', 'ldn'])}2.acme.internal]`,
        '  port: 8194',
        `  app_name: ${g.pick(['ACME:PricingEngine', 'NORTHFIELD:RiskApp'])}`,
        '  tls:',
        '    client_credentials: certs/bpipe-client.pk12',
        sec(`    client_credentials_password: ${p}`, p),
        '    trust_material: certs/bpipe-root.pk7',
      ],
    };
  }),
  template('ibkr-ibc-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['ibc/config.ini', 'deploy/ibgateway/config.ini']),
      lines: [
        `IbLoginId=${g.pick(['acmecap01', 'quanttrader', 'nfield_ops'])}`,
        sec(`IbPassword=${p}`, p),
        'TradingMode=live',
        'AcceptIncomingConnectionAction=reject',
        'ReadOnlyLogin=no',
      ],
    };
  }),
];
