// Where a service's name turns up without naming a service: spelled by chance inside a checksum,
// or as a segment of a module or repository path that a lock file follows with a revision.
import type { NameHit } from './serviceTable';

/** The run of non-blank, unquoted characters around `hit` in `text`, and where it starts. */
function tokenAround(text: string, hit: NameHit): { token: string; start: number } {
  let start = hit.start;
  let end = hit.end;
  while (start > 0 && !/[\s"'\x60,]/.test(text.charAt(start - 1))) start--;
  while (end < text.length && !/[\s"'\x60,]/.test(text.charAt(end))) end++;
  return { token: text.slice(start, end), start };
}

/** A module or repository path (`github.com/acme/sendgrid-go`, `gopkg.in/x/y.v1`). */
const MODULE_PATH = /^[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\/[\w.\/-]{1,200}$/;

/**
 * The name is no name where it stands: inside a random run (`h1:tWus4…/htX+…=`, a checksum that
 * spells a service's alias by chance) or an upper-case security or order code, or a path segment of a module or repository path, which
 * dependency manifests and lock files follow with a revision or checksum, not a key.
 */
export function namedByAccident(text: string, hit: NameHit): boolean {
  const { token, start } = tokenAround(text, hit);
  // A URL (`https://api.acme.org/2.5/x?q=London&key=`) mixes cases, digits and `/`/`=` too, but names its host.
  if (
    token.length >= 20 &&
    /\d/.test(token) &&
    /[a-z]/.test(token) &&
    /[A-Z]/.test(token) &&
    /[+/=]/.test(token) &&
    !/^[a-z][\w+.-]{0,20}:\/\//i.test(token)
  )
    return true;
  // An upper-case code with digits (an ISIN `DEEL28GVP8W4`, a CUSIP, an order id) spells a name by chance.
  if (/^[A-Z0-9]{8,40}$/.test(token) && /\d/.test(token) && token !== text.slice(hit.start, hit.end)) return true;
  // A certificate's distinguished name (`CN=splunk.acme.com,<thumbprint>`): the subject host of a
  // certificate inventory, whose fingerprints follow it.
  if (/^(?:CN|OU|O|DC)=/.test(token) && start + token.indexOf('=') < hit.start) return true;
  return MODULE_PATH.test(token) && start + token.indexOf('/') < hit.start;
}
