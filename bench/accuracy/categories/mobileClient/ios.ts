import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * mobile-client positives, iOS and its release tooling: Info.plist keys, xcconfig files, Swift
 * and Objective-C constants, Keychain seeding code, APNs and App Store Connect `.p8` keys (file,
 * JSON for fastlane, inline in a push server), fastlane Fastfile/Matchfile/.env files (match
 * password, Apple ID password, app-specific password, git basic authorization), Xcode Cloud
 * ci_scripts. Values generated at run time.
 */
export const iosPositives: readonly Template[] = [
  template('info-plist-secret', (g) => {
    const pair = g.pick([
      ['APIClientSecret', v.apiSecret(g)],
      ['StripeSecretKey', v.stripeSecret(g)],
      ['TwitterConsumerSecret', v.twitterSecret(g)],
      ['AlgoliaAdminKey', v.hex32(g)],
    ] as const);
    return {
      path: `${g.pick(['App', 'Shopwave', 'Runner'])}/Info.plist`,
      lines: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
        '<plist version="1.0">',
        '<dict>',
        '\t<key>CFBundleIdentifier</key>',
        '\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>',
        `\t<key>${pair[0]}</key>`,
        sec(`\t<string>${pair[1]}</string>`, pair[1]),
        '</dict>',
        '</plist>',
      ],
    };
  }),
  template('xcconfig-secret', (g) => {
    const pair = g.pick([
      ['API_SECRET', v.apiSecret(g)],
      ['STRIPE_SECRET_KEY', v.stripeSecret(g)],
      ['SENTRY_AUTH_TOKEN', v.sentryOrgToken(g)],
      ['REVENUECAT_SECRET_KEY', v.revenueCatSecret(g)],
    ] as const);
    return {
      path: `Config/${g.pick(['Release', 'Production', 'Secrets'])}.xcconfig`,
      lines: [
        '#include "Base.xcconfig"',
        `PRODUCT_BUNDLE_IDENTIFIER = ${v.bundleId(g)}`,
        'API_BASE_URL = https:/$()/api.acmecorp.io',
        sec(`${pair[0]} = ${pair[1]}`, pair[1]),
      ],
    };
  }),
  template('swift-secrets-enum', (g) => {
    const pair = g.pick([
      ['clientSecret', v.apiSecret(g)],
      ['stripeSecretKey', v.stripeSecret(g)],
      ['twilioAuthToken', v.hex32(g)],
      ['cloudinaryApiSecret', v.cloudinarySecret(g)],
      ['oneSignalRestKey', v.oneSignalKey(g)],
    ] as const);
    return {
      path: `${g.pick(['Sources/Core', 'App/Support'])}/Secrets.swift`,
      lines: [
        'import Foundation',
        '',
        'enum Secrets {',
        '    static let apiBase = URL(string: "https://api.acmecorp.io")!',
        sec(`    static let ${pair[0]} = "${pair[1]}"`, pair[1]),
        '}',
      ],
    };
  }),
  template('swift-request-header', (g) => {
    const t = v.apiSecret(g);
    return {
      path: 'App/Networking/APIClient.swift',
      lines: [
        'final class APIClient {',
        '    func request(_ path: String) -> URLRequest {',
        '        var req = URLRequest(url: baseURL.appendingPathComponent(path))',
        sec(`        req.setValue("Bearer ${t}", forHTTPHeaderField: "Authorization")`, t),
        '        return req',
        '    }',
        '}',
      ],
    };
  }),
  template('objc-constant-secret', (g) => {
    const s = v.apiSecret(g);
    const name = g.pick(['kClientSecret', 'kAPISecretKey', 'kPaymentsSecret']);
    return {
      path: 'Classes/AppConstants.m',
      lines: [
        '#import "AppConstants.h"',
        '',
        'NSString * const kAPIBaseURL = @"https://api.northwind.io";',
        sec(`NSString * const ${name} = @"${s}";`, s),
      ],
    };
  }),
  template('objc-define-secret', (g) => {
    const s = v.facebookSecret(g);
    return {
      path: 'Classes/Config.h',
      lines: [
        '#ifndef Config_h',
        '#define Config_h',
        `#define FACEBOOK_APP_ID @"${g.fake.digits(15)}"`,
        sec(`#define FACEBOOK_APP_SECRET @"${s}"`, s),
        '#endif',
      ],
    };
  }),
  template('swift-keychain-seed', (g) => {
    const p = v.storePass(g);
    return {
      path: 'App/Auth/DemoAccount.swift',
      lines: [
        'import Security',
        '',
        'func seedServiceAccount() {',
        sec(`    let password = "${p}".data(using: .utf8)!`, p),
        '    let query: [String: Any] = [',
        '        kSecClass as String: kSecClassGenericPassword,',
        '        kSecAttrAccount as String: "svc-sync@acmecorp.io",',
        '        kSecValueData as String: password,',
        '    ]',
        '    SecItemAdd(query as CFDictionary, nil)',
        '}',
      ],
    };
  }),
  template('apns-p8-file', (g) => {
    const lines = v.p8Lines(g);
    return {
      path: `push/AuthKey_${v.appleId10(g)}.p8`,
      lines: [block(lines.map((l) => sec(l, l)))],
    };
  }),
  template('asc-api-key-json', (g) => {
    const key = v.p8Lines(g).join('\\n');
    return {
      path: g.pick(['fastlane/api_key.json', 'fastlane/asc-key.json']),
      lines: [
        '{',
        `  "key_id": "${v.appleId10(g)}",`,
        `  "issuer_id": "${v.uuid(g)}",`,
        sec(`  "key": "${key}",`, key),
        '  "duration": 1200,',
        '  "in_house": false',
        '}',
      ],
    };
  }),
  template('fastfile-asc-key-content', (g) => {
    const key = v.p8Lines(g).join('\\n');
    return {
      path: 'fastlane/Fastfile',
      lines: [
        'default_platform(:ios)',
        'platform :ios do',
        '  lane :beta do',
        '    api_key = app_store_connect_api_key(',
        `      key_id: "${v.appleId10(g)}",`,
        `      issuer_id: "${v.uuid(g)}",`,
        sec(`      key_content: "${key}"`, key),
        '    )',
        '    build_app(scheme: "App")',
        '    upload_to_testflight(api_key: api_key)',
        '  end',
        'end',
      ],
    };
  }),
  template('node-apns-inline-key', (g) => {
    const lines = v.p8Lines(g);
    return {
      path: 'server/push/apns.js',
      lines: [
        "const apn = require('@parse/node-apn');",
        'const provider = new apn.Provider({',
        '  token: {',
        '    key: `' + lines[0],
        block(lines.slice(1, -1).map((l) => sec(l, l))),
        lines[lines.length - 1] + '`,',
        `    keyId: '${v.appleId10(g)}',`,
        `    teamId: '${v.appleId10(g)}',`,
        '  },',
        '  production: true,',
        '});',
      ],
    };
  }),
  template('fastlane-env-match', (g) => {
    const mp = v.storePass(g);
    const ap = v.appSpecificPassword(g);
    return {
      path: g.pick(['fastlane/.env', 'fastlane/.env.default', 'ios/fastlane/.env']),
      lines: [
        `FASTLANE_USER=${g.pick(['release', 'mobile-ci', 'jdoe'])}@acmecorp.io`,
        `FASTLANE_TEAM_ID=${v.appleId10(g)}`,
        sec(`MATCH_PASSWORD=${mp}`, mp),
        sec(`FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=${ap}`, ap),
      ],
    };
  }),
  template('fastlane-env-password', (g) => {
    const p = v.storePass(g);
    return {
      path: 'fastlane/.env.production',
      lines: [
        `FASTLANE_USER=appstore@${g.pick(['acmecorp.io', 'brightlabs.dev'])}`,
        sec(`FASTLANE_PASSWORD=${p}`, p),
        'FASTLANE_SKIP_UPDATE_CHECK=1',
      ],
    };
  }),
  template('matchfile-basic-auth', (g) => {
    const b = v.base64Of(`ci-bot:${v.githubPat(g)}`);
    return {
      path: 'fastlane/Matchfile',
      lines: [
        'git_url("https://github.com/acmecorp/ios-certificates.git")',
        'storage_mode("git")',
        'type("appstore")',
        `app_identifier(["${v.bundleId(g)}"])`,
        sec(`git_basic_authorization("${b}")`, b),
      ],
    };
  }),
  template('fastfile-match-password-literal', (g) => {
    const p = v.storePass(g);
    return {
      path: 'fastlane/Fastfile',
      lines: [
        'lane :certificates do',
        sec(`  ENV["MATCH_PASSWORD"] = "${p}"`, p),
        '  match(type: "appstore", readonly: is_ci)',
        'end',
      ],
    };
  }),
  template('fastfile-import-certificate', (g) => {
    const p = v.storePass(g);
    return {
      path: 'fastlane/Fastfile',
      lines: [
        'lane :ci_setup do',
        '  create_keychain(name: "ci", password: ENV["KEYCHAIN_PASSWORD"], unlock: true, timeout: 0)',
        '  import_certificate(',
        '    certificate_path: "certs/distribution.p12",',
        sec(`    certificate_password: "${p}",`, p),
        '    keychain_name: "ci"',
        '  )',
        'end',
      ],
    };
  }),
  template('xcode-cloud-post-clone', (g) => {
    const t = v.sentryOrgToken(g);
    return {
      path: 'ci_scripts/ci_post_clone.sh',
      lines: [
        '#!/bin/sh',
        'set -e',
        'cd "$CI_PRIMARY_REPOSITORY_PATH"',
        'brew install swiftlint',
        sec(`export SENTRY_AUTH_TOKEN=${t}`, t),
        'echo "post-clone done for $CI_XCODE_SCHEME"',
      ],
    };
  }),
];
