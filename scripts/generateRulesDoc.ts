// Writes docs/rules.md from the built-in catalogue (`npm run docs:rules`).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtinRules } from '../src/core/rules';
import { renderRuleReference } from '../src/core/rules/referencePage';

const target = path.resolve(__dirname, '../../docs/rules.md');
writeFileSync(target, renderRuleReference(builtinRules));
console.log(`wrote ${path.relative(process.cwd(), target)} (${builtinRules.length} rules)`);
