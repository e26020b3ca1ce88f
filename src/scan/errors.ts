/**
 * Input the user named that cannot be used: a missing path, an unreadable baseline, a gitleaks
 * config that is not there. The CLI reports it as a usage error; the editor logs it.
 */
export class InputError extends Error {}
