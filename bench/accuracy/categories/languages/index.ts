import type { CategoryTemplates } from '../../draft';
import { infraLangs } from './infra';
import { jvmLangs } from './jvm';
import { type Lang, negative, positive } from './kit';
import { nativeLangs } from './native';
import { scriptingLangs } from './scripting';
import { shellLangs } from './shells';

/**
 * The languages category: a credential named the way each language names a value (declarations,
 * struct and object literals, named arguments, defaults, build and config DSLs), and the same
 * syntax holding what is no credential.
 */
const LANGS: readonly Lang[] = [...jvmLangs, ...nativeLangs, ...scriptingLangs, ...shellLangs, ...infraLangs];

export const languages: CategoryTemplates = {
  positives: LANGS.map(positive),
  negatives: LANGS.map(negative),
};
