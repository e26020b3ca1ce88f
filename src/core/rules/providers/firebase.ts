// Formats: Firebase Cloud Messaging legacy HTTP API server keys (AAAA + 7 characters, ":APA91b", then
// 134 base64url characters). Firebase service-account keys are PEM private keys (see privateKeys.ts).
import type { Rule } from '../types';

export const firebaseRules: readonly Rule[] = [
  {
    id: 'firebase-cloud-messaging-server-key',
    title: 'Firebase Cloud Messaging server key (legacy)',
    provider: 'Firebase',
    keywords: [':apa91b'],
    pattern: /(?<![A-Za-z0-9_-])AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}(?![A-Za-z0-9_-])/,
    minEntropy: 4,
    confidence: 'high',
    envVar: 'FCM_SERVER_KEY',
    docs: 'https://firebase.google.com/docs/cloud-messaging/migrate-v1',
    risk: "Sends push notifications to every install of the project's apps, with any content and links.",
    examples: {
      positives: (fake) => [
        `AAAA${fake.base64url(7)}:APA91b${fake.base64url(134)}`,
        `Authorization: key=AAAA${fake.alnum(7)}:APA91b${fake.base64url(134)}`,
      ],
      negatives: [
        {
          text: (fake) => `${fake.base64url(22)}:APA91b${fake.base64url(134)}`,
          why: 'a device registration token, not a server key',
        },
        { text: 'AAAAxxxxxxx:APA91b...', why: 'placeholder' },
      ],
    },
  },
];
