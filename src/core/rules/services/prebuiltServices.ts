// The service table parsed at build time: esbuild.js replaces this module with the JSON of
// `prebuildServices` (serviceTable.ts) run on the tables as they are then, so a bundle never holds
// stale data and skips the parse at every start. Unbundled builds (tests, scripts) parse at load.
export const PREBUILT_SERVICES: string | undefined = undefined;
