import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  keywordsOf,
  parseServiceTables,
  prebuildServices,
  revivePrebuilt,
  serviceEntries,
} from '../../src/core/rules/services/serviceTable';

const SERVICES = serviceEntries();

// The bundles carry the service table parsed at build time (esbuild.js runs prebuildServices);
// these tests hold that data to what parsing at load gives.

describe('service table prebuilt at build time', () => {
  it('revives to the entries and keywords that parsing the table gives', () => {
    const revived = revivePrebuilt(prebuildServices());
    const parsed = parseServiceTables();
    assert.ok(parsed.length > 0);
    assert.deepEqual(revived, parsed);
    assert.deepEqual(revived, SERVICES);
    revived.forEach((entry, i) => {
      for (const withSections of [false, true])
        assert.deepEqual(keywordsOf(entry, withSections), keywordsOf(SERVICES[i]!, withSections), entry.name);
    });
  });

  it('keeps the entries that differ from their neighbours apart (shared format lists, next-line keywords)', () => {
    const revived = revivePrebuilt(prebuildServices());
    const withHeads = revived.findIndex((e) => keywordsOf(e, true).length > keywordsOf(e, false).length);
    assert.notEqual(withHeads, -1, 'some entry has YAML block heads among its next-line keywords');
    assert.deepEqual(keywordsOf(revived[withHeads]!, true), keywordsOf(SERVICES[withHeads]!, true));
    const publicOnes = revived.filter((e) => e.publicFormats.length > 0);
    assert.ok(publicOnes.length > 0, 'some entry has public formats');
    for (const e of publicOnes) assert.notDeepEqual(e.publicFormats, e.formats, e.name);
  });

  it('is what the built bundles carry', () => {
    for (const bundle of ['cliMain.js', 'scanWorkerMain.js']) {
      const text = readFileSync(path.join(__dirname, '../../../dist', bundle), 'utf8');
      // The JSON as a string literal (esbuild writes it as a template literal, or quoted when minifying).
      const literal = /(`\{"formats":[^`]*`|"\{\\"formats\\":(?:[^"\\]|\\.)*")/.exec(text);
      assert.ok(literal, `${bundle} holds the prebuilt table`);
      assert.deepEqual(revivePrebuilt(new Function(`return ${literal[1]}`)() as string), SERVICES, bundle);
    }
  });
});
