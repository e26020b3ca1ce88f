import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * sports-fitness positives from gym and studio management, bookings and payments and league
 * management: Mindbody (API keys, source credentials, staff logins), Zen Planner, Glofox, ABC
 * Fitness, ClubReady, Stripe, GoCardless, Square, TeamSnap, SportsEngine, club WordPress sites,
 * volunteer login sheets and coach hand-over notes. Values generated at run time.
 */
export const gymPositives: readonly Template[] = [
  template('mindbody-api-key-cs', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['Studio.Booking/MindbodyClient.cs', 'src/Integrations/Mindbody.cs']),
      lines: [
        '_http.BaseAddress = new Uri("https://api.mindbodyonline.com/public/v6/");',
        sec(`_http.DefaultRequestHeaders.Add("Api-Key", "${k}");`, k),
        `_http.DefaultRequestHeaders.Add("SiteId", "${g.between(100000, 999999)}");`,
      ],
    };
  }),
  template('mindbody-staff-token-python', (g) => {
    const k = v.hex(g, 32);
    const p = v.plain(g);
    return {
      path: g.pick(['mbo/sync_classes.py', 'integrations/mindbody.py']),
      lines: [
        sec(`MBO_API_KEY = "${k}"`, k),
        `MBO_SITE_ID = "${g.between(100000, 999999)}"`,
        'resp = requests.post(f"{BASE}/usertoken/issue", headers={"Api-Key": MBO_API_KEY, "SiteId": MBO_SITE_ID},',
        sec(`                     json={"Username": "frontdesk_admin", "Password": "${p}"})`, p),
      ],
    };
  }),
  template('mindbody-source-credentials-xml', (g) => {
    const p = v.base64Of(g.fake.alnum(18)).replace(/=+$/, '') + '=';
    return {
      path: g.pick(['Web.config', 'App.config']),
      lines: [
        '<appSettings>',
        '  <add key="MBO.SourceName" value="PeakFitBooking" />',
        sec(`  <add key="MBO.SourcePassword" value="${p}" />`, p),
        '  <add key="MBO.SiteIDs" value="-99" />',
        '</appSettings>',
      ],
    };
  }),
  template('mindbody-env', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['.env', 'booking-widget/.env.production']),
      lines: [
        sec(`MINDBODY_API_KEY=${k}`, k),
        `MINDBODY_SITE_ID=${g.between(100000, 999999)}`,
        'MINDBODY_STAFF_USER=owner',
      ],
    };
  }),
  template('zenplanner-php', (g) => {
    const k = v.alnum(g, 32, 40);
    return {
      path: g.pick(['wp-content/plugins/zp-schedule/config.php', 'includes/zenplanner.php']),
      lines: [
        '<?php',
        "define('ZP_PARTITION', 'peakfit');",
        sec(`define('ZP_API_KEY', '${k}');`, k),
        "define('ZP_TIMEZONE', 'America/Denver');",
      ],
    };
  }),
  template('glofox-headers-js', (g) => {
    const k = v.alnum(g, 32, 40);
    const t = v.alnum(g, 40, 48);
    return {
      path: g.pick(['functions/glofox.js', 'src/glofox/client.js']),
      lines: [
        'const headers = {',
        sec(`  'x-api-key': '${k}',`, k),
        sec(`  'x-glofox-api-token': '${t}',`, t),
        `  'x-glofox-branch-id': '${g.fake.hex(24)}',`,
        '};',
      ],
    };
  }),
  template('abc-fitness-app-key', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['abc/members_export.py', 'etl/abc_fitness.py']),
      lines: [
        `ABC_APP_ID = "${v.hex(g, 8)}"`,
        sec(`ABC_APP_KEY = "${k}"`, k),
        'headers = {"app_id": ABC_APP_ID, "app_key": ABC_APP_KEY, "Accept": "application/json"}',
        'r = requests.get(f"https://api.abcfinancial.com/rest/{club}/members", headers=headers)',
      ],
    };
  }),
  template('clubready-key-csharp', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['ClubReady/Settings.cs', 'Services/ClubReadyService.cs']),
      lines: [
        `public const int StoreId = ${g.between(1000, 9999)};`,
        sec(`public const string ApiKey = "${k}";`, k),
        'public const string BaseUrl = "https://www.clubready.com/api/current/";',
      ],
    };
  }),
  template('stripe-membership-env', (g) => {
    const s = v.stripeSecret(g, 'live');
    const w = v.stripeWebhook(g);
    return {
      path: g.pick(['.env', 'memberships/.env.production']),
      lines: [
        `STRIPE_PUBLISHABLE_KEY=${v.stripePublishable(g)}`,
        sec(`STRIPE_SECRET_KEY=${s}`, s),
        sec(`STRIPE_WEBHOOK_SECRET=${w}`, w),
      ],
    };
  }),
  template('stripe-ruby-class-packs', (g) => {
    const s = v.stripeSecret(g);
    return {
      path: g.pick(['config/initializers/stripe.rb', 'app/services/class_pack_checkout.rb']),
      lines: [
        sec(`Stripe.api_key = '${s}'`, s),
        'Stripe::Checkout::Session.create(mode: "payment", line_items: [{ price: "price_10class", quantity: 1 }])',
      ],
    };
  }),
  template('gocardless-env', (g) => {
    const t = v.gocardless(g, 'live');
    const w = v.alnum(g, 32, 40);
    return {
      path: g.pick(['.env', 'dd-mandates/.env']),
      lines: [
        sec(`GOCARDLESS_ACCESS_TOKEN=${t}`, t),
        'GOCARDLESS_ENVIRONMENT=live',
        sec(`GOCARDLESS_WEBHOOK_SECRET=${w}`, w),
      ],
    };
  }),
  template('gocardless-python-client', (g) => {
    const t = v.gocardless(g, g.pick(['live', 'sandbox']));
    return {
      path: g.pick(['billing/direct_debit.py', 'subs/gocardless_sync.py']),
      lines: [
        'import gocardless_pro',
        sec(`client = gocardless_pro.Client(access_token="${t}", environment="live")`, t),
        'mandates = client.mandates.list().records',
      ],
    };
  }),
  template('square-pos-yaml', (g) => {
    const t = v.squareToken(g);
    return {
      path: g.pick(['config/square.yml', 'pos/square.yaml']),
      lines: [
        'square:',
        '  environment: production',
        sec(`  access_token: ${t}`, t),
        `  location_id: L${g.fake.upperAlnum(12)}`,
      ],
    };
  }),
  template('teamsnap-oauth', (g) => {
    const s = v.hex(g, 64);
    return {
      path: g.pick(['config/teamsnap.js', 'server/teamsnap.ts']),
      lines: [
        'module.exports = {',
        `  clientId: '${v.hex(g, 64)}',`,
        sec(`  clientSecret: '${s}',`, s),
        "  authUrl: 'https://auth.teamsnap.com/oauth/authorize',",
        '};',
      ],
    };
  }),
  template('teamsnap-token-curl', (g) => {
    const t = v.hex(g, 64);
    return {
      path: g.pick(['scripts/roster.sh', 'docs/teamsnap.md']),
      lines: [
        sec(
          `curl -s -H "Authorization: Bearer ${t}" https://api.teamsnap.com/v3/teams/search?user_id=${g.between(100000, 9999999)}`,
          t,
        ),
      ],
    };
  }),
  template('sportsengine-client-secret', (g) => {
    const s = v.alnum(g, 40, 48);
    return {
      path: g.pick(['appsettings.json', 'registration-sync/appsettings.Production.json']),
      lines: [
        '{',
        '  "SportsEngine": {',
        `    "ClientId": "${v.alnum(g, 20, 24)}",`,
        sec(`    "ClientSecret": "${s}"`, s),
        '  }',
        '}',
      ],
    };
  }),
  template('wp-config-club', (g) => {
    const p = v.plain(g);
    return {
      path: 'wp-config.php',
      lines: [
        "define( 'DB_NAME', 'club_wp' );",
        "define( 'DB_USER', 'clubadmin' );",
        sec(`define( 'DB_PASSWORD', '${p}' );`, p),
        "define( 'DB_HOST', 'localhost' );",
      ],
    };
  }),
  template('wp-salts-club', (g) => {
    const a = v.wpSalt(g);
    const b = v.wpSalt(g);
    return {
      path: g.pick(['wp-config.php', 'public_html/wp-config.php']),
      lines: [sec(`define('AUTH_KEY',         '${a}');`, a), sec(`define('SECURE_AUTH_KEY',  '${b}');`, b)],
    };
  }),
  template('volunteer-login-csv', (g) => {
    const a = v.plain(g);
    const b = v.plain(g);
    return {
      path: g.pick(['volunteers/logins.csv', 'Shared/Club Admin/accounts.csv']),
      lines: [
        'system,url,username,password,owner',
        sec(`Club website,https://${v.clubDomain(g)}/wp-admin,webmaster,${a},Dave`, a),
        sec(`TeamSnap,https://go.teamsnap.com,${v.email(g)},${b},Registrar`, b),
      ],
    };
  }),
  template('coach-handover-md', (g) => {
    const a = v.plain(g);
    const w = v.wifi(g);
    return {
      path: g.pick(['handover/coach-notes.md', 'docs/season-handover.md']),
      lines: [
        '## Hand-over for next season',
        '- Hudl: team account is under the head coach email.',
        sec(`- Hudl login: ${v.email(g)} / ${a}`, a),
        sec(`- Clubhouse Wi-Fi: ${v.cap(v.club(g))}-Members, password ${w}`, w),
        '- Kit cupboard code is on the whiteboard.',
      ],
    };
  }),
  template('square-node', (g) => {
    const t = v.squareToken(g);
    return {
      path: g.pick(['src/square.js', 'api/payments.js']),
      lines: [
        "const { Client, Environment } = require('square');",
        'const client = new Client({',
        sec(`  accessToken: '${t}',`, t),
        '  environment: Environment.Production,',
        '});',
      ],
    };
  }),
  template('gym-door-controller', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['access-control/controller.conf', 'doors/kisi.conf']),
      lines: ['[controller]', `host = ${v.ip(g)}`, 'user = admin', sec(`password = ${p}`, p), 'doors = front,studio2'],
    };
  }),
  template('mindbody-ticket-chat', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['chat/frontdesk-slack-export.txt', 'support/handoff.txt']),
      lines: [
        '[09:14] jess: anyone know the mindbody owner login? need to fix class capacity',
        sec(`[09:15] mark: owner / ${p}  (don't share pls)`, p),
        '[09:15] jess: thanks!',
      ],
    };
  }),
  template('club-smtp-settings', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/mail.yml', 'newsletter/settings.yml']),
      lines: [
        'smtp:',
        '  host: smtp.office365.com',
        '  port: 587',
        `  user: ${v.email(g)}`,
        sec(`  password: "${p}"`, p),
      ],
    };
  }),
  template('booking-db-url', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['.env', 'booking/.env']),
      lines: [
        sec(`DATABASE_URL=postgres://booking:${p}@db.internal:5432/classes`, p),
        'REDIS_URL=redis://localhost:6379/0',
      ],
    };
  }),
];
