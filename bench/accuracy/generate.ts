import { aiScaffolded } from './categories/aiScaffolded';
import { ciIac } from './categories/ciIac';
import { devTools } from './categories/devTools';
import { transcripts } from './categories/transcripts';
import { international } from './categories/international';
import { hobbyProjects } from './categories/hobbyProjects';
import { gameServers } from './categories/gameServers';
import { researchComputing } from './categories/researchComputing';
import { ecommercePayments } from './categories/ecommercePayments';
import { mobileClient } from './categories/mobileClient';
import { netConfigs } from './categories/netConfigs';
import { selfHostedApps } from './categories/selfHosted';
import { iotEmbedded } from './categories/iotEmbedded';
import { dataPlatforms } from './categories/dataPlatforms';
import { researchMl } from './categories/researchMl';
import { appConfigs } from './categories/appConfigs';
import { callCredentials } from './categories/callCredentials';
import { codeClothing } from './categories/codeClothing';
import { commandCredentials } from './categories/commandCredentials';
import { moreCommandCredentials } from './categories/commandCredentialsMore';
import { configFormats } from './categories/configFormats';
import { credentialStores } from './categories/credentialStores';
import { dumpsLogs } from './categories/dumpsLogs';
import { encodedWrapped } from './categories/encodedWrapped';
import {
  commandGapShapes,
  configGapShapes,
  dumpGapShapes,
  iacGapShapes,
  keyGapShapes,
  languageGapShapes,
  storeGapShapes,
} from './categories/gapShapes';
import { legacyEnterprise } from './categories/legacyEnterprise';
import { telecomVoip } from './categories/telecomVoip';
import { healthcare } from './categories/healthcare';
import { cmsSites } from './categories/cmsSites';
import { fintechBackoffice } from './categories/fintechBackoffice';
import { automotiveEmbedded } from './categories/automotiveEmbedded';
import { govEducation } from './categories/govEducation';
import { mediaBroadcast } from './categories/mediaBroadcast';
import { logisticsSupplyChain } from './categories/logisticsSupplyChain';
import { legalInsurance } from './categories/legalInsurance';
import { retailHospitality } from './categories/retailHospitality';
import { energyUtilities } from './categories/energyUtilities';
import { marketingAdtech } from './categories/marketingAdtech';
import { hrPayroll } from './categories/hrPayroll';
import { cryptoExchangeOps } from './categories/cryptoExchangeOps';
import { nonprofitFundraising } from './categories/nonprofitFundraising';
import { agricultureIot } from './categories/agricultureIot';
import { realEstateProperty } from './categories/realEstateProperty';
import { travelAirline } from './categories/travelAirline';
import { constructionField } from './categories/constructionField';
import { sportsFitness } from './categories/sportsFitness';
import { securityOperations } from './categories/securityOperations';
import { languages } from './categories/languages';
import { httpAuth } from './categories/httpAuth';
import { jwkAndKeyBlockPositives, signingSecretPositives, symmetricKeyPositives } from './categories/keyMaterial';
import { keyMaterialNegatives } from './categories/keyMaterialNegatives';
import { signingConfigPositives, toolKeyPositives, walletPositives } from './categories/keyMaterialWallets';
import { callArguments, namedPairs, wordPasswords } from './categories/candidateShapes';
import { passwords } from './categories/passwords';
import { proseNotes } from './categories/proseNotes';
import { providerFormats } from './categories/providerFormats';
import { serviceNames } from './categories/serviceNames';
import { urlsEndpoints } from './categories/urlsEndpoints';
import { tabularData } from './categories/tabularData';
import { testCode } from './categories/testCode';
import { windowsAdmin } from './categories/windowsAdmin';
import type { CategoryTemplates, Draft, Template } from './draft';
import { Gen } from './gen';
import { CATEGORIES, type Category, type CorpusCase, type LineLabel } from './types';

/** One category's templates with more of its kind from another module. */
function joined(a: CategoryTemplates, b: CategoryTemplates): CategoryTemplates {
  return { positives: [...a.positives, ...b.positives], negatives: [...a.negatives, ...b.negatives] };
}

export const TEMPLATES: Readonly<Record<Category, CategoryTemplates>> = {
  passwords: joined(joined(passwords, callArguments), wordPasswords),
  'http-auth': httpAuth,
  'service-name-near-token': serviceNames,
  'config-formats': joined(joined(configFormats, namedPairs), configGapShapes),
  'code-in-other-clothing': codeClothing,
  'encoded-wrapped': encodedWrapped,
  'provider-formats': providerFormats,
  'ai-scaffolded': aiScaffolded,
  'credential-stores': joined(credentialStores, storeGapShapes),
  'command-credentials': joined(
    joined(joined(commandCredentials, callCredentials), moreCommandCredentials),
    commandGapShapes,
  ),
  'dumps-logs': joined(dumpsLogs, dumpGapShapes),
  'programming-languages': joined(languages, languageGapShapes),
  'urls-endpoints': urlsEndpoints,
  'key-material': {
    positives: [
      ...symmetricKeyPositives,
      ...signingSecretPositives,
      ...jwkAndKeyBlockPositives,
      ...toolKeyPositives,
      ...walletPositives,
      ...signingConfigPositives,
      ...keyGapShapes.positives,
    ],
    negatives: [...keyMaterialNegatives, ...keyGapShapes.negatives],
  },
  'prose-notes': proseNotes,
  'test-code': testCode,
  'ci-iac': joined(ciIac, iacGapShapes),
  'app-configs': appConfigs,
  'tabular-data': tabularData,
  'dev-tools': devTools,
  transcripts,
  international,
  'network-configs': netConfigs,
  'iot-embedded': iotEmbedded,
  'data-platforms': dataPlatforms,
  'windows-admin': windowsAdmin,
  'research-ml': researchMl,
  'mobile-client': mobileClient,
  'self-hosted-apps': selfHostedApps,
  'hobby-projects': hobbyProjects,
  'legacy-enterprise': legacyEnterprise,
  'game-servers': gameServers,
  'research-computing': researchComputing,
  'ecommerce-payments': ecommercePayments,
  'telecom-voip': telecomVoip,
  healthcare,
  'cms-sites': cmsSites,
  'fintech-backoffice': fintechBackoffice,
  'automotive-embedded': automotiveEmbedded,
  'gov-education': govEducation,
  'media-broadcast': mediaBroadcast,
  'logistics-supply-chain': logisticsSupplyChain,
  'legal-insurance': legalInsurance,
  'retail-hospitality': retailHospitality,
  'energy-utilities': energyUtilities,
  'marketing-adtech': marketingAdtech,
  'hr-payroll': hrPayroll,
  'nonprofit-fundraising': nonprofitFundraising,
  'travel-airline': travelAirline,
  'agriculture-iot': agricultureIot,
  'real-estate-property': realEstateProperty,
  'crypto-exchange-ops': cryptoExchangeOps,
  'construction-field-service': constructionField,
  'sports-fitness': sportsFitness,
  'security-operations': securityOperations,
};

export interface CorpusOptions {
  readonly seed?: number;
  /** Positive cases per category (templates are used in turn, so each appears about equally). */
  readonly positivesPerCategory?: number;
  readonly negativesPerCategory?: number;
}

export const DEFAULT_SEED = 0xacc0;

/**
 * Generates the labelled corpus: deterministic for a given seed and counts. Each category gets its
 * own random stream, so adding a template to one category does not change the others' cases.
 */
export function generateCorpus(options: CorpusOptions = {}): CorpusCase[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const positives = options.positivesPerCategory ?? 400;
  const negatives = options.negativesPerCategory ?? 250;
  const out: CorpusCase[] = [];
  CATEGORIES.forEach((category, index) => {
    const g = new Gen((seed + index * 7919) >>> 0);
    const { positives: pos, negatives: neg } = TEMPLATES[category];
    for (let i = 0; i < positives; i++) out.push(materialize(category, 'positive', i, pos[i % pos.length]!, g));
    for (let i = 0; i < negatives; i++) out.push(materialize(category, 'negative', i, neg[i % neg.length]!, g));
  });
  return out;
}

function materialize(
  category: Category,
  polarity: 'positive' | 'negative',
  index: number,
  t: Template,
  g: Gen,
): CorpusCase {
  const draft = t.build(g);
  const { text, labels } = render(draft);
  if (labels.length > 0 !== (polarity === 'positive'))
    throw new Error(
      `${category} template ${t.shape}: a ${polarity} case must ${polarity === 'positive' ? '' : 'not '}carry labels`,
    );
  return {
    id: `${category}/${polarity[0]}${String(index).padStart(4, '0')}-${t.shape}`,
    category,
    shape: t.shape,
    polarity,
    path: draft.path,
    text,
    labels,
  };
}

/** Joins the draft's lines and numbers the labelled ones (1-based). */
function render(draft: Draft): { text: string; labels: LineLabel[] } {
  const lines: string[] = [];
  const labels: LineLabel[] = [];
  let group = 0;
  for (const item of draft.lines) {
    if (typeof item === 'string') {
      lines.push(...item.split('\n'));
    } else if ('block' in item) {
      group++;
      for (const part of item.block) {
        lines.push(part.text);
        labels.push({ line: lines.length, value: part.value, group });
      }
    } else {
      group++;
      if (item.text.includes('\n')) throw new Error('a labelled line cannot contain a newline');
      lines.push(item.text);
      labels.push({ line: lines.length, value: item.value, group });
    }
  }
  return { text: lines.join('\n') + '\n', labels };
}
