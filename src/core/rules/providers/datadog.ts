// Format: docs.datadoghq.com "API and Application Keys" (API keys: 32 hex digits; application keys:
// 40 hex digits). Neither has a prefix, so both need a Datadog-named assignment or header.
import type { Rule } from '../types';
import { ASSIGN_NO_BACKTICK, NAME_CHAR } from '../ruleKit';

const DOCS = 'https://docs.datadoghq.com/account_management/api-app-keys/';
/** `provider "datadog" { … app_key = "<40 hex>" }`: the first literal app_key of the block. */
const PROVIDER_APP_KEY =
  /provider[ \t]{1,4}"datadog"[ \t]{0,4}\{[^{}]{0,600}?\bapp_key[ \t]{0,8}=[ \t]{0,4}"(?<secret>[0-9a-f]{40})"/;
const NAME = String.raw`(?:datadog${NAME_CHAR}{0,16}?|(?<![A-Za-z0-9])dd[_-]?)`;

export const datadogRules: readonly Rule[] = [
  {
    id: 'datadog-api-key',
    title: 'Datadog API key',
    provider: 'Datadog',
    keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
    pattern: new RegExp(String.raw`${NAME}api[_.-]?key${ASSIGN_NO_BACKTICK}(?<secret>[0-9a-f]{32})(?![0-9a-z])`, 'i'),
    minEntropy: 3,
    confidence: 'high',
    envVar: 'DD_API_KEY',
    docs: DOCS,
    risk: "Submits metrics, logs and events into the organization's account (billing and alert noise) and, with an application key, reads its data.",
    examples: {
      embed: false,
      positives: (fake) => [
        `DD_API_KEY=${fake.hex(32)}`,
        `  datadog_api_key: "${fake.hex(32)}"`,
        `curl -X POST https://api.datadoghq.com/api/v2/series -H "DD-API-KEY: ${fake.hex(32)}"`,
        `const ddApiKey = '${fake.hex(32)}';`,
        `  "datadog.apiKey": "${fake.hex(32)}",`,
        `DATADOG_API_KEY = "${fake.hex(32)}"`,
      ],
      negatives: [
        { text: 'DD_API_KEY=${DD_API_KEY}', why: 'environment reference' },
        { text: 'DD_API_KEY=<DATADOG_API_KEY>', why: 'placeholder' },
        { text: (fake) => `dd_trace_id = "${fake.hex(32)}"`, why: 'a trace id, not a key' },
        { text: (fake) => `address_api_key_hash = "${fake.hex(32)}"`, why: 'not a Datadog name' },
      ],
    },
  },
  {
    id: 'datadog-app-key',
    title: 'Datadog application key',
    provider: 'Datadog',
    keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp'],
    pattern: new RegExp(
      String.raw`${NAME}app(?:lication)?[_.-]?key${ASSIGN_NO_BACKTICK}(?<secret>[0-9a-f]{40})(?![0-9a-z])`,
      'i',
    ),
    minEntropy: 3,
    confidence: 'high',
    envVar: 'DD_APP_KEY',
    docs: DOCS,
    risk: "With an API key it reads the organization's dashboards, monitors, logs and metrics and changes them, with the owning user's permissions.",
    examples: {
      embed: false,
      positives: (fake) => [
        `DD_APP_KEY=${fake.hex(40)}`,
        `  datadog_app_key: ${fake.hex(40)}`,
        `-H "DD-APPLICATION-KEY: ${fake.hex(40)}"`,
        `const ddAppKey = "${fake.hex(40)}";`,
        `DATADOG_APPLICATION_KEY = '${fake.hex(40)}'`,
      ],
      negatives: [
        { text: 'DD_APP_KEY=${{ secrets.DD_APP_KEY }}', why: 'GitHub Actions secret reference' },
        { text: (fake) => `DD_APP_KEY=${fake.hex(32)}`, why: 'wrong length for an application key' },
      ],
    },
  },
  {
    // The Terraform provider's own arguments are plain `api_key` / `app_key`: the block names Datadog.
    id: 'datadog-terraform-provider-app-key',
    title: 'Datadog application key in a Terraform provider block',
    provider: 'Datadog',
    keywords: ['provider "datadog"'],
    pattern: PROVIDER_APP_KEY,
    multiline: { maxSpan: 800 },
    minEntropy: 3,
    confidence: 'high',
    envVar: 'DD_APP_KEY',
    docs: 'https://registry.terraform.io/providers/DataDog/datadog/latest/docs',
    risk: "With an API key it reads the organization's dashboards, monitors, logs and metrics and changes them, with the owning user's permissions.",
    examples: {
      embed: false,
      positives: (fake) => [
        `provider "datadog" {\n  api_key = var.datadog_api_key\n  app_key = "${fake.hex(40)}"\n}`,
        `provider "datadog" {\n  app_key = "${fake.hex(40)}"\n  api_url = "https://api.datadoghq.eu/"\n}`,
      ],
      negatives: [
        { text: 'provider "datadog" {\n  app_key = var.datadog_app_key\n}', why: 'a variable reference' },
        {
          text: (fake) => `provider "pusher" {\n  app_key = "${fake.hex(40)}"\n}`,
          why: 'not the Datadog provider',
        },
      ],
    },
  },
];
