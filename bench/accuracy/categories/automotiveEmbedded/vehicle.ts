import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * automotive-embedded positives from the vehicle and charging side: connected-car APIs (Smartcar,
 * High Mobility, Enode, Tesla Fleet API, an OEM fleet backend), EV charging (OCPP 1.6
 * AuthorizationKey in charger configs and ChangeConfiguration calls, basic-auth charge point URLs,
 * SteVe, OCPI credential tokens, Hubject keystore passwords), diagnostics (UDS security-access keys
 * in udsoncan and C, SecOC/SHE key provisioning), CAN loggers uploading to S3, Android Automotive
 * release signing (keystore.properties, Gradle signingConfigs, the AOSP password file), and
 * microcontroller configs (Zephyr, ESP-IDF). Values generated at run time.
 */
export const vehiclePositives: readonly Template[] = [
  template('smartcar-env', (g) => {
    const s = g.fake.uuid();
    return {
      path: g.pick(['.env', 'backend/.env', 'services/vehicle-api/.env']),
      lines: [
        `SMARTCAR_CLIENT_ID=${g.fake.uuid()}`,
        sec(`SMARTCAR_CLIENT_SECRET=${s}`, s),
        'SMARTCAR_REDIRECT_URI=https://app.evfleet.io/exchange',
        'SMARTCAR_MODE=live',
      ],
    };
  }),
  template('smartcar-node-authclient', (g) => {
    const s = g.fake.uuid();
    return {
      path: g.pick(['src/smartcar.js', 'server/routes/connect.js']),
      lines: [
        "const smartcar = require('smartcar');",
        '',
        'const client = new smartcar.AuthClient({',
        `  clientId: '${g.fake.uuid()}',`,
        sec(`  clientSecret: '${s}',`, s),
        "  redirectUri: 'https://app.evfleet.io/exchange',",
        "  mode: 'live',",
        '});',
      ],
    };
  }),
  template('smartcar-management-token', (g) => {
    const t = g.fake.uuid();
    return {
      path: g.pick(['src/webhooks/verify.py', 'webhooks/smartcar_webhook.py']),
      lines: [
        'import smartcar',
        '',
        sec(`AMT = "${t}"  # application management token`, t),
        '',
        'def challenge(body):',
        '    return {"challenge": smartcar.hash_challenge(AMT, body["data"]["challenge"])}',
      ],
    };
  }),
  template('high-mobility-config', (g) => {
    const s = v.clientSecret(g);
    return {
      path: g.pick(['config/high_mobility.yml', 'config/oem-data.yml']),
      lines: [
        'high_mobility:',
        '  environment: production',
        `  client_id: ${g.fake.uuid()}`,
        sec(`  client_secret: ${s}`, s),
        '  token_url: https://api.high-mobility.com/v1/access_tokens',
      ],
    };
  }),
  template('enode-python-oauth', (g) => {
    const s = g.fake.alnum(g.between(36, 48));
    return {
      path: g.pick(['charging/enode_client.py', 'smart_charging/providers/enode.py']),
      lines: [
        'import requests',
        '',
        `ENODE_CLIENT_ID = "${g.fake.uuid()}"`,
        sec(`ENODE_CLIENT_SECRET = "${s}"`, s),
        '',
        'def token():',
        '    r = requests.post("https://oauth.production.enode.io/oauth2/token",',
        '                      data={"grant_type": "client_credentials"},',
        '                      auth=(ENODE_CLIENT_ID, ENODE_CLIENT_SECRET), timeout=10)',
        '    return r.json()["access_token"]',
      ],
    };
  }),
  template('tesla-fleet-env', (g) => {
    const s = 'ta-' + 'secret.' + g.fake.alnum(16);
    return {
      path: g.pick(['.env.local', 'tesla-bridge/.env']),
      lines: [
        `TESLA_CLIENT_ID=${g.fake.uuid()}`,
        sec(`TESLA_CLIENT_SECRET=${s}`, s),
        'TESLA_AUDIENCE=https://fleet-api.prd.eu.vn.cloud.tesla.com',
      ],
    };
  }),
  template('oem-fleet-backend-yaml', (g) => {
    const s = v.clientSecret(g);
    return {
      path: g.pick(['src/main/resources/application-prod.yml', 'fleet-backend/config/application.yml']),
      lines: [
        'oem:',
        '  connected-car:',
        '    base-url: https://api.connected-vehicle.oem-partner.com/v2',
        `    client-id: fleet-${g.fake.lowerAlnum(8)}`,
        sec(`    client-secret: ${s}`, s),
        '    scopes: [vehicle:location, vehicle:odometer, vehicle:ev-battery]',
      ],
    };
  }),
  template('ocpp-charger-url-basic', (g) => {
    const cp = v.chargePointId(g);
    const p = g.fake.alnum(g.between(16, 24));
    return {
      path: g.pick(['config/charger.ini', 'evse/ocpp.conf']),
      lines: [
        '[ocpp]',
        'version = 1.6J',
        sec(`central_system_url = wss://${cp}:${p}@csms.chargenet.io/ocpp/${cp}`, p),
        'heartbeat_interval = 300',
        'security_profile = 2',
      ],
    };
  }),
  template('everest-ocpp-authorization-key', (g) => {
    const k = v.ocppAuthKey(g);
    return {
      path: g.pick(['config/ocpp-config.json', 'everest/config/ocpp/config.json']),
      lines: [
        '{',
        '  "Internal": {',
        `    "ChargePointId": "${v.chargePointId(g)}",`,
        '    "CentralSystemURI": "csms.chargenet.io/ocpp/",',
        '    "ChargeBoxSerialNumber": "' + g.fake.upperAlnum(12) + '"',
        '  },',
        '  "Security": {',
        sec(`    "AuthorizationKey": "${k}",`, k),
        '    "SecurityProfile": 1',
        '  }',
        '}',
      ],
    };
  }),
  template('ocpp-change-configuration-script', (g) => {
    const k = v.ocppAuthKey(g);
    return {
      path: g.pick(['csms/tools/rotate_auth_key.py', 'scripts/provision_charger.py']),
      lines: [
        'from ocpp.v16 import call',
        '',
        'async def set_password(cp):',
        '    req = call.ChangeConfiguration(',
        '        key="AuthorizationKey",',
        sec(`        value="${k}",`, k),
        '    )',
        '    return await cp.call(req)',
      ],
    };
  }),
  template('ocpp-python-client-basic', (g) => {
    const cp = v.chargePointId(g);
    const p = g.fake.alnum(g.between(16, 20));
    const b64 = Buffer.from(`${cp}:${p}`).toString('base64');
    return {
      path: g.pick(['simulator/charge_point.py', 'tests/sim/cp_client.py']),
      lines: [
        'import asyncio, websockets',
        '',
        'async def main():',
        '    async with websockets.connect(',
        `        "wss://csms.chargenet.io/ocpp/${cp}",`,
        '        subprotocols=["ocpp1.6"],',
        sec(`        extra_headers={"Authorization": "Basic ${b64}"},`, b64),
        '    ) as ws:',
        '        await ChargePoint(ws).start()',
      ],
    };
  }),
  template('steve-application-properties', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['steve/src/main/resources/config/prod/main.properties', 'deploy/steve/main.properties']),
      lines: [
        'db.ip = localhost',
        'db.port = 3306',
        'db.schema = stevedb',
        'db.user = steve',
        sec(`db.password = ${p}`, p),
        'auth.user = admin',
        'auth.password = ' + '${STEVE_ADMIN_PASSWORD}',
        'webapi.key = STEVE-API-KEY',
      ],
    };
  }),
  template('ocpi-credentials-json', (g) => {
    const t = v.ocpiToken(g);
    return {
      path: g.pick(['ocpi/credentials/roaming-partner.json', 'config/ocpi_partners/emsp-de.json']),
      lines: [
        '{',
        sec(`  "token": "${t}",`, t),
        '  "url": "https://ocpi.emsp-partner.eu/ocpi/versions",',
        '  "roles": [{ "role": "EMSP", "party_id": "EMP", "country_code": "DE" }]',
        '}',
      ],
    };
  }),
  template('ocpi-curl-token', (g) => {
    const t = v.ocpiToken(g);
    const b64 = Buffer.from(t).toString('base64');
    return {
      path: g.pick(['docs/roaming-runbook.md', 'scripts/ocpi_locations.sh']),
      lines: [
        '# pull locations from the CPO (OCPI 2.2.1, token base64-encoded)',
        'curl -s https://ocpi.cpo-partner.eu/ocpi/2.2.1/locations \\',
        sec(`  -H "Authorization: Token ${b64}" | jq '.data | length'`, b64),
      ],
    };
  }),
  template('hubject-keystore-password', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['src/main/resources/application-hubject.properties', 'roaming/hubject.properties']),
      lines: [
        'hubject.endpoint=https://service.hubject.com/api/oicp/',
        'hubject.operator-id=DE*ACM',
        'hubject.keystore.path=classpath:certs/hubject-client.p12',
        sec(`hubject.keystore.password=${p}`, p),
        'hubject.truststore.path=classpath:certs/hubject-ca.jks',
      ],
    };
  }),
  template('udsoncan-security-algo', (g) => {
    const k = v.udsKey(g);
    return {
      path: g.pick(['diag/security_access.py', 'tools/flash/seedkey.py']),
      lines: [
        'from Crypto.Cipher import AES',
        '',
        sec(`SA_LEVEL_11_KEY = bytes.fromhex("${k}")`, k),
        '',
        'def seed_to_key(level, seed, params=None):',
        '    cipher = AES.new(SA_LEVEL_11_KEY, AES.MODE_ECB)',
        '    return cipher.encrypt(seed.ljust(16, b"\\x00"))[:4]',
        '',
        "config = {'security_algo': seed_to_key}",
      ],
    };
  }),
  template('uds-seedkey-c-array', (g) => {
    const bytes = g.fake
      .upperHex(32)
      .match(/../g)!
      .map((b) => '0x' + b);
    const line = `static const uint8_t kSecurityAccessKey[16] = { ${bytes.join(', ')} };`;
    const value = bytes.join(', ');
    return {
      path: g.pick(['src/diag/Dcm_SecurityAccess.c', 'app/uds/seedkey.c']),
      lines: [
        '#include "Dcm.h"',
        '#include "Csm.h"',
        '',
        '/* level 0x11: programming session */',
        sec(line, value),
        '',
        'Std_ReturnType SeedKey_Compute(const uint8_t *seed, uint8_t *key) {',
        '    return Csm_MacGenerate(kSecurityAccessKey, seed, 16u, key);',
        '}',
      ],
    };
  }),
  template('she-key-provisioning-yaml', (g) => {
    const k1 = g.fake.upperHex(32);
    const k2 = g.fake.upperHex(32);
    return {
      path: g.pick(['eol/she_keys_prod.yaml', 'provisioning/secoc-keys.yml']),
      lines: [
        '# end-of-line SHE key load, line 3',
        `ecu: ${v.serial(g)}`,
        'keys:',
        sec(`  MASTER_ECU_KEY: ${k1}`, k1),
        sec(`  SECOC_KEY_1: ${k2}`, k2),
        '  counter: 1',
      ],
    };
  }),
  template('canedge-s3-config', (g) => {
    const id = v.awsKeyId(g);
    const sk = v.awsSecret(g);
    return {
      path: g.pick(['canedge/config-01.09.json', 'logger/config.json']),
      lines: [
        '{',
        '  "connect": {',
        '    "s3": {',
        '      "server": { "endpoint": "https://s3.eu-central-1.amazonaws.com", "bucket": "fleet-can-logs" },',
        sec(`      "keyid": "${id}",`, id),
        sec(`      "secret": "${sk}"`, sk),
        '    }',
        '  }',
        '}',
      ],
    };
  }),
  template('android-keystore-properties', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['keystore.properties', 'car-launcher/keystore.properties', 'apps/MediaCenter/keystore.properties']),
      lines: [
        'storeFile=../keys/oem-release.jks',
        sec(`storePassword=${p}`, p),
        'keyAlias=oem-release',
        sec(`keyPassword=${p}`, p),
      ],
    };
  }),
  template('android-gradle-signing', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['app/build.gradle', 'CarHvacApp/build.gradle']),
      lines: [
        'android {',
        '    signingConfigs {',
        '        platform {',
        "            storeFile file('../keys/platform.keystore')",
        sec(`            storePassword '${p}'`, p),
        "            keyAlias 'platform'",
        sec(`            keyPassword '${p}'`, p),
        '        }',
        '    }',
        '}',
      ],
    };
  }),
  template('aosp-password-file', (g) => {
    const p1 = v.plain(g);
    const p2 = v.plain(g);
    return {
      path: g.pick(['release/keys/passwords.txt', 'vendor/acme/security/.android_pw']),
      lines: [
        sec(`[[[ ${p1} ]]] vendor/acme/security/releasekey`, p1),
        sec(`[[[ ${p2} ]]] vendor/acme/security/platform`, p2),
      ],
    };
  }),
  template('zephyr-app-mqtt-conf', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['app/prj.conf', 'firmware/tpms-gateway/prj.conf']),
      lines: [
        'CONFIG_MQTT_LIB=y',
        'CONFIG_MQTT_LIB_TLS=y',
        'CONFIG_APP_MQTT_BROKER_HOSTNAME="mqtt.fleet-systems.io"',
        'CONFIG_APP_MQTT_USERNAME="tpms-gw"',
        sec(`CONFIG_APP_MQTT_PASSWORD="${p}"`, p),
      ],
    };
  }),
  template('esp-idf-obd-dongle-sdkconfig', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['obd-dongle/sdkconfig.defaults', 'firmware/obd2-wifi/sdkconfig']),
      lines: [
        'CONFIG_IDF_TARGET="esp32c3"',
        'CONFIG_OBD_WIFI_AP_SSID="OBD2-Link"',
        sec(`CONFIG_OBD_WIFI_AP_PASSWORD="${p}"`, p),
        'CONFIG_OBD_CAN_BITRATE=500000',
      ],
    };
  }),
];
