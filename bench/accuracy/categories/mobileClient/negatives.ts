import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * mobile-client hard negatives. Values the providers document as public by design: the Firebase
 * config API key (google-services.json, GoogleService-Info.plist, the web `firebaseConfig`;
 * Firebase: "API keys for Firebase services are ok to include in code"), Stripe publishable keys,
 * the Supabase anon key, Mapbox `pk.` tokens, Algolia search-only keys, RevenueCat public SDK keys,
 * Sentry DSNs, Branch `key_live_`, Mixpanel project tokens, Amplitude API keys, OneSignal and Agora
 * app ids, Pusher app keys, the Facebook client token. Also secrets read from elsewhere
 * (`System.getenv`, Gradle properties, `BuildConfig.X`, `ProcessInfo`, `String.fromEnvironment`,
 * `dotenv`, `${{ secrets.X }}`, Bitrise/Codemagic secrets, Codemagic `Encrypted(...)`),
 * placeholders, the well-known Android debug keystore password, and identifiers that are not
 * secrets: bundle ids, Team/Key/Issuer ids, signing-certificate fingerprints, Firebase project
 * numbers and app ids, Unity `.meta` guids, lock-file checksums. Generated at run time.
 */
export const mobileNegatives: readonly Template[] = [
  template('gradle-signing-from-properties', (g) => ({
    path: 'app/build.gradle',
    lines: [
      'def keystorePropertiesFile = rootProject.file("keystore.properties")',
      'def keystoreProperties = new Properties()',
      'keystoreProperties.load(new FileInputStream(keystorePropertiesFile))',
      'android {',
      '    signingConfigs {',
      '        release {',
      "            keyAlias keystoreProperties['keyAlias']",
      "            keyPassword keystoreProperties['keyPassword']",
      "            storeFile file(keystoreProperties['storeFile'])",
      "            storePassword keystoreProperties['storePassword']",
      '        }',
      '    }',
      `    defaultConfig { applicationId "${v.bundleId(g)}" }`,
      '}',
    ],
  })),
  template('gradle-kts-signing-from-env', (g) => ({
    path: 'app/build.gradle.kts',
    lines: [
      'android {',
      '    signingConfigs {',
      '        create("release") {',
      '            storeFile = file(System.getenv("KEYSTORE_PATH") ?: "release.jks")',
      '            storePassword = System.getenv("KEYSTORE_PASSWORD")',
      '            keyAlias = providers.gradleProperty("RELEASE_KEY_ALIAS").get()',
      '            keyPassword = providers.gradleProperty("RELEASE_KEY_PASSWORD").orNull',
      '        }',
      '    }',
      `    namespace = "${v.bundleId(g)}"`,
      '}',
    ],
  })),
  template('gradle-debug-keystore', () => ({
    path: 'app/build.gradle',
    lines: [
      'android {',
      '    signingConfigs {',
      '        debug {',
      "            storeFile file('debug.keystore')",
      "            storePassword 'android'",
      "            keyAlias 'androiddebugkey'",
      "            keyPassword 'android'",
      '        }',
      '    }',
      '}',
    ],
  })),
  template('keystore-properties-template', (g) => ({
    path: g.pick(['keystore.properties.example', 'android/key.properties.sample']),
    lines: [
      `storePassword=${g.pick(['<store password>', 'YOUR_STORE_PASSWORD', 'changeme', '${STORE_PASSWORD}'])}`,
      `keyPassword=${g.pick(['<key password>', 'YOUR_KEY_PASSWORD', '${KEY_PASSWORD}'])}`,
      'keyAlias=upload',
      'storeFile=/path/to/upload-keystore.jks',
    ],
  })),
  template('google-services-json', (g) => {
    const num = g.fake.digits(12);
    const project = v.firebaseProject(g);
    return {
      path: 'app/google-services.json',
      lines: [
        '{',
        '  "project_info": {',
        `    "project_number": "${num}",`,
        `    "project_id": "${project}",`,
        `    "storage_bucket": "${project}.appspot.com"`,
        '  },',
        '  "client": [',
        '    {',
        '      "client_info": {',
        `        "mobilesdk_app_id": "1:${num}:android:${g.fake.hex(16)}",`,
        `        "android_client_info": { "package_name": "${v.bundleId(g)}" }`,
        '      },',
        `      "oauth_client": [{ "client_id": "${v.googleClientId(g)}", "client_type": 3 }],`,
        `      "api_key": [{ "current_key": "${v.googleApiKey(g)}" }],`,
        '      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }',
        '    }',
        '  ],',
        '  "configuration_version": "1"',
        '}',
      ],
    };
  }),
  template('google-service-info-plist', (g) => {
    const num = g.fake.digits(12);
    const cid = `${num}-${g.fake.lowerAlnum(32)}`;
    return {
      path: 'ios/Runner/GoogleService-Info.plist',
      lines: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<plist version="1.0">',
        '<dict>',
        '\t<key>CLIENT_ID</key>',
        `\t<string>${cid}.apps.googleusercontent.com</string>`,
        '\t<key>REVERSED_CLIENT_ID</key>',
        `\t<string>com.googleusercontent.apps.${cid}</string>`,
        '\t<key>API_KEY</key>',
        `\t<string>${v.googleApiKey(g)}</string>`,
        '\t<key>GCM_SENDER_ID</key>',
        `\t<string>${num}</string>`,
        '\t<key>BUNDLE_ID</key>',
        `\t<string>${v.bundleId(g)}</string>`,
        '\t<key>GOOGLE_APP_ID</key>',
        `\t<string>1:${num}:ios:${g.fake.hex(16)}</string>`,
        '</dict>',
        '</plist>',
      ],
    };
  }),
  template('firebase-web-config', (g) => {
    const project = v.firebaseProject(g);
    const num = g.fake.digits(12);
    return {
      path: g.pick(['src/firebase.ts', 'lib/firebase_options.dart', 'www/js/firebase-config.js']),
      lines: [
        'const firebaseConfig = {',
        `  apiKey: "${v.googleApiKey(g)}",`,
        `  authDomain: "${project}.firebaseapp.com",`,
        `  projectId: "${project}",`,
        `  storageBucket: "${project}.appspot.com",`,
        `  messagingSenderId: "${num}",`,
        `  appId: "1:${num}:web:${g.fake.hex(22)}",`,
        `  measurementId: "G-${g.fake.upperAlnum(10)}"`,
        '};',
      ],
    };
  }),
  template('flutterfire-options', (g) => {
    const project = v.firebaseProject(g);
    const num = g.fake.digits(12);
    return {
      path: 'lib/firebase_options.dart',
      lines: [
        '// File generated by FlutterFire CLI.',
        'class DefaultFirebaseOptions {',
        '  static const FirebaseOptions android = FirebaseOptions(',
        `    apiKey: '${v.googleApiKey(g)}',`,
        `    appId: '1:${num}:android:${g.fake.hex(16)}',`,
        `    messagingSenderId: '${num}',`,
        `    projectId: '${project}',`,
        `    storageBucket: '${project}.appspot.com',`,
        '  );',
        '}',
      ],
    };
  }),
  template('supabase-anon-client', (g) => {
    const ref = v.supabaseRef(g);
    return {
      path: g.pick(['lib/main.dart', 'src/lib/supabase.ts']),
      lines: [
        'await Supabase.initialize(',
        `  url: 'https://${ref}.supabase.co',`,
        `  anonKey: '${v.supabaseJwt(g, 'anon', ref)}',`,
        ');',
      ],
    };
  }),
  template('stripe-publishable', (g) => ({
    path: g.pick(['App.tsx', 'lib/main.dart', 'App/AppDelegate.swift']),
    lines: [
      "import { StripeProvider } from '@stripe/stripe-react-native';",
      'export default function App() {',
      '  return (',
      `    <StripeProvider publishableKey="${v.stripePublishable(g)}" merchantIdentifier="merchant.${v.bundleId(g)}">`,
      '      <Checkout />',
      '    </StripeProvider>',
      '  );',
      '}',
    ],
  })),
  template('mapbox-public-token', (g) => ({
    path: g.pick(['ios/App/Info.plist', 'android/app/src/main/res/values/mapbox_access_token.xml']),
    lines: g.chance(0.5)
      ? ['<dict>', '  <key>MBXAccessToken</key>', `  <string>${v.mapboxToken(g, 'pk')}</string>`, '</dict>']
      : [
          '<resources xmlns:tools="http://schemas.android.com/tools">',
          `    <string name="mapbox_access_token" translatable="false" tools:ignore="UnusedResources">${v.mapboxToken(g, 'pk')}</string>`,
          '</resources>',
        ],
  })),
  template('algolia-search-only', (g) => ({
    path: g.pick(['src/search/client.ts', 'lib/search/algolia.dart']),
    lines: [
      "import { liteClient as algoliasearch } from 'algoliasearch/lite';",
      '// Search-only key: safe in the app (Algolia docs)',
      `export const searchClient = algoliasearch('${g.fake.upperAlnum(10)}', '${v.hex32(g)}');`,
      `const ALGOLIA_SEARCH_ONLY_KEY = '${v.hex32(g)}';`,
    ],
  })),
  template('revenuecat-public-sdk-key', (g) => ({
    path: g.pick(['App/Purchases.swift', 'lib/purchases.dart']),
    lines: ['Purchases.logLevel = .info', `Purchases.configure(withAPIKey: "${v.revenueCatPublic(g)}")`],
  })),
  template('sentry-dsn-init', (g) => ({
    path: g.pick(['index.js', 'lib/main.dart', 'App/AppDelegate.swift']),
    lines: [
      "import * as Sentry from '@sentry/react-native';",
      'Sentry.init({',
      `  dsn: '${v.sentryDsn(g)}',`,
      '  tracesSampleRate: 0.2,',
      '});',
    ],
  })),
  template('analytics-public-tokens', (g) => ({
    path: g.pick(['src/analytics.ts', 'App/Analytics.swift']),
    lines: [
      `Mixpanel.initialize(token: "${v.hex32(g)}", trackAutomaticEvents: false)`,
      `Amplitude.instance().initializeApiKey("${v.hex32(g)}")`,
      `OneSignal.initialize("${v.uuid(g)}", withLaunchOptions: launchOptions)`,
    ],
  })),
  template('branch-facebook-public-plist', (g) => ({
    path: 'ios/App/Info.plist',
    lines: [
      '<dict>',
      '\t<key>branch_key</key>',
      '\t<dict>',
      '\t\t<key>live</key>',
      `\t\t<string>${v.branchKey(g)}</string>`,
      '\t</dict>',
      '\t<key>FacebookAppID</key>',
      `\t<string>${g.fake.digits(15)}</string>`,
      '\t<key>FacebookClientToken</key>',
      `\t<string>${v.hex32(g)}</string>`,
      '</dict>',
    ],
  })),
  template('agora-pusher-client-ids', (g) => ({
    path: g.pick(['lib/call/call_config.dart', 'src/realtime/config.ts']),
    lines: [
      `const agoraAppId = '${v.hex32(g)}';`,
      '// RTC tokens come from our token server; the app certificate never ships in the app',
      `const pusherKey = '${v.pusherKey(g)}';`,
      "const pusherCluster = 'eu';",
    ],
  })),
  template('fastlane-appfile', (g) => ({
    path: 'fastlane/Appfile',
    lines: [
      `app_identifier("${v.bundleId(g)}")`,
      `apple_id("release@${g.pick(['acmecorp.io', 'brightlabs.dev'])}")`,
      `itc_team_id("${g.fake.digits(9)}")`,
      `team_id("${v.appleId10(g)}")`,
      'json_key_file("fastlane/play-store-credentials.json")',
      `package_name("${v.bundleId(g)}")`,
    ],
  })),
  template('fastfile-env-refs', (g) => ({
    path: 'fastlane/Fastfile',
    lines: [
      'lane :release do',
      '  api_key = app_store_connect_api_key(',
      `    key_id: "${v.appleId10(g)}",`,
      `    issuer_id: "${v.uuid(g)}",`,
      `    key_filepath: "./AuthKey_${v.appleId10(g)}.p8"`,
      '  )',
      '  match(type: "appstore", api_key: api_key, git_basic_authorization: ENV["MATCH_GIT_BASIC_AUTHORIZATION"])',
      '  unlock_keychain(path: "login.keychain", password: ENV["KEYCHAIN_PASSWORD"])',
      '  import_certificate(certificate_path: "dist.p12", certificate_password: ENV.fetch("P12_PASSWORD"), keychain_name: "ci")',
      '  upload_to_app_store(api_key: api_key, skip_metadata: true)',
      'end',
    ],
  })),
  template('fastlane-env-placeholders', (g) => ({
    path: 'fastlane/.env.example',
    lines: [
      'FASTLANE_USER=you@example.com',
      `MATCH_PASSWORD=${g.pick(['<match passphrase>', 'YOUR_MATCH_PASSWORD', 'changeme'])}`,
      'FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=xxxx-xxxx-xxxx-xxxx',
      'FASTLANE_PASSWORD=',
    ],
  })),
  template('gha-secrets-refs', (g) => ({
    path: '.github/workflows/mobile-release.yml',
    lines: [
      'jobs:',
      '  android:',
      '    runs-on: ubuntu-latest',
      '    env:',
      '      KEYSTORE_PASSWORD: ${{ secrets.KEYSTORE_PASSWORD }}',
      '      KEY_PASSWORD: ${{ secrets.KEY_PASSWORD }}',
      '      MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - name: Decode keystore',
      '        run: echo "${{ secrets.KEYSTORE_BASE64 }}" | base64 -d > app/release.jks',
      `      - run: security import dist.p12 -k build.keychain -P "$P12_PASSWORD" -A  # team ${v.appleId10(g)}`,
    ],
  })),
  template('bitrise-secret-refs', () => ({
    path: 'bitrise.yml',
    lines: [
      'workflows:',
      '  deploy:',
      '    steps:',
      '    - sign-apk@1:',
      '        inputs:',
      '        - android_app: $BITRISE_AAB_PATH',
      '        - keystore_url: $BITRISEIO_ANDROID_KEYSTORE_URL',
      '        - keystore_password: $BITRISEIO_ANDROID_KEYSTORE_PASSWORD',
      '        - keystore_alias: $BITRISEIO_ANDROID_KEYSTORE_ALIAS',
      '        - private_key_password: $BITRISEIO_ANDROID_KEYSTORE_PRIVATE_KEY_PASSWORD',
    ],
  })),
  template('codemagic-encrypted-groups', (g) => ({
    path: 'codemagic.yaml',
    lines: [
      'workflows:',
      '  ios-release:',
      '    environment:',
      '      groups:',
      '        - app_store_credentials',
      '      vars:',
      `        BUNDLE_ID: "${v.bundleId(g)}"`,
      `        APP_STORE_APP_ID: ${g.fake.digits(10)}`,
      `        CM_CERTIFICATE_PASSWORD: Encrypted(${g.fake.base64(120)})`,
      '      ios_signing:',
      '        distribution_type: app_store',
      `        bundle_identifier: ${v.bundleId(g)}`,
    ],
  })),
  template('signing-report-output', (g) => ({
    path: 'docs/signing.md',
    lines: [
      '## Release signing certificate (register these in Firebase and the Maps key restrictions)',
      '',
      '```',
      'Variant: release',
      'Config: release',
      'Store: /home/ci/release.jks',
      'Alias: upload',
      `MD5: ${Array.from({ length: 16 }, () => g.fake.upperHex(2)).join(':')}`,
      `SHA1: ${v.sha1Fingerprint(g)}`,
      `SHA-256: ${v.sha256Fingerprint(g)}`,
      'Valid until: Friday, 1 March 2052',
      '```',
    ],
  })),
  template('manifest-placeholders', (g) => ({
    path: 'app/src/main/AndroidManifest.xml',
    lines: [
      '<manifest xmlns:android="http://schemas.android.com/apk/res/android">',
      '  <application android:label="@string/app_name">',
      '    <meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />',
      '    <meta-data android:name="com.facebook.sdk.ApplicationId" android:value="@string/facebook_app_id" />',
      '    <meta-data android:name="com.facebook.sdk.ClientToken" android:value="@string/facebook_client_token" />',
      `    <meta-data android:name="io.branch.sdk.BranchKey" android:value="${v.branchKey(g)}" />`,
      '  </application>',
      '</manifest>',
    ],
  })),
  template('buildconfig-from-local-properties', () => ({
    path: 'app/build.gradle.kts',
    lines: [
      'val localProps = Properties().apply { load(rootProject.file("local.properties").inputStream()) }',
      'android {',
      '    defaultConfig {',
      '        buildConfigField("String", "API_SECRET", "\\"${localProps["API_SECRET"]}\\"")',
      '        buildConfigField("String", "STRIPE_KEY", "\\"${System.getenv("STRIPE_KEY") ?: ""}\\"")',
      '        manifestPlaceholders["MAPS_API_KEY"] = localProps.getProperty("MAPS_API_KEY", "")',
      '    }',
      '}',
    ],
  })),
  template('kotlin-buildconfig-usage', () => ({
    path: 'app/src/main/java/com/acmecorp/app/di/NetworkModule.kt',
    lines: [
      'object NetworkModule {',
      '    private val clientSecret = BuildConfig.CLIENT_SECRET',
      '    val apiKey: String get() = BuildConfig.API_KEY',
      '    fun authHeader() = "Bearer ${BuildConfig.API_TOKEN}"',
      '}',
    ],
  })),
  template('swift-env-and-keychain-read', () => ({
    path: 'App/Support/SecretsProvider.swift',
    lines: [
      'struct SecretsProvider {',
      '    let apiSecret = ProcessInfo.processInfo.environment["API_SECRET"] ?? ""',
      '    let mapsKey = Bundle.main.object(forInfoDictionaryKey: "GMSApiKey") as? String',
      '    func password(for account: String) -> String? {',
      '        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,',
      '                                    kSecAttrAccount as String: account,',
      '                                    kSecReturnData as String: true]',
      '        var item: CFTypeRef?',
      '        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess else { return nil }',
      '        return (item as? Data).flatMap { String(data: $0, encoding: .utf8) }',
      '    }',
      '}',
    ],
  })),
  template('xcconfig-build-settings', (g) => ({
    path: 'Config/Base.xcconfig',
    lines: [
      `PRODUCT_BUNDLE_IDENTIFIER = ${v.bundleId(g)}`,
      `DEVELOPMENT_TEAM = ${v.appleId10(g)}`,
      'CODE_SIGN_STYLE = Manual',
      `PROVISIONING_PROFILE_SPECIFIER = match AppStore ${v.bundleId(g)}`,
      'API_SECRET = $(API_SECRET_FROM_CI)',
      'OTHER_SWIFT_FLAGS = $(inherited) -DRELEASE',
      '#include? "Secrets.xcconfig"',
    ],
  })),
  template('dart-from-environment', () => ({
    path: 'lib/config/env.dart',
    lines: [
      "import 'package:flutter_dotenv/flutter_dotenv.dart';",
      '',
      'class Env {',
      "  static const stripeSecret = String.fromEnvironment('STRIPE_SECRET');",
      "  static String get apiSecret => dotenv.get('API_SECRET');",
      "  static String get supabaseKey => dotenv.env['SUPABASE_ANON_KEY'] ?? '';",
      '}',
    ],
  })),
  template('rn-env-example', (g) => ({
    path: '.env.example',
    lines: [
      'API_URL=https://api.acmecorp.io',
      `STRIPE_SECRET_KEY=${g.pick(['sk_live_xxx', 'sk_test_...', '<your stripe secret>', 'your-stripe-secret-key'])}`,
      'SENTRY_AUTH_TOKEN=sntrys_YOUR_TOKEN_HERE',
      'MAPBOX_DOWNLOADS_TOKEN=sk.your-secret-token',
      'ONESIGNAL_REST_API_KEY=',
    ],
  })),
  template('rn-config-usage', () => ({
    path: 'src/api/client.ts',
    lines: [
      "import Config from 'react-native-config';",
      'export const api = axios.create({',
      '  baseURL: Config.API_URL,',
      '  headers: { Authorization: `Bearer ${Config.API_SECRET}` },',
      '});',
      'const stripeKey = Constants.expoConfig?.extra?.stripePublishableKey;',
    ],
  })),
  template('expo-config-env', (g) => ({
    path: 'app.config.ts',
    lines: [
      'export default ({ config }: ConfigContext): ExpoConfig => ({',
      '  ...config,',
      `  ios: { bundleIdentifier: '${v.bundleId(g)}', config: { googleMapsApiKey: process.env.GOOGLE_MAPS_IOS_KEY } },`,
      '  extra: {',
      '    apiUrl: process.env.EXPO_PUBLIC_API_URL,',
      '    revenueCatKey: process.env.REVENUECAT_PUBLIC_KEY,',
      `    eas: { projectId: '${v.uuid(g)}' },`,
      '  },',
      `  updates: { url: 'https://u.expo.dev/${v.uuid(g)}' },`,
      '});',
    ],
  })),
  template('unity-meta-guid', (g) => ({
    path: `Assets/Scripts/${g.pick(['Player', 'Inventory', 'NetworkManager'])}.cs.meta`,
    lines: [
      'fileFormatVersion: 2',
      `guid: ${g.fake.hex(32)}`,
      'MonoImporter:',
      '  externalObjects: {}',
      '  serializedVersion: 2',
      '  defaultReferences: []',
      '  executionOrder: 0',
      '  icon: {instanceID: 0}',
      '  userData: ',
      '  assetBundleName: ',
      '  assetBundleVariant: ',
    ],
  })),
  template('podfile-lock-checksums', (g) => ({
    path: 'ios/Podfile.lock',
    lines: [
      'SPEC CHECKSUMS:',
      `  Firebase: ${g.fake.hex(40)}`,
      `  FirebaseMessaging: ${g.fake.hex(40)}`,
      `  Stripe: ${g.fake.hex(40)}`,
      `  Sentry: ${g.fake.hex(40)}`,
      '',
      `PODFILE CHECKSUM: ${g.fake.hex(40)}`,
      '',
      'COCOAPODS: 1.15.2',
    ],
  })),
  template('pubspec-lock-sha', (g) => ({
    path: 'pubspec.lock',
    lines: [
      'packages:',
      '  firebase_core:',
      '    dependency: "direct main"',
      '    description:',
      '      name: firebase_core',
      `      sha256: "${g.fake.hex(64)}"`,
      '      url: "https://pub.dev"',
      '    source: hosted',
      '    version: "2.24.2"',
    ],
  })),
  template('export-options-plist', (g) => ({
    path: 'ios/ExportOptions.plist',
    lines: [
      '<dict>',
      '\t<key>method</key>',
      '\t<string>app-store</string>',
      '\t<key>teamID</key>',
      `\t<string>${v.appleId10(g)}</string>`,
      '\t<key>provisioningProfiles</key>',
      '\t<dict>',
      `\t\t<key>${v.bundleId(g)}</key>`,
      `\t\t<string>${v.uuid(g).toUpperCase()}</string>`,
      '\t</dict>',
      '</dict>',
    ],
  })),
  template('sentry-properties-no-token', (g) => ({
    path: 'android/sentry.properties',
    lines: [
      'defaults.url=https://sentry.io/',
      `defaults.org=${g.pick(['acme', 'brightlabs'])}`,
      `defaults.project=${v.appName(g)}-mobile`,
      '# auth.token is read from SENTRY_AUTH_TOKEN in CI',
    ],
  })),
  template('twilio-sid-with-env-token', (g) => ({
    path: 'backend/sms.js',
    lines: [
      `const accountSid = '${v.twilioSid(g)}';`,
      `const apiKeySid = '${v.twilioApiKeySid(g)}';`,
      'const authToken = process.env.TWILIO_AUTH_TOKEN;',
      "const client = require('twilio')(accountSid, authToken);",
    ],
  })),
];
