/** How the tool names itself in reports, SARIF and evidence, whichever front end ran it. */
export const TOOL_NAME = 'ai-secret-guard';
export const INFORMATION_URI = 'https://github.com/ai-secret-guard/ai-secret-guard';
