import { type Template, template } from '../../draft';
import type { Gen } from '../../gen';
import {
  aiderHistory,
  assistantMessage,
  chatgptConversations,
  claudeSession,
  clineUiMessages,
  continueSession,
  copilotExport,
  cursorExport,
  envelope,
  specStory,
  thinking,
  toolUseLines,
  userLine,
} from './assistants';
import { mailHeaders, quotedPrintable, slackDay } from './chats';
import {
  CWDS,
  MODELS,
  chatCompletionId,
  openaiCallId,
  openaiFileId,
  pngBase64,
  requestId,
  sha,
  slackTs,
  slackUser,
  toolUseId,
  uuid,
} from './values';

/**
 * transcripts hard negatives: the same file formats holding what only looks like a credential —
 * an assistant's redactions (`sk-...XXXX`, `[REDACTED]`, `****`), placeholders, references to
 * environment variables and CI secrets, model ids, message/tool/request ids, UUIDs, hashes, commit
 * SHAs, Slack timestamps and client ids, base64 screenshots, thinking-block signatures. No published
 * default password (`changeme`…): the project reports those wherever a secret name holds them.
 * Random-looking ids generated at run time.
 */

const ENV = [
  'OPENAI_API_KEY',
  'ANTHROPIC_API_KEY',
  'STRIPE_SECRET_KEY',
  'GITHUB_TOKEN',
  'DATABASE_PASSWORD',
  'SLACK_BOT_TOKEN',
];

/** A message that talks about a credential without holding one. */
function harmless(g: Gen): string {
  const env = g.pick(ENV);
  switch (g.fake.int(12)) {
    case 0:
      return `I set ${env}=${g.pick(['sk-...XXXX', 'sk-proj-****', '[REDACTED]', '********', '<redacted>', 'sk-ant-api03-…'])} (redacted) and it still fails`;
    case 1:
      return [
        'Put this in `.env` (never commit it):',
        '',
        '```',
        `${env}=your-api-key-here`,
        'DATABASE_URL=postgres://user:password@localhost:5432/app',
        '```',
      ].join('\n');
    case 2:
      return [
        'Read the key from the environment instead:',
        '',
        '```python',
        'import os',
        `api_key = os.environ["${env}"]`,
        '```',
      ].join('\n');
    case 3:
      return ['In the workflow:', '', '```yaml', 'env:', `  ${env}: \${{ secrets.${env} }}`, '```'].join('\n');
    case 4:
      return `Run \`export ${env}=$(op read "op://Dev/${g.word()}/credential")\` and then \`curl -H "Authorization: Bearer $${env}" https://api.acmecorp.net/v1/me\`.`;
    case 5:
      return `I switched the model to ${g.pick(MODELS)} and the request id was ${requestId(g)}; commit ${sha(g)} introduced it.`;
    case 6:
      return `The completion ${chatCompletionId(g)} called ${openaiCallId(g)} with file ${openaiFileId(g)}, trace ${uuid(g)}.`;
    case 7:
      return `I rotated the key you pasted earlier — it now shows as \`${g.pick(['sk-proj-', 'sk-ant-', 'ghp_', 'xoxb-'])}…${g.fake.alnum(4)}\` in the dashboard, so the old one is revoked.`;
    case 8:
      return `checksum sha256:${g.fake.hex(64)} matches, and the lockfile integrity is sha512-${g.fake.base64(86)}==`;
    case 9:
      return `Set \`const client = new ApiClient({ apiKey: process.env.${env} })\` and keep the value in your secret manager.`;
    case 10:
      return `The token is passed as \`Authorization: Bearer <token>\`; replace <token> with the value from the dashboard.`;
    default:
      return `Password must be at least 12 characters; the login form posts \`password=<your password>\` to /auth/login.`;
  }
}

export const transcriptNegatives: readonly Template[] = [
  template('aider-history-redacted', (g) => ({
    path: '.aider.chat.history.md',
    lines: [aiderHistory(g, { text: harmless(g), secrets: [] }, harmless(g)).text],
  })),
  template('aider-input-history-references', (g) => ({
    path: '.aider.input.history',
    lines: [
      `# 2025-05-0${g.between(1, 9)} 10:12:40.${g.fake.digits(6)}`,
      ...harmless(g)
        .split('\n')
        .map((l) => '+' + l),
    ],
  })),
  template('specstory-references', (g) => ({
    path: `.specstory/history/2025-05-0${g.between(1, 9)}_10-12-config.md`,
    lines: [
      specStory(g, [
        ['User', harmless(g)],
        ['Assistant', harmless(g)],
      ]),
    ],
  })),
  template('claude-code-ids-and-signatures', (g) => ({
    path: `.claude/projects/-home-dev-app/${uuid(g)}.jsonl`,
    lines: [
      claudeSession(g, (ctx) => [
        userLine(ctx, harmless(g)),
        thinking(ctx),
        envelope(ctx, 'assistant', assistantMessage(ctx, [{ type: 'text', text: harmless(g) }]), {
          requestId: requestId(g),
        }),
      ]),
    ],
  })),
  template('claude-code-tool-env-reference', (g) => ({
    path: `transcripts/${uuid(g)}.jsonl`,
    lines: [
      claudeSession(g, (ctx) => [
        userLine(ctx, 'call the API with my key from the environment'),
        ...toolUseLines(
          ctx,
          'Bash',
          {
            command: `curl -s -H "Authorization: Bearer $${g.pick(ENV)}" https://api.acmecorp.net/v1/me | jq .id`,
            description: 'Check identity',
          },
          JSON.stringify({ id: uuid(g), object: 'user', created: 1735689600 }),
        ),
        ...toolUseLines(
          ctx,
          'Bash',
          { command: 'git log --oneline -3' },
          [0, 1, 2].map(() => `${sha(g).slice(0, 7)} ${g.pick(['fix', 'chore', 'feat'])}: ${g.word()}`).join('\n'),
        ),
      ]),
    ],
  })),
  template('claude-code-read-example-env', (g) => ({
    path: `.claude/projects/-workspaces-app/${uuid(g)}.jsonl`,
    lines: [
      claudeSession(g, (ctx) =>
        toolUseLines(
          ctx,
          'Read',
          { file_path: `${ctx.cwd}/.env.example` },
          [
            `${g.pick(ENV)}=`,
            'STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx',
            'DATABASE_URL=postgres://postgres:postgres@localhost:5432/dev',
            'JWT_SECRET=<generate with openssl rand -hex 32>',
          ]
            .map((l, i) => `${String(i + 1).padStart(6)}→${l}`)
            .join('\n'),
        ),
      ),
    ],
  })),
  template('claude-code-image-paste', (g) => ({
    path: `.claude/projects/-home-dev-app/${uuid(g)}.jsonl`,
    lines: [
      claudeSession(g, (ctx) => [
        envelope(ctx, 'user', {
          role: 'user',
          content: [
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: pngBase64(g) } },
            { type: 'text', text: 'why does the login page look like this?' },
          ],
        }),
        envelope(
          ctx,
          'assistant',
          assistantMessage(ctx, [
            { type: 'tool_use', id: toolUseId(g), name: 'Grep', input: { pattern: 'password', path: 'src/' } },
          ]),
        ),
      ]),
    ],
  })),
  template('copilot-export-references', (g) => ({
    path: 'chat.json',
    lines: [JSON.stringify(copilotExport(g, harmless(g), harmless(g)), null, 2)],
  })),
  template('cursor-export-redactions', (g) => ({
    path: 'cursor_api_setup.md',
    lines: [
      cursorExport(g, [
        ['User', harmless(g)],
        ['Cursor', harmless(g)],
      ]),
    ],
  })),
  template('chatgpt-conversations-ids', (g) => ({
    path: 'chatgpt-export/conversations.json',
    lines: [JSON.stringify(chatgptConversations(g, harmless(g), harmless(g)))],
  })),
  template('cline-continue-references', (g) =>
    g.chance(0.5)
      ? {
          path: `tasks/${1735689600 + g.fake.int(9999999)}000/ui_messages.json`,
          lines: [JSON.stringify(clineUiMessages(g, harmless(g), `npm test -- --grep "${g.word()}"`))],
        }
      : {
          path: `.continue/sessions/${uuid(g)}.json`,
          lines: [JSON.stringify(continueSession(g, harmless(g), harmless(g)), null, 2)],
        },
  ),
  template('slack-export-ids', (g) => ({
    path: `slack-export/dev-help/2025-05-1${g.between(0, 9)}.json`,
    lines: [
      slackDay(
        g,
        g.pick([
          harmless(g).replace(/</g, '&lt;').replace(/>/g, '&gt;'),
          `<@${slackUser(g)}> the deploy of <https://github.com/acmecorp/orders-api/commit/${sha(g)}|${sha(g).slice(0, 7)}> is live`,
          `see thread <https://acmecorp.slack.com/archives/C0${g.fake.upperAlnum(9)}/p${slackTs(g).replace('.', '')}|here> — the key was rotated, new one is in 1Password`,
          `mail <mailto:${g.user()}@acmecorp.net|${g.user()}@acmecorp.net> for access to the vault`,
        ]),
      ),
    ],
  })),
  template('eml-no-credentials', (g) => ({
    path: 'mail/notice.eml',
    lines: [
      ...mailHeaders(g, 'Key rotation', true),
      ...quotedPrintable(
        [
          'Hi team,',
          '',
          `We rotated the production keys today. The new values are in the vault under path=3Dsecret/prod/${g.word()}.`.replace(
            '=3D',
            '=',
          ),
          `Reference: change-id=${uuid(g)} commit=${sha(g)}`,
          'Please use ${STRIPE_SECRET_KEY} in configs, never the literal value. Your password is never sent by e-mail.',
          '',
          'Thanks',
        ].join('\n'),
      ),
    ],
  })),
  template('eml-multipart-attachment', (g) => {
    const boundary = '000000000000' + g.fake.hex(16);
    const png = pngBase64(g);
    const b64Lines: string[] = [];
    for (let i = 0; i < png.length; i += 76) b64Lines.push(png.slice(i, i + 76));
    b64Lines[b64Lines.length - 1] += '==';
    return {
      path: g.pick(['mail/screenshot.eml', 'support/ticket-5120.eml']),
      lines: [
        ...mailHeaders(g, 'Login page broken', false).slice(0, -3),
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
        '',
        `--${boundary}`,
        'Content-Type: text/plain; charset="UTF-8"',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        ...quotedPrintable(
          [
            'Hi, the login page shows the error in the screenshot after I paste my API key (I redacted it: sk-...XXXX) into the settings form and press save.',
            `Browser: Firefox 128, request id ${requestId(g)}, build ${sha(g).slice(0, 12)}.`,
          ].join('\n'),
        ),
        '',
        `--${boundary}`,
        'Content-Type: image/png; name="screenshot.png"',
        'Content-Disposition: attachment; filename="screenshot.png"',
        'Content-Transfer-Encoding: base64',
        '',
        ...b64Lines,
        `--${boundary}--`,
      ],
    };
  }),
  template('quoted-public-keys-and-placeholders', (g) => {
    const pub = g.fake.pem('PUBLIC KEY', 6);
    const text = [
      'I added the public key to the server:',
      ...pub.split('\n'),
      '',
      `and the ssh one: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.fake.base64(43)} ${g.user()}@laptop`,
    ].join('\n');
    const reply = [
      'Good. The private key stays on your machine; its file looks like',
      '',
      '> -----BEGIN PRIVATE KEY-----',
      '> ...',
      '> -----END PRIVATE KEY-----',
    ].join('\n');
    return g.chance(0.5)
      ? { path: '.aider.chat.history.md', lines: [aiderHistory(g, { text, secrets: [] }, reply).text] }
      : {
          path: `.specstory/history/2025-06-0${g.between(1, 9)}_08-00-ssh.md`,
          lines: [
            specStory(g, [
              ['User', text],
              ['Assistant', reply],
            ]),
          ],
        };
  }),
  template('github-issue-redacted', (g) => ({
    path: 'issues/export.json',
    lines: [
      JSON.stringify(
        {
          number: g.between(100, 9000),
          title: 'Client returns 401',
          body: `### Steps\n\n${harmless(g)}\n\n### Version\n\ncommit ${sha(g)}`,
          comments: [
            {
              author: { login: 'maintainer' },
              body: 'Please redact keys before posting: replace them with `sk-...XXXX`.',
            },
          ],
        },
        null,
        2,
      ),
    ],
  })),
  template('jira-csv-references', (g) => ({
    path: 'jira/OPS-export.csv',
    lines: [
      'Summary,Issue key,Issue id,Issue Type,Status,Description',
      `Rotate API key,OPS-${g.between(100, 999)},${g.between(10000, 99999)},Task,Done,"${harmless(g).replace(/"/g, '""')}"`,
    ],
  })),
  template('openai-log-ids', (g) => ({
    path: 'logs/chat-2025-05-02.jsonl',
    lines: [0, 1, 2].map(() =>
      JSON.stringify({
        id: chatCompletionId(g),
        created: 1735689600 + g.fake.int(9999999),
        model: g.pick(MODELS.slice(2)),
        system_fingerprint: 'fp_' + g.fake.hex(10),
        messages: [{ role: 'user', content: harmless(g) }],
        cwd: g.pick(CWDS),
      }),
    ),
  })),
];
