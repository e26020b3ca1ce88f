import { awsRules } from './providers/aws';
import { aiRules } from './providers/aiServices';
import { cloudRules } from './providers/cloudServices';
import { devPlatformsRules } from './providers/devPlatforms';
import { messagingPaymentsRules } from './providers/messagingPayments';
import { providerFormatRules } from './providers/providerFormats';
import { configFormatRules } from './providers/configFormats';
import { credentialStoreRules } from './providers/credentialStores';
import { clientCredentialFileRules } from './providers/clientCredentialFiles';
import { systemCredentialFileRules } from './providers/systemCredentialFiles';
import { installerConfigRules } from './providers/installerConfigs';
import { serverDirectiveRules } from './providers/serverDirectives';
import { dockerfileRules } from './providers/dockerfile';
import { bareKeyRules } from './providers/bareKey';
import { genericRules } from './providers/generic';
import { githubRules } from './providers/github';
import { httpAuthRules } from './providers/httpAuth';
import { jwtRules } from './providers/jwt';
import { knownDefaultRules } from './providers/knownDefaults';
import { passwordRules } from './providers/passwords';
import { commandArgumentRules } from './providers/commandArguments';
import { pipedPasswordRules } from './providers/pipedPasswords';
import { positionalPasswordRules } from './providers/positionalPasswords';
import { callArgumentRules } from './providers/callArguments';
import { boundLiteralRules } from './providers/boundLiterals';
import { formInputRules } from './providers/formInputs';
import { passwordHashInputRules } from './providers/passwordHashInputs';
import { driverDsnRules } from './providers/driverDsn';
import { passwordArgumentRules } from './providers/passwordArguments';
import { privateKeyRules } from './providers/privateKeys';
import { sdkConstructorRules } from './providers/sdkConstructors';
import { secretSettingRules } from './providers/secretSettings';
import { secretSinkRules } from './providers/secretSinks';
import { serviceRules } from './services/serviceRules';
import type { Rule } from './types';

/**
 * The built-in catalogue, in priority order: where two rules match overlapping text on a line, the
 * one listed first is kept. Provider-specific rules come first, generic ones last.
 */
export const builtinRules: readonly Rule[] = [
  ...githubRules,
  ...awsRules,
  ...cloudRules,
  ...devPlatformsRules,
  ...messagingPaymentsRules,
  ...aiRules,
  ...providerFormatRules,
  ...privateKeyRules,
  ...jwtRules,
  // Before the generic rules: the constructor says which provider an unprefixed value belongs to.
  ...sdkConstructorRules,
  // Literals where a key is used, then published defaults in secret-named settings.
  ...secretSinkRules,
  ...secretSettingRules,
  ...knownDefaultRules,
  // Keys named by a service from the table, before the generic rules that would take them as unnamed.
  ...serviceRules,
  // Candidates judged by the shared judge (rules/judge), before the catch-all assignment rule.
  ...passwordRules,
  ...commandArgumentRules,
  ...pipedPasswordRules,
  ...positionalPasswordRules,
  ...httpAuthRules,
  ...callArgumentRules,
  ...boundLiteralRules,
  ...formInputRules,
  ...passwordHashInputRules,
  ...driverDsnRules,
  ...passwordArgumentRules,
  ...configFormatRules,
  ...credentialStoreRules,
  ...clientCredentialFileRules,
  ...systemCredentialFileRules,
  ...installerConfigRules,
  ...serverDirectiveRules,
  ...dockerfileRules,
  ...genericRules,
  // Last: a name that says least, so every rule that reads more from the text wins.
  ...bareKeyRules,
];
