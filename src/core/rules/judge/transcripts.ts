import { pathMatcher } from './pathMatcher';

/**
 * Files AI assistants and chat tools write from real conversations: aider's chat and input history,
 * SpecStory's saved chats (Cursor's and Copilot's among them), Claude Code sessions, Continue and Cline task
 * histories, ChatGPT exports, and mail (`.eml`, mbox). A value in them was pasted or sent, not
 * written to illustrate: Markdown transcripts are records, not documentation, whatever their
 * extension says. Judged from the path alone.
 */
const TRANSCRIPT_PATH =
  /(?:^|\/)(?:\.aider\.(?:chat|input)\.history(?:\.md)?|\.specstory\/history\/[^/]+\.md|\.claude\/projects\/[^/]+\/[^/]+\.jsonl|\.continue\/sessions\/[^/]+\.json|(?:ui_messages|api_conversation_history|conversations)\.json|[^/]+\.(?:eml|mbox))$/i;

const transcriptPath = pathMatcher(TRANSCRIPT_PATH);

export function isTranscriptPath(path: string | undefined): boolean {
  return transcriptPath(path);
}
