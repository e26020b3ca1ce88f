import assert from 'node:assert/strict';
import { checkSync } from 'recheck';
import {
  classifyClientVisibility,
  clientPathReason,
  clientVariableReason,
  CLIENT_VARIABLE_PATTERNS,
  CLIENT_VISIBLE_CHECKS,
} from '../../src/core/report/clientVisible';
import { locateFindings } from '../../src/core/report/model';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { RECHECK_PARAMETERS } from '../support/recheckPool';

// Secrets are generated at runtime by FakeTokens: nothing committed here is a credential.
const fake = new FakeTokens(61);

describe('client-visible classification', () => {
  describe('by path', () => {
    const shipped: readonly [string, RegExp][] = [
      ['public/config.js', /^in public\/, which is served to browsers as is$/],
      ['apps/web/public/env.js', /^in public\//],
      ['static/js/app.js', /^in static\//],
      ['site/www/index.php', /^in www\//],
      ['Web/wwwroot/js/site.js', /^in wwwroot\//],
      ['public_html/config.php', /^in public_html\//],
      ['dist/main.js', /^in dist\/, build output/],
      ['packages/ui/build/index.js', /^in build\//],
      ['Public/config.js', /^in public\//], // case-insensitive folder names
      ['android/app/src/main/assets/config.json', /^in src\/main\/assets\/, which Android packages/],
      ['android/app/src/main/res/values/strings.xml', /^in src\/main\/res\//],
      ['ios/Runner/Info.plist', /iOS property list/],
      ['web/.next/static/chunks/app.js', /^in \.next\/static\//],
      ['src/assets/config.json', /^in src\/assets\/, which front-end builds/],
      ['app/assets/javascripts/app.js', /Rails asset pipeline/],
      ['chrome-extension/background.js', /browser extension/],
      ['templates/index.html', /^an HTML page, which browsers receive as is \(\*\.html\)$/],
      ['legacy/page.HTM', /HTML page/],
      ['vendor/lib.min.js', /minified browser bundle \(\*\.min\.js\)$/],
      ['out/app.bundle.js', /browser bundle/],
      ['main.jsbundle', /React Native bundle/],
      ['src/components/Checkout.vue', /Vue component/],
      ['src/routes/+page.svelte', /Svelte component/],
    ];
    for (const [path, reason] of shipped) {
      it(`flags ${path}`, () => {
        const r = classifyClientVisibility(path, '');
        assert.equal(r.clientVisible, true);
        assert.match(r.reason!, reason);
      });
    }

    const notShipped = [
      'src/server/config.ts',
      '.env',
      'config/production.yml',
      'publications/notes.md', // "public" only as a whole folder name
      'src/publicApi.ts',
      'out/test/unit/cli.test.js', // out/ is too often compiled server or test code
      'src/extension/extension.ts', // editor extensions are not browser bundles
      'android/app/build.gradle', // a file named like a folder
      'assets/logo.txt', // assets/ alone is not a web root
      'ios/Podfile',
      'macos/Runner/Info.plist',
      'docs/html-guide.md',
      '.html', // no name before the suffix
    ];
    for (const path of notShipped) {
      it(`does not flag ${path}`, () => assert.deepEqual(classifyClientVisibility(path, ''), { clientVisible: false }));
    }

    it('reads paths that climb out of the working directory', () => {
      assert.match(clientPathReason('../repo/public/app.js')!, /^in public\//);
      assert.match(clientPathReason('./public/app.js')!, /^in public\//);
      assert.equal(clientPathReason('../../src/server.ts'), undefined);
    });

    it('names the most specific folder', () => {
      assert.match(clientPathReason('android/app/src/main/assets/build/x.json')!, /^in src\/main\/assets\//);
    });
  });

  describe('by the variable a framework exposes', () => {
    const exposed: readonly [string, RegExp][] = [
      ['NEXT_PUBLIC_STRIPE_KEY=', /^assigned to NEXT_PUBLIC_STRIPE_KEY, which Next\.js inlines into client bundles$/],
      ['export VITE_API_SECRET="', /^assigned to VITE_API_SECRET, which Vite exposes/],
      ["REACT_APP_TOKEN='", /Create React App/],
      ['EXPO_PUBLIC_KEY = ', /Expo/],
      ['NUXT_PUBLIC_API_KEY=', /Nuxt/],
      ['PUBLIC_SUPABASE_SERVICE_KEY=', /SvelteKit/],
      ['GATSBY_SECRET=', /Gatsby/],
      ['VUE_APP_KEY=', /Vue CLI/],
      ['STORYBOOK_TOKEN=', /Storybook/],
      ['  VITE_KEY: "', /VITE_KEY/], // YAML (compose environment)
      ['      - VITE_KEY=', /VITE_KEY/], // compose list form
      ['{ "REACT_APP_KEY": "', /REACT_APP_KEY/], // JSON
      ['  env: { NEXT_PUBLIC_KEY: `', /NEXT_PUBLIC_KEY/], // next.config.js
      ['const key = process.env.NEXT_PUBLIC_KEY || "', /NEXT_PUBLIC_KEY/], // fallback literal
      ["const key = import.meta.env.VITE_KEY ?? '", /VITE_KEY/],
      ['const key = process.env["NEXT_PUBLIC_KEY"] ?? "', /NEXT_PUBLIC_KEY/],
      ['key = os.getenv("VITE_KEY", "', /VITE_KEY/],
    ];
    for (const [prefix, reason] of exposed) {
      it(`flags ${JSON.stringify(prefix)}`, () => assert.match(clientVariableReason(prefix) ?? '', reason));
    }

    const notExposed = [
      'STRIPE_SECRET_KEY=',
      'NEXT_SECRET=',
      'MY_VITE_KEY=', // the prefix must start the name
      'REPUBLIC_KEY=',
      'PUBLIC_=', // a prefix alone is no variable
      'vite_key=', // the prefixes are case-sensitive, as the frameworks are
      'const VITE_KEY = "', // a program constant: no framework exposes it
      'export const NEXT_PUBLIC_KEY = "',
      'NEXT_PUBLIC_KEY=abc def ', // the secret is not what is assigned to it
      '// see NEXT_PUBLIC_KEY for the name; token ',
      '',
    ];
    for (const prefix of notExposed) {
      it(`does not flag ${JSON.stringify(prefix)}`, () => assert.equal(clientVariableReason(prefix), undefined));
    }

    it('looks only at the end of a very long (minified) line', () => {
      const line = 'x'.repeat(100_000) + ';VITE_KEY="';
      assert.match(clientVariableReason(line)!, /VITE_KEY/);
      assert.equal(clientVariableReason('VITE_KEY="' + 'a'.repeat(1000) + '", b="'), undefined);
    });

    it('uses only linear-time patterns (recheck)', function () {
      this.timeout(60_000);
      for (const p of CLIENT_VARIABLE_PATTERNS)
        assert.equal(checkSync(p.source, p.flags, RECHECK_PARAMETERS).status, 'safe', p.source);
    });
  });

  it('describes what it checks, for reports that found nothing', () => {
    assert.ok(CLIENT_VISIBLE_CHECKS.locations.includes('public/'));
    assert.ok(CLIENT_VISIBLE_CHECKS.locations.includes('*.html'));
    assert.ok(CLIENT_VISIBLE_CHECKS.variablePrefixes.includes('NEXT_PUBLIC_'));
    assert.ok(CLIENT_VISIBLE_CHECKS.variablePrefixes.includes('VITE_'));
  });

  it('is attached to findings when they are located, without keeping any text', () => {
    const detector = new Detector(builtinRules);
    const secret = `sk_live_${fake.alnum(24)}`;
    const env = `STRIPE_SECRET_KEY=${secret}\nNEXT_PUBLIC_STRIPE_KEY=${secret}\n`;
    const [server, client] = locateFindings('.env', env, detector.scan(env));
    assert.equal(server!.clientVisibleReason, undefined);
    assert.match(client!.clientVisibleReason!, /^assigned to NEXT_PUBLIC_STRIPE_KEY/);
    const page = `<script>const k = "${secret}";</script>\n`;
    assert.match(locateFindings('site/index.html', page, detector.scan(page))[0]!.clientVisibleReason!, /HTML page/);
    assert.ok(!JSON.stringify([server, client]).includes(secret));
  });
});
