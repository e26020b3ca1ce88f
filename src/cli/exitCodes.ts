/** The CLI's exit codes (the `hook` command answers in each agent's own protocol instead). */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
