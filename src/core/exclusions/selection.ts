import type { AssistantTarget } from './targets';

export interface TargetSelection {
  readonly targets: readonly AssistantTarget[];
  /** How the list was chosen, for the report: `requested`, `detected` or `all`. */
  readonly basis: 'requested' | 'detected' | 'all';
  /** Requested ids that name no assistant. */
  readonly unknown: readonly string[];
}

/**
 * The assistants to protect. An explicit list wins (`all` means every one); `auto` or no list
 * means those detected in use (`isPresent`: an extension, a config folder, or its exclusion file
 * already there), and every assistant when none is detected, since an unknown one may be in use.
 */
export function selectTargets(
  all: readonly AssistantTarget[],
  requested: readonly string[] | undefined,
  isPresent: (t: AssistantTarget) => boolean,
): TargetSelection {
  const explicit = (requested ?? []).filter((r) => r !== 'auto');
  if (explicit.includes('all')) return { targets: all, basis: 'requested', unknown: [] };
  if (explicit.length > 0) {
    const ids = new Set(explicit);
    return {
      targets: all.filter((t) => ids.has(t.id)),
      basis: 'requested',
      unknown: explicit.filter((id) => !all.some((t) => t.id === id)),
    };
  }
  const detected = all.filter(isPresent);
  return detected.length > 0
    ? { targets: detected, basis: 'detected', unknown: [] }
    : { targets: all, basis: 'all', unknown: [] };
}
