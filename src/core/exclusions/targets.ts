/**
 * The AI assistants whose workspace exclusion files we maintain, described as data: where each one
 * reads its rules, in which syntax, and what it actually enforces with them. The exposure view and
 * the sync both read this table; nothing else knows an assistant by name.
 */

/** How far an assistant honours its exclusion file for one kind of access. */
export type Enforcement =
  /** Excluded content never reaches the assistant this way. */
  | 'enforced'
  /** Honoured in part (e.g. best effort, or only some features), per the vendor's documentation. */
  | 'partial'
  /** The exclusion file has no effect on this kind of access. */
  | 'not-enforced'
  /** The assistant has no such feature, so nothing reaches it this way. */
  | 'absent';

/** The ways an assistant takes file content into its context. */
export interface EnforcementMatrix {
  /** Inline completions (ghost text) reading the file or its neighbours. */
  readonly completions: Enforcement;
  /** Chat answers that attach or search files. */
  readonly chat: Enforcement;
  /** Codebase indexing / embeddings / retrieval. */
  readonly indexing: Enforcement;
  /** An agent's own file-read and edit tools. */
  readonly agentReads: Enforcement;
  /** Commands the agent runs in a terminal (`cat .env`). */
  readonly terminal: Enforcement;
}

export type ExclusionSyntax =
  /** A gitignore-syntax file that we manage through a marked block. */
  | 'gitignore'
  /** Claude Code's `.claude/settings.json`: `permissions.deny` entries of the form `Read(<path>)`. */
  | 'claude-settings'
  /** Not a workspace file: YAML for the repository's settings page (GitHub Copilot content exclusion). */
  | 'copilot-repository-yaml';

export interface AssistantTarget {
  /** Stable id used in settings and reports: `cursor`, `claude-code`, … */
  readonly id: string;
  /** Product name as users know it. */
  readonly name: string;
  /** Path of the exclusion file relative to the workspace root (for repository YAML, a suggested file name). */
  readonly file: string;
  readonly syntax: ExclusionSyntax;
  /** What the assistant does with the rules. */
  readonly enforces: EnforcementMatrix;
  /** One sentence a user reads in the exposure view: what the file does and does not stop. */
  readonly note: string;
  /** Vendor documentation of the file. */
  readonly docs: string;
  /** Whether the vendor still stands behind the file, and where it says so. */
  readonly status: TargetStatus;
  /** How to tell the assistant is in use: extension ids, and workspace or home-relative config paths. */
  readonly detect: {
    readonly extensions: readonly string[];
    readonly workspacePaths: readonly string[];
    readonly homePaths: readonly string[];
  };
}

/**
 * `current`: documented and supported; `deprecated`: the vendor says to stop relying on it;
 * `discontinued`: the product itself is gone (forks may carry the file on).
 */
export interface TargetStatus {
  readonly state: 'current' | 'deprecated' | 'discontinued';
  /** One sentence for users when the state is not `current`, or a limit they must know. */
  readonly note?: string;
  /** The vendor page (or announcement) the state and the enforcement matrix come from. */
  readonly source: string;
}
