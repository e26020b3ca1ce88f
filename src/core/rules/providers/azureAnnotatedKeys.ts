// Formats: Microsoft "Common Annotated Security Keys" (Engineering@Microsoft blog, 2024, and the
// Azure DevOps notice on 84-character PATs): 84 base62 characters whose fixed signature `JQQJ9` stands
// after 52 random characters, followed by a version character, a provider signature (`AZDO` for Azure
// DevOps, others for Azure services) and date and checksum fields. Azure DevOps has issued PATs in
// this format since 2024; Azure services issue their new keys in it.
// Before it, Azure's "identifiable" keys put a four-character service signature at a fixed offset of
// an otherwise random base64 key: 88-character keys (Storage `+ASt`, Cosmos DB `ACDb`, API Management
// `APIM`), 44-character keys (Event Hubs `+AEh`, Service Bus `+ASb`, Relay `+ARm`, IoT Hub `AIoT`,
// Cache for Redis `AzCa`), Functions keys (56, `AzFu`), AI Search (52, `AzSe`) and Container Registry
// (52, `+ACR`).
import type { Rule } from '../types';
import { bounded } from '../ruleKit';

const B62 = '[A-Za-z0-9]';
const B64 = '[A-Za-z0-9+/]';
/** The last base64 character before `=` (4 significant bits) and before `==` (2 bits). */
const LAST_BEFORE_ONE_PAD = '[AEIMQUYcgkosw048]';
const LAST_BEFORE_TWO_PADS = '[AQgw]';

/** Identifiable key shapes, one alternative per key length (see the header). */
const IDENTIFIABLE = [
  String.raw`${B64}{76}(?:\+ASt|ACDb|APIM)${B64}{5}${LAST_BEFORE_TWO_PADS}==`,
  String.raw`${B64}{33}(?:\+AEh|\+ASb|\+ARm|AIoT)${B64}{5}${LAST_BEFORE_ONE_PAD}=`,
  String.raw`${B62}{33}AzCa[A-P]${B62}{5}=`,
  String.raw`[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}${LAST_BEFORE_TWO_PADS}==`,
  String.raw`${B62}{42}AzSe[A-D]${B62}{5}`,
  String.raw`${B64}{42}\+ACR[A-D]${B64}{5}`,
].join('|');

export const azureAnnotatedKeyRules: readonly Rule[] = [
  {
    id: 'azure-common-annotated-key',
    title: 'Microsoft common annotated security key (Azure DevOps PAT, Azure service key)',
    provider: 'Microsoft Azure',
    keywords: ['jqqj9'],
    pattern: bounded(
      `${B62}{52}JQQJ9[9DH]${B62}[A-L]${B62}{16}[A-Za-z]${B62}{7}(?:${B62}{2}==)?`,
      undefined,
      '(?![A-Za-z0-9_=-])',
    ),
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'AZURE_PAT',
    docs: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    risk: 'Authenticates as the user or service the key was issued to: for an Azure DevOps PAT, repositories, pipelines and feeds within its scopes.',
    examples: {
      positives: (fake) => [
        annotatedKey(fake.alnum(52), fake.alnum(17), fake.alnum(4)),
        `git clone https://pat:${annotatedKey(fake.alnum(52), fake.alnum(17), fake.alnum(4))}@dev.azure.com/contoso/app/_git/app`,
      ],
      negatives: [
        { text: (fake) => `${fake.alnum(30)}JQQJ99${fake.alnum(20)}`, why: 'the signature at the wrong offset' },
      ],
    },
  },
  {
    id: 'azure-identifiable-key',
    title: 'Azure identifiable service key (Storage, Cosmos DB, Service Bus, Event Hubs, Functions, ...)',
    provider: 'Microsoft Azure',
    keywords: ['+ast', 'acdb', 'apim', '+aeh', '+asb', '+arm', 'aiot', 'azca', 'azfu', 'azse', '+acr'],
    pattern: new RegExp(`(?<![A-Za-z0-9+/_-])(?:${IDENTIFIABLE})(?![A-Za-z0-9+/=_-])`),
    minEntropy: 4,
    confidence: 'high',
    envVar: 'AZURE_SERVICE_KEY',
    docs: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
    risk: 'Full access to the Azure resource the key belongs to: every blob, queue and table of a storage account, every document of a Cosmos DB account, every message of a namespace.',
    examples: {
      positives: (fake) => [
        `${fake.base64(76)}+ASt${fake.base64(5)}g==`,
        `primaryKey: ${fake.base64(76)}ACDb${fake.base64(5)}Q==`,
        `Ocp-Apim-Subscription-Key: ${fake.base64(76)}APIM${fake.base64(5)}w==`,
        `${fake.base64(33)}+ASb${fake.base64(5)}c=`,
        `${fake.base64(33)}+AEh${fake.base64(5)}8=`,
        `${fake.base64(33)}+ARm${fake.base64(5)}E=`,
        `${fake.base64(33)}AIoT${fake.base64(5)}k=`,
        `x-functions-key: ${fake.base64url(44)}AzFu${fake.base64url(5)}A==`,
        `${fake.alnum(42)}AzSe${'B'}${fake.alnum(5)}`,
        `${fake.base64(42)}+ACR${'C'}${fake.base64(5)}`,
        `acme.redis.cache.windows.net:6380,password=${fake.alnum(33)}AzCa${'K'}${fake.alnum(5)}=,ssl=True`,
      ],
      negatives: [
        { text: (fake) => `${fake.base64(70)}+ASt${fake.base64(5)}g==`, why: 'the signature at the wrong offset' },
        { text: 'apim-gateway-westeurope', why: 'a resource name with the signature word' },
      ],
    },
  },
];

/**
 * A fake key in the annotated layout: 52 random characters, the signature and version `9`, a field,
 * a date character, 16 field characters, then `AZDO` at offset 76 and four checksum characters.
 */
function annotatedKey(random: string, fields: string, checksum: string): string {
  return `${random}JQQJ99${fields.slice(0, 1)}B${fields.slice(1)}AZDO${checksum}`;
}
