import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * mobile-client positives, app backends called from client code and the CI that builds and signs
 * the apps: Supabase service_role in a client, Algolia admin key in a search client, Firebase
 * legacy server key in a JS push helper, OneSignal REST key, RevenueCat secret key, Mapbox secret
 * token in ~/.netrc for the iOS SDK download, Cloudinary URL and config, Pusher/Twilio server
 * secrets, Mixpanel/Amplitude secrets, Google OAuth client secret; GitHub Actions, Bitrise,
 * Codemagic and App Center configs with signing passwords and API tokens written in. Values
 * generated at run time.
 */
export const backendPositives: readonly Template[] = [
  template('supabase-service-role-client', (g) => {
    const ref = v.supabaseRef(g);
    const k = v.supabaseJwt(g, 'service_role', ref);
    return {
      path: g.pick(['src/lib/supabase.ts', 'lib/supabase_client.dart', 'src/api/supabase.js']),
      lines: [
        "import { createClient } from '@supabase/supabase-js';",
        `const supabaseUrl = 'https://${ref}.supabase.co';`,
        sec(`const supabaseKey = '${k}';`, k),
        'export const supabase = createClient(supabaseUrl, supabaseKey);',
      ],
    };
  }),
  template('algolia-admin-client', (g) => {
    const k = v.hex32(g);
    return {
      path: 'src/search/indexer.ts',
      lines: [
        "import algoliasearch from 'algoliasearch';",
        `const APP_ID = '${g.fake.upperAlnum(10)}';`,
        sec(`const ADMIN_API_KEY = '${k}';`, k),
        'const client = algoliasearch(APP_ID, ADMIN_API_KEY);',
        "export const products = client.initIndex('products');",
      ],
    };
  }),
  template('js-fcm-legacy-key', (g) => {
    const k = v.fcmServerKey(g);
    return {
      path: 'functions/src/notify.js',
      lines: [
        'async function notify(deviceToken, title) {',
        "  return fetch('https://fcm.googleapis.com/fcm/send', {",
        "    method: 'POST',",
        '    headers: {',
        "      'Content-Type': 'application/json',",
        sec(`      Authorization: 'key=${k}',`, k),
        '    },',
        '    body: JSON.stringify({ to: deviceToken, notification: { title } }),',
        '  });',
        '}',
      ],
    };
  }),
  template('onesignal-rest-call', (g) => {
    const k = v.oneSignalKey(g);
    return {
      path: g.pick(['src/services/push.ts', 'lib/services/onesignal_service.dart']),
      lines: [
        `const ONESIGNAL_APP_ID = '${v.uuid(g)}';`,
        'export async function sendPush(playerIds: string[], text: string) {',
        "  await fetch('https://api.onesignal.com/notifications', {",
        "    method: 'POST',",
        sec(`    headers: { Authorization: 'Key ${k}', 'Content-Type': 'application/json' },`, k),
        '    body: JSON.stringify({ app_id: ONESIGNAL_APP_ID, include_player_ids: playerIds, contents: { en: text } }),',
        '  });',
        '}',
      ],
    };
  }),
  template('revenuecat-rest-secret', (g) => {
    const k = v.revenueCatSecret(g);
    return {
      path: 'App/Store/EntitlementGrant.swift',
      lines: [
        'func grantPromo(to appUserID: String) async throws {',
        '    var req = URLRequest(url: URL(string: "https://api.revenuecat.com/v1/subscribers/\\(appUserID)/entitlements/pro/promotional")!)',
        '    req.httpMethod = "POST"',
        sec(`    req.setValue("Bearer ${k}", forHTTPHeaderField: "Authorization")`, k),
        '    _ = try await URLSession.shared.data(for: req)',
        '}',
      ],
    };
  }),
  template('netrc-mapbox', (g) => {
    const t = v.mapboxToken(g, 'sk');
    return {
      path: 'ci/netrc',
      lines: ['machine api.mapbox.com', 'login mapbox', sec(`password ${t}`, t)],
    };
  }),
  template('podfile-mapbox-env', (g) => {
    const t = v.mapboxToken(g, 'sk');
    return {
      path: 'ios/Podfile',
      lines: [
        "platform :ios, '14.0'",
        sec(`ENV['MAPBOX_DOWNLOADS_TOKEN'] = '${t}'`, t),
        "target 'Runner' do",
        '  use_frameworks!',
        "  pod 'MapboxMaps', '~> 11.0'",
        'end',
      ],
    };
  }),
  template('cloudinary-url', (g) => {
    const s = v.cloudinarySecret(g);
    const url = `cloudinary://${v.cloudinaryKey(g)}:${s}@${g.pick(['shopwave', 'acme-media', 'dxk3lmn'])}`;
    return {
      path: g.pick(['.env', 'server/.env.production']),
      lines: ['NODE_ENV=production', sec(`CLOUDINARY_URL=${url}`, s)],
    };
  }),
  template('cloudinary-config-js', (g) => {
    const s = v.cloudinarySecret(g);
    return {
      path: 'src/upload/cloudinary.js',
      lines: [
        "import { v2 as cloudinary } from 'cloudinary';",
        'cloudinary.config({',
        "  cloud_name: 'shopwave',",
        `  api_key: '${v.cloudinaryKey(g)}',`,
        sec(`  api_secret: '${s}',`, s),
        '});',
      ],
    };
  }),
  template('pusher-server-secret', (g) => {
    const s = v.pusherKey(g);
    return {
      path: 'backend/realtime.js',
      lines: [
        "const Pusher = require('pusher');",
        'module.exports = new Pusher({',
        `  appId: '${g.fake.digits(7)}',`,
        `  key: '${v.pusherKey(g)}',`,
        sec(`  secret: '${s}',`, s),
        "  cluster: 'eu',",
        '  useTLS: true,',
        '});',
      ],
    };
  }),
  template('twilio-client-literal', (g) => {
    const t = v.hex32(g);
    return {
      path: g.pick(['backend/sms.js', 'functions/src/verify.ts']),
      lines: [
        `const accountSid = '${v.twilioSid(g)}';`,
        sec(`const authToken = '${t}';`, t),
        "const client = require('twilio')(accountSid, authToken);",
      ],
    };
  }),
  template('analytics-secrets-env', (g) => {
    const a = v.hex32(g);
    const b = v.hex32(g);
    return {
      path: g.pick(['scripts/.env.analytics', 'tools/export/.env']),
      lines: [
        `MIXPANEL_PROJECT_ID=${g.fake.digits(7)}`,
        sec(`MIXPANEL_API_SECRET=${a}`, a),
        sec(`AMPLITUDE_SECRET_KEY=${b}`, b),
      ],
    };
  }),
  template('google-oauth-client-secret', (g) => {
    const s = v.googleClientSecret(g);
    return {
      path: g.pick(['lib/auth/google_config.dart', 'src/auth/googleConfig.ts']),
      lines: [`const googleClientId = '${v.googleClientId(g)}';`, sec(`const googleClientSecret = '${s}';`, s)],
    };
  }),
  template('stripe-webhook-function', (g) => {
    const s = v.stripeSecret(g);
    const w = v.stripeWebhookSecret(g);
    return {
      path: 'functions/src/stripe.ts',
      lines: [
        "import Stripe from 'stripe';",
        sec(`const stripe = new Stripe('${s}', { apiVersion: '2023-10-16' });`, s),
        sec(`const endpointSecret = '${w}';`, w),
      ],
    };
  }),
  template('gha-env-literal-signing', (g) => {
    const p = v.storePass(g);
    return {
      path: '.github/workflows/android-release.yml',
      lines: [
        'name: Android release',
        'on: { push: { tags: ["v*"] } }',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-latest',
        '    env:',
        '      KEYSTORE_PATH: app/release.jks',
        sec(`      KEYSTORE_PASSWORD: ${p}`, p),
        '      KEY_ALIAS: upload',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - run: ./gradlew bundleRelease',
      ],
    };
  }),
  template('gha-security-import-p12', (g) => {
    const p = v.storePass(g);
    return {
      path: '.github/workflows/ios.yml',
      lines: [
        'jobs:',
        '  build:',
        '    runs-on: macos-14',
        '    steps:',
        '      - name: Install signing certificate',
        '        run: |',
        '          echo "$P12_BASE64" | base64 --decode > dist.p12',
        '          security create-keychain -p "$KEYCHAIN_PASSWORD" build.keychain',
        sec(`          security import dist.p12 -k build.keychain -P "${p}" -T /usr/bin/codesign`, p),
      ],
    };
  }),
  template('bitrise-envs-literal', (g) => {
    const p = v.storePass(g);
    return {
      path: 'bitrise.yml',
      lines: [
        'format_version: "13"',
        'default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git',
        'app:',
        '  envs:',
        '  - PROJECT_LOCATION: android',
        '  - MODULE: app',
        sec(`  - ANDROID_KEYSTORE_PASSWORD: ${p}`, p),
        '    opts:',
        '      is_expand: false',
      ],
    };
  }),
  template('codemagic-vars-literal', (g) => {
    const p = v.storePass(g);
    return {
      path: 'codemagic.yaml',
      lines: [
        'workflows:',
        '  android-release:',
        '    name: Android release',
        '    environment:',
        '      vars:',
        '        CM_KEYSTORE_PATH: /tmp/keystore.jks',
        sec(`        CM_KEYSTORE_PASSWORD: "${p}"`, p),
        '        CM_KEY_ALIAS: upload',
        '    scripts:',
        '      - ./gradlew bundleRelease',
      ],
    };
  }),
  template('appcenter-token-script', (g) => {
    const t = v.ciToken(g);
    return {
      path: g.pick(['scripts/codepush-release.sh', 'appcenter-post-build.sh']),
      lines: [
        '#!/bin/bash',
        sec(`appcenter codepush release-react -a acmecorp/${v.appName(g)}-ios -d Production --token ${t}`, t),
      ],
    };
  }),
  template('expo-token-ci', (g) => {
    const t = g.fake.base64url(40);
    return {
      path: '.gitlab-ci.yml',
      lines: [
        'eas-build:',
        '  image: node:20',
        '  variables:',
        sec(`    EXPO_TOKEN: "${t}"`, t),
        '  script:',
        '    - npx eas-cli build --platform all --non-interactive',
      ],
    };
  }),
];
