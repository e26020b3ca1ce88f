import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * crypto-exchange-ops positives from the back office: compliance and KYC (Chainalysis KYT, Elliptic,
 * TRM Labs, Sumsub, Onfido), Telegram and Slack alert bots, market-making onboarding docs, ops
 * runbooks, tickets and chat pastes, explorer keys, the ledger database and the treasury sheet.
 * Values generated at run time.
 */
export const opsPositives: readonly Template[] = [
  template('chainalysis-kyt-python', (g) => {
    const k = v.chainalysisKey(g);
    return {
      path: g.pick(['compliance/kyt.py', 'aml/chainalysis_client.py']),
      lines: [
        'import requests',
        '',
        'KYT_URL = "https://api.chainalysis.com/api/kyt/v2/users"',
        sec(`HEADERS = {"Token": "${k}", "Content-Type": "application/json"}`, k),
        'def register_transfer(user_id, payload):',
        '    return requests.post(f"{KYT_URL}/{user_id}/transfers", json=payload, headers=HEADERS)',
      ],
    };
  }),
  template('chainalysis-env', (g) => {
    const k = v.chainalysisKey(g);
    return {
      path: g.pick(['compliance/.env', '.env.production']),
      lines: ['KYT_BASE_URL=https://api.chainalysis.com', sec(`CHAINALYSIS_API_KEY=${k}`, k), 'KYT_ASYNC=true'],
    };
  }),
  template('chainalysis-curl-ticket', (g) => {
    const k = v.chainalysisKey(g);
    return {
      path: g.pick(['tickets/COMP-219.md', 'docs/compliance/kyt-debug.md']),
      lines: [
        'Repro for the stuck alert (KYT returns 409):',
        '```',
        sec(`curl -X GET 'https://api.chainalysis.com/api/kyt/v2/alerts?limit=5' --header 'Token: ${k}'`, k),
        '```',
      ],
    };
  }),
  template('elliptic-sdk-node', (g) => {
    const k = v.ellipticKey(g);
    const s = v.ellipticSecret(g);
    return {
      path: g.pick(['src/aml/elliptic.ts', 'compliance/elliptic.js']),
      lines: [
        "const { AML } = require('elliptic-sdk');",
        sec(`const { client } = new AML({ key: '${k}', secret: '${s}' });`, s),
        "const res = await client.post('/v2/wallet/synchronous', body);",
      ],
    };
  }),
  template('elliptic-settings-py', (g) => {
    const k = v.ellipticKey(g);
    const s = v.ellipticSecret(g);
    return {
      path: g.pick(['compliance/settings.py', 'aml/config.py']),
      lines: [
        sec(`ELLIPTIC_API_KEY = "${k}"`, k),
        sec(`ELLIPTIC_API_SECRET = "${s}"`, s),
        'ELLIPTIC_RISK_THRESHOLD = 7.5',
      ],
    };
  }),
  template('trm-basic-auth', (g) => {
    const k = v.trmKey(g);
    return {
      path: g.pick(['compliance/trm.py', 'screening/trm_labs.py']),
      lines: [
        'import requests',
        sec(`TRM_API_KEY = "${k}"`, k),
        'r = requests.post("https://api.trmlabs.com/public/v2/screening/addresses", auth=(TRM_API_KEY, TRM_API_KEY), json=[{"address": addr, "chain": "ethereum"}])',
      ],
    };
  }),
  template('sumsub-env', (g) => {
    const t = v.sumsubToken(g);
    const s = v.sumsubSecret(g);
    return {
      path: g.pick(['kyc-service/.env', '.env']),
      lines: [sec(`SUMSUB_APP_TOKEN=${t}`, t), sec(`SUMSUB_SECRET_KEY=${s}`, s), 'SUMSUB_LEVEL_NAME=basic-kyc-level'],
    };
  }),
  template('sumsub-kotlin', (g) => {
    const t = v.sumsubToken(g);
    const s = v.sumsubSecret(g);
    return {
      path: g.pick(['kyc/src/main/kotlin/SumsubClient.kt', 'onboarding/SumsubConfig.kt']),
      lines: [
        'object SumsubConfig {',
        sec(`    const val APP_TOKEN = "${t}"`, t),
        sec(`    const val SECRET_KEY = "${s}"`, s),
        '    const val BASE_URL = "https://api.sumsub.com"',
        '}',
      ],
    };
  }),
  template('onfido-ruby', (g) => {
    const t = v.onfidoToken(g);
    return {
      path: g.pick(['config/initializers/onfido.rb', 'app/services/kyc_check.rb']),
      lines: ['Onfido.configure do |config|', sec(`  config.api_token = "${t}"`, t), '  config.region = :eu', 'end'],
    };
  }),
  template('telegram-alert-bot-py', (g) => {
    const t = v.telegramToken(g);
    return {
      path: g.pick(['alerts/telegram.py', 'monitoring/liquidation_alerts.py']),
      lines: [
        'import requests',
        '',
        sec(`BOT_TOKEN = "${t}"`, t),
        `CHAT_ID = ${v.chatId(g)}`,
        'def alert(msg):',
        '    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage", data={"chat_id": CHAT_ID, "text": msg})',
      ],
    };
  }),
  template('telegram-url-cron', (g) => {
    const t = v.telegramToken(g);
    return {
      path: g.pick(['cron/hot-wallet-low.sh', 'scripts/notify.sh']),
      lines: [
        '#!/bin/sh',
        'BAL=$(bitcoin-cli getbalance)',
        sec(
          `curl -s "https://api.telegram.org/bot${t}/sendMessage?chat_id=${v.chatId(g)}&text=hot%20wallet%20$BAL"`,
          t,
        ),
      ],
    };
  }),
  template('slack-bot-token-yaml', (g) => {
    const t = v.slackBotToken(g);
    return {
      path: g.pick(['alertmanager/slack.yml', 'bots/recon-bot.yaml']),
      lines: ['slack:', '  channel: "#treasury-alerts"', sec(`  bot_token: ${t}`, t)],
    };
  }),
  template('slack-webhook-grafana', (g) => {
    const u = v.slackWebhook(g);
    return {
      path: g.pick(['grafana/provisioning/alerting/contact-points.yaml', 'monitoring/contact.yaml']),
      lines: [
        'contactPoints:',
        '  - name: desk-oncall',
        '    receivers:',
        '      - uid: slack-desk',
        '        type: slack',
        '        settings:',
        sec(`          url: ${u}`, u),
      ],
    };
  }),
  template('mm-onboarding-doc', (g) => {
    const k = v.binanceKey(g);
    const s = v.binanceSecret(g);
    return {
      path: g.pick(['docs/market-making/onboarding-' + v.desk(g) + '.md', 'mm/partners/README.md']),
      lines: [
        '# Market maker onboarding',
        '',
        'Dedicated sub-account with trade-only permissions, IP-whitelisted to the MM colo.',
        '',
        '| Field | Value |',
        '|---|---|',
        sec(`| API key | ${k} |`, k),
        sec(`| Secret | ${s} |`, s),
        '| Rebate tier | MM2 (-0.005%) |',
      ],
    };
  }),
  template('runbook-exchange-keys', (g) => {
    const k = v.kucoinKey(g);
    const s = v.kucoinSecret(g);
    const p = v.exchangePassphrase(g);
    return {
      path: g.pick(['runbooks/rotate-kucoin.md', 'wiki/ops/kucoin.md']),
      lines: [
        '## KuCoin treasury account (rotated 2026-11-02)',
        '',
        sec(`- key: \`${k}\``, k),
        sec(`- secret: \`${s}\``, s),
        sec(`- passphrase: \`${p}\``, p),
        '- permissions: General, Trade (no Transfer)',
      ],
    };
  }),
  template('slack-paste-okx', (g) => {
    const k = v.okxKey(g);
    const s = v.okxSecret(g);
    const p = v.exchangePassphrase(g);
    return {
      path: g.pick(['exports/slack/desk-ops.txt', 'incident/2026-11-okx/chat.log']),
      lines: [
        '[14:02] trader3: okx new read-only key for the recon job',
        sec(`[14:02] trader3: api key ${k}`, k),
        sec(`[14:03] trader3: secret ${s} pass ${p}`, s),
        '[14:05] ops: thanks, putting it in vault now',
      ],
    };
  }),
  template('treasury-sheet-csv', (g) => {
    const rows = [0, 1, 2].map(() => v.pass(g));
    const venues = ['binance', 'kraken', 'bitstamp'];
    return {
      path: g.pick(['treasury/logins.csv', 'shared/exchange-accounts.csv']),
      lines: [
        'venue,account,login,password,2fa',
        ...rows.map((p, i) => sec(`${venues[i]},treasury,${v.email(g)},${p},yubikey`, p)),
      ],
    };
  }),
  template('etherscan-key-hardhat', (g) => {
    const k = v.etherscanKey(g);
    const pk = '0x' + v.hex32(g);
    return {
      path: g.pick(['contracts/hardhat.config.ts', 'token-vault/hardhat.config.js']),
      lines: [
        'const config = {',
        '  networks: {',
        sec(`    mainnet: { url: MAINNET_RPC, accounts: ["${pk}"] },`, pk),
        '  },',
        sec(`  etherscan: { apiKey: "${k}" },`, k),
        '};',
      ],
    };
  }),
  template('ledger-db-url', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['matching-engine/config/prod.toml', 'ledger/config.toml']),
      lines: ['[database]', sec(`url = "postgres://ledger:${p}@ledger-db.internal:5432/ledger"`, p), 'pool_size = 32'],
    };
  }),
  template('aws-keys-tick-archive', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['tickdata/upload.py', 'archive/s3_sync.py']),
      lines: [
        'import boto3',
        's3 = boto3.client("s3",',
        sec(`    aws_access_key_id="${id}",`, id),
        sec(`    aws_secret_access_key="${s}")`, s),
        's3.upload_file(path, "desk-tick-archive", key)',
      ],
    };
  }),
  template('withdrawal-approver-api', (g) => {
    const k = v.longRandom(g);
    return {
      path: g.pick(['approvals/config.json', 'services/withdrawal-approver/config.json']),
      lines: ['{', '  "listen": ":8443",', sec(`  "hmac_secret": "${k}",`, k), '  "quorum": 2', '}'],
    };
  }),
  template('exchange-admin-login-ini', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['tools/backoffice.ini', 'recon/settings.ini']),
      lines: ['[backoffice]', `url = https://admin.${v.domain(g)}`, 'username = recon-bot', sec(`password = ${p}`, p)],
    };
  }),
];
