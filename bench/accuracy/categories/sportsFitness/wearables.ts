import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * sports-fitness positives from wearable and training APIs and smart equipment: Strava, Garmin
 * Connect / Health API, Fitbit, Polar AccessLink, Oura, WHOOP, Withings, Peloton, Zwift and the
 * Concept2 logbook, as hobby scripts, apps, notebooks and configs write them. Values generated at run time.
 */
export const wearablePositives: readonly Template[] = [
  template('strava-env', (g) => {
    const s = v.strava40(g);
    const r = v.strava40(g);
    return {
      path: g.pick(['.env', 'strava-sync/.env', 'backend/.env.local']),
      lines: [
        `STRAVA_CLIENT_ID=${v.stravaClientId(g)}`,
        sec(`STRAVA_CLIENT_SECRET=${s}`, s),
        sec(`STRAVA_REFRESH_TOKEN=${r}`, r),
      ],
    };
  }),
  template('strava-python-refresh', (g) => {
    const s = v.strava40(g);
    const r = v.strava40(g);
    return {
      path: g.pick(['strava_export.py', 'scripts/get_activities.py']),
      lines: [
        'import requests',
        '',
        'payload = {',
        `    "client_id": "${v.stravaClientId(g)}",`,
        sec(`    "client_secret": "${s}",`, s),
        sec(`    "refresh_token": "${r}",`, r),
        '    "grant_type": "refresh_token",',
        '}',
        'res = requests.post("https://www.strava.com/oauth/token", data=payload)',
      ],
    };
  }),
  template('strava-curl-bearer', (g) => {
    const t = v.strava40(g);
    return {
      path: g.pick(['NOTES.md', 'docs/strava.md']),
      lines: [
        'List my last rides:',
        '```',
        sec(
          `curl -G https://www.strava.com/api/v3/athlete/activities -H "Authorization: Bearer ${t}" -d per_page=30`,
          t,
        ),
        '```',
      ],
    };
  }),
  template('strava-notebook', (g) => {
    const t = v.strava40(g);
    return {
      path: g.pick(['notebooks/training_load.ipynb', 'analysis/strava.ipynb']),
      lines: [
        '{"cells": [{"cell_type": "code", "metadata": {}, "source": [',
        '  "from stravalib.client import Client\\n",',
        sec(`  "client = Client(access_token='${t}')\\n",`, t),
        '  "acts = list(client.get_activities(limit=200))"',
        ']}], "nbformat": 4, "nbformat_minor": 5}',
      ],
    };
  }),
  template('strava-node-config', (g) => {
    const s = v.strava40(g);
    return {
      path: g.pick(['config/default.json', 'config/production.json']),
      lines: [
        '{',
        '  "strava": {',
        `    "clientId": ${v.stravaClientId(g)},`,
        sec(`    "clientSecret": "${s}",`, s),
        '    "redirectUri": "https://segments.riversidefc.org/auth/strava/callback"',
        '  }',
        '}',
      ],
    };
  }),
  template('garmin-health-yaml', (g) => {
    const s = v.garminSecret(g);
    return {
      path: g.pick(['application.yml', 'src/main/resources/application-prod.yml']),
      lines: [
        'garmin:',
        '  health-api:',
        `    consumer-key: ${v.uuid(g)}`,
        sec(`    consumer-secret: ${s}`, s),
        '    callback-url: https://app.peakfit.com/garmin/callback',
      ],
    };
  }),
  template('garmin-java-oauth1', (g) => {
    const s = v.garminSecret(g);
    const ts = v.garminSecret(g);
    // The user's access token is the id half of the user's token pair, counted as an AWS key id
    // beside its secret is (a label change after the blind run); the consumer key is the app's id.
    const at = v.uuid(g);
    return {
      path: g.pick(['src/main/java/com/peakfit/garmin/GarminClient.java', 'garmin/src/Oauth.java']),
      lines: [
        `    private static final String CONSUMER_KEY = "${v.uuid(g)}";`,
        sec(`    private static final String CONSUMER_SECRET = "${s}";`, s),
        sec(`    private static final String USER_ACCESS_TOKEN = "${at}";`, at),
        sec(`    private static final String USER_TOKEN_SECRET = "${ts}";`, ts),
      ],
    };
  }),
  template('garminconnect-login-script', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['garmin_backup.py', 'tools/sync_garmin.py']),
      lines: [
        'from garminconnect import Garmin',
        '',
        sec(`api = Garmin("${v.email(g)}", "${p.replace(/"/g, '')}")`, p.replace(/"/g, '')),
        'api.login()',
        'stats = api.get_stats(today.isoformat())',
      ],
    };
  }),
  template('fitbit-env', (g) => {
    const s = v.hex(g, 32);
    return {
      path: g.pick(['.env', 'fitbit/.env']),
      lines: [
        `FITBIT_CLIENT_ID=${v.fitbitClientId(g)}`,
        sec(`FITBIT_CLIENT_SECRET=${s}`, s),
        'FITBIT_SCOPES=activity heartrate sleep',
      ],
    };
  }),
  template('fitbit-basic-auth-header', (g) => {
    const id = v.fitbitClientId(g);
    const s = v.hex(g, 32);
    const b = v.base64Of(`${id}:${s}`);
    return {
      path: g.pick(['fitbit/token.sh', 'docs/fitbit-oauth.md']),
      lines: [
        'curl -X POST https://api.fitbit.com/oauth2/token \\',
        sec(`  -H "Authorization: Basic ${b}" \\`, b),
        '  -d "grant_type=authorization_code&code=$CODE&redirect_uri=http://localhost:8080/callback"',
      ],
    };
  }),
  template('fitbit-access-jwt-ts', (g) => {
    const t = v.jwt(g);
    return {
      path: g.pick(['src/lib/fitbit.ts', 'app/services/fitbit.js']),
      lines: [
        '// TODO move to keychain before release',
        sec(`const FITBIT_ACCESS_TOKEN = '${t}';`, t),
        'export const sleep = (d: string) => fetch(`https://api.fitbit.com/1.2/user/-/sleep/date/${d}.json`, {',
        '  headers: { Authorization: `Bearer ${FITBIT_ACCESS_TOKEN}` },',
        '});',
      ],
    };
  }),
  template('polar-accesslink-yml', (g) => {
    const s = v.uuid(g);
    return {
      path: g.pick(['config.yml', 'accesslink/config.yml']),
      lines: [`client_id: ${v.uuid(g)}`, sec(`client_secret: ${s}`, s), `access_token: `, 'user_id: '],
    };
  }),
  template('polar-token-json', (g) => {
    const t = v.hex(g, 32);
    return {
      path: g.pick(['polar_tokens.json', 'data/polar_user.json']),
      lines: [
        '{',
        sec(`  "access_token": "${t}",`, t),
        '  "token_type": "bearer",',
        `  "x_user_id": ${v.athleteId(g)}`,
        '}',
      ],
    };
  }),
  template('oura-pat-python', (g) => {
    const t = v.ouraPat(g);
    return {
      path: g.pick(['oura_sleep.py', 'scripts/oura_daily.py']),
      lines: [
        'import requests',
        sec(`OURA_TOKEN = "${t}"`, t),
        'url = "https://api.ouraring.com/v2/usercollection/daily_sleep"',
        'r = requests.get(url, headers={"Authorization": f"Bearer {OURA_TOKEN}"}, params={"start_date": "2026-01-01"})',
      ],
    };
  }),
  template('oura-r-script', (g) => {
    const t = v.ouraPat(g);
    return {
      path: g.pick(['analysis/oura.R', 'R/hrv_trend.R']),
      lines: [
        'library(httr)',
        sec(`oura_pat <- "${t}"`, t),
        'res <- GET("https://api.ouraring.com/v2/usercollection/daily_readiness", add_headers(Authorization = paste("Bearer", oura_pat)))',
      ],
    };
  }),
  template('whoop-oauth-env', (g) => {
    const s = v.hex(g, 64);
    return {
      path: g.pick(['.env.production', 'whoop-connector/.env']),
      lines: [
        `WHOOP_CLIENT_ID=${v.uuid(g)}`,
        sec(`WHOOP_CLIENT_SECRET=${s}`, s),
        'WHOOP_REDIRECT=https://coach.peakfit.com/whoop/cb',
      ],
    };
  }),
  template('withings-php', (g) => {
    const s = v.hex(g, 64);
    return {
      path: g.pick(['config/withings.php', 'app/Config/Withings.php']),
      lines: [
        '<?php',
        'return [',
        `    'client_id' => '${v.hex(g, 64)}',`,
        sec(`    'consumer_secret' => '${s}',`, s),
        "    'callback' => 'https://scale.oakcity.club/withings/callback',",
        '];',
      ],
    };
  }),
  template('peloton-credentials-ini', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['peloton.ini', 'config/peloton-to-garmin.ini']),
      lines: ['[Peloton]', `Email = ${v.email(g)}`, sec(`Password = ${p}`, p), '', '[Garmin]', 'Upload = true'],
    };
  }),
  template('peloton-to-garmin-json', (g) => {
    const p = v.plain(g);
    const q = v.plain(g);
    return {
      path: g.pick(['configuration.local.json', 'p2g/configuration.local.json']),
      lines: [
        '{',
        `  "Peloton": { "Email": "${v.email(g)}", ` + '',
        sec(`               "Password": "${p}" },`, p),
        `  "Garmin": { "Email": "${v.email(g)}",`,
        sec(`              "Password": "${q}", "Upload": true }`, q),
        '}',
      ],
    };
  }),
  template('zwift-login-shell', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['zwift-offline/run.sh', 'bin/zwift_stats.sh']),
      lines: [
        '#!/bin/sh',
        `export ZWIFT_USERNAME=${v.email(g)}`,
        sec(`export ZWIFT_PASSWORD='${p}'`, p),
        'python3 zwift_stats.py --last 7',
      ],
    };
  }),
  template('concept2-logbook-token', (g) => {
    const t = v.alnum(g, 40, 40);
    return {
      path: g.pick(['erg/settings.py', 'rowing/logbook.py']),
      lines: [
        'C2_API = "https://log.concept2.com/api"',
        sec(`C2_ACCESS_TOKEN = "${t}"`, t),
        'HEADERS = {"Authorization": f"Bearer {C2_ACCESS_TOKEN}", "Accept": "application/vnd.c2logbook.v1+json"}',
      ],
    };
  }),
  template('concept2-client-secret-rb', (g) => {
    const s = v.alnum(g, 40, 40);
    return {
      path: g.pick(['config/initializers/concept2.rb', 'lib/concept2_client.rb']),
      lines: [
        'Concept2.configure do |c|',
        `  c.client_id = "${v.alnum(g, 40, 40)}"`,
        sec(`  c.client_secret = "${s}"`, s),
        'end',
      ],
    };
  }),
  template('strava-ticket-paste', (g) => {
    const r = v.strava40(g);
    return {
      path: g.pick(['support/tickets/4411.txt', 'issues/strava-sync-broken.md']),
      lines: [
        'Hi, the segment leaderboard stopped syncing on Monday. Log below.',
        '[2026-11-30 06:02:11] POST /oauth/token 400 {"message":"Bad Request","errors":[{"resource":"RefreshToken","code":"invalid"}]}',
        sec(`[2026-11-30 06:02:11] retrying with refresh_token=${r}`, r),
        'Can someone on the dev team take a look?',
      ],
    };
  }),
  template('garmin-kotlin-android', (g) => {
    const s = v.garminSecret(g);
    return {
      path: g.pick(['app/build.gradle.kts', 'wear/build.gradle.kts']),
      lines: [
        'android {',
        '    defaultConfig {',
        `        buildConfigField("String", "GARMIN_CONSUMER_KEY", "\\"${v.uuid(g)}\\"")`,
        sec(`        buildConfigField("String", "GARMIN_CONSUMER_SECRET", "\\"${s}\\"")`, s),
        '    }',
        '}',
      ],
    };
  }),
  template('fitbit-swift', (g) => {
    const s = v.hex(g, 32);
    return {
      path: g.pick(['FitSync/Secrets.swift', 'Sources/App/FitbitConfig.swift']),
      lines: [
        'enum FitbitConfig {',
        `    static let clientID = "${v.fitbitClientId(g)}"`,
        sec(`    static let clientSecret = "${s}"`, s),
        '    static let callback = URL(string: "fitsync://oauth")!',
        '}',
      ],
    };
  }),
  template('withings-go', (g) => {
    const s = v.hex(g, 64);
    return {
      path: g.pick(['internal/withings/client.go', 'cmd/weight/main.go']),
      lines: [
        'var cfg = oauth2.Config{',
        `\tClientID:     "${v.hex(g, 64)}",`,
        sec(`\tClientSecret: "${s}",`, s),
        '\tEndpoint:     oauth2.Endpoint{TokenURL: "https://wbsapi.withings.net/v2/oauth2"},',
        '}',
      ],
    };
  }),
];
