// Formats: Microsoft Learn "Create an Incoming Webhook" (...webhook.office.com/webhookb2/... URLs; the
// older outlook.office.com/webhook/... form) and "Create incoming webhooks with Workflows for Microsoft
// Teams" (Power Automate / Logic Apps trigger URLs signed with a `sig` query parameter).
import type { Rule } from '../types';
import { UUID } from '../ruleKit';

export const microsoftTeamsRules: readonly Rule[] = [
  {
    id: 'microsoft-teams-webhook-url',
    title: 'Microsoft Teams incoming webhook URL',
    provider: 'Microsoft Teams',
    keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_.-])(?:https:\/\/)?(?:[A-Za-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/${UUID}@${UUID}\/IncomingWebhook\/[0-9a-fA-F]{32}\/${UUID}(?:\/V2[A-Za-z0-9_-]{20,80})?(?![A-Za-z0-9_-])`,
    ),
    confidence: 'high',
    envVar: 'TEAMS_WEBHOOK_URL',
    docs: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
    risk: 'Posts any message or card, including phishing links, into the Teams channel the webhook is bound to.',
    examples: {
      positives: (fake) => [
        `https://contoso.webhook.office.com/webhookb2/${fake.uuid()}@${fake.uuid()}/IncomingWebhook/${fake.hex(32)}/${fake.uuid()}`,
        `https://acme1.webhook.office.com/webhookb2/${fake.uuid()}@${fake.uuid()}/IncomingWebhook/${fake.hex(32)}/${fake.uuid()}/V2${fake.base64url(43)}`,
        `https://outlook.office.com/webhook/${fake.uuid()}@${fake.uuid()}/IncomingWebhook/${fake.hex(32)}/${fake.uuid()}`,
        `https://outlook.office365.com/webhook/${fake.uuid()}@${fake.uuid()}/IncomingWebhook/${fake.hex(32)}/${fake.uuid()}`,
      ],
      negatives: [
        {
          text: 'TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>',
          why: 'placeholder',
        },
        { text: 'https://outlook.office.com/webhook/...', why: 'elided' },
      ],
    },
  },
  {
    id: 'microsoft-teams-workflow-url',
    title: 'Microsoft Teams workflow (Power Automate) webhook URL',
    provider: 'Microsoft Teams',
    keywords: ['logic.azure.com', 'powerplatform.com'],
    pattern:
      /(?:logic\.azure\.com(?::443)?|api\.powerplatform\.com(?::443)?\/powerautomate\/automations\/direct)\/workflows\/[0-9a-f]{32}\/triggers\/[A-Za-z0-9_.-]{1,64}\/paths\/invoke\?[A-Za-z0-9=&%._-]{0,300}sig=(?<secret>[A-Za-z0-9_-]{40,64})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    confidence: 'high',
    envVar: 'TEAMS_WORKFLOW_URL',
    docs: 'https://support.microsoft.com/en-us/office/create-incoming-webhooks-with-workflows-for-microsoft-teams-8ae491c7-0394-4861-ba59-055e33f75498',
    risk: 'Anyone with the signed URL can run the flow, which posts into Teams channels and runs every other action the flow has.',
    examples: {
      positives: (fake) => [
        `https://prod-${fake.digits(2)}.westeurope.logic.azure.com:443/workflows/${fake.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${fake.base64url(43)}`,
        `https://${fake.hex(30)}.${fake.digits(2)}.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${fake.hex(32)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${fake.base64url(43)}`,
      ],
      negatives: [
        {
          text: 'https://prod-00.westus.logic.azure.com/workflows/<id>/triggers/manual/paths/invoke?api-version=2016-06-01&sig=<signature>',
          why: 'placeholder',
        },
        {
          text: (fake) =>
            `https://prod-12.westus.logic.azure.com:443/workflows/${fake.hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01`,
          why: 'no signature in the URL',
        },
      ],
    },
  },
];
