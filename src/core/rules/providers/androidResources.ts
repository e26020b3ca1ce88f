// Android app resources that ship inside the APK: a `<string name="…_api_key">` in res/values and a
// manifest `<meta-data android:name="…API_KEY"` whose `android:value` sits on the next line (the
// one-line form is the generic assignment's). Names are judged as the shared judge and the
// service-key check (./namedKeys) judge them.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import type { Rule } from '../types';
import { credentialNameFollows, judgeResource } from './resourceValues';

const DOCS = 'https://developer.android.com/guide/topics/resources/string-resource';

/** `<string name="x" translatable="false">value</string>`: up to three attributes after the name. */
const STRING_RESOURCE =
  /<string name="(?<name>[\w.]{1,90})"(?:\s{1,4}[\w:]{1,30}="[^"\n]{0,40}"){0,3}\s{0,4}>(?<secret>[^<\s]{8,200})<\/string>/;

/** `android:name="…"` then, on a following line, `android:value="…"` of the same element. */
const META_DATA_LINES =
  /android:name="(?<name>[\w.]{1,90})"[ \t]{0,8}\r?\n[ \t]{0,40}android:value="(?<secret>[^"\s]{8,200})"/;

export const androidResourceRules: readonly Rule[] = [
  {
    id: 'android-string-resource-secret',
    title: 'Secret in an Android string resource (res/values/*.xml)',
    provider: 'Config files',
    keywords: ['<string name="'],
    pattern: STRING_RESOURCE,
    startsAtKeyword: true,
    keywordGate: credentialNameFollows('<string name="'),
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: DOCS,
    risk: 'String resources are compiled into the APK: anyone with the app can read the value.',
    validate: judgeResource(STRING_RESOURCE, 'the string resource'),
    examples: {
      embed: false,
      path: 'app/src/main/res/values/strings.xml',
      positives: (fake) => [
        `    <string name="server_api_key" translatable="false">${fake.lowerAlnum(36)}</string>`,
        `    <string name="weather_key">${fake.alnum(30)}Q7</string>`,
        `    <string name="backend_client_secret" translatable="false">${fake.base64url(40)}</string>`,
      ],
      negatives: [
        {
          text: (fake) =>
            `    <string name="mapbox_access_token" translatable="false">pk.${Buffer.from(JSON.stringify({ u: 'acme', a: fake.lowerAlnum(25) })).toString('base64url')}.${fake.base64url(22)}</string>`,
          why: 'a Mapbox public token (pk.), client-side by design',
        },
        { text: '    <string name="prompt_password">Password</string>', why: 'a label' },
        { text: '    <string name="error_token">Your session expired</string>', why: 'UI text' },
        { text: '    <string name="api_key" translatable="false">@string/maps_key</string>', why: 'a reference' },
        { text: (fake) => `    <string name="cache_key">${fake.alnum(30)}Q7</string>`, why: 'not a service key' },
      ],
    },
  },
  {
    id: 'android-meta-data-secret',
    title: 'Secret in an AndroidManifest.xml <meta-data> value',
    provider: 'Config files',
    keywords: ['android:name="'],
    pattern: META_DATA_LINES,
    startsAtKeyword: true,
    keywordGate: credentialNameFollows('android:name="'),
    multiline: { maxSpan: 300 },
    confidence: 'medium',
    envVar: 'API_KEY',
    docs: 'https://developer.android.com/guide/topics/manifest/meta-data-element',
    risk: 'Manifest values are compiled into the APK: anyone with the app can read the value.',
    validate: judgeResource(META_DATA_LINES, 'the manifest meta-data'),
    examples: {
      embed: false,
      path: 'app/src/main/AndroidManifest.xml',
      positives: (fake) => [
        `        <meta-data\n            android:name="com.acme.sdk.API_KEY"\n            android:value="${fake.alnum(32)}" />`,
        `        <meta-data android:name="com.acme.sdk.ClientSecret"\n            android:value="${fake.alnum(40)}" />`,
      ],
      negatives: [
        {
          text: '        <meta-data\n            android:name="com.google.android.geo.API_KEY"\n            android:value="${MAPS_API_KEY}" />',
          why: 'a manifest placeholder',
        },
        {
          text: '        <meta-data\n            android:name="com.acme.sdk.API_KEY"\n            android:value="@string/acme_key" />',
          why: 'a resource reference',
        },
      ],
    },
  },
];
