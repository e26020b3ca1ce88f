import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * mobile-client positives, cross-platform apps: Flutter/Dart constants, `--dart-define` in build
 * scripts and VS Code launch configs, flutter_dotenv and react-native-config `.env` files, Expo
 * app.json / app.config.js `extra`, eas.json build env and `eas secret:create`, Ionic/Capacitor
 * environment files, Cordova config.xml plugin variables, Unity C# scripts and ScriptableObject
 * assets (PlayFab settings), Xamarin/MAUI constants and appsettings, sentry.properties. Values
 * generated at run time.
 */
export const crossPlatformPositives: readonly Template[] = [
  template('dart-const-secret', (g) => {
    const pair = g.pick([
      ['stripeSecretKey', v.stripeSecret(g)],
      ['agoraAppCertificate', v.hex32(g)],
      ['openWeatherApiKey', v.hex32(g)],
      ['supabaseServiceKey', v.supabaseJwt(g, 'service_role')],
      ['revenueCatSecret', v.revenueCatSecret(g)],
    ] as const);
    return {
      path: g.pick(['lib/config/secrets.dart', 'lib/core/constants.dart', 'lib/env.dart']),
      lines: [
        '// App-wide configuration',
        "const String apiBaseUrl = 'https://api.acmecorp.io';",
        sec(`const String ${pair[0]} = '${pair[1]}';`, pair[1]),
      ],
    };
  }),
  template('dart-class-static', (g) => {
    const s = v.apiSecret(g);
    return {
      path: 'lib/services/payment_service.dart',
      lines: [
        "import 'package:http/http.dart' as http;",
        '',
        'class PaymentService {',
        sec(`  static const _secret = "${s}";`, s),
        '  Future<http.Response> charge(Map<String, String> body) => http.post(',
        "        Uri.parse('https://payments.acmecorp.io/v1/charges'),",
        "        headers: {'Authorization': 'Bearer $_secret'},",
        '        body: body,',
        '      );',
        '}',
      ],
    };
  }),
  template('dart-define-script', (g) => {
    const s = v.stripeSecret(g);
    return {
      path: g.pick(['scripts/build_release.sh', 'tool/release.sh']),
      lines: [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        'flutter build appbundle --release \\',
        '  --dart-define=API_URL=https://api.acmecorp.io \\',
        sec(`  --dart-define=STRIPE_SECRET=${s} \\`, s),
        '  --obfuscate --split-debug-info=build/symbols',
      ],
    };
  }),
  template('vscode-launch-dart-define', (g) => {
    const s = v.apiSecret(g);
    return {
      path: '.vscode/launch.json',
      lines: [
        '{',
        '  "version": "0.2.0",',
        '  "configurations": [',
        '    {',
        '      "name": "app (prod)",',
        '      "request": "launch",',
        '      "type": "dart",',
        '      "args": [',
        '        "--dart-define=ENV=prod",',
        sec(`        "--dart-define=API_SECRET=${s}"`, s),
        '      ]',
        '    }',
        '  ]',
        '}',
      ],
    };
  }),
  template('flutter-dotenv-asset', (g) => {
    const s = v.supabaseJwt(g, 'service_role');
    const ref = v.supabaseRef(g);
    return {
      path: g.pick(['assets/.env', '.env']),
      lines: [`SUPABASE_URL=https://${ref}.supabase.co`, sec(`SUPABASE_SERVICE_ROLE_KEY=${s}`, s)],
    };
  }),
  template('rn-config-env', (g) => {
    const a = v.stripeSecret(g);
    const b = v.sentryOrgToken(g);
    return {
      path: g.pick(['.env', '.env.production', 'mobile/.env.staging']),
      lines: [
        'API_URL=https://api.acmecorp.io',
        sec(`STRIPE_SECRET_KEY=${a}`, a),
        sec(`SENTRY_AUTH_TOKEN=${b}`, b),
        'ENABLE_FLIPPER=false',
      ],
    };
  }),
  template('rn-js-constants', (g) => {
    const pair = g.pick([
      ['ALGOLIA_ADMIN_KEY', v.hex32(g)],
      ['TWILIO_AUTH_TOKEN', v.hex32(g)],
      ['CLOUDINARY_API_SECRET', v.cloudinarySecret(g)],
      ['MAPBOX_SECRET_TOKEN', v.mapboxToken(g, 'sk')],
      ['BRANCH_SECRET', v.branchSecret(g)],
    ] as const);
    return {
      path: g.pick(['src/config/keys.js', 'src/constants/api.ts', 'app/config.js']),
      lines: [
        "export const API_URL = 'https://api.acmecorp.io';",
        sec(`export const ${pair[0]} = '${pair[1]}';`, pair[1]),
      ],
    };
  }),
  template('expo-app-json-extra', (g) => {
    const s = v.revenueCatSecret(g);
    return {
      path: 'app.json',
      lines: [
        '{',
        '  "expo": {',
        `    "name": "${v.appName(g)}",`,
        `    "slug": "${v.appName(g)}",`,
        '    "extra": {',
        '      "apiUrl": "https://api.acmecorp.io",',
        sec(`      "revenueCatSecretKey": "${s}",`, s),
        `      "eas": { "projectId": "${v.uuid(g)}" }`,
        '    }',
        '  }',
        '}',
      ],
    };
  }),
  template('expo-app-config-js', (g) => {
    const s = v.stripeSecret(g);
    return {
      path: 'app.config.js',
      lines: [
        'export default ({ config }) => ({',
        '  ...config,',
        '  extra: {',
        '    apiUrl: process.env.API_URL,',
        sec(`    stripeSecretKey: '${s}',`, s),
        '  },',
        '});',
      ],
    };
  }),
  template('eas-json-env', (g) => {
    const t = v.sentryOrgToken(g);
    return {
      path: 'eas.json',
      lines: [
        '{',
        '  "cli": { "version": ">= 7.0.0" },',
        '  "build": {',
        '    "production": {',
        '      "env": {',
        '        "APP_ENV": "production",',
        sec(`        "SENTRY_AUTH_TOKEN": "${t}"`, t),
        '      }',
        '    }',
        '  }',
        '}',
      ],
    };
  }),
  template('eas-secret-create', (g) => {
    const s = g.pick([() => v.stripeSecret(g), () => v.apiSecret(g)])();
    return {
      path: 'scripts/setup-eas-secrets.sh',
      lines: [
        '#!/bin/sh',
        '# one-off: push build secrets to EAS',
        sec(`eas secret:create --scope project --name PAYMENTS_SECRET --value ${s} --type string`, s),
      ],
    };
  }),
  template('ionic-environment-ts', (g) => {
    const s = v.stripeSecret(g);
    const k = v.googleApiKey(g);
    return {
      path: 'src/environments/environment.prod.ts',
      lines: [
        'export const environment = {',
        '  production: true,',
        "  apiUrl: 'https://api.acmecorp.io',",
        sec(`  stripeSecretKey: '${s}',`, s),
        '  firebase: {',
        // The Firebase key: a credential under the project's policy (./firebaseConfigs).
        sec(`    apiKey: '${k}',`, k),
        `    authDomain: '${v.firebaseProject(g)}.firebaseapp.com',`,
        `    projectId: '${v.firebaseProject(g)}',`,
        '  },',
        '};',
      ],
    };
  }),
  template('capacitor-config-secret', (g) => {
    const s = v.apiSecret(g);
    return {
      path: 'capacitor.config.ts',
      lines: [
        "import type { CapacitorConfig } from '@capacitor/cli';",
        'const config: CapacitorConfig = {',
        `  appId: '${v.bundleId(g)}',`,
        "  appName: 'Shopwave',",
        "  webDir: 'dist',",
        '  plugins: {',
        '    Intercom: {',
        `      iosApiKey: 'ios_sdk-${g.fake.hex(40)}',`,
        sec(`      identityVerificationSecret: '${s}',`, s),
        '    },',
        '  },',
        '};',
        'export default config;',
      ],
    };
  }),
  template('cordova-config-xml-variable', (g) => {
    const s = v.facebookSecret(g);
    return {
      path: 'config.xml',
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        `<widget id="${v.bundleId(g)}" version="1.4.0" xmlns="http://www.w3.org/ns/widgets">`,
        '    <name>Shopwave</name>',
        '    <plugin name="cordova-plugin-social-auth" spec="^2.1.0">',
        `        <variable name="APP_ID" value="${g.fake.digits(15)}" />`,
        sec(`        <variable name="APP_SECRET" value="${s}" />`, s),
        '    </plugin>',
        '</widget>',
      ],
    };
  }),
  template('unity-csharp-const', (g) => {
    const pair = g.pick([
      ['ServerSecret', v.apiSecret(g)],
      ['PlayFabSecretKey', v.playFabSecret(g)],
      ['AgoraAppCertificate', v.hex32(g)],
    ] as const);
    return {
      path: `Assets/Scripts/${g.pick(['Net', 'Backend'])}/ApiSettings.cs`,
      lines: [
        'using UnityEngine;',
        '',
        'public static class ApiSettings',
        '{',
        '    public const string BaseUrl = "https://game-api.acmecorp.io";',
        sec(`    public const string ${pair[0]} = "${pair[1]}";`, pair[1]),
        '}',
      ],
    };
  }),
  template('unity-playfab-asset', (g) => {
    const s = v.playFabSecret(g);
    return {
      path: 'Assets/PlayFabSDK/Shared/Public/Resources/PlayFabSharedSettings.asset',
      lines: [
        '%YAML 1.1',
        '%TAG !u! tag:unity3d.com,2011:',
        '--- !u!114 &11400000',
        'MonoBehaviour:',
        '  m_ObjectHideFlags: 0',
        `  m_Script: {fileID: 11500000, guid: ${g.fake.hex(32)}, type: 3}`,
        '  m_Name: PlayFabSharedSettings',
        `  TitleId: ${g.fake.upperHex(5)}`,
        sec(`  DeveloperSecretKey: ${s}`, s),
        '  RequestType: 0',
      ],
    };
  }),
  template('unity-scriptableobject-asset', (g) => {
    const s = v.apiSecret(g);
    return {
      path: 'Assets/Config/BackendConfig.asset',
      lines: [
        '%YAML 1.1',
        '--- !u!114 &11400000',
        'MonoBehaviour:',
        `  m_Script: {fileID: 11500000, guid: ${g.fake.hex(32)}, type: 3}`,
        '  m_Name: BackendConfig',
        '  baseUrl: https://game-api.acmecorp.io',
        sec(`  apiSecret: ${s}`, s),
      ],
    };
  }),
  template('maui-constants', (g) => {
    const s = v.apiSecret(g);
    return {
      path: 'src/Shopwave.Maui/Constants.cs',
      lines: [
        'namespace Shopwave.Maui;',
        '',
        'public static class Constants',
        '{',
        '    public const string Auth0Domain = "acmecorp.eu.auth0.com";',
        `    public const string Auth0ClientId = "${g.fake.alnum(32)}";`,
        sec(`    public const string Auth0ClientSecret = "${s}";`, s),
        '}',
      ],
    };
  }),
  template('maui-appsettings-json', (g) => {
    const s = v.apiSecret(g);
    return {
      path: 'src/App/appsettings.json',
      lines: [
        '{',
        '  "Backend": {',
        '    "BaseUrl": "https://api.acmecorp.io",',
        sec(`    "ClientSecret": "${s}"`, s),
        '  }',
        '}',
      ],
    };
  }),
  template('sentry-properties', (g) => {
    const t = g.chance(0.6) ? v.sentryOrgToken(g) : v.sentryUserToken(g);
    return {
      path: g.pick(['android/sentry.properties', 'ios/sentry.properties', 'sentry.properties']),
      lines: [
        'defaults.url=https://sentry.io/',
        `defaults.org=${g.pick(['acme', 'brightlabs'])}`,
        `defaults.project=${v.appName(g)}-mobile`,
        sec(`auth.token=${t}`, t),
      ],
    };
  }),
];
