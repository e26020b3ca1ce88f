// The built-in catalogue's keyword matcher as data (core/detect/matcherTable.ts): esbuild.js replaces
// this module in the CLI's bundles with `prebuildMatcherTable` (detector.ts) run on the rules as they
// are at each build, so a CLI process or scan thread skips building it at start. Unbundled builds
// (tests, scripts) and the extension build it at run time.
export const PREBUILT_MATCHER: string | undefined = undefined;
