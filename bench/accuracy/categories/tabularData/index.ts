import type { CategoryTemplates } from '../../draft';
import { blockValues } from './blockValues';
import { csvExports } from './csvExports';
import { csvSqlNegatives } from './negatives';
import { textNegatives } from './negativesText';
import { sqlTables } from './sqlTables';
import { textTables } from './textTables';

/**
 * Credentials whose name is on an earlier line than the value: a CSV header above its rows, a
 * CREATE TABLE or column list above the INSERT tuples, a table header above its cells, a YAML key
 * above its block scalar, an HCL heredoc, a plist key above its string. A password hash in a dump
 * counts as a credential (issue 11).
 */
export const tabularData: CategoryTemplates = {
  positives: [...csvExports, ...sqlTables, ...textTables, ...blockValues],
  negatives: [...csvSqlNegatives, ...textNegatives],
};
