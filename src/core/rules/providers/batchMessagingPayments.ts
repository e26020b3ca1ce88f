import type { Rule } from '../types';

/** Catalogue section; see ../index.ts for ordering. */
export const messagingPaymentsRules: readonly Rule[] = [];
