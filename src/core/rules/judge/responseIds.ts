// Ids a travel API returns in every response under a credential-like name. Hotelbeds APItude's
// `auditData` block (`processTime`, `timestamp`, `requestHost`, `serverId`, `environment`, `release`,
// `token`, `internal`) traces one request: its `token` is 32 upper-case hex digits naming that
// response, logged and kept in fixtures, and no credential (the API key and secret sign requests).

/** The start of an `auditData` object opened before a name on the same line (`"auditData": { "`). */
const AUDIT_DATA_OPEN = /auditData["']?[ \t]{0,4}[:=][ \t]{0,4}\{[^{}]{0,200}$/i;

/**
 * Whether `value` under `name` is an `auditData` block's `token`: written `auditData.token` or inside
 * an `auditData` object opened earlier on the line, and shaped as Hotelbeds issues it.
 */
export function isAuditDataToken(name: string, value: string, line: string, nameStart: number): boolean {
  if (!/^[0-9A-F]{32}$/.test(value)) return false;
  if (/(?:^|\.)auditdata\.token$/i.test(name)) return true;
  return /^token$/i.test(name) && AUDIT_DATA_OPEN.test(line.slice(Math.max(0, nameStart - 240), nameStart));
}
