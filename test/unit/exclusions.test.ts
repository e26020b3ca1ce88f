import assert from 'node:assert/strict';
import { parse as parseJsonc } from 'jsonc-parser';
import { ASSISTANT_TARGETS, FILELESS_ASSISTANTS, findTarget } from '../../src/core/exclusions/assistantCatalogue';
import { selectTargets } from '../../src/core/exclusions/selection';
import { parseExclusionSettings } from '../../src/core/exclusions/workspaceSettings';
import {
  renderClaudeSettings,
  readDenyRules,
  toClaudeReadRule,
  fromClaudeReadRule,
} from '../../src/core/exclusions/claudeSettings';
import { renderCopilotExclusionYaml } from '../../src/core/exclusions/copilotYaml';
import { ExclusionFileError } from '../../src/core/exclusions/errors';
import { assessExposure, isExposed } from '../../src/core/exclusions/exposure';
import { rulesCover, samplePaths } from '../../src/core/exclusions/ignoreSyntax';
import {
  BLOCK_BEGIN,
  BLOCK_END,
  linesToWrite,
  managedLines,
  removeManagedBlock,
  renderIgnoreFile,
} from '../../src/core/exclusions/managedBlock';
import {
  anchoredPath,
  createSensitiveMatcher,
  DEFAULT_SENSITIVE_PATTERNS,
  policyLines,
  validatePatterns,
} from '../../src/core/exclusions/policy';
import { gitignoreLinesFor, planGitignore, planSync } from '../../src/core/exclusions/sync';
import type { AssistantTarget, EnforcementMatrix } from '../../src/core/exclusions/targets';

const ALL: EnforcementMatrix = {
  completions: 'enforced',
  chat: 'enforced',
  indexing: 'enforced',
  agentReads: 'enforced',
  terminal: 'enforced',
};

function target(
  id: string,
  file: string,
  syntax: AssistantTarget['syntax'],
  enforces: Partial<EnforcementMatrix> = {},
): AssistantTarget {
  return {
    id,
    name: id,
    file,
    syntax,
    enforces: { ...ALL, ...enforces },
    note: '',
    docs: 'https://example.invalid/docs',
    status: { state: 'current', source: 'https://example.invalid/docs' },
    detect: { extensions: [], workspacePaths: [], homePaths: [] },
  };
}

const cursor = target('cursor', '.cursorignore', 'gitignore', { terminal: 'not-enforced' });
const gemini = target('gemini', '.aiexclude', 'gitignore', { terminal: 'absent', agentReads: 'absent' });
const claude = target('claude-code', '.claude/settings.json', 'claude-settings', {
  terminal: 'not-enforced',
  completions: 'absent',
});
const copilotRepo = target('copilot-repo', 'copilot-content-exclusion.yml', 'copilot-repository-yaml');

function files(map: Record<string, string>): (p: string) => string | undefined {
  return (p) => map[p];
}

describe('exclusions: policy', () => {
  const matches = createSensitiveMatcher({ patterns: DEFAULT_SENSITIVE_PATTERNS, secretFiles: ['src/config/keys.ts'] });

  it('marks the conventional secret files sensitive, at any depth', () => {
    for (const p of [
      '.env',
      'apps/web/.env',
      '.env.local',
      '.env.production',
      'certs/server.pem',
      'tls.key',
      'id_rsa',
      'home/.ssh/config',
      'secrets/db.txt',
      'deploy/secrets/x',
      'credentials.json',
      'gcp-service-account.json',
      'infra/terraform.tfstate',
      'prod.tfvars',
      '.npmrc',
      '.docker/config.json',
      'kubeconfig',
      '.aws/credentials',
      'src/config/keys.ts',
    ]) {
      assert.equal(matches(p), true, p);
    }
  });

  it('keeps templates, public keys and ordinary files visible', () => {
    for (const p of [
      '.env.example',
      'apps/web/.env.sample',
      '.env.template',
      'id_rsa.pub',
      'id_ed25519.pub',
      'src/index.ts',
      'README.md',
      'keys.ts',
      'src/config/other.ts',
      'package.json',
    ]) {
      assert.equal(matches(p), false, p);
    }
  });

  it('anchors secret files and escapes gitignore syntax in their names', () => {
    assert.equal(anchoredPath('a/b.ts'), '/a/b.ts');
    assert.equal(anchoredPath('weird/#[x]*!.txt'), '/weird/\\#\\[x\\]\\*\\!.txt');
    const m = createSensitiveMatcher({ patterns: [], secretFiles: ['weird/#[x]*!.txt'] });
    assert.equal(m('weird/#[x]*!.txt'), true);
    assert.equal(m('weird/#x.txt'), false);
  });

  it('lists the policy as gitignore lines without duplicates', () => {
    assert.deepEqual(policyLines({ patterns: ['.env', '*.pem', '.env'], secretFiles: ['b.ts', 'a.ts', 'b.ts'] }), [
      '.env',
      '*.pem',
      '/a.ts',
      '/b.ts',
    ]);
  });

  it('reports unusable patterns', () => {
    assert.deepEqual(validatePatterns(['.env', '*.pem']), []);
    assert.equal(validatePatterns(['', '# c', 'a\nb', '!']).length, 4);
  });
});

describe('exclusions: gitignore syntax helpers', () => {
  it('samples a pattern at the root and, unless anchored, below it', () => {
    assert.deepEqual(samplePaths('*.pem'), ['x.pem', 'sub/x.pem']);
    assert.deepEqual(samplePaths('/secrets/'), ['secrets/x']);
    assert.deepEqual(samplePaths('secrets/'), ['secrets/x', 'sub/secrets/x']);
    assert.deepEqual(samplePaths('config/*.key'), ['config/x.key']);
  });

  it('decides whether user rules already cover a pattern', () => {
    assert.equal(rulesCover(['.env*'], '.env.*'), true);
    assert.equal(rulesCover(['*.pem'], '*.pem'), true);
    assert.equal(rulesCover(['certs/*.pem'], '*.pem'), false, 'only one folder');
    assert.equal(rulesCover(['/.env'], '.env'), false, 'root only, not nested');
    assert.equal(rulesCover(['.env', '!.env'], '.env'), false, 'negated again');
  });
});

describe('exclusions: managed block in ignore files', () => {
  const wanted = ['.env', '.env.*', '!.env.example', '*.pem'];

  it('creates the file content when there is none', () => {
    const out = renderIgnoreFile(undefined, wanted, '.cursorignore');
    assert.equal(out, [BLOCK_BEGIN, ...wanted, BLOCK_END, ''].join('\n'));
  });

  it('returns undefined for a missing file with nothing to write', () => {
    assert.equal(renderIgnoreFile(undefined, [], '.cursorignore'), undefined);
    assert.equal(renderIgnoreFile(undefined, ['.env'], '.cursorignore') !== undefined, true);
  });

  it('appends after the user lines and keeps them byte for byte', () => {
    const user = '# mine\nnode_modules/\n\n  dist  \n';
    const out = renderIgnoreFile(user, wanted, '.aiexclude')!;
    assert.ok(out.startsWith(user), 'user text is a prefix');
    assert.equal(out.slice(user.length), ['', BLOCK_BEGIN, ...wanted, BLOCK_END, ''].join('\n'));
  });

  it('handles a file without a final newline and CRLF files', () => {
    const noEol = 'build';
    const out = renderIgnoreFile(noEol, ['.env'], 'f')!;
    assert.equal(out, `build\n\n${BLOCK_BEGIN}\n.env\n${BLOCK_END}\n`);
    const crlf = 'a\r\nb\r\n';
    const out2 = renderIgnoreFile(crlf, ['.env'], 'f')!;
    assert.equal(out2, `a\r\nb\r\n\r\n${BLOCK_BEGIN}\r\n.env\r\n${BLOCK_END}\r\n`);
    assert.equal(renderIgnoreFile(out2, ['.env'], 'f'), out2, 'idempotent with CRLF');
  });

  it('is idempotent and updates the block in place', () => {
    const user = 'top\n';
    const once = renderIgnoreFile(user, wanted, 'f')!;
    assert.equal(renderIgnoreFile(once, wanted, 'f'), once);
    const withTail = once + '# user line after the block\nlogs/\n';
    const updated = renderIgnoreFile(withTail, ['.env', '*.key'], 'f')!;
    assert.equal(updated, `top\n\n${BLOCK_BEGIN}\n.env\n*.key\n${BLOCK_END}\n# user line after the block\nlogs/\n`);
    assert.deepEqual(managedLines(updated, 'f'), ['.env', '*.key']);
  });

  it('leaves out patterns the user already covers, and re-includes only what we exclude', () => {
    assert.deepEqual(linesToWrite(wanted, ['*.pem']), ['.env', '.env.*', '!.env.example']);
    // The user excludes every .env variant themselves: we neither repeat it nor re-include theirs.
    assert.deepEqual(linesToWrite(wanted, ['.env*']), ['*.pem']);
    assert.deepEqual(linesToWrite(wanted, ['.env*', '*.pem']), []);
  });

  it('removes the block (and the blank line it added) when nothing is left to write', () => {
    const user = 'keep me\n';
    const once = renderIgnoreFile(user, ['.env'], 'f')!;
    assert.equal(renderIgnoreFile(once, [], 'f'), user);
    assert.equal(removeManagedBlock(once, 'f'), user);
    assert.equal(renderIgnoreFile('.env\n' + once.slice(user.length), ['.env'], 'f'), '.env\n', 'user now covers it');
  });

  it('refuses a broken managed block with a clear error', () => {
    assert.throws(
      () => renderIgnoreFile(`${BLOCK_BEGIN}\n.env\n`, ['.env'], '.cursorignore'),
      (e: unknown) => e instanceof ExclusionFileError && /\.cursorignore/.test(e.message),
    );
    assert.throws(() => renderIgnoreFile(`${BLOCK_END}\n`, ['.env'], 'f'), ExclusionFileError);
    assert.throws(
      () => renderIgnoreFile(`${BLOCK_BEGIN}\n${BLOCK_END}\n${BLOCK_BEGIN}\n${BLOCK_END}\n`, ['.env'], 'f'),
      ExclusionFileError,
    );
  });

  it('does not take a marker quoted inside a line for the block', () => {
    const user = `# note: ${BLOCK_BEGIN}\n`;
    const out = renderIgnoreFile(user, ['.env'], 'f')!;
    assert.ok(out.startsWith(user));
    assert.deepEqual(managedLines(out, 'f'), ['.env']);
  });
});

describe('exclusions: Claude Code settings', () => {
  it('translates patterns to Read rules and back', () => {
    assert.equal(toClaudeReadRule('.env'), 'Read(./**/.env)');
    assert.equal(toClaudeReadRule('secrets/'), 'Read(./**/secrets/**)');
    assert.equal(toClaudeReadRule('/config/prod.key'), 'Read(./config/prod.key)');
    assert.equal(toClaudeReadRule('infra/*.tfvars'), 'Read(./infra/*.tfvars)');
    assert.equal(fromClaudeReadRule('Read(./**/.env)'), '.env');
    assert.equal(fromClaudeReadRule('Read(./**/secrets/**)'), 'secrets/');
    assert.equal(fromClaudeReadRule('Read(./config/prod.key)'), '/config/prod.key');
    assert.equal(fromClaudeReadRule('Read(~/.ssh/**)'), undefined);
    assert.equal(fromClaudeReadRule('Bash(cat .env)'), undefined);
  });

  it('creates the settings when the file does not exist', () => {
    const out = renderClaudeSettings(undefined, ['.env', '!.env.example'], 's')!;
    assert.deepEqual(JSON.parse(out), {
      permissions: { deny: ['Read(./**/.env)'] },
      sandbox: { filesystem: { denyRead: ['./**/.env'] } },
    });
  });

  it('merges into existing settings keeping comments, other keys and their layout', () => {
    const before =
      '{\n  // team settings\n  "model": "opus",\n  "permissions": {\n    "allow": ["Bash(npm test)"], // tests only\n    "deny": [\n      "Bash(curl:*)"\n    ]\n  },\n  /* trailing */\n}\n';
    const after = renderClaudeSettings(before, ['.env', 'secrets/'], 's')!;
    for (const kept of [
      '// team settings',
      '"model": "opus",',
      '"allow": ["Bash(npm test)"], // tests only',
      '"Bash(curl:*)"',
      '/* trailing */',
    ]) {
      assert.ok(after.includes(kept), kept);
    }
    assert.deepEqual(readDenyRules(after, 's'), ['Bash(curl:*)', 'Read(./**/.env)', 'Read(./**/secrets/**)']);
    assert.deepEqual(
      parseJsonc(after).sandbox,
      { filesystem: { denyRead: ['./**/.env', './**/secrets/**'] } },
      'the sandbox denies the same paths to commands',
    );
    assert.equal(renderClaudeSettings(after, ['.env', 'secrets/'], 's'), after, 'idempotent');
    const sandboxUser = '{ "sandbox": { "enabled": true, "filesystem": { "denyRead": ["~/.ssh/**"] } } }';
    assert.deepEqual(parseJsonc(renderClaudeSettings(sandboxUser, ['.env'], 's')!).sandbox, {
      enabled: true,
      filesystem: { denyRead: ['~/.ssh/**', './**/.env'] },
    });
    assert.throws(
      () => renderClaudeSettings('{ "sandbox": { "filesystem": { "denyRead": "x" } } }', ['.env'], 's'),
      /sandbox\.filesystem\.denyRead" is not an array/,
    );
  });

  it('adds permissions.deny where only other keys exist', () => {
    const after = renderClaudeSettings('{\n\t"env": { "A": "1" }\n}\n', ['.env'], 's')!;
    assert.ok(after.includes('\t"env": { "A": "1" }'));
    assert.deepEqual(readDenyRules(after, 's'), ['Read(./**/.env)']);
  });

  it('refuses malformed JSON and wrong shapes with the position, writing nothing', () => {
    assert.throws(
      () => renderClaudeSettings('{ "permissions": { "deny": [ }', ['.env'], '.claude/settings.json'),
      (e: unknown) =>
        e instanceof ExclusionFileError && /\.claude\/settings\.json.*not valid JSON.*line 1/.test(e.message),
    );
    assert.throws(() => renderClaudeSettings('[]', ['.env'], 's'), /not a JSON object/);
    assert.throws(() => renderClaudeSettings('{"permissions": {"deny": "Read(.env)"}}', ['.env'], 's'), /not an array/);
    const plan = planSync(
      { patterns: ['.env'], secretFiles: [] },
      [cursor, claude],
      files({ '.claude/settings.json': '{ oops' }),
    );
    assert.equal(plan.errors.length, 1);
    assert.deepEqual(
      plan.writes.map((w) => w.file),
      ['.cursorignore'],
    );
  });
});

describe('exclusions: Copilot repository YAML', () => {
  it('renders a path list and says where it goes', () => {
    const yaml = renderCopilotExclusionYaml(['.env', '!.env.example', 'secrets/', '/config/prod.key']);
    assert.match(yaml, /Settings → Copilot → Content exclusion/);
    assert.match(yaml, /Not expressible there \(no re-include\): !\.env\.example/);
    assert.deepEqual(
      yaml.split('\n').filter((l) => l.startsWith('- ')),
      ['- "**/.env"', '- "**/secrets/**"', '- "/config/prod.key"'],
    );
  });
});

describe('exclusions: sync plan', () => {
  const policy = { patterns: ['.env', '*.pem'], secretFiles: ['src/keys.ts'] };

  it('plans a write per enabled assistant whose file would change, and nothing on a second pass', () => {
    const store: Record<string, string> = { '.cursorignore': 'dist/\n' };
    const plan = planSync(policy, [cursor, gemini, claude, copilotRepo], files(store));
    assert.deepEqual(
      plan.writes.map((w) => [w.file, w.before === undefined]),
      [
        ['.cursorignore', false],
        ['.aiexclude', true],
        ['.claude/settings.json', true],
      ],
    );
    assert.ok(plan.copilotYaml?.includes('- "/src/keys.ts"'));
    for (const w of plan.writes) store[w.file] = w.after;
    assert.deepEqual(planSync(policy, [cursor, gemini, claude], files(store)).writes, []);
    assert.ok(store['.cursorignore']!.startsWith('dist/\n'));
  });

  it('creates nothing for assistants that are not enabled', () => {
    const plan = planSync(policy, [cursor], files({}));
    assert.deepEqual(
      plan.writes.map((w) => w.file),
      ['.cursorignore'],
    );
  });

  it('git-ignores the sensitive files found, keeping templates committable', () => {
    const pol = { patterns: DEFAULT_SENSITIVE_PATTERNS, secretFiles: ['src/keys.ts'] };
    const lines = gitignoreLinesFor(pol, ['apps/api/.env.local', 'certs/a.pem', 'src/keys.ts']);
    // Every re-include comes along; the block writer keeps only those the written lines need.
    assert.deepEqual(lines, [
      '.env.*',
      '!.env.example',
      '!.env.sample',
      '!.env.template',
      '!.env.dist',
      '*.pem',
      '!id_*.pub',
      '/src/keys.ts',
    ]);
    const write = planGitignore(
      pol,
      ['apps/api/.env.local', 'certs/a.pem', 'src/keys.ts'],
      files({ '.gitignore': 'node_modules/\n*.pem\n' }),
    )!;
    assert.deepEqual(managedLines(write.after, '.gitignore'), [
      '.env.*',
      '!.env.example',
      '!.env.sample',
      '!.env.template',
      '!.env.dist',
      '/src/keys.ts',
    ]);
    assert.equal(
      planGitignore(pol, ['apps/api/.env.local', 'certs/a.pem', 'src/keys.ts'], files({ '.gitignore': write.after })),
      undefined,
      'stable',
    );
    assert.equal(planGitignore(pol, [], files({ '.gitignore': 'x\n' })), undefined);
  });
});

describe('exclusions: exposure', () => {
  it('says per assistant whether a file is exposed, partly covered or protected', () => {
    const read = files({
      '.cursorignore': '.env\n',
      '.aiexclude': '.env\n*.pem\n',
      '.claude/settings.json': '{"permissions":{"deny":["Read(./**/*.pem)"]}}',
    });
    const [env, pem] = assessExposure(['.env', 'certs/a.pem'], [cursor, gemini, claude, copilotRepo], read);
    assert.deepEqual(
      env!.targets.map((t) => [t.targetId, t.level, t.openChannels.join(',')]),
      [
        ['cursor', 'partial', 'terminal'],
        ['gemini', 'protected', ''],
        ['claude-code', 'exposed', 'chat,indexing,agentReads,terminal'],
        ['copilot-repo', 'unknown', ''],
      ],
    );
    assert.deepEqual(
      pem!.targets.map((t) => t.level),
      ['exposed', 'protected', 'partial', 'unknown'],
    );
    assert.equal(isExposed(env!), true);
  });

  it('reports a malformed settings file as a problem and the file as exposed', () => {
    const [env] = assessExposure(['.env'], [claude], files({ '.claude/settings.json': '{ nope' }));
    assert.equal(env!.targets[0]!.level, 'exposed');
    assert.match(env!.targets[0]!.problem ?? '', /not valid JSON/);
  });
});

describe('exclusions: assistant catalogue, selection and settings', () => {
  it('describes every assistant the policy must reach, once, with docs and a note', () => {
    const ids = ASSISTANT_TARGETS.map((t) => t.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(new Set(ASSISTANT_TARGETS.map((t) => t.file)).size, ids.length, 'one file per target');
    for (const file of [
      '.cursorignore',
      '.aiexclude',
      '.geminiignore',
      '.aiignore',
      '.codeiumignore',
      '.aiderignore',
      '.continueignore',
      '.rooignore',
      '.clineignore',
      '.augmentignore',
      '.copilotignore',
      '.claude/settings.json',
    ]) {
      assert.ok(
        ASSISTANT_TARGETS.some((t) => t.file === file),
        file,
      );
    }
    for (const t of ASSISTANT_TARGETS) {
      assert.match(t.docs, /^https:\/\//, t.id);
      assert.ok(t.note.length > 20, t.id);
      assert.equal(findTarget(t.id), t);
    }
    assert.equal(ASSISTANT_TARGETS.filter((t) => t.syntax === 'copilot-repository-yaml').length, 1);
  });

  it("tells the truth about each entry's status, with a source", () => {
    const state = (id: string) => findTarget(id)!.status;
    for (const t of ASSISTANT_TARGETS) {
      assert.match(t.status.source, /^https:\/\//, t.id);
      if (t.status.state !== 'current') assert.ok((t.status.note ?? '').length > 20, `${t.id} says why`);
    }
    assert.equal(state('cline').state, 'deprecated');
    assert.match(state('cline').source, /docs\.cline\.bot\/resources\/deprecations/);
    assert.equal(state('roo-code').state, 'discontinued');
    assert.match(state('roo-code').note!, /Kilo Code/);
    assert.match(state('windsurf').note!, /Indexing only/);
    assert.equal(findTarget('windsurf')!.enforces.agentReads, 'not-enforced');
    assert.equal(findTarget('github-copilot-repository')!.enforces.agentReads, 'not-enforced');
    assert.match(state('github-copilot-repository').note!, /agent mode/);
    assert.match(state('jetbrains-ai').note!, /\.noai/);
    assert.deepEqual(
      FILELESS_ASSISTANTS.map((a) => a.id),
      ['codex', 'zed'],
    );
    assert.match(FILELESS_ASSISTANTS[0]!.note, /hooks/);
    assert.match(FILELESS_ASSISTANTS[1]!.note, /tool_permissions/);
  });

  it('selects requested, detected or all assistants', () => {
    const all = [cursor, gemini, claude];
    assert.deepEqual(
      selectTargets(all, ['claude-code', 'x'], () => false),
      { targets: [claude], basis: 'requested', unknown: ['x'] },
    );
    assert.deepEqual(selectTargets(all, ['all'], () => false).targets, all);
    assert.deepEqual(
      selectTargets(all, ['auto'], (t) => t.id === 'gemini'),
      { targets: [gemini], basis: 'detected', unknown: [] },
    );
    assert.equal(selectTargets(all, undefined, () => false).basis, 'all');
  });

  it('reads the policy from .vscode/settings.json with comments, and rejects wrong types', () => {
    assert.deepEqual(
      parseExclusionSettings(
        '{\n // c\n "aiSecretGuard.exclusions.patterns": [".env"], "aiSecretGuard.exclusions.assistants": ["cursor"],\n}',
      ),
      { patterns: ['.env'], assistants: ['cursor'] },
    );
    assert.deepEqual(parseExclusionSettings(undefined), {});
    assert.deepEqual(parseExclusionSettings('{"editor.tabSize": 2}'), {});
    assert.throws(() => parseExclusionSettings('{"aiSecretGuard.exclusions.patterns": [1]}'), /list of strings/);
    assert.throws(
      () => parseExclusionSettings('{"aiSecretGuard.exclusions.patterns": ["# x"]}'),
      /a comment, not a pattern/,
    );
    assert.throws(() => parseExclusionSettings('{ nope'), ExclusionFileError);
  });
});
