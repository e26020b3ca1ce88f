import { readFileSync } from 'node:fs';

/**
 * Code dense in keywords the rules look for (`questionToken`, `tokenKind`, `secretName` on nearly
 * every line): TypeScript's own lib/typescript.js (~9 MB), from the installed dev dependency. It
 * sends far more lines through the generic rules than ordinary code does (issue 14).
 */
export function keywordDenseSource(): string {
  return readFileSync(require.resolve('typescript/lib/typescript.js'), 'utf8');
}
