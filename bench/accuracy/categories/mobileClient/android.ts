import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * mobile-client positives, Android: signingConfigs in build.gradle and build.gradle.kts,
 * keystore.properties, gradle.properties (signing, Mapbox downloads token, Maven Central), the
 * Maps key in local.properties and AndroidManifest meta-data, buildConfigField literals, secrets
 * in res/values/strings.xml, Kotlin and Java constants, the Firebase legacy server key and a
 * service-account JSON shipped in the app module. Values generated at run time.
 */
export const androidPositives: readonly Template[] = [
  template('gradle-signing-groovy', (g) => {
    const sp = v.storePass(g);
    const kp = g.chance(0.5) ? sp : v.storePass(g);
    return {
      path: 'app/build.gradle',
      lines: [
        "plugins { id 'com.android.application' }",
        '',
        'android {',
        `    namespace '${v.bundleId(g)}'`,
        '    compileSdk 34',
        '    signingConfigs {',
        '        release {',
        `            storeFile file('${g.pick(['release.jks', '../keys/upload-keystore.jks', 'keystore/prod.keystore'])}')`,
        sec(`            storePassword '${sp}'`, sp),
        `            keyAlias '${g.pick(['upload', 'release', 'key0'])}'`,
        sec(`            keyPassword '${kp}'`, kp),
        '        }',
        '    }',
        '    buildTypes {',
        '        release {',
        '            minifyEnabled true',
        '            signingConfig signingConfigs.release',
        '        }',
        '    }',
        '}',
      ],
    };
  }),
  template('gradle-signing-kts', (g) => {
    const sp = v.storePass(g);
    const kp = v.storePass(g);
    return {
      path: 'app/build.gradle.kts',
      lines: [
        'android {',
        `    namespace = "${v.bundleId(g)}"`,
        '    signingConfigs {',
        '        create("release") {',
        '            storeFile = file("release-key.jks")',
        sec(`            storePassword = "${sp}"`, sp),
        '            keyAlias = "release"',
        sec(`            keyPassword = "${kp}"`, kp),
        '        }',
        '    }',
        '    buildTypes {',
        '        getByName("release") {',
        '            signingConfig = signingConfigs.getByName("release")',
        '        }',
        '    }',
        '}',
      ],
    };
  }),
  template('keystore-properties', (g) => {
    const sp = v.storePass(g);
    const kp = v.storePass(g);
    return {
      path: g.pick(['keystore.properties', 'android/key.properties', 'signing/release.properties']),
      lines: [
        sec(`storePassword=${sp}`, sp),
        sec(`keyPassword=${kp}`, kp),
        `keyAlias=${g.pick(['upload', 'release'])}`,
        `storeFile=${g.pick(['/Users/dev/keys/upload-keystore.jks', '../release.jks', 'upload-keystore.jks'])}`,
      ],
    };
  }),
  template('gradle-properties-signing', (g) => {
    const sp = v.storePass(g);
    return {
      path: 'gradle.properties',
      lines: [
        'org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8',
        'android.useAndroidX=true',
        'kotlin.code.style=official',
        `RELEASE_STORE_FILE=${g.pick(['release.keystore', 'upload.jks'])}`,
        sec(`RELEASE_STORE_PASSWORD=${sp}`, sp),
        'RELEASE_KEY_ALIAS=release',
        sec(`RELEASE_KEY_PASSWORD=${sp}`, sp),
      ],
    };
  }),
  template('gradle-properties-mapbox-downloads', (g) => {
    const t = v.mapboxToken(g, 'sk');
    return {
      path: 'gradle.properties',
      lines: [
        'android.useAndroidX=true',
        'android.enableJetifier=true',
        '# Mapbox Maven repository (needs a secret token with DOWNLOADS:READ)',
        sec(`MAPBOX_DOWNLOADS_TOKEN=${t}`, t),
      ],
    };
  }),
  template('gradle-properties-maven-central', (g) => {
    const p = v.storePass(g);
    const t = g.fake.alnum(g.pick([32, 44]));
    return {
      path: g.pick(['gradle.properties', 'library/gradle.properties']),
      lines: [
        'GROUP=com.brightlabs.sdk',
        'VERSION_NAME=2.4.0',
        'signing.keyId=' + g.fake.upperHex(8),
        sec(`signing.password=${p}`, p),
        'signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg',
        `mavenCentralUsername=${g.fake.alnum(8)}`,
        sec(`mavenCentralPassword=${t}`, t),
      ],
    };
  }),
  template('local-properties-maps-key', (g) => {
    const k = v.googleApiKey(g);
    return {
      path: 'local.properties',
      lines: [
        '## This file must *NOT* be checked into Version Control Systems,',
        'sdk.dir=/Users/dev/Library/Android/sdk',
        sec(`MAPS_API_KEY=${k}`, k),
      ],
    };
  }),
  template('manifest-maps-meta-data', (g) => {
    const k = v.googleApiKey(g);
    return {
      path: 'app/src/main/AndroidManifest.xml',
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<manifest xmlns:android="http://schemas.android.com/apk/res/android">',
        '    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />',
        '    <application android:name=".App" android:label="@string/app_name">',
        '        <meta-data',
        '            android:name="com.google.android.geo.API_KEY"',
        sec(`            android:value="${k}" />`, k),
        '        <activity android:name=".MainActivity" android:exported="true" />',
        '    </application>',
        '</manifest>',
      ],
    };
  }),
  template('manifest-vendor-secret-meta', (g) => {
    const s = v.apiSecret(g);
    const name = g.pick(['io.fabric.ApiSecret', 'com.acme.sdk.CLIENT_SECRET', 'com.vendor.analytics.SECRET_KEY']);
    return {
      path: 'app/src/main/AndroidManifest.xml',
      lines: [
        '<manifest xmlns:android="http://schemas.android.com/apk/res/android">',
        '  <application android:label="@string/app_name">',
        sec(`    <meta-data android:name="${name}" android:value="${s}" />`, s),
        '  </application>',
        '</manifest>',
      ],
    };
  }),
  template('buildconfig-field-groovy', (g) => {
    const s = g.pick([() => v.stripeSecret(g), () => v.apiSecret(g), () => v.revenueCatSecret(g)])();
    const name = g.pick(['API_SECRET', 'STRIPE_SECRET_KEY', 'BACKEND_CLIENT_SECRET', 'PAYMENTS_SECRET']);
    return {
      path: 'app/build.gradle',
      lines: [
        'android {',
        '    defaultConfig {',
        `        applicationId "${v.bundleId(g)}"`,
        '        versionCode 42',
        sec(`        buildConfigField "String", "${name}", "\\"${s}\\""`, s),
        '    }',
        '}',
      ],
    };
  }),
  template('buildconfig-field-kts', (g) => {
    const s = v.apiSecret(g);
    return {
      path: 'app/build.gradle.kts',
      lines: [
        'android {',
        '    buildFeatures { buildConfig = true }',
        '    productFlavors {',
        '        create("prod") {',
        '            dimension = "env"',
        sec(`            buildConfigField("String", "CLIENT_SECRET", "\\"${s}\\"")`, s),
        '        }',
        '    }',
        '}',
      ],
    };
  }),
  template('strings-xml-secret', (g) => {
    const pair = g.pick([
      ['twitter_consumer_secret', v.twitterSecret(g)],
      ['facebook_app_secret', v.facebookSecret(g)],
      ['stripe_secret_key', v.stripeSecret(g)],
      ['oauth_client_secret', v.googleClientSecret(g)],
      ['algolia_admin_api_key', v.hex32(g)],
    ] as const);
    return {
      path: 'app/src/main/res/values/strings.xml',
      lines: [
        '<resources>',
        `    <string name="app_name">${v.appName(g)}</string>`,
        sec(`    <string name="${pair[0]}" translatable="false">${pair[1]}</string>`, pair[1]),
        '</resources>',
      ],
    };
  }),
  template('strings-xml-maps-key', (g) => {
    const k = v.googleApiKey(g);
    return {
      path: 'app/src/release/res/values/google_maps_api.xml',
      lines: [
        '<resources>',
        '    <!-- Maps SDK key, restricted to the release signing certificate -->',
        sec(
          `    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">${k}</string>`,
          k,
        ),
        '</resources>',
      ],
    };
  }),
  template('kotlin-const-secret', (g) => {
    const pair = g.pick([
      ['STRIPE_SECRET_KEY', v.stripeSecret(g)],
      ['CLIENT_SECRET', v.apiSecret(g)],
      ['REVENUECAT_SECRET', v.revenueCatSecret(g)],
      ['ONESIGNAL_REST_API_KEY', v.oneSignalKey(g)],
      ['AGORA_APP_CERTIFICATE', v.hex32(g)],
    ] as const);
    return {
      path: `app/src/main/java/com/acmecorp/${v.appName(g)}/Config.kt`,
      lines: [
        `package com.acmecorp.${v.appName(g)}`,
        '',
        'object Config {',
        '    const val BASE_URL = "https://api.acmecorp.io/v2/"',
        sec(`    const val ${pair[0]} = "${pair[1]}"`, pair[1]),
        '}',
      ],
    };
  }),
  template('java-static-final-secret', (g) => {
    const pair = g.pick([
      ['API_SECRET', v.apiSecret(g)],
      ['TWILIO_AUTH_TOKEN', v.hex32(g)],
      ['PUSHER_SECRET', v.pusherKey(g)],
      ['MIXPANEL_API_SECRET', v.hex32(g)],
    ] as const);
    return {
      path: 'app/src/main/java/com/northwind/app/Constants.java',
      lines: [
        'package com.northwind.app;',
        '',
        'public final class Constants {',
        '    private Constants() {}',
        '    public static final String API_HOST = "api.northwind.io";',
        sec(`    public static final String ${pair[0]} = "${pair[1]}";`, pair[1]),
        '}',
      ],
    };
  }),
  template('kotlin-fcm-server-key', (g) => {
    const k = v.fcmServerKey(g);
    return {
      path: 'app/src/main/java/com/acmecorp/chat/push/PushSender.kt',
      lines: [
        'class PushSender(private val client: OkHttpClient) {',
        '    fun send(token: String, body: String) {',
        '        val request = Request.Builder()',
        '            .url("https://fcm.googleapis.com/fcm/send")',
        sec(`            .addHeader("Authorization", "key=${k}")`, k),
        '            .post(body.toRequestBody(JSON))',
        '            .build()',
        '        client.newCall(request).execute().close()',
        '    }',
        '}',
      ],
    };
  }),
  template('assets-service-account-json', (g) => {
    const sa = v.serviceAccountJson(g, v.firebaseProject(g));
    return {
      path: g.pick(['app/src/main/assets/serviceAccountKey.json', 'android/app/firebase-adminsdk.json']),
      lines: sa.lines.map((l) => (l === sa.keyLine ? sec(l, sa.key) : l)),
    };
  }),
];
