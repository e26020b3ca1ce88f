import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * sports-fitness hard negatives from the same repositories and club drives: public OAuth client ids
 * (Strava numeric ids, Fitbit 6-character ids, Garmin consumer keys alone), Stripe publishable keys,
 * env and secret references, `.env.example` placeholders, Home Assistant `!secret` references, masked
 * values, athlete, activity, match and event ids, Sportradar URNs, FIT file checksums, UUIDs, docs
 * stand-ins, password-policy pages and UI strings. Generated at run time.
 */
export const sportsNegatives: readonly Template[] = [
  template('strava-public-client-id', (g) => ({
    path: g.pick(['src/auth/strava.ts', 'web/login.js']),
    lines: [
      `const STRAVA_CLIENT_ID = ${v.stravaClientId(g)};`,
      'const redirect = encodeURIComponent(window.location.origin + "/exchange_token");',
      'window.location.href = `https://www.strava.com/oauth/authorize?client_id=${STRAVA_CLIENT_ID}&response_type=code&redirect_uri=${redirect}&scope=activity:read_all`;',
    ],
  })),
  template('env-example', () => ({
    path: '.env.example',
    lines: [
      'STRAVA_CLIENT_ID=',
      'STRAVA_CLIENT_SECRET=your_client_secret',
      'FITBIT_CLIENT_SECRET=<fitbit-secret>',
      'MINDBODY_API_KEY=changeme',
      'OURA_TOKEN=${OURA_TOKEN}',
    ],
  })),
  template('python-env-reads', () => ({
    path: 'settings.py',
    lines: [
      'import os',
      'STRAVA_CLIENT_SECRET = os.environ["STRAVA_CLIENT_SECRET"]',
      'OURA_TOKEN = os.getenv("OURA_TOKEN")',
      'GOCARDLESS_ACCESS_TOKEN = os.environ.get("GOCARDLESS_ACCESS_TOKEN", "")',
    ],
  })),
  template('ha-secret-refs', () => ({
    path: 'esphome/bike-cadence.yaml',
    lines: [
      'wifi:',
      '  ssid: !secret wifi_ssid',
      '  password: !secret wifi_password',
      'api:',
      '  encryption:',
      '    key: !secret api_key',
      'ota:',
      '  password: !secret ota_password',
    ],
  })),
  template('stripe-publishable', (g) => ({
    path: g.pick(['public/js/checkout.js', 'src/components/Membership.tsx']),
    lines: [
      `const stripe = Stripe('${v.stripePublishable(g)}');`,
      'stripe.redirectToCheckout({ sessionId: session.id });',
    ],
  })),
  template('activity-export-csv', (g) => ({
    path: g.pick(['data/activities.csv', 'exports/strava_activities.csv']),
    lines: [
      'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename',
      `${v.activityId(g)},"Nov 30, 2026, 6:02:11 AM",Morning Ride,Ride,3725,31.4,activities/${v.activityId(g)}.fit.gz`,
      `${v.activityId(g)},"Dec 1, 2026, 5:48:03 PM",Evening Run,Run,2210,8.1,activities/${v.activityId(g)}.gpx`,
    ],
  })),
  template('sportradar-urns', (g) => ({
    path: g.pick(['fixtures/matches.json', 'data/schedule.json']),
    lines: [
      '[',
      `  { "id": "${v.matchId(g)}", "competitors": ["sr:competitor:${g.between(1000, 99999)}", "sr:competitor:${g.between(1000, 99999)}"], "season": "sr:season:${g.between(100000, 130000)}" }`,
      ']',
    ],
  })),
  template('ticketmaster-event-ids', (g) => ({
    path: g.pick(['src/events/fixtures.ts', 'test/data/events.json']),
    lines: [
      `export const HOME_OPENER = '${v.eventId(g)}';`,
      `export const VENUE_ID = 'KovZpZA${g.fake.upperAlnum(6)}';`,
      `export const ATTRACTION = 'K8vZ91${g.fake.alnum(6)}';`,
    ],
  })),
  template('fit-file-checksums', (g) => ({
    path: g.pick(['uploads/manifest.sha256', 'SHA256SUMS']),
    lines: [`${g.fake.hex(64)}  2026-11-30-morning-ride.fit`, `${g.fake.hex(64)}  2026-12-01-tempo-run.fit`],
  })),
  template('garmin-device-uuids', (g) => ({
    path: g.pick(['devices.json', 'config/devices.json']),
    lines: [
      '{',
      `  "forerunner": { "unitId": ${g.between(3000000000, 3999999999)}, "deviceUuid": "${v.uuid(g)}" },`,
      `  "edge": { "unitId": ${g.between(3000000000, 3999999999)}, "deviceUuid": "${v.uuid(g)}" }`,
      '}',
    ],
  })),
  template('masked-credentials', (g) => ({
    path: g.pick(['docs/integrations.md', 'handover/accounts.md']),
    lines: [
      '| Service | Login | Password |',
      '|---|---|---|',
      '| Mindbody | owner | ******** |',
      `| TeamSnap | ${v.email(g)} | (in 1Password) |`,
      '| Strava club | coach | see vault |',
    ],
  })),
  template('docs-placeholders', () => ({
    path: 'docs/setup.md',
    lines: [
      'Create an app at the Strava developer page, then:',
      '```',
      'export STRAVA_CLIENT_SECRET=<your client secret>',
      'curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" https://www.strava.com/api/v3/athlete',
      '```',
    ],
  })),
  template('password-policy-page', (g) => ({
    path: g.pick(['wp-content/themes/club/templates/member-login.php', 'views/auth/reset.html']),
    lines: [
      '<label for="password"><?php _e("Password", "club"); ?></label>',
      '<input type="password" id="password" name="password" autocomplete="current-password" minlength="10">',
      '<p class="hint">Your password must be at least 10 characters and contain a number.</p>',
    ],
  })),
  template('i18n-strings', () => ({
    path: 'locales/en.json',
    lines: [
      '{',
      '  "login.password": "Password",',
      '  "login.forgot": "Forgot your password?",',
      '  "strava.connect": "Connect with Strava",',
      '  "api_key.label": "API key"',
      '}',
    ],
  })),
  template('fitbit-public-client-id', (g) => ({
    path: g.pick(['app/src/main/res/values/config.xml', 'ios/Config.plist']),
    lines: [
      '<resources>',
      `  <string name="fitbit_client_id">${v.fitbitClientId(g)}</string>`,
      '  <string name="fitbit_redirect">fitsync://oauth</string>',
      '</resources>',
    ],
  })),
  template('garmin-consumer-key-only', (g) => ({
    path: g.pick(['docs/garmin-partner.md', 'README.md']),
    lines: [
      'Our Garmin Health API consumer key (public, shown on the partner portal):',
      '',
      `    ${v.uuid(g)}`,
      '',
      'The secret lives in Vault at `secret/garmin/health`.',
    ],
  })),
  template('k8s-secret-ref', () => ({
    path: 'k8s/deployment.yaml',
    lines: [
      '        env:',
      '          - name: MINDBODY_API_KEY',
      '            valueFrom:',
      '              secretKeyRef: { name: booking-secrets, key: mindbody-api-key }',
      '          - name: STRIPE_SECRET_KEY',
      '            valueFrom:',
      '              secretKeyRef: { name: booking-secrets, key: stripe-secret }',
    ],
  })),
  template('github-actions-secrets', () => ({
    path: '.github/workflows/sync.yml',
    lines: [
      '    steps:',
      '      - run: python sync.py',
      '        env:',
      '          STRAVA_CLIENT_SECRET: ${{ secrets.STRAVA_CLIENT_SECRET }}',
      '          ODDS_API_KEY: ${{ secrets.ODDS_API_KEY }}',
    ],
  })),
  template('workout-json', (g) => ({
    path: g.pick(['data/workouts.json', 'fixtures/session.json']),
    lines: [
      '{',
      `  "id": "${v.uuid(g)}",`,
      `  "athlete_id": ${v.athleteId(g)},`,
      '  "sport": "running",',
      `  "strain": 14.${g.between(0, 9)},`,
      `  "hrv_rmssd": ${g.between(30, 120)}`,
      '}',
    ],
  })),
  template('token-type-code', () => ({
    path: 'src/types/oauth.ts',
    lines: [
      'export interface StravaTokenResponse {',
      '  token_type: "Bearer";',
      '  access_token: string;',
      '  refresh_token: string;',
      '  expires_at: number;',
      '}',
    ],
  })),
  template('stripe-object-ids', (g) => ({
    path: g.pick(['logs/webhooks.log', 'data/subscriptions.csv']),
    lines: [
      `2026-12-01T07:00:02Z customer.subscription.updated cus_${g.fake.alnum(14)} sub_${g.fake.alnum(24)} price_${g.fake.alnum(24)}`,
      `2026-12-01T07:00:03Z invoice.paid in_${g.fake.alnum(24)} ch_${g.fake.alnum(24)}`,
    ],
  })),
  template('gocardless-ids', (g) => ({
    path: g.pick(['dd/mandates.csv', 'exports/gocardless.csv']),
    lines: [
      'mandate_id,customer_id,reference,status',
      `MD${g.fake.upperAlnum(12)},CU${g.fake.upperAlnum(12)},${v.club(g).toUpperCase()}-${g.fake.digits(5)},active`,
    ],
  })),
  template('ha-config-no-secrets', () => ({
    path: 'configuration.yaml',
    lines: [
      'homeassistant:',
      '  name: Gym',
      '  unit_system: metric',
      'http:',
      '  use_x_forwarded_for: true',
      '  trusted_proxies: 172.30.33.0/24',
      'recorder:',
      '  purge_keep_days: 14',
    ],
  })),
  template('sportradar-docs-example', () => ({
    path: 'docs/feeds.md',
    lines: [
      'Call the schedule endpoint with your key:',
      '',
      '    GET https://api.sportradar.com/soccer/trial/v4/en/schedules/live/schedules.json?api_key={your_api_key}',
    ],
  })),
  template('rapidapi-host-only', () => ({
    path: 'src/api.js',
    lines: [
      'const headers = {',
      "  'X-RapidAPI-Key': process.env.RAPIDAPI_KEY,",
      "  'X-RapidAPI-Host': 'api-football-v1.p.rapidapi.com',",
      '};',
    ],
  })),
  template('volunteer-sheet-no-passwords', (g) => ({
    path: g.pick(['volunteers/rota.csv', 'Shared/rota.csv']),
    lines: [
      'name,role,phone,shift,password_reset_sent',
      `Dave,Gate,07700 900${g.fake.digits(3)},Sat AM,yes`,
      `Priya,Scorer,07700 900${g.fake.digits(3)},Sat PM,no`,
    ],
  })),
  template('git-commit-shas', (g) => ({
    path: 'CHANGELOG.md',
    lines: [
      '## 2.3.0',
      `- Strava webhook retries (${g.fake.hex(40)})`,
      `- Fix Fitbit sleep stage parsing (${g.fake.hex(7)})`,
    ],
  })),
  template('mindbody-sandbox-site-docs', () => ({
    path: 'docs/mindbody.md',
    lines: [
      'Use the public sandbox site id `-99` while developing.',
      'Headers: `Api-Key: <your key>`, `SiteId: -99`, `Authorization: <staff user token>`.',
    ],
  })),
  template('esp-sensor-ids', (g) => ({
    path: 'esphome/common.yaml',
    lines: [
      'sensor:',
      '  - platform: ble_rssi',
      `    mac_address: ${Array.from({ length: 6 }, () => g.fake.upperHex(2)).join(':')}`,
      '    name: "HR strap RSSI"',
      `    id: hr_${g.fake.hex(6)}`,
    ],
  })),
  template('jest-mock-tokens', () => ({
    path: 'test/strava.test.ts',
    lines: [
      "const tokens = { access_token: 'test-access-token', refresh_token: 'test-refresh-token', expires_at: 0 };",
      "nock('https://www.strava.com').post('/oauth/token').reply(200, tokens);",
    ],
  })),
  template('redacted-log', (g) => ({
    path: g.pick(['logs/sync.log', 'support/log-excerpt.txt']),
    lines: [
      '[INFO] refreshing Strava token for athlete ' + v.athleteId(g),
      '[DEBUG] refresh_token=[REDACTED] client_secret=****',
      '[INFO] 200 OK expires_in=21600',
    ],
  })),
];
