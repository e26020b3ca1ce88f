import type { CategoryTemplates } from '../../draft';
import { appConfig } from './appConfig';
import { clients } from './clients';
import { dotfiles } from './dotfiles';
import { secretFiles } from './secretFiles';
import { servers } from './servers';
import { system } from './system';

/**
 * Credential stores and configuration files as real repositories hold them, one module per family;
 * each case template writes a file the way its tool does (hard negatives: prompts, references,
 * placeholders, empty and commented-out values).
 */
export const credentialStores: CategoryTemplates = {
  positives: [clients, dotfiles, system, servers, appConfig, secretFiles].flatMap((t) => t.positives),
  negatives: [clients, dotfiles, system, servers, appConfig, secretFiles].flatMap((t) => t.negatives),
};
