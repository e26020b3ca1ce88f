// Formats: Microsoft Learn "Configure Azure Storage connection strings" (AccountKey=, 512-bit keys
// as 88 base64 characters), "Create SAS tokens" (sv=...&sig=...), Azure Service Bus / Event Hubs / IoT
// Hub connection strings (SharedAccessKey=, 256-bit keys as 44 base64 characters), Azure Cosmos DB
// and App Configuration connection strings, Azure SignalR connection strings, Microsoft Entra client
// secrets (40 characters with "Q~" after 3 characters and a digit), Azure DevOps personal access
// tokens (52 base32 characters, or 84 characters in the newer format) and Azure Container Registry
// admin passwords.
import type { Rule } from '../types';
import { ASSIGN_NOT_DOUBLED, NAME_CHAR, NAME_TAIL, assignmentLines } from '../ruleKit';
import { hasLetterAndDigit } from '../valueChecks';
import { isEmulatorKey } from '../placeholders';

const notEmulatorKey = (secret: string) => !isEmulatorKey(secret);

/** A 512-bit account key: 86 base64 characters and "==". */
const KEY_512 = String.raw`(?<secret>[A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])`;
/** A 256-bit key: 43 base64 characters and "=". */
const KEY_256 = String.raw`(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])`;

const STORAGE_DOCS = 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage';
const COSMOS_DOCS = 'https://learn.microsoft.com/en-us/azure/cosmos-db/database-security#key-rotation-and-regeneration';

const ENTRA_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_~.-';
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

export const azureRules: readonly Rule[] = [
  {
    id: 'azure-entra-client-secret',
    title: 'Microsoft Entra ID (Azure AD) client secret',
    provider: 'Azure',
    keywords: ['q~'],
    pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'AZURE_CLIENT_SECRET',
    docs: 'https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials',
    risk: "Authenticates as the app registration's service principal: every Azure resource and Microsoft Graph permission granted to the app.",
    validate: (secret) => /[A-Za-z]/.test(secret.slice(6)) && /[0-9]/.test(secret.slice(6)),
    examples: {
      positives: (fake) => [
        `${fake.alnum(3)}${fake.digits(1)}Q~${fake.from(ENTRA_CHARS, 34)}`,
        `${fake.alnum(3)}${fake.digits(1)}Q~${fake.alnum(31)}`,
      ],
      negatives: [
        { text: 'abc8Q~your-client-secret-value-goes-here', why: 'placeholder' },
        { text: (fake) => `${fake.alnum(6)}Q~${fake.alnum(32)}`, why: '"Q~" not after 3 characters and a digit' },
        { text: (fake) => `${fake.alnum(3)}${fake.digits(1)}Q~${fake.alnum(12)}`, why: 'too short' },
      ],
    },
  },
  {
    id: 'azure-cosmosdb-connection-string',
    title: 'Azure Cosmos DB connection string with account key',
    provider: 'Azure',
    keywords: ['documents.azure.'],
    pattern: new RegExp(
      String.raw`AccountEndpoint=https://[A-Za-z0-9-]{3,63}\.documents\.azure\.(?:com|us|cn)(?::443)?/?;\s?AccountKey=${KEY_512}`,
      'i',
    ),
    minEntropy: 4,
    confidence: 'high',
    envVar: 'COSMOS_CONNECTION_STRING',
    docs: COSMOS_DOCS,
    risk: 'Full read and write access to every database and container in the Cosmos DB account.',
    validate: notEmulatorKey,
    examples: {
      positives: (fake) => [
        `AccountEndpoint=https://${fake.lower(10)}.documents.azure.com:443/;AccountKey=${fake.base64(86)}==;`,
        `AccountEndpoint=https://orders-${fake.lower(6)}.documents.azure.com/;AccountKey=${fake.base64(86)}==`,
      ],
      negatives: [
        {
          text: 'AccountEndpoint=https://myaccount.documents.azure.com:443/;AccountKey=<your-account-key>;',
          why: 'placeholder',
        },
        {
          text: `AccountEndpoint=https://localhost.documents.azure.com:443/;AccountKey=${['C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbI', 'ZnqyMsEcaGQy67XIw/Jw=='].join('')}`,
          why: "the Cosmos DB emulator's published key",
        },
      ],
    },
  },
  {
    id: 'azure-cosmosdb-key',
    title: 'Azure Cosmos DB account key',
    provider: 'Azure',
    keywords: ['cosmos'],
    pattern: new RegExp(String.raw`cosmos${NAME_CHAR}{0,30}key${ASSIGN_NOT_DOUBLED}${KEY_512}`, 'i'),
    minEntropy: 4,
    confidence: 'high',
    envVar: 'COSMOS_KEY',
    docs: COSMOS_DOCS,
    risk: 'Full read and write access to every database and container in the Cosmos DB account.',
    validate: notEmulatorKey,
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('AZURE_COSMOS_KEY', () => `${fake.base64(86)}==`),
        `  cosmos_db_primary_key = "${fake.base64(86)}=="`,
      ],
      negatives: [
        { text: 'COSMOS_KEY=${COSMOS_KEY}', why: 'environment reference' },
        {
          text: `AZURE_COSMOS_KEY=${['C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbI', 'ZnqyMsEcaGQy67XIw/Jw=='].join('')}`,
          why: "the Cosmos DB emulator's published key",
        },
        { text: (fake) => `COSMOS_KEY=${fake.base64(40)}`, why: 'not an 88-character account key' },
      ],
    },
  },
  {
    id: 'azure-storage-connection-string',
    title: 'Azure Storage connection string with account key',
    provider: 'Azure',
    keywords: ['accountkey='],
    pattern: new RegExp(String.raw`(?<![A-Za-z])AccountKey=${KEY_512}`, 'i'),
    minEntropy: 4,
    confidence: 'high',
    envVar: 'AZURE_STORAGE_CONNECTION_STRING',
    docs: STORAGE_DOCS,
    risk: 'Full control of the storage account: read, overwrite and delete every blob, file, queue and table, and sign SAS tokens.',
    validate: notEmulatorKey,
    examples: {
      positives: (fake) => [
        `DefaultEndpointsProtocol=https;AccountName=${fake.lower(12)};AccountKey=${fake.base64(86)}==;EndpointSuffix=core.windows.net`,
        `AccountName=${fake.lower(8)}data;AccountKey=${fake.base64(86)}==`,
      ],
      negatives: [
        {
          text: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw=='].join('')};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`,
          why: "Azurite's published development key",
        },
        {
          text: 'DefaultEndpointsProtocol=https;AccountName=mystorage;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net',
          why: 'placeholder',
        },
        { text: 'UseDevelopmentStorage=true', why: 'no key' },
      ],
    },
  },
  {
    id: 'azure-storage-account-key',
    title: 'Azure Storage account key',
    provider: 'Azure',
    keywords: ['storage'],
    // AZURE_STORAGE_KEY, STORAGE_ACCOUNT_ACCESS_KEY, azureStorageAccountKey, storage_primary_key...
    pattern: new RegExp(
      String.raw`storage(?:[_.-]?account)?(?:[_.-]?(?:primary|secondary))?(?:[_.-]?access)?[_.-]?key${ASSIGN_NOT_DOUBLED}${KEY_512}`,
      'i',
    ),
    minEntropy: 4,
    confidence: 'high',
    envVar: 'AZURE_STORAGE_KEY',
    docs: STORAGE_DOCS,
    risk: 'Full control of the storage account: read, overwrite and delete every blob, file, queue and table, and sign SAS tokens.',
    validate: notEmulatorKey,
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('AZURE_STORAGE_KEY', () => `${fake.base64(86)}==`),
        `  storage_account_access_key = "${fake.base64(86)}=="`,
      ],
      negatives: [
        {
          text: 'AZURE_STORAGE_KEY=$(az storage account keys list -n acct --query [0].value -o tsv)',
          why: 'command substitution',
        },
        {
          text: `AZURE_STORAGE_KEY=${['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw=='].join('')}`,
          why: "Azurite's published development key",
        },
      ],
    },
  },
  {
    id: 'azure-shared-access-key',
    title: 'Azure Service Bus, Event Hubs or IoT Hub shared access key',
    provider: 'Azure',
    keywords: ['sharedaccesskey='],
    pattern: new RegExp(String.raw`(?<![A-Za-z])SharedAccessKey=${KEY_256}`, 'i'),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'SERVICEBUS_CONNECTION_STRING',
    docs: 'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas#shared-access-authorization-policies',
    risk: "Sends, receives or manages messages (or devices, for IoT Hub) with the policy's rights, up to full management for RootManageSharedAccessKey.",
    examples: {
      positives: (fake) => [
        `Endpoint=sb://${fake.lower(10)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${fake.base64(43)}=`,
        `Endpoint=sb://${fake.lower(8)}.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${fake.base64(43)}=;EntityPath=orders`,
        `HostName=${fake.lower(8)}.azure-devices.net;DeviceId=sensor-01;SharedAccessKey=${fake.base64(43)}=`,
      ],
      negatives: [
        {
          text: 'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${SERVICEBUS_KEY}',
          why: 'environment reference',
        },
        {
          text: 'Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=<policy>;SharedAccessKey=<key>',
          why: 'placeholder',
        },
      ],
    },
  },
  {
    id: 'azure-app-configuration-connection-string',
    title: 'Azure App Configuration connection string',
    provider: 'Azure',
    keywords: ['azconfig.io'],
    pattern: new RegExp(
      String.raw`\.azconfig\.io/?;\s?Id=[^;\s"'\x60]{1,100};\s?Secret=(?<secret>[A-Za-z0-9+/]{40,86}={0,2})(?![A-Za-z0-9+/=])`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'AZURE_APPCONFIG_CONNECTION_STRING',
    docs: 'https://learn.microsoft.com/en-us/azure/azure-app-configuration/howto-disable-access-key-authentication',
    risk: 'Reads (or, with a read-write key, changes) every setting and feature flag in the store, including referenced secrets.',
    examples: {
      positives: (fake) => [
        `Endpoint=https://${fake.lower(10)}.azconfig.io;Id=${fake.alnum(4)}-l0-s0:${fake.alnum(20)};Secret=${fake.base64(43)}=`,
        `Endpoint=https://settings-${fake.lower(5)}.azconfig.io;Id=${fake.alnum(12)};Secret=${fake.base64(43)}=`,
      ],
      negatives: [
        { text: 'Endpoint=https://myconfig.azconfig.io;Id=<id>;Secret=<secret>', why: 'placeholder' },
        { text: 'Endpoint=https://myconfig.azconfig.io', why: 'endpoint only (managed identity)' },
      ],
    },
  },
  {
    id: 'azure-signalr-access-key',
    title: 'Azure SignalR or Web PubSub access key',
    provider: 'Azure',
    keywords: ['signalr.net', 'webpubsub.azure.com'],
    pattern: new RegExp(
      String.raw`\.(?:service\.signalr\.net|webpubsub\.azure\.com)(?::\d{2,5})?/?;\s?AccessKey=${KEY_256}`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'AZURE_SIGNALR_CONNECTION_STRING',
    docs: 'https://learn.microsoft.com/en-us/azure/azure-signalr/signalr-howto-key-rotation',
    risk: 'Signs client access tokens and calls the service REST API: impersonate any user and broadcast to every connection.',
    examples: {
      positives: (fake) => [
        `Endpoint=https://${fake.lower(10)}.service.signalr.net;AccessKey=${fake.base64(43)}=;Version=1.0;`,
        `Endpoint=https://${fake.lower(8)}.webpubsub.azure.com;AccessKey=${fake.base64(43)}=;Version=1.0;`,
      ],
      negatives: [
        { text: 'Endpoint=https://chat.service.signalr.net;AccessKey=<access-key>;Version=1.0;', why: 'placeholder' },
        {
          text: 'Endpoint=https://chat.service.signalr.net;AuthType=azure.msi;Version=1.0;',
          why: 'managed identity, no key',
        },
      ],
    },
  },
  {
    id: 'azure-sas-token',
    title: 'Azure shared access signature (SAS) token',
    provider: 'Azure',
    keywords: ['sig='],
    pattern:
      /(?<![A-Za-z0-9_])sv=\d{4}-\d{2}-\d{2}(?:&[a-z]{2,5}=[^\s&"'<>\\]{1,100}){0,12}&sig=(?<secret>(?:[A-Za-z0-9+/]|%2[BbFf]){30,80}(?:%3[Dd]|=){0,2})(?![A-Za-z0-9%+/=])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'AZURE_STORAGE_SAS_TOKEN',
    docs: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview#revocation-of-a-sas',
    risk: 'Grants the permissions in the token (often read, write, delete and list) on the storage resource until it expires or its signing key is rotated.',
    examples: {
      positives: (fake) => [
        `https://${fake.lower(10)}.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2027-01-01T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(fake.base64(43) + '=')}`,
        `?sp=r&st=2025-03-01T10:00:00Z&se=2026-03-01T18:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=${encodeURIComponent(fake.base64(43) + '=')}`,
        `sv=2021-08-06&ss=b&srt=co&sp=rl&se=2030-12-31T23:59:59Z&sig=${fake.alnum(43)}%3D`,
      ],
      negatives: [
        {
          text: 'https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=<signature>',
          why: 'placeholder signature',
        },
        {
          text: 'https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&se=2026-01-01&sig=REDACTED',
          why: 'redacted',
        },
        {
          text: (fake) => `https://api.internal/callback?sig=${fake.alnum(43)}`,
          why: 'a sig parameter without the SAS version field',
        },
      ],
    },
  },
  {
    id: 'azure-devops-pat',
    title: 'Azure DevOps personal access token',
    provider: 'Azure',
    keywords: ['devops', 'azdo', 'vsts', 'ado_'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?:azure[_.-]?devops|devops|azdo|vsts|ado_)${NAME_TAIL}(?:pat|token|password)${ASSIGN_NOT_DOUBLED}(?<secret>[a-z2-7]{52}|[A-Za-z0-9]{84})(?![A-Za-z0-9])`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'AZURE_DEVOPS_EXT_PAT',
    docs: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate#revoke-pats',
    risk: "Acts as the user in the organization within the token's scopes: source code, pipelines, artifacts and work items.",
    validate: (secret) => (secret.length === 52 ? /^[a-z2-7]{52}$/.test(secret) : hasLetterAndDigit(secret)),
    examples: {
      embed: false,
      positives: (fake) => [
        `AZURE_DEVOPS_EXT_PAT=${fake.from(BASE32_LOWER, 52)}`,
        `  azdo_personal_access_token: "${fake.from(BASE32_LOWER, 52)}"`,
        `VSTS_TOKEN="${fake.alnum(84)}"`,
        `  "ado_pat": "${fake.from(BASE32_LOWER, 52)}",`,
        `const devopsToken = '${fake.alnum(76)}AZDO${fake.alnum(4)}';`,
      ],
      negatives: [
        { text: 'AZURE_DEVOPS_EXT_PAT=$(System.AccessToken)', why: 'pipeline variable' },
        { text: (fake) => `AZURE_DEVOPS_EXT_PAT=${fake.from(BASE32_LOWER, 40)}`, why: 'wrong length' },
        { text: 'AZURE_DEVOPS_EXT_PAT: ${{ secrets.ADO_PAT }}', why: 'GitHub Actions secret reference' },
      ],
    },
  },
  {
    id: 'azure-container-registry-password',
    title: 'Azure Container Registry password',
    provider: 'Azure',
    keywords: ['acr', 'azurecr.io'],
    pattern: new RegExp(
      String.raw`(?:(?<![A-Za-z0-9])acr${NAME_CHAR}{0,20}(?:password|passwd|pwd)${ASSIGN_NOT_DOUBLED}|\.azurecr\.io\s{1,4}(?:-u|--username)[ =]["']?[A-Za-z0-9._@-]{1,64}["']?\s{1,4}(?:-p|--password)[ =]["']?)(?<secret>[A-Za-z0-9+/=]{40,88})(?![A-Za-z0-9+/=])`,
      'i',
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'ACR_PASSWORD',
    docs: 'https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account',
    risk: 'Pushes and pulls every image in the registry: an attacker can replace images your clusters deploy.',
    validate: hasLetterAndDigit,
    examples: {
      embed: false,
      positives: (fake) => [
        `ACR_PASSWORD=${fake.base64(52)}`,
        `  acr_admin_password: "${fake.base64(52)}"`,
        `  "acrPassword": "${fake.alnum(52)}",`,
        `docker login ${fake.lower(10)}.azurecr.io -u ${fake.lower(10)} -p ${fake.base64(52)}`,
        `docker login ${fake.lower(8)}.azurecr.io --username ci-bot --password "${fake.alnum(52)}"`,
      ],
      negatives: [
        { text: 'ACR_PASSWORD=${{ secrets.ACR_PASSWORD }}', why: 'GitHub Actions secret reference' },
        { text: 'docker login myregistry.azurecr.io -u myregistry -p $ACR_PASSWORD', why: 'environment reference' },
        { text: 'acr_password: <registry-password>', why: 'placeholder' },
      ],
    },
  },
];
