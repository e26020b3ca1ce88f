import { type CategoryTemplates, sec, template } from '../draft';
import { proseInCode } from './proseNotesCode';
import { proseInLanguages } from './proseNotesLanguages';
import { proseNegatives } from './proseNotesNegatives';

/**
 * Credentials written in prose and notes as people leave them in repositories: READMEs, wikis,
 * runbooks, handover and onboarding notes in Markdown, reStructuredText, AsciiDoc, Org and plain
 * text; tables and bullet lists; a label with its value on the next line or in a fenced block.
 * More shapes (code comments, transcripts, other human languages) and the hard negatives live in
 * the sibling modules. Every value is generated at run time.
 */
const docPositives: CategoryTemplates['positives'] = [
  template('readme-username-password-lines', (g) => {
    const pw = g.password();
    return {
      path: 'README.md',
      lines: [
        '# Inventory admin',
        '',
        '## Staging access',
        '',
        `username: ${g.user()}`,
        sec(`password: ${pw}`, pw),
        '',
        'Staging is reset every Sunday night.',
      ],
    };
  }),
  template('login-pass-one-line', (g) => {
    const pw = g.password();
    return {
      path: 'docs/environments.md',
      lines: ['## Test environment', '', `URL: https://${g.host()}/admin`, sec(`Login: ${g.user()}  Pass: ${pw}`, pw)],
    };
  }),
  template('notes-pw-short', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'notes.txt',
      lines: ['misc', `- nas at ${g.host()}`, sec(`- vpn ${g.user()} pw ${pw}`, pw), '- printer is on the 2nd floor'],
    };
  }),
  template('markdown-table-credentials', (g) => {
    const a = g.password();
    const b = g.password();
    return {
      path: 'wiki/Servers.md',
      lines: [
        '# Servers',
        '',
        '| host | user | password |',
        '|------|------|----------|',
        sec(`| ${g.host()} | ${g.user()} | ${a} |`, a),
        sec(`| ${g.host()} | ${g.user()} | ${b} |`, b),
      ],
    };
  }),
  template('markdown-table-key-column', (g) => {
    const k = g.apiKey();
    return {
      path: 'docs/integrations.md',
      lines: [
        '| Service | Account | API key | Notes |',
        '| --- | --- | --- | --- |',
        sec(`| Geocoder | ops@acme.io | ${k} | free tier |`, k),
        '| Status page | ops@acme.io | (SSO) | |',
      ],
    };
  }),
  template('bullet-db-password', (g) => {
    const pw = g.password();
    return {
      path: 'docs/runbook.md',
      lines: [
        '## Database',
        '',
        `- DB host: ${g.host()}`,
        `- DB user: ${g.user()}`,
        sec(`- DB password: ${pw}`, pw),
        '- Backups: nightly at 02:00 UTC',
      ],
    };
  }),
  template('prose-the-api-key-is', (g) => {
    const k = g.apiKey();
    return {
      path: 'docs/geocoding.md',
      lines: ['We geocode addresses during checkout.', sec(`The API key is ${k} (shared with the mobile app).`, k)],
    };
  }),
  template('prose-use-this-token', (g) => {
    const k = g.fake.alnum(g.between(24, 40));
    return {
      path: 'CONTRIBUTING.md',
      lines: [
        '## Running the integration tests',
        '',
        sec(`For the staging API use this token: ${k}`, k),
        '(it only has read access).',
      ],
    };
  }),
  template('label-next-line-indented', (g) => {
    const pw = g.password();
    return {
      path: 'docs/admin.md',
      lines: ['### Admin console', '', 'Admin password:', '', sec(`    ${pw}`, pw), '', 'Change it after the demo.'],
    };
  }),
  template('label-fenced-block', (g) => {
    const k = g.apiKey();
    return {
      path: 'docs/setup.md',
      lines: ['## Maps', '', 'API key for the staging project:', '', '```', sec(k, k), '```'],
    };
  }),
  template('handover-key-values', (g) => {
    const pw = g.password();
    return {
      path: 'HANDOVER.txt',
      lines: [
        'Handover - reporting server',
        '',
        `Server:   ${g.host()}`,
        `User:     ${g.user()}`,
        sec(`Password: ${pw}`, pw),
        'Cron:     /etc/cron.d/reports',
      ],
    };
  }),
  template('onboarding-user-slash-password', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'docs/onboarding.md',
      lines: [
        '## First day',
        '',
        '1. Get a laptop from IT.',
        sec(`2. Log in to the shared Jenkins as \`${g.user()}\` / \`${pw}\` until your account exists.`, pw),
        '3. Join #eng-announce.',
      ],
    };
  }),
  template('runbook-parenthetical', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'runbooks/restart-queue.md',
      lines: [
        '# Restarting the queue',
        '',
        sec(`SSH to ${g.host()} as ${g.user()} (password \`${pw}\`) and run:`, pw),
        '',
        '    sudo systemctl restart rabbitmq-server',
      ],
    };
  }),
  template('bold-label-markdown', (g) => {
    const pw = g.password();
    return {
      path: 'wiki/Wifi.md',
      lines: ['# Office wifi', '', '**SSID:** AcmeGuest', sec(`**Password:** ${pw}`, pw)],
    };
  }),
  template('inline-code-password-is', (g) => {
    const pw = g.password();
    return {
      path: 'docs/demo.md',
      lines: ['The demo account is `demo-sales`.', sec(`Its password is \`${pw}\`.`, pw)],
    };
  }),
  template('rst-field-list', (g) => {
    const pw = g.password();
    return {
      path: 'docs/deploy.rst',
      lines: [
        'Deployment',
        '==========',
        '',
        `:host: ${g.host()}`,
        `:username: ${g.user()}`,
        sec(`:password: ${pw}`, pw),
      ],
    };
  }),
  template('rst-literal-block', (g) => {
    const k = g.apiKey();
    return {
      path: 'docs/api.rst',
      lines: ['API access', '----------', '', 'The internal API token is::', '', sec(`    ${k}`, k)],
    };
  }),
  template('asciidoc-labeled-list', (g) => {
    const pw = g.password();
    return {
      path: 'docs/ops.adoc',
      lines: ['= Operations', '', '== Monitoring', '', `Username:: ${g.user()}`, sec(`Password:: ${pw}`, pw)],
    };
  }),
  template('asciidoc-table', (g) => {
    const pw = g.password();
    return {
      path: 'docs/accounts.adoc',
      lines: ['[cols="1,1,1"]', '|===', '|System |User |Password', '', sec(`|Grafana |${g.user()} |${pw}`, pw), '|==='],
    };
  }),
  template('org-properties', (g) => {
    const pw = g.password();
    return {
      path: 'notes/servers.org',
      lines: [`* ${g.host()}`, '  :PROPERTIES:', `  :USER:     ${g.user()}`, sec(`  :PASSWORD: ${pw}`, pw), '  :END:'],
    };
  }),
  template('org-description-list', (g) => {
    const pw = g.password();
    return {
      path: 'notes/todo.org',
      lines: ['* Mail server', `  - user :: ${g.user()}`, sec(`  - password :: ${pw}`, pw)],
    };
  }),
  template('html-notes-definition', (g) => {
    const pw = g.password();
    return {
      path: 'docs/access.html',
      lines: ['<h2>Backup server</h2>', `<p><b>User:</b> ${g.user()}<br>`, sec(`<b>Password:</b> ${pw}</p>`, pw)],
    };
  }),
  template('html-table-cells', (g) => {
    const pw = g.password();
    return {
      path: 'wiki/accounts.html',
      lines: [
        '<table>',
        '<tr><th>System</th><th>Login</th><th>Password</th></tr>',
        sec(`<tr><td>Router</td><td>admin</td><td>${pw}</td></tr>`, pw),
        '</table>',
      ],
    };
  }),
  template('html-comment-admin-pass', (g) => {
    const pw = g.password();
    return {
      path: 'public/index.html',
      lines: ['<body>', sec(`<!-- admin pass: ${pw} -->`, pw), '<div id="app"></div>', '</body>'],
    };
  }),
  template('txt-section-block', (g) => {
    const pw = g.password();
    return {
      path: 'docs/ftp.txt',
      lines: ['FTP upload', `  host: ${g.host()}`, `  user: ${g.user()}`, sec(`  pass: ${pw}`, pw)],
    };
  }),
  template('wifi-password-is-prose', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'docs/office.md',
      lines: ['# Office', '', sec(`The guest wifi password is ${pw} - it changes every quarter.`, pw)],
    };
  }),
  template('heading-then-value', (g) => {
    const k = g.apiKey();
    return {
      path: 'docs/keys.md',
      lines: ['# Keys', '', '**Analytics API key**', '', sec(k, k), '', '**Owner**: data team'],
    };
  }),
  template('arrow-token', (g) => {
    const k = g.fake.hex(g.pick([32, 40, 64]));
    return {
      path: 'notes/ci.md',
      lines: ['CI notes', '', sec(`deploy token -> ${k}`, k), 'runner tag: linux-large'],
    };
  }),
  template('secret-key-label-bullet', (g) => {
    const k = g.fake.alnum(g.between(32, 48));
    return {
      path: 'docs/payments.md',
      lines: ['## Payment gateway (sandbox)', '', `- Merchant ID: ${g.fake.digits(8)}`, sec(`- Secret key: ${k}`, k)],
    };
  }),
  template('credentials-with-login-as', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'wiki/Grafana.md',
      lines: ['# Grafana', '', sec(`Login with ${g.user()}/${pw} on https://${g.host()}:3000`, pw)],
    };
  }),
];

/** The prose-notes category: docs and notes, code comments and transcripts, other languages. */
export const proseNotes: CategoryTemplates = {
  positives: [...docPositives, ...proseInCode, ...proseInLanguages],
  negatives: proseNegatives,
};
