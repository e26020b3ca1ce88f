// The audit report. Receives a view with redacted previews only; renders with textContent (never
// innerHTML), so nothing in a path or rule title can become markup. Keyboard: every control is a
// real button, select or input.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));
  const state = {
    view: /** @type {any} */ (undefined),
    filter: '',
    confidence: 'all',
    clientOnly: false,
    sortKey: 'path',
    sortDir: 1,
  };
  const RANK = { high: 0, medium: 1, low: 2 };

  /** @param {string} tag @param {Record<string, string>} [attrs] @param {(Node|string)[]} [children] */
  function el(tag, attrs = {}, children = []) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    for (const c of children) node.append(c);
    return node;
  }
  const text = (/** @type {string} */ tag, /** @type {string} */ value, cls = '') =>
    el(tag, cls ? { class: cls } : {}, [value]);
  const button = (/** @type {string} */ label, /** @type {() => void} */ onClick, cls = '') => {
    const b = el('button', cls ? { class: cls, type: 'button' } : { type: 'button' }, [label]);
    b.addEventListener('click', onClick);
    return b;
  };
  const plural = (/** @type {number} */ n, /** @type {string} */ word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const card = (/** @type {number|string} */ value, /** @type {string} */ label, cls = '') =>
    el('div', { class: `card ${cls}` }, [text('div', String(value), 'value'), text('div', label, 'label')]);

  function summary(view) {
    const s = view.byConfidence;
    const total = view.findings.length;
    const parts = [];
    parts.push(text('h1', 'Secret audit'));
    const size =
      view.bytesScanned >= 1048576
        ? `${(view.bytesScanned / 1048576).toFixed(1)} MB`
        : `${Math.ceil(view.bytesScanned / 1024)} KB`;
    parts.push(
      text(
        'p',
        `${plural(view.filesScanned, 'file')} scanned (${size}) in ${(view.durationMs / 1000).toFixed(1)} s · ${new Date(view.finishedAt).toLocaleString()}`,
        'meta',
      ),
    );
    if (view.cancelled)
      parts.push(text('div', 'Cancelled: these results are partial. Files not reached were not scanned.', 'banner'));
    else if (view.partial)
      parts.push(text('div', 'Partial: some files could not be read (listed under Skipped).', 'banner'));
    if (total === 0 && !view.partial) parts.push(text('div', 'No secrets found.', 'banner clean'));
    parts.push(
      el('div', { class: 'cards', role: 'list' }, [
        card(s.high, 'high', 'high'),
        card(s.medium, 'medium', 'medium'),
        card(s.low, 'low'),
        card(view.clientVisible, 'client-visible', view.clientVisible ? 'client' : ''),
        card(view.filesAffected, 'files affected'),
        card(view.aiInsertFindings, 'from AI inserts (session)'),
        card(view.skipped.length, 'skipped'),
        card(view.baselined, 'baselined'),
      ]),
    );
    if (view.byProvider.length) {
      parts.push(text('h2', 'By provider'));
      parts.push(text('p', view.byProvider.map((p) => `${p.provider} ${p.findings}`).join(' · ')));
    }
    return parts;
  }

  function clientVisible(view) {
    const visible = view.findings.filter((f) => f.clientVisibleReason);
    if (!visible.length) return [];
    const list = el(
      'ul',
      {},
      visible.map((f) =>
        el('li', {}, [openLink(f), ` ${f.rule} `, text('code', f.preview), `: ${f.clientVisibleReason}`]),
      ),
    );
    return [text('h2', `Client-visible credentials (${visible.length}): most severe, anyone can read them`), list];
  }

  function openLink(f) {
    const b = button(`${f.path}:${f.line}`, () => vscode.postMessage({ type: 'open', id: f.id }), 'link');
    b.setAttribute('aria-label', `Open ${f.path} at line ${f.line}`);
    return b;
  }

  function findingsTable(view) {
    const parts = [text('h2', `Findings (${view.findings.length})`)];
    const filter = /** @type {HTMLInputElement} */ (
      el('input', { type: 'search', placeholder: 'Filter by path, rule or provider', 'aria-label': 'Filter findings' })
    );
    filter.value = state.filter;
    filter.addEventListener('input', () => {
      state.filter = filter.value;
      renderRows();
    });
    const confidence = /** @type {HTMLSelectElement} */ (
      el(
        'select',
        { 'aria-label': 'Confidence' },
        ['all', 'high', 'medium', 'low'].map((c) => el('option', { value: c }, [c === 'all' ? 'All confidences' : c])),
      )
    );
    confidence.value = state.confidence;
    confidence.addEventListener('change', () => {
      state.confidence = confidence.value;
      renderRows();
    });
    const clientOnly = /** @type {HTMLInputElement} */ (el('input', { type: 'checkbox', id: 'client-only' }));
    clientOnly.checked = state.clientOnly;
    clientOnly.addEventListener('change', () => {
      state.clientOnly = clientOnly.checked;
      renderRows();
    });
    parts.push(
      el('div', { class: 'toolbar' }, [
        filter,
        confidence,
        el('label', { for: 'client-only' }, [clientOnly, ' client-visible only']),
      ]),
    );

    const columns = [
      ['path', 'File'],
      ['rule', 'Rule'],
      ['preview', 'Preview'],
      ['confidence', 'Confidence'],
    ];
    const headRow = el(
      'tr',
      {},
      columns.map(([key, label]) => {
        const th = el('th', {
          scope: 'col',
          'aria-sort': state.sortKey === key ? (state.sortDir > 0 ? 'ascending' : 'descending') : 'none',
        });
        th.append(
          button(
            label + (state.sortKey === key ? (state.sortDir > 0 ? ' ▲' : ' ▼') : ''),
            () => {
              state.sortDir = state.sortKey === key ? -state.sortDir : 1;
              state.sortKey = key;
              render();
            },
            'sort',
          ),
        );
        return th;
      }),
    );
    const body = el('tbody');
    const count = el('p', { class: 'muted', 'aria-live': 'polite' });
    function renderRows() {
      const q = state.filter.toLowerCase();
      const rows = view.findings
        .filter((f) => state.confidence === 'all' || f.confidence === state.confidence)
        .filter((f) => !state.clientOnly || f.clientVisibleReason)
        .filter((f) => !q || `${f.path} ${f.rule} ${f.ruleId} ${f.provider}`.toLowerCase().includes(q))
        .sort((a, b) => {
          const k = state.sortKey;
          const d =
            k === 'confidence'
              ? RANK[a.confidence] - RANK[b.confidence]
              : k === 'path'
                ? a.path.localeCompare(b.path) || a.line - b.line
                : String(a[k]).localeCompare(String(b[k]));
          return d * state.sortDir;
        });
      body.replaceChildren(
        ...rows.map((f) =>
          el('tr', {}, [
            el('td', {}, [openLink(f)]),
            el('td', {}, [
              f.rotateUrl ? el('a', { href: f.rotateUrl, title: 'How to revoke and rotate it' }, [f.rule]) : f.rule,
              ...(f.clientVisibleReason
                ? [' ', el('span', { class: 'badge client', title: f.clientVisibleReason }, ['client-visible'])]
                : []),
            ]),
            el('td', {}, [text('code', f.preview, 'preview')]),
            el('td', {}, [text('span', f.confidence, `badge ${f.confidence}`)]),
          ]),
        ),
      );
      count.textContent = `${plural(rows.length, 'finding')} shown`;
    }
    renderRows();
    if (view.findings.length) parts.push(el('table', {}, [el('thead', {}, [headRow]), body]), count);
    else parts.push(text('p', 'None.', 'muted'));
    return parts;
  }

  function exposureTable(view) {
    const x = view.exposure;
    if (!x) return [text('h2', 'AI context exposure'), text('p', 'Not assessed (the audit was cancelled).', 'muted')];
    if (!x.files.length)
      return [
        text('h2', 'AI context exposure'),
        text('p', 'No sensitive files (.env, keys, secrets folders) in the workspace.', 'muted'),
      ];
    const head = el('tr', {}, [
      el('th', { scope: 'col' }, ['Sensitive file']),
      ...x.assistants.map((a) => el('th', { scope: 'col' }, [a.name])),
    ]);
    const rows = x.files.map((f) =>
      el('tr', {}, [
        el('td', {}, [text('code', f.path)]),
        ...f.levels.map((l) =>
          el(
            'td',
            { class: l.level, title: l.channels.length ? `Still readable through: ${l.channels.join(', ')}` : '' },
            [l.level],
          ),
        ),
      ]),
    );
    const exposed = x.files.filter((f) => f.levels.some((l) => l.level === 'exposed')).length;
    return [
      text('h2', 'AI context exposure'),
      text(
        'p',
        exposed
          ? `${plural(exposed, 'sensitive file')} can still be read by an assistant. Run "AI Secret Guard: Sync AI Exclusions".`
          : 'Every sensitive file is excluded from the assistants checked.',
        exposed ? 'exposed' : 'muted',
      ),
      el('table', {}, [el('thead', {}, [head]), el('tbody', {}, rows)]),
    ];
  }

  function history(view) {
    const h = view.history;
    if (!h) return [];
    const parts = [
      text('h2', `Only in git history (${h.findings.length}): ${plural(h.commitsScanned, 'commit')} scanned`),
    ];
    for (const n of h.notes) parts.push(text('div', n, 'banner'));
    if (!h.findings.length) return [...parts, text('p', 'No secret that the files no longer hold.', 'muted')];
    parts.push(text('p', 'Removed from the files but still in every clone: rotate each one.', 'exposed'));
    const head = el(
      'tr',
      {},
      ['File at commit', 'Rule', 'Preview', 'Confidence', 'First added'].map((label) =>
        el('th', { scope: 'col' }, [label]),
      ),
    );
    const rows = h.findings.map((f) => {
      const open = button(`${f.path}:${f.line}`, () => vscode.postMessage({ type: 'openAtCommit', id: f.id }), 'link');
      open.setAttribute('aria-label', `Open ${f.path} at commit ${f.commit}, line ${f.line}`);
      return el('tr', {}, [
        el('td', {}, [open]),
        el('td', {}, [
          f.rotateUrl ? el('a', { href: f.rotateUrl, title: 'How to revoke and rotate it' }, [f.rule]) : f.rule,
        ]),
        el('td', {}, [text('code', f.preview, 'preview')]),
        el('td', {}, [text('span', f.confidence, `badge ${f.confidence}`)]),
        el('td', {}, [
          text('code', f.commit),
          ` ${f.author}, ${f.date.slice(0, 10)}${f.commits > 1 ? ` (+${f.commits - 1} more commits)` : ''}`,
        ]),
      ]);
    });
    parts.push(el('table', {}, [el('thead', {}, [head]), el('tbody', {}, rows)]));
    return parts;
  }

  function skipped(view) {
    if (!view.skipped.length) return [];
    const details = el('details', {}, [
      el('summary', {}, [`Skipped (${view.skipped.length}): not scanned`]),
      el(
        'ul',
        {},
        view.skipped.map((s) =>
          el('li', {}, [text('code', s.path), ` ${s.reason}${s.detail ? ` (${s.detail})` : ''}`]),
        ),
      ),
    ]);
    return [text('h2', 'Skipped files'), details];
  }

  function toolbar() {
    return el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Export' }, [
      button('Export PR evidence (Markdown)', () => vscode.postMessage({ type: 'export', format: 'evidence' })),
      button('Export SARIF', () => vscode.postMessage({ type: 'export', format: 'sarif' }), 'secondary'),
      button('Export JSON', () => vscode.postMessage({ type: 'export', format: 'json' }), 'secondary'),
      button('Run again', () => vscode.postMessage({ type: 'rerun' }), 'secondary'),
    ]);
  }

  function render() {
    const view = state.view;
    if (!view) return;
    const focused = document.activeElement && document.activeElement.getAttribute('aria-label');
    root.replaceChildren(
      ...summary(view),
      toolbar(),
      ...clientVisible(view),
      ...findingsTable(view),
      ...history(view),
      ...exposureTable(view),
      ...skipped(view),
    );
    if (focused) /** @type {HTMLElement|null} */ (root.querySelector(`[aria-label="${CSS.escape(focused)}"]`))?.focus();
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m && m.type === 'report') {
      state.view = m.view;
      render();
    }
  });
  vscode.postMessage({ type: 'ready' });
})();
