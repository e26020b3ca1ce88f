// Formats: Hugging Face Hub docs "User access tokens" (tokens start `hf_`, 34 characters follow) and
// the Inference API's organization API tokens (`api_org_` + 34 characters).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

const DOCS = 'https://huggingface.co/docs/hub/security-tokens';

export const huggingFaceRules: readonly Rule[] = [
  prefixedRule({
    id: 'huggingface-access-token',
    title: 'Hugging Face user access token',
    provider: 'Hugging Face',
    prefix: 'hf_',
    body: '[A-Za-z0-9]{34}',
    envVar: 'HF_TOKEN',
    docs: DOCS,
    risk: "Acts as the user on the Hub: reads private models and datasets, and with write scope pushes to or deletes the user's and organizations' repositories.",
    minEntropy: 3.5,
    token: (fake) => `hf_${fake.alnum(34)}`,
    usage: (t) => `huggingface-cli login --token ${t}`,
    negatives: [
      { text: (fake) => `hf_${fake.alnum(33)}`, why: 'wrong length' },
      { text: 'from transformers import hf_hub_download_with_retries_enabled', why: 'an identifier, not a token' },
    ],
  }),
  prefixedRule({
    id: 'huggingface-org-token',
    title: 'Hugging Face organization API token (legacy)',
    provider: 'Hugging Face',
    prefix: 'api_org_',
    body: '[A-Za-z0-9]{34}',
    envVar: 'HF_ORG_TOKEN',
    docs: DOCS,
    risk: "Calls the Inference API and Hub on the organization's account and quota.",
    minEntropy: 3.5,
    token: (fake) => `api_org_${fake.alnum(34)}`,
    usage: (t) => `headers = {"Authorization": "Bearer ${t}"}`,
    negatives: [{ text: (fake) => `api_org_${fake.alnum(20)}`, why: 'too short to be a token' }],
  }),
];
