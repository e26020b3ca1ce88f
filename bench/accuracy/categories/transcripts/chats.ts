import { type Template, block, sec, template } from '../../draft';
import type { Gen } from '../../gen';
import { type Paste, labelledLines, userPaste } from './pastes';
import {
  anthropicKey,
  anyKey,
  bearer,
  connectionUrl,
  epoch,
  isoTime,
  password,
  plainKey,
  slackTeam,
  slackTs,
  slackUser,
  uuid,
} from './values';

/**
 * transcripts positives, team chat and ticket exports: Slack export JSON (mrkdwn with `<url|label>`
 * and `<mailto:…>` markup), Discord and Teams exports, `.eml` and mbox mail with quoted-printable
 * bodies (`=3D`, soft line breaks), GitHub issue JSON and Jira CSV/XML exports. Values generated at
 * run time.
 */

/** Slack escapes &, < and > in message text and wraps links in angle brackets. */
const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function slackMessage(g: Gen, text: string): Record<string, unknown> {
  const user = slackUser(g);
  const ts = slackTs(g);
  return {
    client_msg_id: uuid(g),
    type: 'message',
    text,
    user,
    ts,
    blocks: [
      {
        type: 'rich_text',
        block_id: g.fake.base64url(4),
        elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: '…' }] }],
      },
    ],
    team: slackTeam(g),
    user_team: slackTeam(g),
    user_profile: {
      avatar_hash: g.fake.hex(12),
      real_name: g.pick(['Ana Ruiz', 'Sam Lee', 'Priya N']),
      display_name: g.user(),
      is_restricted: false,
    },
  };
}

export function slackDay(g: Gen, secretText: string): string {
  const before = slackMessage(
    g,
    g.pick([
      'anyone have the staging creds?',
      'deploy is failing on auth again',
      'can someone share the API key for the partner sandbox?',
    ]),
  );
  const after = slackMessage(g, g.pick(['thanks!', 'works now :tada:', 'got it, thx']));
  return JSON.stringify([before, slackMessage(g, secretText), after], null, 4);
}

/** A message body written in one of Slack's markup shapes, with its secret. */
function slackShape(g: Gen): Paste {
  switch (g.fake.int(6)) {
    case 0: {
      const db = connectionUrl(g);
      return { text: `prod db is <${db.url}> (read-only user)`, secrets: [db.pw] };
    }
    case 1: {
      const pw = password(g);
      const mail = `svc-${g.word()}@acmecorp.net`;
      return { text: `login for <mailto:${mail}|${mail}> is password: ${pw}`, secrets: [pw] };
    }
    case 2: {
      const k = plainKey(g);
      const url = `https://api.acmecorp.net/v1/hook?${g.pick(['token', 'api_key', 'key'])}=${k.value}`;
      return { text: `use <${url}|this webhook> for the alerts`, secrets: [k.value] };
    }
    case 3: {
      const k = anyKey(g);
      return { text: `\`\`\`${k.env}=${k.value}\`\`\``, secrets: [k.value] };
    }
    case 4: {
      const t = bearer(g);
      return { text: `here's the staging token: \`${t}\` expires friday`, secrets: [t] };
    }
    default: {
      const p = userPaste(g);
      return { text: slackEscape(p.text), secrets: p.secrets };
    }
  }
}

// ---- mail -----------------------------------------------------------------------------------

/** Quoted-printable encoding of a body (RFC 2045): `=` as `=3D`, lines over 76 characters soft-broken. */
export function quotedPrintable(body: string): string[] {
  const out: string[] = [];
  for (const raw of body.split('\n')) {
    let line = raw.replace(/=/g, '=3D');
    while (line.length > 76) {
      let cut = 75;
      // never split an =XX escape
      if (line[cut - 1] === '=') cut -= 1;
      else if (line[cut - 2] === '=') cut -= 2;
      out.push(line.slice(0, cut) + '=');
      line = line.slice(cut);
    }
    out.push(line);
  }
  return out;
}

export function mailHeaders(g: Gen, subject: string, qp: boolean): string[] {
  const from = g.user();
  return [
    `From: ${from} <${from}@acmecorp.net>`,
    `To: ${g.pick(['ops', 'dev-team', 'platform'])}@acmecorp.net`,
    `Subject: ${subject}`,
    `Date: Tue, ${g.between(1, 28)} May 2025 1${g.between(0, 9)}:${g.between(10, 59)}:${g.between(10, 59)} +0200`,
    `Message-ID: <CA${g.fake.base64url(40)}@mail.gmail.com>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="UTF-8"',
    `Content-Transfer-Encoding: ${qp ? 'quoted-printable' : '7bit'}`,
    '',
  ];
}

/** Builds a mail draft from encoded body lines, labelling the lines that hold (a piece of) each secret. */
function mailDraft(path: string, head: string[], bodyLines: string[], secrets: readonly string[]) {
  const lines: Array<string | ReturnType<typeof sec> | ReturnType<typeof block>> = [...head];
  const joined = bodyLines.map((l) => (l.endsWith('=') && !/=[0-9A-F]{2}$/.test(l) ? l.slice(0, -1) : l));
  // Map each secret to the body lines its characters fall on (after undoing soft breaks).
  const flat = joined.join('');
  const starts: number[] = [];
  let at = 0;
  for (const l of joined) {
    starts.push(at);
    at += l.length;
  }
  const owner = new Map<number, { group: number; value: string }[]>();
  secrets.forEach((s, gi) => {
    const i = flat.indexOf(s);
    if (i < 0) throw new Error(`transcripts mail: secret not written into ${path}`);
    joined.forEach((l, li) => {
      const a = Math.max(i, starts[li]!);
      const b = Math.min(i + s.length, starts[li]! + l.length);
      if (b - a > 0) owner.set(li, [...(owner.get(li) ?? []), { group: gi, value: flat.slice(a, b) }]);
    });
  });
  let li = 0;
  while (li < bodyLines.length) {
    const o = owner.get(li);
    if (!o) {
      lines.push(bodyLines[li]!);
      li++;
      continue;
    }
    const group = o[0]!.group;
    const parts = [sec(bodyLines[li]!, o[0]!.value)];
    li++;
    while (li < bodyLines.length && owner.get(li)?.[0]?.group === group) {
      parts.push(sec(bodyLines[li]!, owner.get(li)![0]!.value));
      li++;
    }
    lines.push(parts.length === 1 ? parts[0]! : block(parts));
  }
  return { path, lines };
}

function mailBody(g: Gen): Paste {
  switch (g.fake.int(4)) {
    case 0: {
      const pw = password(g);
      return {
        text: [
          'Hi team,',
          '',
          'The new credentials for the reporting database:',
          '',
          `host=${g.host()}`,
          `user=${g.user()}`,
          `password=${pw}`,
          '',
          'Please do not forward.',
        ].join('\n'),
        secrets: [pw],
      };
    }
    case 1: {
      const k = anyKey(g);
      return {
        text: [
          'Hello,',
          '',
          `Your ${k.service} API key has been provisioned. Add it to your deployment as`,
          '',
          `${k.env}=${k.value}`,
          '',
          'Regards,',
          'Platform team',
        ].join('\n'),
        secrets: [k.value],
      };
    }
    case 2: {
      const key = anthropicKey(g);
      return {
        text: [
          'Hi,',
          '',
          `Here is the key we talked about for the pilot (header x-api-key): ${key}`,
          '',
          'Thanks',
        ].join('\n'),
        secrets: [key],
      };
    }
    default: {
      const db = connectionUrl(g);
      return {
        text: [
          'Morning,',
          '',
          `Connection string for the migration window: ${db.url}`,
          '',
          'It will be rotated on Monday.',
        ].join('\n'),
        secrets: [db.pw],
      };
    }
  }
}

// ---- tickets --------------------------------------------------------------------------------

function csvCell(s: string): string {
  return '"' + s.replace(/"/g, '""') + '"';
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const chatPositives: readonly Template[] = [
  template('slack-export-message', (g) => {
    const p = slackShape(g);
    return labelledLines(
      `slack-export/${g.pick(['general', 'dev-ops', 'backend', 'incidents'])}/2025-0${g.between(1, 9)}-1${g.between(0, 9)}.json`,
      slackDay(g, p.text),
      p.secrets,
    );
  }),
  template('slack-export-user-paste', (g) => {
    const p = userPaste(g);
    return labelledLines(
      `export/dev-help/2025-04-2${g.between(0, 9)}.json`,
      slackDay(g, slackEscape(p.text)),
      p.secrets,
    );
  }),
  template('discord-export-json', (g) => {
    const p = g.chance(0.5) ? slackShape(g) : userPaste(g);
    const doc = {
      guild: { id: g.fake.digits(18), name: 'Acme Dev', iconUrl: 'https://cdn.discordapp.com/embed/avatars/0.png' },
      channel: { id: g.fake.digits(19), type: 'GuildTextChat', category: 'Engineering', name: 'help', topic: null },
      dateRange: { after: null, before: null },
      messages: [
        {
          id: g.fake.digits(19),
          type: 'Default',
          timestamp: isoTime(g),
          timestampEdited: null,
          isPinned: false,
          content: p.text,
          author: { id: g.fake.digits(18), name: g.user(), discriminator: '0000', nickname: g.user(), isBot: false },
          attachments: [],
          embeds: [],
          reactions: [],
          mentions: [],
        },
      ],
      messageCount: 1,
    };
    return labelledLines(
      `discord/Acme Dev - Engineering - help [${g.fake.digits(19)}].json`,
      JSON.stringify(doc, null, 2),
      p.secrets,
    );
  }),
  template('teams-export-html-body', (g) => {
    const p = userPaste(g);
    const html = p.text
      .split('\n')
      .map((l) => `<p>${xmlEscape(l)}</p>`)
      .join('');
    const doc = {
      value: [
        {
          id: String(epoch(g)) + g.fake.digits(3),
          messageType: 'message',
          createdDateTime: isoTime(g),
          from: { user: { id: uuid(g), displayName: 'Sam Lee', userIdentityType: 'aadUser' } },
          body: { contentType: 'html', content: html },
          attachments: [],
        },
      ],
    };
    return labelledLines('teams-export/messages.json', JSON.stringify(doc, null, 2), p.secrets);
  }),
  template('eml-quoted-printable', (g) => {
    const b = mailBody(g);
    const head = mailHeaders(
      g,
      g.pick(['New DB credentials', 'Your API key', 'Pilot access', 'Migration window']),
      true,
    );
    return mailDraft(
      g.pick(['mail/credentials.eml', 'docs/support/ticket-4821.eml', 'Re_ access.eml']),
      head,
      quotedPrintable(b.text),
      b.secrets,
    );
  }),
  template('mbox-thread', (g) => {
    const b = mailBody(g);
    const first = [
      'From ops@acmecorp.net Mon May  5 09:12:01 2025',
      ...mailHeaders(g, 'Access request', false),
      'Can someone send me the credentials?',
      '',
    ];
    const second = [
      `From ${g.user()}@acmecorp.net Mon May  5 09:40:17 2025`,
      ...mailHeaders(g, 'Re: Access request', true),
    ];
    return mailDraft('archive/ops.mbox', [...first, ...second], quotedPrintable(b.text), b.secrets);
  }),
  template('github-issue-export-json', (g) => {
    const p = userPaste(g);
    const doc = {
      number: g.between(100, 9000),
      title: g.pick(['Client returns 401 in production', 'Cannot connect to database after upgrade']),
      state: 'OPEN',
      author: { login: g.user() },
      body: `### Steps to reproduce\n\n${p.text}\n\n### Expected\n\nA 200 response.`,
      labels: [{ name: 'bug' }],
      createdAt: isoTime(g),
      comments: [{ author: { login: 'maintainer-bot' }, body: 'Thanks for the report!', createdAt: isoTime(g) }],
      url: `https://github.com/acmecorp/orders-api/issues/${g.between(100, 9000)}`,
    };
    return labelledLines(g.pick(['issues/export.json', 'gh-issues.json']), JSON.stringify(doc, null, 2), p.secrets);
  }),
  template('jira-csv-export', (g) => {
    const p = userPaste(g);
    const text = [
      'Summary,Issue key,Issue id,Issue Type,Status,Reporter,Created,Description',
      `Staging auth broken,OPS-${g.between(100, 999)},${g.between(10000, 99999)},Bug,Open,${g.user()},01/May/25 10:12 AM,${csvCell(p.text)}`,
      `Rotate certificates,OPS-${g.between(100, 999)},${g.between(10000, 99999)},Task,Done,${g.user()},02/May/25 9:00 AM,"Yearly rotation, see runbook."`,
    ].join('\n');
    return labelledLines('jira/OPS-export.csv', text, p.secrets);
  }),
  template('jira-xml-export', (g) => {
    const p = userPaste(g);
    const desc = xmlEscape(
      p.text
        .split('\n')
        .map((l) => `<p>${l}</p>`)
        .join('\n'),
    );
    const key = `OPS-${g.between(100, 999)}`;
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="0.92">',
      '<channel>',
      '  <title>Acme Jira</title>',
      '  <item>',
      `    <title>[${key}] Staging auth broken</title>`,
      `    <key id="${g.between(10000, 99999)}">${key}</key>`,
      '    <type>Bug</type>',
      `    <description>${desc}</description>`,
      `    <created>Thu, 1 May 2025 10:12:00 +0000</created>`,
      '  </item>',
      '</channel>',
      '</rss>',
    ].join('\n');
    return labelledLines('jira/SearchRequest.xml', text, p.secrets);
  }),
];
