import { awsRules, s3KeyIdByNameRules } from './providers/aws';
import { tokenIdPairRules } from './providers/tokenIdPairs';
import { aiRules } from './providers/aiServices';
import { cloudRules } from './providers/cloudServices';
import { devPlatformsRules } from './providers/devPlatforms';
import { messagingPaymentsRules } from './providers/messagingPayments';
import { providerFormatRules } from './providers/providerFormats';
import { configFormatRules } from './providers/configFormats';
import { androidResourceRules } from './providers/androidResources';
import { dotnetResourceRules } from './providers/dotnetResources';
import { wireTranscriptRules } from './providers/wireTranscripts';
import { comparisonRules } from './providers/comparisons';
import { credentialStoreRules } from './providers/credentialStores';
import { enterpriseMiddlewareRules } from './providers/enterpriseMiddleware';
import { clientCredentialFileRules } from './providers/clientCredentialFiles';
import { systemCredentialFileRules } from './providers/systemCredentialFiles';
import { installerConfigRules } from './providers/installerConfigs';
import { serverDirectiveRules } from './providers/serverDirectives';
import { gameServerRules } from './providers/gameServers';
import { networkDeviceRules } from './providers/networkDevices';
import { networkAuthFileRules } from './providers/networkAuthFiles';
import { iotEmbeddedRules } from './providers/iotEmbedded';
import { telecomVoipRules } from './providers/telecomVoip';
import { mediaBroadcastRules } from './providers/mediaBroadcast';
import { logisticsSupplyChainRules } from './providers/logisticsSupplyChain';
import { retailHospitalityRules } from './providers/retailHospitality';
import { marketingAdtechRules } from './providers/marketingAdtech';
import { energyUtilitiesRules } from './providers/energyUtilities';
import { hrPayrollRules } from './providers/hrPayroll';
import { securityOperationsRules } from './providers/securityOperations';
import { agricultureIotRules } from './providers/agricultureIot';
import { nonprofitFundraisingRules } from './providers/nonprofitFundraising';
import { sportsFitnessRules } from './providers/sportsFitness';
import { travelAirlineRules } from './providers/travelAirline';
import { realEstatePropertyRules } from './providers/realEstateProperty';
import { cryptoExchangeOpsRules } from './providers/cryptoExchangeOps';
import { constructionFieldRules } from './providers/constructionField';
import { healthcareRules } from './providers/healthcare';
import { govEducationRules } from './providers/govEducation';
import { cmsSiteRules } from './providers/cmsSites';
import { fintechBackofficeRules } from './providers/fintechBackoffice';
import { automotiveEmbeddedRules } from './providers/automotiveEmbedded';
import { legalInsuranceRules } from './providers/legalInsurance';
import { adminAccountPairRules, builtinProfileRules } from './providers/builtinProfiles';
import { windowsAdminRules } from './providers/windowsAdmin';
import { researchMlRules } from './providers/researchMl';
import { serviceSecretRules } from './providers/serviceSecrets';
import { dockerfileRules } from './providers/dockerfile';
import { infrastructureBlockRules } from './providers/infrastructureBlocks';
import { bareKeyRules } from './providers/bareKey';
import { sectionKeyRules } from './providers/sectionKey';
import { secretBlockRules } from './providers/secretBlocks';
import type { ServiceWords } from './providers/namedKeys';
import { namedKeyRules } from './providers/namedKeys';
import { declarationRules } from './providers/declarations';
import { genericRules } from './providers/generic';
import { localizedNameRules } from './providers/localizedNames';
import { regionalPlatformRules } from './providers/regionalPlatforms';
import { githubRules } from './providers/github';
import { httpAuthRules } from './providers/httpAuth';
import { jwtRules } from './providers/jwt';
import { knownDefaultRules } from './providers/knownDefaults';
import { passwordFileRules } from './providers/passwordFiles';
import { punctuatedPasswordRules } from './providers/punctuatedPasswords';
import { unquotedPunctuatedPasswordRules } from './providers/unquotedPunctuatedPasswords';
import { dotnetAttributeRules } from './providers/dotnetAttributes';
import { proseNonLatinRules } from './providers/proseNonLatin';
import { passwordRules } from './providers/passwords';
import { appPasswordRules } from './providers/appPasswords';
import { passwordHashRules } from './providers/passwordHashes';
import { commandArgumentRules } from './providers/commandArguments';
import { pipedPasswordRules } from './providers/pipedPasswords';
import { positionalPasswordRules } from './providers/positionalPasswords';
import { callArgumentRules } from './providers/callArguments';
import { configPathValueRules } from './providers/configPathValues';
import { dataPlatformRules } from './providers/dataPlatforms';
import { boundLiteralRules } from './providers/boundLiterals';
import { formInputRules } from './providers/formInputs';
import { passwordHashInputRules } from './providers/passwordHashInputs';
import { driverDsnRules } from './providers/driverDsn';
import { sqlInsertColumnRules } from './providers/sqlInsertColumns';
import { tabularRules } from './providers/tabular';
import { sessionCookieRules } from './providers/sessionCookies';
import { terraformStateRules } from './providers/terraformState';
import { devToolExportRules } from './providers/devToolExports';
import { schemelessUserinfoRules, urlEndpointRules } from './providers/urlEndpoints';
import { passwordArgumentRules } from './providers/passwordArguments';
import { passphraseRules } from './providers/passphrases';
import { proseCredentialRules } from './providers/proseCredentials';
import { privateKeyRules } from './providers/privateKeys';
import { transcriptKeyBlockRules } from './providers/transcriptKeyBlocks';
import { keyFileRules } from './providers/keyFiles';
import { keyLiteralRules } from './providers/keyLiterals';
import { keySaltRules } from './providers/keySalts';
import { cryptoWalletRules } from './providers/cryptoWallets';
import { mnemonicRules } from './providers/mnemonics';
import { clientUrlKeyKeywordRule, sdkConstructorRules } from './providers/sdkConstructors';
import { secretSettingRules } from './providers/secretSettings';
import { appSecretSettingRules } from './providers/appSecretSettings';
import { secretSinkRules } from './providers/secretSinks';
import { serviceRules } from './services/serviceRules';
import type { Rule } from './types';

/**
 * The built-in catalogue, in priority order: where two rules match overlapping text on a line, the
 * one listed first is kept. Provider-specific rules come first, generic ones last.
 */
const catalogue: readonly Rule[] = [
  ...githubRules,
  ...awsRules,
  ...cloudRules,
  ...devPlatformsRules,
  ...messagingPaymentsRules,
  ...aiRules,
  ...providerFormatRules,
  ...privateKeyRules,
  ...transcriptKeyBlockRules,
  // Key material that is no provider token: JWKs, RSA XML, wallet keys, decoded literals and byte arrays.
  ...keyFileRules,
  ...cryptoWalletRules,
  ...mnemonicRules,
  ...jwtRules,
  // Before the generic rules: the constructor says which provider an unprefixed value belongs to.
  ...sdkConstructorRules,
  // Literals where a key is used, then published defaults in secret-named settings.
  ...secretSinkRules,
  ...secretSettingRules,
  ...appSecretSettingRules,
  ...knownDefaultRules,
  // Keys decoded from literals and byte arrays, after the sinks that name the call a key goes to.
  ...keyLiteralRules,
  // Keys named by a service from the table, before the generic rules that would take them as unnamed.
  ...serviceRules,
  // Candidates judged by the shared judge (rules/judge), before the catch-all assignment rule.
  ...passwordRules,
  ...appPasswordRules,
  ...passwordFileRules,
  ...passwordHashRules,
  ...commandArgumentRules,
  ...pipedPasswordRules,
  ...positionalPasswordRules,
  ...httpAuthRules,
  ...callArgumentRules,
  ...configPathValueRules,
  ...dataPlatformRules,
  ...boundLiteralRules,
  ...formInputRules,
  ...passwordHashInputRules,
  ...driverDsnRules,
  ...sqlInsertColumnRules,
  ...tabularRules,
  ...sessionCookieRules,
  ...terraformStateRules,
  ...devToolExportRules,
  ...urlEndpointRules,
  ...passwordArgumentRules,
  ...passphraseRules,
  ...configFormatRules,
  ...androidResourceRules,
  ...dotnetResourceRules,
  ...wireTranscriptRules,
  ...credentialStoreRules,
  ...enterpriseMiddlewareRules,
  ...clientCredentialFileRules,
  ...systemCredentialFileRules,
  ...installerConfigRules,
  ...serverDirectiveRules,
  ...gameServerRules,
  ...networkDeviceRules,
  ...networkAuthFileRules,
  ...iotEmbeddedRules,
  ...telecomVoipRules,
  ...healthcareRules,
  ...cmsSiteRules,
  ...fintechBackofficeRules,
  ...automotiveEmbeddedRules,
  ...govEducationRules,
  ...mediaBroadcastRules,
  ...logisticsSupplyChainRules,
  ...legalInsuranceRules,
  ...retailHospitalityRules,
  ...energyUtilitiesRules,
  ...marketingAdtechRules,
  ...hrPayrollRules,
  ...securityOperationsRules,
  ...nonprofitFundraisingRules,
  ...travelAirlineRules,
  ...sportsFitnessRules,
  ...agricultureIotRules,
  ...realEstatePropertyRules,
  ...cryptoExchangeOpsRules,
  ...constructionFieldRules,
  ...builtinProfileRules,
  ...windowsAdminRules,
  ...researchMlRules,
  clientUrlKeyKeywordRule,
  ...serviceSecretRules,
  ...dockerfileRules,
  ...infrastructureBlockRules,
  ...comparisonRules,
  ...punctuatedPasswordRules,
  ...unquotedPunctuatedPasswordRules,
  ...dotnetAttributeRules,
  ...keySaltRules,
  ...regionalPlatformRules,
  ...localizedNameRules,
  ...genericRules,
  ...schemelessUserinfoRules,
  ...s3KeyIdByNameRules,
  ...tokenIdPairRules,
  ...declarationRules,
  // Credentials in prose and notes: after the assignment rules, which read more from code and config.
  ...proseCredentialRules,
  ...adminAccountPairRules,
  ...proseNonLatinRules,
  // Last: a name that says least, so every rule that reads more from the text wins.
  ...bareKeyRules,
  ...sectionKeyRules,
  ...secretBlockRules,
];

/**
 * The first word of each rule's environment variable (`COSMOS`, `WANDB`, `STRIPE`): a service the
 * catalogue knows; `named` when one of its rules has a keyword holding that word (it reads the
 * service's name, so it judges unprefixed values by the service's formats). The service-key rule
 * (./providers/namedKeys) leaves those keys alone, and prefixed values of every service.
 */
function knownServiceWords(rules: readonly Rule[]): ServiceWords {
  const word = (r: Rule) => r.envVar.split('_')[0]!.toLowerCase();
  return {
    all: new Set(rules.map(word)),
    named: new Set(rules.filter((r) => r.keywords.some((k) => k.includes(word(r)))).map(word)),
  };
}

let serviceWords: ServiceWords | undefined;

export const builtinRules: readonly Rule[] = [
  ...catalogue,
  ...namedKeyRules(() => (serviceWords ??= knownServiceWords(catalogue))),
];
