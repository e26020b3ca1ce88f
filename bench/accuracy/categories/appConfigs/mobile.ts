import { type Template, sec, template } from '../../draft';
import { appId, clientSecret, configPassword, googleApiKey } from './values';

/**
 * Credentials in mobile app projects: Android `gradle.properties`, `local.properties`, Gradle
 * `buildConfigField` / `resValue` / `signingConfigs`, `strings.xml`, `AndroidManifest.xml`
 * meta-data and `google-services.json`; iOS `Info.plist`, `.xcconfig` and
 * `GoogleService-Info.plist`; Flutter `--dart-define` and `.env`; React Native and Expo config.
 *
 * Google API keys (`AIza…`) count as credentials wherever they appear, Firebase's included: they
 * bill against the project, and Google's docs ask for them to be restricted because they leak
 * from shipped apps, not because leaking them is harmless.
 */
export const mobilePositives: readonly Template[] = [
  template('gradle-properties-signing', (g) => {
    const store = configPassword(g);
    const key = configPassword(g);
    return {
      path: g.pick(['gradle.properties', 'android/gradle.properties']),
      lines: [
        'org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8',
        'android.useAndroidX=true',
        'RELEASE_STORE_FILE=release.keystore',
        sec(`RELEASE_STORE_PASSWORD=${store}`, store),
        'RELEASE_KEY_ALIAS=upload',
        sec(`RELEASE_KEY_PASSWORD=${key}`, key),
      ],
    };
  }),
  template('local-properties-api-key', (g) => {
    const key = g.chance(0.6) ? googleApiKey(g) : g.apiKey();
    const name = key.startsWith('AI') ? 'MAPS_API_KEY' : g.pick(['WEATHER_API_KEY', 'NEWS_API_KEY', 'apiSecret']);
    return {
      path: g.pick(['local.properties', 'android/local.properties', 'secrets.properties']),
      lines: [
        '## This file must *NOT* be checked into Version Control Systems,',
        'sdk.dir=/Users/dev/Library/Android/sdk',
        sec(`${name}=${key}`, key),
      ],
    };
  }),
  template('build-gradle-buildconfigfield', (g) => {
    const key = g.apiKey();
    const name = g.pick(['API_KEY', 'TMDB_API_KEY', 'BACKEND_SECRET', 'SERVER_CLIENT_SECRET']);
    return {
      path: 'app/build.gradle',
      lines: [
        'android {',
        '    defaultConfig {',
        `        applicationId "${appId(g)}"`,
        '        minSdk 24',
        '        targetSdk 34',
        sec(`        buildConfigField "String", "${name}", "\\"${key}\\""`, key),
        '    }',
        '}',
      ],
    };
  }),
  template('build-gradle-kts-resvalue', (g) => {
    const key = g.chance(0.5) ? googleApiKey(g) : g.apiKey();
    return {
      path: 'app/build.gradle.kts',
      lines: [
        'android {',
        '    defaultConfig {',
        `        applicationId = "${appId(g)}"`,
        '        versionCode = 42',
        sec(
          `        resValue("string", "${key.startsWith('AI') ? 'google_maps_key' : g.pick(['places_api_key', 'analytics_secret'])}", "${key}")`,
          key,
        ),
        '    }',
        '}',
      ],
    };
  }),
  template('signing-configs-groovy', (g) => {
    const store = configPassword(g);
    const key = configPassword(g);
    return {
      path: 'app/build.gradle',
      lines: [
        'android {',
        '    signingConfigs {',
        '        release {',
        "            storeFile file('../keystore/release.jks')",
        sec(`            storePassword '${store}'`, store),
        "            keyAlias 'release'",
        sec(`            keyPassword '${key}'`, key),
        '        }',
        '    }',
        '}',
      ],
    };
  }),
  template('signing-configs-kts', (g) => {
    const pw = configPassword(g);
    return {
      path: 'app/build.gradle.kts',
      lines: [
        'signingConfigs {',
        '    create("release") {',
        '        storeFile = file("upload-keystore.jks")',
        sec(`        storePassword = "${pw}"`, pw),
        '        keyAlias = "upload"',
        sec(`        keyPassword = "${pw}"`, pw),
        '    }',
        '}',
      ],
    };
  }),
  template('pom-jarsigner-storepass', (g) => {
    const pw = configPassword(g);
    return {
      path: 'pom.xml',
      lines: [
        '      <plugin>',
        '        <groupId>org.apache.maven.plugins</groupId>',
        '        <artifactId>maven-jarsigner-plugin</artifactId>',
        '        <configuration>',
        '          <keystore>${project.basedir}/signing.jks</keystore>',
        '          <alias>codesign</alias>',
        sec(`          <storepass>${pw}</storepass>`, pw),
        '        </configuration>',
        '      </plugin>',
      ],
    };
  }),
  template('strings-xml-api-key', (g) => {
    const key = g.chance(0.5) ? googleApiKey(g) : g.apiKey();
    return {
      path: 'app/src/main/res/values/strings.xml',
      lines: [
        '<resources>',
        '    <string name="app_name">Courier</string>',
        sec(
          `    <string name="${key.startsWith('AI') ? 'google_maps_key' : g.pick(['openweather_api_key', 'algolia_admin_key', 'server_api_key'])}" translatable="false">${key}</string>`,
          key,
        ),
        '</resources>',
      ],
    };
  }),
  template('android-manifest-meta-data', (g) => {
    const key = googleApiKey(g);
    return {
      path: 'app/src/main/AndroidManifest.xml',
      lines: [
        '    <application android:label="@string/app_name">',
        '        <meta-data',
        '            android:name="com.google.android.geo.API_KEY"',
        sec(`            android:value="${key}" />`, key),
        '    </application>',
      ],
    };
  }),
  template('android-manifest-meta-data-one-line', (g) => {
    const key = g.apiKey();
    return {
      path: 'app/src/main/AndroidManifest.xml',
      lines: [
        '    <application>',
        sec(
          `        <meta-data android:name="${g.pick(['io.fabric.ApiKey', 'com.acme.sdk.API_SECRET', 'branch_key_secret'])}" android:value="${key}" />`,
          key,
        ),
        '    </application>',
      ],
    };
  }),
  template('google-services-json', (g) => {
    const key = googleApiKey(g);
    const project = g.pick(['courier-app', 'acme-wallet', 'notes-prod']);
    return {
      path: 'app/google-services.json',
      lines: [
        '{',
        '  "project_info": {',
        `    "project_number": "${g.fake.digits(12)}",`,
        `    "project_id": "${project}",`,
        `    "storage_bucket": "${project}.appspot.com"`,
        '  },',
        '  "client": [',
        '    {',
        '      "api_key": [',
        '        {',
        sec(`          "current_key": "${key}"`, key),
        '        }',
        '      ]',
        '    }',
        '  ]',
        '}',
      ],
    };
  }),
  template('ios-info-plist-secret', (g) => {
    const key = g.chance(0.5) ? clientSecret(g) : g.apiKey();
    return {
      path: g.pick(['Acme/Info.plist', 'ios/Runner/Info.plist']),
      lines: [
        '<dict>',
        '\t<key>CFBundleName</key>',
        '\t<string>Acme</string>',
        `\t<key>${g.pick(['API_SECRET', 'ApiKey', 'BackendClientSecret', 'WeatherAPIKey'])}</key>`,
        sec(`\t<string>${key}</string>`, key),
        '</dict>',
      ],
    };
  }),
  template('ios-xcconfig', (g) => {
    const key = g.apiKey();
    return {
      path: g.pick(['Config/Release.xcconfig', 'Secrets.xcconfig']),
      lines: [
        'PRODUCT_BUNDLE_IDENTIFIER = com.acme.wallet',
        'API_BASE_URL = https:/$()/api.acme.io',
        sec(`${g.pick(['API_KEY', 'BACKEND_CLIENT_SECRET', 'MIXPANEL_SECRET'])} = ${key}`, key),
      ],
    };
  }),
  template('ios-googleservice-info-plist', (g) => {
    const key = googleApiKey(g);
    return {
      path: 'ios/Runner/GoogleService-Info.plist',
      lines: [
        '<dict>',
        '\t<key>API_KEY</key>',
        sec(`\t<string>${key}</string>`, key),
        '\t<key>GCM_SENDER_ID</key>',
        `\t<string>${g.fake.digits(12)}</string>`,
        '\t<key>BUNDLE_ID</key>',
        '\t<string>com.acme.courier</string>',
        '</dict>',
      ],
    };
  }),
  template('flutter-dart-define-launch', (g) => {
    const key = g.apiKey();
    return {
      path: '.vscode/launch.json',
      lines: [
        '{',
        '  "configurations": [',
        '    {',
        '      "name": "app (prod)",',
        '      "request": "launch",',
        '      "type": "dart",',
        '      "args": [',
        '        "--dart-define=ENV=prod",',
        sec(
          `        "--dart-define=${g.pick(['API_KEY', 'STRIPE_SECRET', 'BACKEND_KEY', 'SENTRY_AUTH_TOKEN'])}=${key}"`,
          key,
        ),
        '      ]',
        '    }',
        '  ]',
        '}',
      ],
    };
  }),
  template('flutter-dart-define-file', (g) => {
    const secret = clientSecret(g);
    return {
      path: g.pick(['config/prod.json', 'dart_defines/production.json']),
      lines: ['{', '  "API_BASE_URL": "https://api.acme.io",', sec(`  "CLIENT_SECRET": "${secret}"`, secret), '}'],
    };
  }),
  template('flutter-dotenv-asset', (g) => {
    const key = g.apiKey();
    const pw = configPassword(g);
    return {
      path: g.pick(['assets/.env', '.env']),
      lines: [
        'BASE_URL=https://api.acme.io',
        sec(`${g.pick(['API_KEY', 'WEATHER_KEY', 'PEXELS_API_KEY'])}=${key}`, key),
        sec(`ADMIN_PASSWORD=${pw}`, pw),
      ],
    };
  }),
  template('react-native-config-env', (g) => {
    const key = g.apiKey();
    return {
      path: g.pick(['.env.production', 'mobile/.env']),
      lines: [
        'API_URL=https://api.acme.io',
        sec(
          `${g.pick(['API_SECRET', 'ONESIGNAL_REST_API_KEY', 'CODEPUSH_DEPLOYMENT_KEY', 'GIPHY_API_KEY'])}=${key}`,
          key,
        ),
      ],
    };
  }),
  template('expo-app-config-extra', (g) => {
    const key = g.apiKey();
    return {
      path: g.pick(['app.config.js', 'app.config.ts']),
      lines: [
        'export default {',
        "  name: 'Acme',",
        "  slug: 'acme',",
        '  extra: {',
        sec(`    ${g.pick(['apiSecret', 'revenueCatSecret', 'backendKey'])}: '${key}',`, key),
        '  },',
        '};',
      ],
    };
  }),
];
