import type { CategoryTemplates } from '../../draft';
import { assistantPositives } from './assistants';
import { chatPositives } from './chats';
import { transcriptNegatives } from './negatives';

/**
 * Credentials in AI-assistant transcripts and chat or ticket exports: what users paste into a prompt
 * or a team chat and what assistants echo back or run as tools, in the files those tools write
 * (aider, SpecStory, Claude Code JSONL, Copilot/Cursor/ChatGPT exports, Cline/Continue, Slack,
 * Discord, Teams, e-mail, GitHub/Jira exports). Written blind, before reading the detector (issue 11).
 */
export const transcripts: CategoryTemplates = {
  positives: [...assistantPositives, ...chatPositives],
  negatives: transcriptNegatives,
};
