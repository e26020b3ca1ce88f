// Formats: NVIDIA NGC / build.nvidia.com "API keys" (personal and NIM keys start `nvapi-`, 64
// base64url characters follow).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

export const nvidiaRules: readonly Rule[] = [
  prefixedRule({
    id: 'nvidia-api-key',
    title: 'NVIDIA NGC / NIM API key',
    provider: 'NVIDIA',
    prefix: 'nvapi-',
    body: '[A-Za-z0-9_-]{64}',
    envVar: 'NVIDIA_API_KEY',
    docs: 'https://org.ngc.nvidia.com/setup/api-keys',
    risk: "Calls NIM endpoints on the account's credits and pulls or pushes the org's private NGC containers and models.",
    minEntropy: 3.5,
    token: (fake) => `nvapi-${fake.base64url(64)}`,
    usage: (t) => `echo "${t}" | docker login nvcr.io -u '$oauthtoken' --password-stdin`,
    negatives: [{ text: (fake) => `nvapi-${fake.base64url(40)}`, why: 'too short to be a key' }],
  }),
];
