// Format: Django's `startproject` template sets the project's secret key to the prefix
// django-insecure- and 50 characters of get_random_secret_key() (lower-case letters, digits and
// !@#$%^&*(-_=+)); Django docs "Deployment checklist" tell you to replace it, and the prefix marks a
// key that was never replaced.
import type { Rule } from '../types';

const KEY_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';

export const djangoRules: readonly Rule[] = [
  {
    id: 'django-insecure-secret-key',
    title: 'Django SECRET_KEY from startproject (django-insecure-)',
    provider: 'Django',
    keywords: ['django-insecure-'],
    pattern: /django-insecure-[a-z0-9!@#$%^&*(\-_=+)]{40,60}(?![a-z0-9!@#$%^&*(\-_=+)])/,
    startsAtKeyword: true,
    minEntropy: 4,
    confidence: 'medium',
    envVar: 'DJANGO_SECRET_KEY',
    docs: 'https://docs.djangoproject.com/en/stable/howto/deployment/checklist/#secret-key',
    risk: 'Signs sessions, password-reset links and signed cookies: with it anyone can forge them for a site that still runs with this key.',
    examples: {
      positives: (fake) => [
        `django-insecure-${fake.from(KEY_CHARS, 50)}`,
        `SECRET_KEY = 'django-insecure-${fake.from(KEY_CHARS, 50)}'`,
      ],
      negatives: [
        { text: "SECRET_KEY = 'django-insecure-...'", why: 'elided' },
        {
          text: "SECRET_KEY = os.environ['DJANGO_SECRET_KEY']  # was django-insecure-",
          why: 'prefix alone, read from the environment',
        },
      ],
    },
  },
];
