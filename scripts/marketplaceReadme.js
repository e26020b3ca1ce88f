// The README shipped in the VSIX (the Marketplace page): the user-facing sections of README.md
// (what it is, install, the extension, AI context exclusions, known limits, license), with every
// other section (the CLI, hooks, detection internals, benchmarks, development) replaced by a
// pointer to the repository's full README. Generated at packaging time so it never drifts; written
// to out/marketplace/README.md for `vsce package --readme-path`. Keeps the VSIX under its budget:
// the full README is ~100 KB of mostly developer and benchmark text.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const KEPT = new Set(['Install', 'The extension', 'AI context exclusions', 'Known limits', 'License']);
const FULL = 'https://github.com/ai-secret-guard/ai-secret-guard#readme';

/** README.md cut at its `## ` headings: [heading or '' for the preamble, text]. */
function sections(text) {
  const out = [];
  let heading = '';
  let lines = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^(?:```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && line.startsWith('## ')) {
      out.push([heading, lines.join('\n')]);
      heading = line.slice(3).trim();
      lines = [];
    }
    lines.push(line);
  }
  out.push([heading, lines.join('\n')]);
  return out;
}

function marketplaceReadme(text) {
  const kept = [];
  const left = [];
  for (const [heading, body] of sections(text)) {
    if (heading === '' || KEPT.has(heading)) kept.push(body.trimEnd());
    else left.push(heading);
  }
  const pointer = `## More\n\nThe full README covers ${left.join(', ')}: see [the repository](${FULL}).`;
  return kept.join('\n\n') + '\n\n' + pointer + '\n';
}

if (require.main === module) {
  const out = path.join(ROOT, 'out', 'marketplace', 'README.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, marketplaceReadme(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')));
  console.log(`wrote ${path.relative(ROOT, out)}`);
}

module.exports = { marketplaceReadme };
