import { type Template, template } from '../../draft';
import { appId, publicClientId, stripePublishableKey, supabaseKey } from './values';

/**
 * Web, desktop and mobile app configuration with no credential in it. Besides references and
 * stand-ins, these hold values that are public by design, which the providers document as safe to
 * ship in a client: OAuth client ids of public (PKCE) clients, Firebase project identifiers
 * (appId, senderId, projectId, bucket), Stripe publishable keys (`pk_`), Mapbox public tokens
 * (`pk.`), the Supabase anon key (a JWT whose role is `anon`, guarded by row-level security), a
 * modern Sentry DSN and a Tauri updater public key. Also lockfile hashes, dependency coordinates,
 * version strings, JSON-schema defaults and UI strings that talk about passwords.
 */
export const clientNegatives: readonly Template[] = [
  template('express-config-env', () => ({
    path: 'config/production.js',
    lines: [
      'module.exports = {',
      '  db: {',
      '    host: process.env.DB_HOST,',
      '    password: process.env.DB_PASSWORD,',
      '  },',
      "  session: { secret: process.env.SESSION_SECRET ?? '' },",
      '};',
    ],
  })),
  template('next-config-public-values', (g) => ({
    path: 'next.config.js',
    lines: [
      'module.exports = {',
      '  env: {',
      "    NEXT_PUBLIC_SITE_URL: 'https://shop.acme.io',",
      `    NEXT_PUBLIC_GA_ID: 'G-${g.fake.upperAlnum(10)}',`,
      '    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,',
      '  },',
      "  publicRuntimeConfig: { apiUrl: '/api' },",
      '};',
    ],
  })),
  template('nuxt-runtime-empty', () => ({
    path: 'nuxt.config.ts',
    lines: [
      'export default defineNuxtConfig({',
      '  runtimeConfig: {',
      '    // overridden at run time by NUXT_API_SECRET',
      "    apiSecret: '',",
      '    public: {',
      "      apiBase: process.env.NUXT_PUBLIC_API_BASE || '/api',",
      '    },',
      '  },',
      '});',
    ],
  })),
  template('env-example-stand-ins', (g) => ({
    path: g.pick(['.env.example', '.env.sample', '.env.dist']),
    lines: [
      'VITE_API_BASE_URL=http://localhost:8080',
      'VITE_MAPTILER_KEY=your_maptiler_key_here',
      'SUPABASE_SERVICE_ROLE_KEY=<service-role-key>',
      'DATABASE_URL=postgresql://user:password@localhost:5432/app',
      'JWT_SECRET=change-me',
      'TAURI_SIGNING_PRIVATE_KEY_PASSWORD=',
    ],
  })),
  template('gradle-properties-ordinary', (g) => ({
    path: 'gradle.properties',
    lines: [
      'org.gradle.jvmargs=-Xmx4g -XX:+UseParallelGC',
      'org.gradle.caching=true',
      'android.useAndroidX=true',
      'android.nonTransitiveRClass=true',
      'kotlin.code.style=official',
      `VERSION_NAME=${g.between(1, 4)}.${g.between(0, 20)}.${g.between(0, 9)}`,
      `POM_ARTIFACT_ID=${g.pick(['auth-sdk', 'token-store', 'keychain-kit'])}`,
    ],
  })),
  template('signing-configs-from-env', () => ({
    path: 'app/build.gradle',
    lines: [
      'def keystoreProperties = new Properties()',
      "keystoreProperties.load(new FileInputStream(rootProject.file('key.properties')))",
      'android {',
      '    signingConfigs {',
      '        release {',
      "            storeFile file(keystoreProperties['storeFile'])",
      "            storePassword keystoreProperties['storePassword']",
      "            keyAlias keystoreProperties['keyAlias']",
      '            keyPassword System.getenv("ANDROID_KEY_PASSWORD")',
      '        }',
      '    }',
      '}',
    ],
  })),
  template('gradle-dependency-coordinates', (g) => ({
    path: g.pick(['app/build.gradle.kts', 'build.gradle']),
    lines: [
      'dependencies {',
      '    implementation("com.google.firebase:firebase-auth-ktx:22.3.1")',
      '    implementation("io.jsonwebtoken:jjwt-api:0.12.5")',
      '    implementation("androidx.security:security-crypto:1.1.0-alpha06")',
      '    implementation("com.auth0.android:auth0:2.10.2")',
      '}',
      'android {',
      '    defaultConfig {',
      `        applicationId = "${appId(g)}"`,
      '        buildConfigField("String", "API_KEY", "\\"${apiKey}\\"")',
      '        manifestPlaceholders["MAPS_API_KEY"] = secretsProperties["MAPS_API_KEY"] ?: ""',
      '    }',
      '}',
    ],
  })),
  template('strings-xml-password-labels', () => ({
    path: 'app/src/main/res/values/strings.xml',
    lines: [
      '<resources>',
      '    <string name="prompt_password">Password</string>',
      '    <string name="error_incorrect_password">This password is incorrect</string>',
      '    <string name="api_key_missing">API key is missing. Add it in Settings.</string>',
      '    <string name="token_expired">Your session token expired, please sign in again</string>',
      '    <string name="google_maps_key" translatable="false">@string/maps_key_from_gradle</string>',
      '</resources>',
    ],
  })),
  template('manifest-placeholders', () => ({
    path: 'app/src/main/AndroidManifest.xml',
    lines: [
      '        <meta-data',
      '            android:name="com.google.android.geo.API_KEY"',
      '            android:value="${MAPS_API_KEY}" />',
      '        <meta-data android:name="com.facebook.sdk.ApplicationId" android:value="@string/facebook_app_id" />',
    ],
  })),
  template('ios-build-variables', () => ({
    path: 'Acme/Info.plist',
    lines: [
      '<dict>',
      '\t<key>API_KEY</key>',
      '\t<string>$(API_KEY)</string>',
      '\t<key>CLIENT_SECRET</key>',
      '\t<string>${CLIENT_SECRET}</string>',
      '\t<key>NSFaceIDUsageDescription</key>',
      '\t<string>Use Face ID instead of your password to unlock your vault.</string>',
      '</dict>',
    ],
  })),
  template('xcconfig-includes', () => ({
    path: 'Config/Release.xcconfig',
    lines: [
      '#include? "Secrets.xcconfig"',
      'OTHER_SWIFT_FLAGS = $(inherited) -D RELEASE',
      'API_KEY = $(SECRETS_API_KEY)',
      'CODE_SIGN_IDENTITY = Apple Distribution',
    ],
  })),
  template('firebase-web-public-ids', (g) => {
    const project = g.pick(['courier-app', 'acme-wallet', 'notes-prod']);
    return {
      path: g.pick(['src/firebase.ts', 'src/lib/firebase.js']),
      lines: [
        'const firebaseConfig = {',
        '  apiKey: import.meta.env.VITE_FIREBASE_API_KEY,',
        `  authDomain: '${project}.firebaseapp.com',`,
        `  projectId: '${project}',`,
        `  storageBucket: '${project}.appspot.com',`,
        `  messagingSenderId: '${g.fake.digits(12)}',`,
        `  appId: '1:${g.fake.digits(12)}:web:${g.fake.hex(22)}',`,
        `  measurementId: 'G-${g.fake.upperAlnum(10)}',`,
        '};',
      ],
    };
  }),
  template('oauth-public-client-ids', (g) => ({
    path: g.pick(['src/authConfig.ts', 'src/environments/environment.prod.ts']),
    lines: [
      'export const authConfig = {',
      `  clientId: '${publicClientId(g)}',`,
      `  authority: 'https://login.microsoftonline.com/${g.fake.uuid()}',`,
      "  redirectUri: 'https://app.acme.io/callback',",
      "  responseType: 'code',",
      '  usePkce: true,',
      '};',
    ],
  })),
  template('publishable-keys', (g) => ({
    path: g.pick(['.env.production', 'src/environments/environment.prod.ts']),
    lines: [
      `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${stripePublishableKey(g)}`,
      `NEXT_PUBLIC_MAPBOX_TOKEN=${'pk' + '.eyJ1IjoiYWNtZSIsImEiOiJ' + g.fake.base64url(20)}.${g.fake.base64url(22)}`,
      `NEXT_PUBLIC_SENTRY_DSN=https://${g.fake.hex(32)}@o${g.fake.digits(6)}.ingest.sentry.io/${g.fake.digits(7)}`,
    ],
  })),
  template('supabase-anon-key', (g) => ({
    path: g.pick(['.env.local', 'src/lib/supabase.ts']),
    lines: [
      `NEXT_PUBLIC_SUPABASE_URL=https://${g.fake.lower(20)}.supabase.co`,
      `NEXT_PUBLIC_SUPABASE_ANON_KEY=${supabaseKey(g, 'anon')}`,
    ],
  })),
  template('json-schema-defaults', () => ({
    path: 'appsettings.schema.json',
    lines: [
      '{',
      '  "$schema": "http://json-schema.org/draft-07/schema#",',
      '  "properties": {',
      '    "Password": { "type": "string", "default": "", "description": "SMTP password; set it in user-secrets" },',
      '    "ClientSecret": { "type": "string", "minLength": 32, "writeOnly": true },',
      '    "ApiKey": { "$ref": "#/definitions/secretReference" }',
      '  }',
      '}',
    ],
  })),
  template('lockfile-hashes', (g) => ({
    path: g.pick(['gradle/wrapper/gradle-wrapper.properties', 'pubspec.lock', 'ios/Podfile.lock']),
    lines: [
      `distributionSha256Sum=${g.fake.hex(64)}`,
      '  crypto:',
      '    dependency: transitive',
      `      sha256: "${g.fake.hex(64)}"`,
      'SPEC CHECKSUMS:',
      `  FirebaseAuth: ${g.fake.hex(40)}`,
      `  KeychainAccess: ${g.fake.hex(40)}`,
    ],
  })),
  template('npm-integrity', (g) => ({
    path: 'package-lock.json',
    lines: [
      '    "node_modules/jsonwebtoken": {',
      `      "version": "9.0.${g.between(0, 2)}",`,
      '      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",',
      `      "integrity": "sha512-${g.fake.base64(86)}=="`,
      '    },',
    ],
  })),
  template('keycloak-public-client', () => ({
    path: 'public/keycloak.json',
    lines: [
      '{',
      '  "realm": "acme",',
      '  "auth-server-url": "https://sso.acme.io/",',
      '  "resource": "web-frontend",',
      '  "public-client": true,',
      '  "credentials": { "secret": "${env.KEYCLOAK_CLIENT_SECRET}" }',
      '}',
    ],
  })),
  template('registry-config-env', (g) => ({
    path: g.pick(['.npmrc', '.yarnrc.yml']),
    lines: [
      '@acme:registry=https://npm.pkg.github.com',
      '//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}',
      'npmAuthToken: "${NPM_AUTH_TOKEN:-}"',
      'always-auth=true',
    ],
  })),
  template('tauri-updater-pubkey', (g) => {
    const pub = Buffer.from(
      `untrusted comment: minisign public key: ${g.fake.upperHex(16)}\nRW${g.fake.base64(54)}\n`,
    ).toString('base64');
    return {
      path: 'src-tauri/tauri.conf.json',
      lines: [
        '{',
        '  "plugins": {',
        '    "updater": {',
        `      "pubkey": "${pub}",`,
        '      "endpoints": ["https://releases.acme.io/{{target}}/{{arch}}/{{current_version}}"]',
        '    }',
        '  }',
        '}',
      ],
    };
  }),
  template('pip-conf-no-credentials', (g) => ({
    path: g.pick(['pip.conf', 'pip.ini']),
    lines: [
      '[global]',
      'index-url = https://nexus.acme.internal/repository/pypi-group/simple',
      'extra-index-url = https://__token__@pypi.acme.internal/simple',
      'trusted-host = nexus.acme.internal',
    ],
  })),
  template('dart-and-rn-env-lookups', () => ({
    path: 'lib/env.dart',
    lines: [
      "const apiKey = String.fromEnvironment('API_KEY');",
      "const clientSecret = String.fromEnvironment('CLIENT_SECRET', defaultValue: '');",
      "final weatherKey = dotenv.env['WEATHER_KEY'] ?? '';",
      '// React Native: Config.API_SECRET comes from react-native-config at build time',
    ],
  })),
  template('expo-extra-from-env', () => ({
    path: 'app.config.js',
    lines: [
      'export default ({ config }) => ({',
      '  ...config,',
      '  extra: {',
      '    apiSecret: process.env.API_SECRET,',
      '    eas: { projectId: process.env.EAS_PROJECT_ID },',
      '  },',
      '});',
    ],
  })),
  template('i18n-password-strings', (g) => ({
    path: g.pick(['src/locales/en.json', 'assets/i18n/en.json', 'lib/l10n/app_en.arb']),
    lines: [
      '{',
      '  "login.password": "Password",',
      '  "login.forgotPassword": "Forgot your password?",',
      '  "settings.apiKey.label": "API key",',
      '  "settings.apiKey.invalid": "The API key you entered is not valid",',
      '  "errors.tokenExpired": "Your access token has expired"',
      '}',
    ],
  })),
  template('electron-builder-env-token', () => ({
    path: 'electron-builder.json',
    lines: [
      '{',
      '  "appId": "com.acme.desktop",',
      '  "publish": [{ "provider": "github", "owner": "acme", "repo": "desktop" }],',
      '  "mac": { "notarize": { "teamId": "ABCDE12345" } },',
      '  "win": { "certificateFile": "build/cert.pfx", "certificatePassword": "${env.WIN_CSC_KEY_PASSWORD}" }',
      '}',
    ],
  })),
];
