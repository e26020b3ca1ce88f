// The built-in rules' reaches worked out at build time: esbuild.js replaces this module with the
// JSON of `prebuildReachTable` (ruleReach.ts) over the rules as they are then, so a bundle skips
// parsing each pattern it tries. Unbundled builds (tests, scripts) parse on first use.
export const PREBUILT_REACH: string | undefined = undefined;
