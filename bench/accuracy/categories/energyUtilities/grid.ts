import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * energy-utilities positives from meters, distributed energy and market data: DLMS/COSEM keys and LLS
 * passwords (Gurux clients in Python, C# and on the command line, head-end key sheets, meter
 * profiles), OCPP charge-point authorization keys and CSMS passwords, SolarEdge, Enphase (API keys,
 * client secrets, Envoy tokens), Fronius Solar.web, SMA, Tesla (Powerwall gateway logins, Fleet API
 * secrets), Victron VRM tokens, Home Assistant secrets; ENTSO-E, EIA, Octopus Energy, WattTime and
 * Electricity Maps keys in scripts, notebooks, `.env` files and URLs. Values generated at run time.
 */
export const gridPositives: readonly Template[] = [
  template('gurux-python-ciphering', (g) => {
    const bk = v.dlmsKey(g);
    const ak = v.dlmsKey(g);
    return {
      path: g.pick(['meter_reader/dlms_client.py', 'ami/read_profile.py']),
      lines: [
        'from gurux_dlms import GXDLMSClient, GXByteBuffer',
        'from gurux_dlms.enums import Authentication, InterfaceType, Security',
        '',
        'client = GXDLMSClient(True, 16, 1, Authentication.HIGH_GMAC, None, InterfaceType.WRAPPER)',
        'client.ciphering.security = Security.AUTHENTICATION_ENCRYPTION',
        `client.ciphering.systemTitle = GXByteBuffer.hexToBytes("${v.systemTitle(g)}")`,
        sec(`client.ciphering.blockCipherKey = GXByteBuffer.hexToBytes("${bk}")`, bk),
        sec(`client.ciphering.authenticationKey = GXByteBuffer.hexToBytes("${ak}")`, ak),
      ],
    };
  }),
  template('gurux-csharp-ciphering', (g) => {
    const bk = v.dlmsKey(g);
    return {
      path: g.pick(['HeadEnd/MeterSession.cs', 'src/Dlms/ClientFactory.cs']),
      lines: [
        'using Gurux.DLMS;',
        'using Gurux.DLMS.Enums;',
        'using Gurux.DLMS.Secure;',
        '',
        'var client = new GXDLMSSecureClient(true, 1, 1, Authentication.HighGMAC, null, InterfaceType.WRAPPER);',
        'client.Ciphering.Security = Security.AuthenticationEncryption;',
        `client.Ciphering.SystemTitle = GXCommon.HexToBytes("${v.systemTitle(g)}");`,
        sec(`client.Ciphering.BlockCipherKey = GXCommon.HexToBytes("${bk}");`, bk),
      ],
    };
  }),
  template('gurux-cli-readout', (g) => {
    const bk = v.dlmsKey(g);
    const ak = v.dlmsKey(g);
    return {
      path: g.pick(['scripts/read_meter.sh', 'ami/field-readout.sh']),
      lines: [
        '#!/bin/bash',
        '# Read the load profile of a meter over the WAN wrapper',
        `METER=${v.otHost(g)}`,
        'dotnet Gurux.DLMS.Client.Example.Net.dll -h "$METER" -p 4059 -c 1 -s 1 -a HighGMac \\',
        `  -C AuthenticationEncryption -T ${v.systemTitle(g)} \\`,
        sec(`  -B ${bk} \\`, bk),
        sec(`  -A ${ak} \\`, ak),
        '  -g "1.0.99.1.0.255:2"',
      ],
    };
  }),
  template('ami-meter-key-sheet', (g) => {
    const rows = [0, 1, 2].map(() => ({ serial: v.meterSerial(g), guek: v.dlmsKey(g), gak: v.dlmsKey(g) }));
    return {
      path: g.pick(['keys/shipment_2024_11_meter_keys.csv', 'headend/import/meter-keys.csv']),
      lines: [
        'meter_serial,system_title,guek,gak',
        ...rows.flatMap((r) => [sec(`${r.serial},${v.systemTitle(g)},${r.guek},${r.gak}`, r.guek)]),
      ],
    };
  }),
  template('dlms-meter-profile-yaml', (g) => {
    const lls = v.llsPass(g);
    const kek = v.dlmsKey(g);
    return {
      path: g.pick(['config/meter_profiles.yaml', 'headend/profiles/residential.yml']),
      lines: [
        'profiles:',
        '  residential_1ph:',
        '    client_address: 16',
        '    logical_device: 1',
        '    authentication: LOW',
        sec(`    lls_password: "${lls}"`, lls),
        '  utility_management:',
        '    client_address: 1',
        '    authentication: HIGH_GMAC',
        '    security_suite: 0',
        sec(`    master_key: ${kek}`, kek),
      ],
    };
  }),
  template('ocpp-change-configuration', (g) => {
    const k = v.ocppKey(g);
    return {
      path: g.pick(['csms/provisioning/set_auth_key.py', 'tools/ocpp_provision.py']),
      lines: [
        'from ocpp.v16 import call',
        '',
        'async def provision(cp):',
        '    # Security profile 2: basic auth over TLS, key unique per charge point',
        sec(`    req = call.ChangeConfiguration(key="AuthorizationKey", value="${k}")`, k),
        '    resp = await cp.call(req)',
        '    return resp.status',
      ],
    };
  }),
  template('ocpp-chargepoint-json', (g) => {
    const k = v.ocppKey(g);
    return {
      path: g.pick(['config/chargepoint.json', 'etc/everest/ocpp-config.json']),
      lines: [
        '{',
        '  "Internal": {',
        `    "ChargePointId": "CP-${v.site(g).toUpperCase()}-0${g.between(1, 9)}",`,
        '    "CentralSystemURI": "wss://csms.chargeco.net/ocpp/",',
        '    "ChargeBoxSerialNumber": "EVB' + '-P' + String(g.between(1000000, 9999999)) + '"',
        '  },',
        '  "Security": {',
        sec(`    "AuthorizationKey": "${k}",`, k),
        '    "SecurityProfile": 2',
        '  }',
        '}',
      ],
    };
  }),
  template('solaredge-python', (g) => {
    const k = v.solarEdgeKey(g);
    return {
      path: g.pick(['solar/solaredge_daily.py', 'scripts/pv_export.py']),
      lines: [
        'import requests',
        '',
        `SITE_ID = ${g.between(1000000, 4999999)}`,
        sec(`API_KEY = "${k}"`, k),
        '',
        'r = requests.get(',
        '    f"https://monitoringapi.solaredge.com/site/{SITE_ID}/energy",',
        '    params={"timeUnit": "DAY", "startDate": "2024-06-01", "endDate": "2024-06-30", "api_key": API_KEY},',
        ')',
        'print(r.json()["energy"]["values"][:3])',
      ],
    };
  }),
  template('solaredge-url-in-notes', (g) => {
    const k = v.solarEdgeKey(g);
    const siteId = g.between(1000000, 4999999);
    return {
      path: g.pick(['notes/solar.md', 'README.md']),
      lines: [
        '# Roof array',
        '',
        'Quick check that the inverter is reporting:',
        '',
        sec(`    https://monitoringapi.solaredge.com/site/${siteId}/overview?api_key=${k}`, k),
        '',
        'Returns lifetime energy and current power.',
      ],
    };
  }),
  template('home-assistant-secrets', (g) => {
    const se = v.solarEdgeKey(g);
    const vrm = v.vrmToken(g);
    const pw = v.plain(g);
    return {
      path: 'homeassistant/secrets.yaml',
      lines: [
        `latitude_home: ${g.between(40, 55)}.${g.fake.digits(4)}`,
        sec(`solaredge_api_key: ${se}`, se),
        `solaredge_site_id: "${g.between(1000000, 4999999)}"`,
        sec(`victron_vrm_token: ${vrm}`, vrm),
        sec(`powerwall_password: "${pw}"`, pw),
      ],
    };
  }),
  template('enphase-v4-env', (g) => {
    const k = v.enphaseKey(g);
    const s = v.enphaseSecret(g);
    return {
      path: g.pick(['.env', 'services/enphase-sync/.env']),
      lines: [
        '# Enlighten Systems API v4 (partner app)',
        sec(`ENPHASE_API_KEY=${k}`, k),
        `ENPHASE_CLIENT_ID=${g.fake.hex(32)}`,
        sec(`ENPHASE_CLIENT_SECRET=${s}`, s),
        'ENPHASE_REDIRECT_URI=https://app.sunledger.io/oauth/enphase/callback',
      ],
    };
  }),
  template('enphase-envoy-token', (g) => {
    const t = v.jwt(g, { aud: String(g.between(100000000000, 999999999999)), iss: 'Entrez', enphaseUser: 'owner' });
    return {
      path: g.pick(['envoy/read_production.py', 'scripts/envoy_local.py']),
      lines: [
        'import requests, urllib3',
        'urllib3.disable_warnings()',
        '',
        `ENVOY = "https://envoy.local"`,
        sec(`TOKEN = "${t}"`, t),
        '',
        'r = requests.get(f"{ENVOY}/api/v1/production", headers={"Authorization": f"Bearer {TOKEN}"}, verify=False)',
        'print(r.json()["wattsNow"])',
      ],
    };
  }),
  template('fronius-solarweb-keys', (g) => {
    const id = 'FK' + 'IA' + g.fake.upperHex(32);
    const val = g.fake.uuid();
    return {
      path: g.pick(['config/solarweb.json', 'fleet/fronius.json']),
      lines: [
        '{',
        '  "baseUrl": "https://api.solarweb.com/swqapi",',
        sec(`  "accessKeyId": "${id}",`, id),
        sec(`  "accessKeyValue": "${val}",`, val),
        `  "pvSystemIds": ["${g.fake.uuid()}"]`,
        '}',
      ],
    };
  }),
  template('sma-pysma', (g) => {
    const p = v.pass(g).replace(/"/g, '');
    return {
      path: g.pick(['sma/poll_inverter.py', 'energy/sma_local.py']),
      lines: [
        'import aiohttp, asyncio, pysma',
        '',
        'async def main():',
        '    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as session:',
        sec(`        sma = pysma.SMA(session, "https://${v.otHost(g)}", "${p}", group="user")`, p),
        '        await sma.new_session()',
        '        sensors = await sma.get_sensors()',
        '        await sma.read(sensors)',
      ],
    };
  }),
  template('powerwall-login-curl', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['notes/powerwall.md', 'docs/battery-gateway.md']),
      lines: [
        '# Local Powerwall gateway API',
        '',
        '```sh',
        'curl -sk -c cookies.txt -X POST https://192.168.91.1/api/login/Basic \\',
        '  -H "Content-Type: application/json" \\',
        sec(
          `  -d '{"username":"customer","password":"${p}","email":"ops@${v.site(g)}solar.com","force_sm_off":false}'`,
          p,
        ),
        'curl -sk -b cookies.txt https://192.168.91.1/api/meters/aggregates',
        '```',
      ],
    };
  }),
  template('pypowerwall-python', (g) => {
    const p = v.pass(g).replace(/"/g, '');
    return {
      path: g.pick(['powerwall/dashboard.py', 'pw_monitor.py']),
      lines: [
        'import pypowerwall',
        '',
        sec(
          `pw = pypowerwall.Powerwall("10.0.1.${g.between(20, 90)}", "${p}", "owner@${v.site(g)}home.net", "America/Denver")`,
          p,
        ),
        'print("Battery: %0.0f%%" % pw.level())',
        'print("Solar: %0.2f kW" % (pw.solar() / 1000))',
      ],
    };
  }),
  template('tesla-fleet-env', (g) => {
    const s = v.teslaSecret(g);
    return {
      path: g.pick(['.env.production', 'fleet/.env']),
      lines: [
        `TESLA_CLIENT_ID=${g.fake.uuid()}`,
        sec(`TESLA_CLIENT_SECRET=${s}`, s),
        'TESLA_AUDIENCE=https://fleet-api.prd.na.vn.cloud.tesla.com',
        'TESLA_SCOPES=openid offline_access energy_device_data energy_cmds',
      ],
    };
  }),
  template('victron-vrm-node', (g) => {
    const t = v.vrmToken(g);
    return {
      path: g.pick(['src/vrm.js', 'lib/victron.ts']),
      lines: [
        "const axios = require('axios');",
        '',
        `const INSTALLATION = ${g.between(100000, 499999)};`,
        'const vrm = axios.create({',
        "  baseURL: 'https://vrmapi.victronenergy.com/v2',",
        sec(`  headers: { 'X-Authorization': 'Token ${t}' },`, t),
        '});',
        'const { data } = await vrm.get(`/installations/${INSTALLATION}/stats?type=kwh`);',
      ],
    };
  }),
  template('victron-vrm-curl', (g) => {
    const t = v.vrmToken(g);
    return {
      path: g.pick(['scripts/vrm_alarms.sh', 'ops/check_battery.sh']),
      lines: [
        '#!/bin/sh',
        sec(`VRM_TOKEN="${t}"`, t),
        `curl -s -H "X-Authorization: Token $VRM_TOKEN" https://vrmapi.victronenergy.com/v2/installations/${g.between(100000, 499999)}/alarms`,
      ],
    };
  }),
  template('entsoe-py-client', (g) => {
    const t = v.entsoeToken(g);
    return {
      path: g.pick(['market/day_ahead.py', 'notebooks/prices.py']),
      lines: [
        'import pandas as pd',
        'from entsoe import EntsoePandasClient',
        '',
        sec(`client = EntsoePandasClient(api_key="${t}")`, t),
        "start = pd.Timestamp('20240101', tz='Europe/Brussels')",
        "end = pd.Timestamp('20240201', tz='Europe/Brussels')",
        "prices = client.query_day_ahead_prices('DE_LU', start=start, end=end)",
      ],
    };
  }),
  template('entsoe-url-token', (g) => {
    const t = v.entsoeToken(g);
    return {
      path: g.pick(['fetch_load.sh', 'scripts/entsoe_load.sh']),
      lines: [
        '#!/bin/bash',
        '# Actual total load, Germany/Luxembourg bidding zone',
        sec(
          `curl -s "https://web-api.tp.entsoe.eu/api?securityToken=${t}&documentType=A65&processType=A16&outBiddingZone_Domain=10Y1001A1001A82H&periodStart=202401010000&periodEnd=202401020000" -o load.xml`,
          t,
        ),
      ],
    };
  }),
  template('entsoe-env', (g) => {
    const t = v.entsoeToken(g);
    return {
      path: g.pick(['.env', 'forecasting/.env']),
      lines: ['# ENTSO-E Transparency Platform', sec(`ENTSOE_API_KEY=${t}`, t), 'ENTSOE_AREA=10YNL----------L'],
    };
  }),
  template('eia-api-python', (g) => {
    const k = v.eiaKey(g);
    return {
      path: g.pick(['data/eia_pull.py', 'analysis/fetch_generation.py']),
      lines: [
        'import requests',
        '',
        sec(`EIA_KEY = "${k}"`, k),
        'url = "https://api.eia.gov/v2/electricity/rto/region-data/data/"',
        'params = {"api_key": EIA_KEY, "frequency": "hourly", "data[0]": "value", "facets[respondent][]": "ERCO"}',
        'rows = requests.get(url, params=params, timeout=30).json()["response"]["data"]',
      ],
    };
  }),
  template('eia-r-script', (g) => {
    const k = v.eiaKey(g);
    return {
      path: g.pick(['R/eia_prices.R', 'analysis/retail_prices.R']),
      lines: [
        'library(httr)',
        'library(jsonlite)',
        '',
        sec(`eia_key <- "${k}"`, k),
        'res <- GET("https://api.eia.gov/v2/electricity/retail-sales/data/",',
        '           query = list(api_key = eia_key, frequency = "monthly", "data[0]" = "price"))',
        'prices <- fromJSON(content(res, "text"))$response$data',
      ],
    };
  }),
  template('octopus-python-auth', (g) => {
    const k = v.octopusKey(g);
    return {
      path: g.pick(['octopus/consumption.py', 'home/agile_usage.py']),
      lines: [
        'import requests',
        '',
        sec(`API_KEY = "${k}"`, k),
        `MPAN = "${v.mpan(g)}"`,
        `SERIAL = "${g.pick(['19L', '21E', '22J'])}${g.fake.digits(7)}"`,
        'url = f"https://api.octopus.energy/v1/electricity-meter-points/{MPAN}/meters/{SERIAL}/consumption/"',
        'r = requests.get(url, auth=(API_KEY, ""))',
      ],
    };
  }),
  template('octopus-curl', (g) => {
    const k = v.octopusKey(g);
    return {
      path: g.pick(['README.md', 'docs/octopus.md']),
      lines: [
        '## Pull my account',
        '',
        sec(`    curl -u "${k}:" https://api.octopus.energy/v1/accounts/A-${g.fake.upperHex(8)}/`, k),
      ],
    };
  }),
  template('watttime-login', (g) => {
    const p = v.pass(g).replace(/'/g, '');
    return {
      path: g.pick(['carbon/watttime_signal.py', 'scheduler/moer.py']),
      lines: [
        'import requests',
        'from requests.auth import HTTPBasicAuth',
        '',
        sec(`login = requests.get("https://api.watttime.org/login", auth=HTTPBasicAuth("${v.site(g)}_ev", '${p}'))`, p),
        'token = login.json()["token"]',
        'moer = requests.get("https://api.watttime.org/v3/signal-index", headers={"Authorization": f"Bearer {token}"},',
        '                    params={"region": "CAISO_NORTH", "signal_type": "co2_moer"})',
      ],
    };
  }),
  template('electricitymaps-header', (g) => {
    const t = v.emapsToken(g);
    return {
      path: g.pick(['src/carbon.ts', 'lib/grid-intensity.js']),
      lines: [
        'export async function carbonIntensity(zone: string) {',
        '  const res = await fetch(`https://api.electricitymap.org/v3/carbon-intensity/latest?zone=${zone}`, {',
        sec(`    headers: { 'auth-token': '${t}' },`, t),
        '  });',
        '  return (await res.json()).carbonIntensity;',
        '}',
      ],
    };
  }),
  template('csms-database-url', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['csms/.env', 'steve/application-prod.properties']),
      lines: [
        '# SteVe OCPP central system',
        'db.ip = db.evcharge.internal',
        'db.port = 3306',
        'db.schema = stevedb',
        'db.user = steve',
        sec(`db.password = ${p}`, p),
        'auth.user = admin',
        'server.host = 0.0.0.0',
      ],
    };
  }),
  template('steve-web-admin', (g) => {
    const p = v.plain(g);
    return {
      path: 'src/main/resources/config/prod/main.properties',
      lines: [
        'context.path = steve',
        'steve.version = ${project.version}',
        'db.ip = localhost',
        'db.user = steve',
        sec(`auth.password = ${p}`, p),
        'auth.user = admin',
      ],
    };
  }),
];
