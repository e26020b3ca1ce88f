// Format: pypi.org/help "How can I use API tokens" (pypi- prefix, a base64url macaroon whose first
// caveat names the issuing index: pypi.org or test.pypi.org).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

const PYPI_ORG = 'AgEIcHlwaS5vcmc'; // "\x02\x01\x08pypi.org"
const TEST_PYPI_ORG = 'AgENdGVzdC5weXBpLm9yZ'; // "\x02\x01\x0dtest.pypi.org"

export const pypiRules: readonly Rule[] = [
  prefixedRule({
    id: 'pypi-upload-token',
    title: 'PyPI API token',
    provider: 'PyPI',
    prefix: 'pypi-',
    body: String.raw`(?:${PYPI_ORG}|${TEST_PYPI_ORG})[A-Za-z0-9_-]{50,1000}`,
    minEntropy: 4,
    envVar: 'PYPI_API_TOKEN',
    docs: 'https://pypi.org/help/#apitoken',
    risk: "Uploads new releases of the owner's projects (or of one project, if scoped): a supply-chain compromise for every installer.",
    token: (fake) => `pypi-${PYPI_ORG}${fake.base64url(160)}`,
    more: (fake) => [
      `pypi-${TEST_PYPI_ORG}w${fake.base64url(150)}`,
      `password = pypi-${PYPI_ORG}${fake.base64url(170)}`,
      `twine upload -u __token__ -p pypi-${PYPI_ORG}${fake.base64url(160)} dist/*`,
    ],
    negatives: [
      { text: 'pypi-AgEIcHlwaS5vcmc...', why: 'truncated placeholder' },
      { text: (fake) => `pypi-${fake.base64url(120)}`, why: 'not a PyPI macaroon' },
      { text: 'password = ${{ secrets.PYPI_API_TOKEN }}', why: 'GitHub Actions secret reference' },
    ],
  }),
];
