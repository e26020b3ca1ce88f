import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
// A plain Node script (run by `npm run package`), read here as the packaging step runs it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { marketplaceReadme } = require(path.join(ROOT, 'scripts/marketplaceReadme.js')) as {
  marketplaceReadme: (readme: string) => string;
};
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const commandIdsSource = readFileSync(path.join(ROOT, 'src/extension/commandIds.ts'), 'utf8');
/** Settings readers and the section each one reads from. */
const settingsReaders: [string, string][] = [
  ['src/extension/config.ts', 'aiSecretGuard'],
  ['src/extension/exclusions/exclusionSettings.ts', 'aiSecretGuard.exclusions'],
  ['src/extension/baseline/baselineStore.ts', 'aiSecretGuard'],
  ['src/extension/codeActions/secretManagerAction.ts', 'aiSecretGuard.secretManager'],
  ['src/extension/liveCheck/liveChecks.ts', 'aiSecretGuard.liveCheck'],
];

describe('extension manifest', () => {
  it('contributes exactly the commands in commandIds.ts', () => {
    const ids = [...commandIdsSource.matchAll(/'(aiSecretGuard\.[A-Za-z]+)'/g)].map((m) => m[1]).sort();
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, ids);
  });

  it('declares every setting the extension reads, with a description and default', () => {
    const read = settingsReaders.flatMap(([file, section]) =>
      [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/c\.get(?:<.*?>)?\('([A-Za-z.]+)'\)/g)].map(
        (m) => `${section}.${m[1]}`,
      ),
    );
    const props = manifest.contributes.configuration.properties as Record<
      string,
      { default?: unknown; description?: string; markdownDescription?: string }
    >;
    for (const key of new Set(read)) {
      assert.ok(props[key], `${key} is read but not declared`);
      assert.ok(props[key]!.description || props[key]!.markdownDescription, `${key} has no description`);
      assert.ok('default' in props[key]!, `${key} has no default`);
    }
    assert.deepEqual(Object.keys(props).sort(), [...new Set(read)].sort(), 'every declared setting is read');
  });

  it('points main, bin and icon at files the build or repository provides', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.bin['ai-secret-guard'], 'dist/cli.js');
    assert.ok(existsSync(path.join(ROOT, manifest.icon)), 'icon exists');
    assert.match(manifest.engines.vscode, /^\^1\.(\d+)\.0$/);
    assert.ok(
      Number(/^\^1\.(\d+)/.exec(manifest.engines.vscode)![1]) <= 100,
      'engines.vscode must stay within what the tested VS Code supports',
    );
  });

  it('declares how it behaves in untrusted and virtual workspaces', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['aiSecretGuard.customRules']);
    assert.ok(manifest.capabilities.virtualWorkspaces.description);
  });

  it('packages from an allow-list', () => {
    const lines = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    assert.equal(lines[0], '**');
    assert.ok(lines.includes('!dist/extension.js'));
  });

  it('walks a new user through detection, a fix, exclusions and the audit, with shipped media', () => {
    const commands = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.deepEqual(
      walkthrough.steps.map((s: { id: string }) => s.id),
      ['detect', 'fix', 'exclusions', 'audit'],
    );
    for (const step of walkthrough.steps as {
      media: { markdown: string };
      completionEvents: string[];
      description: string;
    }[]) {
      assert.ok(existsSync(path.join(ROOT, step.media.markdown)), step.media.markdown);
      for (const event of step.completionEvents) assert.ok(commands.has(event.replace(/^onCommand:/, '')), event);
      for (const link of step.description.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(commands.has(link[1]!), link[1]);
    }
  });

  it('declares the language-model tool the extension registers', () => {
    const source = readFileSync(path.join(ROOT, 'src/extension/secretCheckTool.ts'), 'utf8');
    const [tool] = manifest.contributes.languageModelTools;
    assert.ok(source.includes(`'${tool.name}'`), 'registered under the declared name');
    assert.deepEqual(tool.inputSchema.required, ['text']);
    assert.ok(tool.modelDescription.length > 100, 'tells the model when to call it');
  });

  for (const [which, readmeText] of [
    ['README', () => readFileSync(path.join(ROOT, 'README.md'), 'utf8')],
    // The Marketplace page (the VSIX's readme): the user-facing sections only (scripts/marketplaceReadme.js).
    ['Marketplace README', () => marketplaceReadme(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))],
  ] as const)
    it(`documents every setting and every command a user can run in the ${which}`, () => {
      const readme = readmeText();
      for (const key of Object.keys(manifest.contributes.configuration.properties))
        assert.ok(readme.includes('`' + key + '`'), `README lacks ${key}`);
      const hidden = new Set(
        manifest.contributes.menus.commandPalette
          .filter((m: { when: string }) => m.when === 'false')
          .map((m: { command: string }) => m.command),
      );
      for (const c of manifest.contributes.commands as { command: string; title: string; category: string }[]) {
        if (!hidden.has(c.command))
          assert.ok(readme.includes(`${c.category}: ${c.title}`), `README lacks the command "${c.title}"`);
      }
    });

  it('ships a Marketplace README without the developer sections, pointing to the full one', () => {
    const page = marketplaceReadme(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    assert.match(page, /^## The extension$/m);
    assert.match(page, /^## AI context exclusions$/m);
    assert.doesNotMatch(page, /^## (?:The CLI|Performance|Development)$/m);
    assert.match(page, /## More\n\nThe full README covers .*The CLI.*Performance/);
  });
});
