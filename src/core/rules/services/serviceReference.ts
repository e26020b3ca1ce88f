// The service table for the rule reference page (docs/rules.md): one compact row per service.
import { serviceEntries } from './serviceTable';

/** Markdown lines listing every service of the table with its key format and docs page. */
export function renderServiceTable(): string[] {
  const SERVICES = serviceEntries();
  const verified = SERVICES.filter((s) => s.verified).length;
  const rows = [...SERVICES]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => `| ${s.name.replace(/\|/g, '\\|')} | \`${s.spec}\`${s.verified ? '' : ' ¹'} | [docs](${s.docs}) |`);
  return [
    '## Services table',
    '',
    `The rules \`service-key-near-name\` and \`service-key-next-line\` know ${SERVICES.length} services whose keys have no prefix. ` +
      "A key counts when the service is named just before it, on the line above, or by the INI/TOML section or YAML block it stands in, and it fits the service's format: " +
      '`hex`, `b62` (base62), `lower`/`upper` (one-case alphanumerics), `b64url`, `b64` with lengths, `uuid`, or `g` (32/40/64 hex, 20-64 base62 or 24-64 base64url, ' +
      'the shape such keys are generally issued in). Every service also accepts a random value in the `g` shape: services issue several kinds of key and change formats. ' +
      'Names that are common words count only next to a credential word (key, token, secret, api).',
    '',
    `¹ Format not checked against the service's docs (${SERVICES.length - verified} of ${SERVICES.length}).`,
    '',
    '| Service | Key format | Docs |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ];
}
