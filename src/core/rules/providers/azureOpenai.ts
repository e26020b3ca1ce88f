// Formats: Microsoft Learn "Rotate keys for Azure AI services" / Azure OpenAI quickstarts: a
// resource key is 32 hexadecimal characters (newer Azure AI services resources issue 84-character
// alphanumeric keys). The key has no prefix, so the rule needs the Azure OpenAI setting name.
import type { Rule } from '../types';
import { assignedTo, assignmentLines } from '../ruleKit';

export const azureOpenaiRules: readonly Rule[] = [
  {
    id: 'azure-openai-api-key',
    title: 'Azure OpenAI resource key',
    provider: 'Azure OpenAI',
    keywords: ['azure_openai', 'azure-openai', 'azureopenai'],
    pattern: assignedTo('azure[_-]?openai', '[0-9a-f]{32}|[A-Za-z0-9]{84}'),
    minEntropy: 3,
    confidence: 'medium',
    envVar: 'AZURE_OPENAI_API_KEY',
    docs: 'https://learn.microsoft.com/en-us/azure/ai-services/rotate-keys',
    risk: 'Calls every model deployment of the Azure OpenAI resource, billed to its Azure subscription.',
    examples: {
      embed: false,
      positives: (fake) => [
        ...assignmentLines('AZURE_OPENAI_API_KEY', () => fake.hex(32), [
          'client = AzureOpenAI(api_key="$KEY", api_version="2024-06-01")',
        ]),
        `azure-openai-key: ${fake.hex(32)}`,
        `AZURE_OPENAI_KEY=${fake.alnum(84)}`,
      ],
      negatives: [
        { text: 'AZURE_OPENAI_API_KEY=${AZURE_OPENAI_API_KEY}', why: 'environment reference' },
        { text: 'AZURE_OPENAI_ENDPOINT=https://my-resource.openai.azure.com/', why: 'an endpoint, not a key' },
        { text: (fake) => `AZURE_OPENAI_KEY=${fake.hex(31)}`, why: 'wrong length' },
        { text: 'AZURE_OPENAI_API_KEY=<your-azure-openai-key>', why: 'placeholder' },
      ],
    },
  },
];
