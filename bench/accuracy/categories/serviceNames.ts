import { type CategoryTemplates, sec, template } from '../draft';
import type { Gen } from '../gen';

/**
 * A SaaS service named next to an unprefixed 16–64 character key, without assignment syntax:
 * notes, prose, logs, INI/TOML sections. Keys are generated at run time.
 */
export const serviceNames: CategoryTemplates = {
  positives: [
    template('note-dash-quoted', (g) => {
      const k = g.apiKey();
      return {
        path: 'notes/handover.txt',
        lines: [
          'Handover notes for the on-call rotation',
          '',
          sec(`${svc(g)} token - '${k}'`, k),
          '',
          'Ask Priya for the staging VPN profile.',
        ],
      };
    }),
    template('note-next-line', (g) => {
      const k = g.apiKey();
      return {
        path: 'docs/accounts.md',
        lines: [
          '# Third-party accounts',
          '',
          `## ${svc(g)}`,
          '',
          `${svc(g)} API key:`,
          sec(`    ${k}`, k),
          '',
          'Billing contact: finance@acme.io',
        ],
      };
    }),
    template('note-colon-same-line', (g) => {
      const k = g.apiKey();
      return {
        path: 'TODO.md',
        lines: ['- [ ] move keys to the vault', sec(`- [ ] ${svc(g)} key: ${k}`, k), '- [ ] rotate the staging certs'],
      };
    }),
    template('log-using-key', (g) => {
      const k = g.apiKey();
      const s = svc(g).toLowerCase();
      return {
        path: 'logs/worker.log',
        lines: [
          `2024-05-02T10:14:01Z INFO  [${s}] client initialised`,
          sec(`2024-05-02T10:14:01Z DEBUG [${s}] Using Key=${k}`, k),
          `2024-05-02T10:14:02Z INFO  [${s}] sent batch of 42 events`,
        ],
      };
    }),
    template('log-json-line', (g) => {
      const k = g.apiKey();
      return {
        path: 'logs/app.jsonl',
        lines: [sec(`{"level":"debug","msg":"${svc(g)} request","key":"${k}","status":200}`, k)],
      };
    }),
    template('ini-section', (g) => {
      const k = g.apiKey();
      return {
        path: 'config/integrations.ini',
        lines: [
          '[general]',
          'timeout = 30',
          '',
          `[${svc(g).toLowerCase()}]`,
          `account = ${g.word()}-team`,
          sec(`key = ${k}`, k),
        ],
      };
    }),
    template('toml-section', (g) => {
      const k = g.apiKey();
      return {
        path: 'integrations.toml',
        lines: [`[services.${slug(svc(g))}]`, 'enabled = true', sec(`secret = "${k}"`, k)],
      };
    }),
    template('markdown-table', (g) => {
      const k = g.apiKey();
      const s = svc(g);
      return {
        path: 'wiki/Vendors.md',
        lines: [
          '| Vendor | Account | Key |',
          '|---|---|---|',
          sec(`| ${s} | ops@acme.io | ${k} |`, k),
          '| Internal wiki | n/a | n/a |',
        ],
      };
    }),
    template('yaml-service-block', (g) => {
      const k = g.apiKey();
      return {
        path: 'config/vendors.yaml',
        lines: [`${slug(svc(g))}:`, '  region: eu', sec(`  api: ${k}`, k), '  retries: 3'],
      };
    }),
    template('code-comment', (g) => {
      const k = g.apiKey();
      return {
        path: 'src/integrations/vendor.ts',
        lines: [sec(`// ${svc(g)} (prod): ${k}`, k), 'export const VENDOR_TIMEOUT_MS = 5000;'],
      };
    }),
    template('chat-paste', (g) => {
      const k = g.apiKey();
      return {
        path: 'notes/standup-2024-05-02.md',
        lines: [
          '* Deploy went fine',
          sec(`* here's the ${svc(g)} key for staging ${k} (rotate after the demo)`, k),
          '* Next: load test',
        ],
      };
    }),
    template('env-service-prefix', (g) => {
      const k = g.apiKey();
      const s = slug(svc(g)).toUpperCase().replace(/-/g, '_');
      return { path: '.env.production', lines: ['NODE_ENV=production', sec(`${s}_KEY=${k}`, k), 'LOG_LEVEL=info'] };
    }),
  ],
  negatives: [
    template('changelog-commit-sha', (g) => ({
      path: 'CHANGELOG.md',
      lines: [
        '## 2.4.1',
        '',
        `- Upgrade ${svc(g)} SDK to 5.2.0 (${g.fake.hex(40)})`,
        `- Fix retry of ${svc(g)} webhooks (${g.fake.hex(7)})`,
      ],
    })),
    template('docs-placeholder-key', (g) => {
      const s = svc(g);
      return {
        path: 'docs/setup.md',
        lines: [
          `## ${s}`,
          '',
          `${s} API key: YOUR_${slug(s).toUpperCase().replace(/-/g, '_')}_API_KEY`,
          '',
          `Set \`${slug(s).toUpperCase().replace(/-/g, '_')}_API_KEY\` in the dashboard, not in code.`,
        ],
      };
    }),
    template('sentry-event-id', (g) => ({
      path: 'logs/api.log',
      lines: [
        `2024-05-02T10:14:01Z ERROR unhandled exception; Sentry event id ${g.fake.hex(32)}`,
        `2024-05-02T10:14:01Z INFO  trace_id=${g.fake.hex(32)} span_id=${g.fake.hex(16)}`,
      ],
    })),
    template('image-digest', (g) => ({
      path: 'k8s/agent.yaml',
      lines: [
        'containers:',
        `  - name: ${slug(svc(g))}-agent`,
        `    image: registry.acme.io/${slug(svc(g))}/agent@sha256:${g.fake.hex(64)}`,
      ],
    })),
    template('lockfile-integrity', (g) => ({
      path: 'package-lock.json',
      lines: [
        `    "node_modules/@${slug(svc(g))}/client": {`,
        '      "version": "3.2.1",',
        `      "resolved": "https://registry.npmjs.org/@${slug(svc(g))}/client/-/client-3.2.1.tgz",`,
        `      "integrity": "sha512-${g.fake.base64(86)}=="`,
        '    }',
      ],
    })),
    template('ini-env-reference', (g) => ({
      path: 'config/integrations.ini',
      lines: [`[${svc(g).toLowerCase()}]`, 'key = ${VENDOR_API_KEY}', 'endpoint = https://api.vendor.io/v3'],
    })),
    template('log-redacted', (g) => ({
      path: 'logs/worker.log',
      lines: [
        `2024-05-02T10:14:01Z DEBUG [${svc(g).toLowerCase()}] Using Key=****${g.fake.hex(4)}`,
        `2024-05-02T10:14:02Z INFO  [${svc(g).toLowerCase()}] request ${g.fake.uuid()} ok`,
      ],
    })),
    template('prose-no-key', (g) => ({
      path: 'docs/architecture.md',
      lines: [
        `We send transactional mail through ${svc(g)} and page the on-call through ${svc(g)}.`,
        `The ${svc(g)} API key lives in the vault under \`kv/prod/${slug(svc(g))}\`.`,
      ],
    })),
    template('commit-in-table', (g) => ({
      path: 'wiki/Releases.md',
      lines: ['| Service | Version | Commit |', '|---|---|---|', `| ${svc(g)} connector | 1.8.0 | ${g.fake.hex(40)} |`],
    })),
    template('etag-checksum', (g) => ({
      path: 'cache/manifest.txt',
      lines: [`${slug(svc(g))}-sdk.tar.gz  md5=${g.fake.hex(32)}`, `${slug(svc(g))}-cli.zip  sha1=${g.fake.hex(40)}`],
    })),
  ],
};

function svc(g: Gen): string {
  return g.pick(SERVICES);
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** SaaS services whose keys carry no prefix: recognisable only by the name written nearby. */
const SERVICES = [
  'Mailgun',
  'Mailchimp',
  'Mandrill',
  'Postmark',
  'SparkPost',
  'Mailjet',
  'Brevo',
  'Sendinblue',
  'Algolia',
  'Datadog',
  'PagerDuty',
  'Opsgenie',
  'Bugsnag',
  'Rollbar',
  'Honeybadger',
  'Airbrake',
  'LogDNA',
  'Loggly',
  'Papertrail',
  'Sumo Logic',
  'Mixpanel',
  'Amplitude',
  'Segment',
  'Heap',
  'Pendo',
  'Intercom',
  'Zendesk',
  'Freshdesk',
  'HubSpot',
  'Pipedrive',
  'Airtable',
  'Asana',
  'Trello',
  'ClickUp',
  'Monday.com',
  'Todoist',
  'Calendly',
  'Typeform',
  'SurveyMonkey',
  'Zoom',
  'Twilio',
  'Vonage',
  'Nexmo',
  'Plivo',
  'MessageBird',
  'Telnyx',
  'Pusher',
  'Ably',
  'PubNub',
  'Bitly',
  'Cloudinary',
  'Imgix',
  'Uploadcare',
  'Filestack',
  'Mapquest',
  'OpenWeatherMap',
  'WeatherAPI',
  'IPinfo',
  'ipstack',
  'Abstract API',
  'Etherscan',
  'Infura',
  'Alchemy',
  'CoinMarketCap',
  'Finnhub',
  'Alpha Vantage',
  'Polygon.io',
  'Plaid',
  'Paystack',
  'Razorpay',
  'Coveralls',
  'Codecov',
  'Travis CI',
  'CircleCI',
  'Snyk',
  'SonarCloud',
  'BrowserStack',
  'Sauce Labs',
  'LaunchDarkly',
  'Contentful',
  'Storyblok',
  'Sanity',
  'Prismic',
  'DatoCMS',
  'Buttercms',
  'Shippo',
  'EasyPost',
  'Aftership',
  'Lokalise',
  'Crowdin',
  // The long tail (tableLongTail.ts).
  'Adzuna',
  'Ayrshare',
  'Bannerbear',
  'Calendarific',
  'Currencycloud',
  'Detectify',
  'Geocodio',
  'GraphHopper',
  'HelpCrunch',
  'Imagga',
  'JumpCloud',
  'LoginRadius',
  'MeisterTask',
  'Newscatcher',
  'OnePageCRM',
  'PandaScore',
  'Rebrandly',
  'Salesflare',
  'Shotstack',
  'SportMonks',
  'SurveySparrow',
  'TimeCamp',
  'Typetalk',
  'ZenRows',
];
