import { type DraftLine, type Template, sec, template } from '../../draft';
import type { Gen } from '../../gen';
import { aligned, azurePassword, clientSecret, person, site, widths } from './values';

type Row = { cells: string[]; value: string };

/** Rows of [user-ish cells..., secret] with the secret's index given, drawn from g. */
function credentialRows(g: Gen, make: () => Row): Row[] {
  const out: Row[] = [];
  const n = g.between(3, 5);
  for (let i = 0; i < n; i++) out.push(make());
  return out;
}

/** Renders header + rows through `render`, labelling each data row with its secret. */
function labelled(header: string[], rows: Row[], render: (all: string[][]) => string[], skip: number): DraftLine[] {
  const text = render([header, ...rows.map((r) => r.cells)]);
  return text.map((line, i) => {
    const row = rows[i - skip];
    return row && i >= skip ? sec(line, row.value) : line;
  });
}

function loginRow(g: Gen): Row {
  const s = site(g);
  const pw = g.password();
  return { cells: [s.name, s.url, g.user(), pw], value: pw };
}

function markdown(all: string[][]): string[] {
  const [head, ...rest] = all;
  return [
    `| ${head!.join(' | ')} |`,
    `|${head!.map(() => '---').join('|')}|`,
    ...rest.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/**
 * Tables in text: Markdown and wiki tables in notes and handover documents, psql, mysql and sqlite3
 * query output pasted into tickets or logs, fixed-width reports and CLI `--output table` listings.
 * The header row names the credential column; every data row below is its own labelled secret.
 */
export const textTables: readonly Template[] = [
  template('markdown-credentials-table', (g) => ({
    path: 'docs/ops/handover.md',
    lines: [
      '## Admin logins',
      '',
      ...labelled(
        ['Service', 'URL', 'User', 'Password'],
        credentialRows(g, () => loginRow(g)),
        markdown,
        2,
      ),
    ],
  })),
  template('markdown-api-keys-table', (g) => {
    const rows = credentialRows(g, () => {
      const key = g.apiKey();
      return { cells: [g.pick(['Production', 'Staging', 'Sandbox']), `\`${key}\``, person(g).name], value: key };
    });
    return {
      path: 'notes/integrations.md',
      lines: ['# Partner API', '', ...labelled(['Environment', 'API key', 'Owner'], rows, markdown, 2)],
    };
  }),
  template('markdown-aligned-no-outer-pipes', (g) => {
    const rows = credentialRows(g, () => {
      const pw = g.plainPassword();
      return { cells: [g.host(), g.user(), pw], value: pw };
    });
    const render = (all: string[][]) => {
      const w = widths(all);
      const out = aligned(all, ' | ');
      return [out[0]!, w.map((n) => ':' + '-'.repeat(Math.max(n - 1, 2))).join(' | '), ...out.slice(1)];
    };
    return {
      path: 'wiki/Database-Servers.md',
      lines: [
        'Database servers (ask #infra before rotating):',
        '',
        ...labelled(['Host', 'Login', 'Password'], rows, render, 2),
      ],
    };
  }),
  template('psql-query-output', (g) => {
    const rows = credentialRows(g, () => {
      const pw = g.password();
      return { cells: [String(g.between(1, 400)), person(g).login, pw, 't'], value: pw };
    });
    const render = (all: string[][]) => {
      const w = widths(all);
      const line = (r: string[]) => ' ' + r.map((c, i) => c.padEnd(w[i]!)).join(' | ');
      return [
        line(all[0]!),
        w.map((n) => '-'.repeat(n + 2)).join('+'),
        ...all.slice(1).map(line),
        `(${all.length - 1} rows)`,
      ];
    };
    return {
      path: 'tickets/INC-4821.txt',
      lines: [
        'app=> SELECT id, username, password, active FROM users LIMIT 5;',
        ...labelled(['id', 'username', 'password', 'active'], rows, render, 2),
      ],
    };
  }),
  template('mysql-client-output', (g) => {
    const rows = credentialRows(g, () => {
      const pw = g.password();
      return { cells: [g.user(), '%', pw], value: pw };
    });
    const render = (all: string[][]) => {
      const w = widths(all);
      const rule = '+' + w.map((n) => '-'.repeat(n + 2)).join('+') + '+';
      const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(w[i]!)).join(' | ') + ' |';
      return [rule, line(all[0]!), rule, ...all.slice(1).map(line), rule, `${all.length - 1} rows in set (0.00 sec)`];
    };
    return {
      path: 'logs/migration-notes.log',
      lines: [
        'mysql> SELECT user, host, plain_pw FROM legacy_accounts;',
        ...labelled(['user', 'host', 'plain_pw'], rows, render, 3),
      ],
    };
  }),
  template('sqlite-column-mode-output', (g) => {
    const rows = credentialRows(g, () => {
      const token = clientSecret(g);
      return { cells: [g.word(), token, '2025-01-01'], value: token };
    });
    const render = (all: string[][]) => {
      const w = widths(all);
      const out = aligned(all, '  ');
      return [out[0]!, w.map((n) => '-'.repeat(n)).join('  '), ...out.slice(1)];
    };
    return {
      path: 'debug/tokens-query.txt',
      lines: [
        'sqlite> .mode column',
        'sqlite> SELECT name, token, expires FROM device_tokens;',
        ...labelled(['name', 'token', 'expires'], rows, render, 2),
      ],
    };
  }),
  template('fixed-width-report', (g) => {
    const rows = credentialRows(g, () => {
      const pw = g.plainPassword();
      return { cells: [g.host(), g.user(), pw, g.pick(['Linux', 'Windows'])], value: pw };
    });
    return {
      path: 'reports/server-accounts.txt',
      lines: [
        'SERVER ACCOUNT REPORT            generated 2024-03-02',
        '',
        ...labelled(['HOST', 'USER', 'PASSWORD', 'OS'], rows, (a) => aligned(a, '    '), 1),
      ],
    };
  }),
  template('confluence-wiki-table', (g) => {
    const render = (all: string[][]) => [`||${all[0]!.join('||')}||`, ...all.slice(1).map((r) => `|${r.join('|')}|`)];
    return {
      path: 'confluence/Team-Accounts.txt',
      lines: [
        'h2. Shared accounts',
        ...labelled(
          ['System', 'URL', 'Login', 'Password'],
          credentialRows(g, () => loginRow(g)),
          render,
          1,
        ),
      ],
    };
  }),
  template('org-mode-table', (g) => {
    const rows = credentialRows(g, () => {
      const pw = g.password();
      return { cells: [g.host(), g.user(), pw], value: pw };
    });
    const render = (all: string[][]) => {
      const w = widths(all);
      const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(w[i]!)).join(' | ') + ' |';
      return [line(all[0]!), '|' + w.map((n) => '-'.repeat(n + 2)).join('+') + '|', ...all.slice(1).map(line)];
    };
    return { path: 'notes/infra.org', lines: ['* Boxes', ...labelled(['host', 'user', 'pass'], rows, render, 2)] };
  }),
  template('asciidoc-table', (g) => {
    const render = (all: string[][]) => [
      '|===',
      `|${all[0]!.join(' |')}`,
      '',
      ...all.slice(1).map((r) => `|${r.join(' |')}`),
    ];
    const lines = labelled(
      ['Service', 'URL', 'Username', 'Password'],
      credentialRows(g, () => loginRow(g)),
      render,
      3,
    );
    return { path: 'docs/runbook.adoc', lines: ['.Service accounts', '[cols="1,2,1,1"]', ...lines, '|==='] };
  }),
  template('azure-cli-table-output', (g) => {
    const pw = azurePassword(g);
    const rows = [[g.fake.uuid(), `${g.word()}-deployer`, pw, g.fake.uuid()]];
    const all = [['AppId', 'DisplayName', 'Password', 'Tenant'], ...rows];
    const w = widths(all);
    const out = aligned(all, '  ');
    return {
      path: 'setup/notes.txt',
      lines: [
        '$ az ad sp create-for-rbac --name deployer --output table',
        out[0]!,
        w.map((n) => '-'.repeat(n)).join('  '),
        sec(out[1]!, pw),
      ],
    };
  }),
  template('html-table', (g) => {
    const rows = credentialRows(g, () => loginRow(g));
    return {
      path: 'intranet/accounts.html',
      lines: [
        '<table class="accounts">',
        '  <tr><th>Service</th><th>URL</th><th>Login</th><th>Password</th></tr>',
        ...rows.map((r) => sec(`  <tr>${r.cells.map((c) => `<td>${c}</td>`).join('')}</tr>`, r.value)),
        '</table>',
      ],
    };
  }),
  template('rst-grid-table', (g) => {
    const rows = credentialRows(g, () => {
      const key = g.apiKey();
      return { cells: [g.word(), key], value: key };
    });
    const all = [['Client', 'Secret key'], ...rows.map((r) => r.cells)];
    const w = widths(all);
    const rule = (c: string) => '+' + w.map((n) => c.repeat(n + 2)).join('+') + '+';
    const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(w[i]!)).join(' | ') + ' |';
    const lines: DraftLine[] = [rule('-'), line(all[0]!), rule('=')];
    for (const r of rows) lines.push(sec(line(r.cells), r.value), rule('-'));
    return { path: 'docs/clients.rst', lines: ['Clients', '=======', '', ...lines] };
  }),
  template('pandas-printed-frame', (g) => {
    const rows = credentialRows(g, () => {
      const token = clientSecret(g);
      return { cells: [person(g).login, token], value: token };
    });
    const all = [['', 'user', 'api_token'], ...rows.map((r, i) => [String(i), ...r.cells])];
    const out = aligned(all, '  ');
    return {
      path: 'analysis/output.txt',
      lines: ['>>> print(df[["user", "api_token"]])', out[0]!, ...out.slice(1).map((l, i) => sec(l, rows[i]!.value))],
    };
  }),
];
