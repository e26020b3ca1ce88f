import type { CategoryTemplates } from '../../draft';
import { fixtureFiles } from './fixtureFiles';
import { jvmPython } from './jvmPython';
import { testNegatives } from './negatives';
import { otherLanguages } from './otherLanguages';

/**
 * Issue 11, test-code: credentials as they sit in real repositories' tests and fixtures. A
 * real-looking password or key in a test is still a credential (a lower confidence is fine); the
 * obvious dummies tests use (test, password, foo, xxx, changeme, <token>) are not.
 */
export const testCode: CategoryTemplates = {
  positives: [jvmPython, otherLanguages, fixtureFiles].flatMap((t) => t.positives),
  negatives: testNegatives.negatives,
};
