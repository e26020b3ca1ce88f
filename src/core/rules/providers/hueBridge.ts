// Format: Philips Hue developer docs. A bridge grants an app a "username" (API v1; called the
// application key in API v2): the 40-character random string that /api/<username>/... URLs and the
// `hue-application-key` header carry. With it anyone on the network controls the home's lights,
// sensors and schedules, so it is kept like any key.
// Fixture note: every positive below is generated at runtime from FakeTokens.
import type { Rule } from '../types';

/** The bridge's v1 resources, what follows the username in an API path. */
const RESOURCES = [
  'lights',
  'groups',
  'scenes',
  'sensors',
  'schedules',
  'rules',
  'resourcelinks',
  'capabilities',
  'config',
];

export const hueBridgeRules: readonly Rule[] = [
  {
    id: 'hue-bridge-username',
    title: 'Philips Hue bridge username (application key)',
    provider: 'Philips Hue',
    keywords: [...RESOURCES.map((r) => `/${r}`), 'hue-application-key', 'hue_user', 'hueuser', 'hue_bridge_user'],
    // The username after /api/ (then a resource), after the v2 header, or under a hue username's name.
    pattern: new RegExp(
      String.raw`(?:\/api\/|hue-application-key["']?[ \t]{0,4}[:=,][ \t]{0,4}["']?|hue_?(?:bridge_?)?user(?:name)?["']?[ \t]{0,4}(?:=|:|=>)[ \t]{0,4}["'])(?<secret>[A-Za-z0-9-]{32,40})(?:\/(?:${RESOURCES.join('|')})(?![A-Za-z0-9_])|(?![A-Za-z0-9-]))`,
      'i',
    ),
    // An API path names the bridge only with one of its resources after the username.
    validate: (_secret, match) => !match.startsWith('/api/') || /\/[a-z]+$/i.test(match),
    minEntropy: 3.5,
    confidence: 'medium',
    envVar: 'HUE_USERNAME',
    docs: 'https://developers.meethue.com/develop/get-started-2/',
    risk: "Controls the home's Hue bridge from its network: lights, sensors, schedules and rules.",
    examples: {
      positives: (fake) => [
        `curl -X PUT -d '{"on":false}' http://192.168.1.20/api/${fake.alnum(40)}/groups/0/action`,
        `GET https://10.0.0.7/api/${fake.alnum(40)}/lights`,
        `url = f"http://{BRIDGE_IP}/api/${fake.alnum(40)}/scenes"`,
        `fetch(bridge + '/api/${fake.alnum(40)}/sensors')`,
        `  /api/${fake.alnum(40)}/schedules/1`,
        `/api/${fake.alnum(40)}/rules`,
        `/api/${fake.alnum(40)}/resourcelinks`,
        `/api/${fake.alnum(40)}/capabilities`,
        `/api/${fake.alnum(40)}/config`,
        `curl -k -H "hue-application-key: ${fake.alnum(40)}" https://192.168.1.20/clip/v2/resource/light`,
        `HUE_USERNAME = "${fake.alnum(40)}"`,
        `hueUsername: '${fake.alnum(40)}',`,
        `hue_bridge_user = "${fake.alnum(40)}"`,
      ],
      negatives: [
        { text: 'http://192.168.1.20/api/<username>/lights', why: 'template' },
        { text: 'https://gitlab.example.com/api/v4/groups/42/projects', why: 'another API' },
        { text: 'curl http://bridge/api/newdeveloper/lights', why: "the docs' example username" },
        { text: 'HUE_USERNAME = os.environ["HUE_USERNAME"]', why: 'read from the environment' },
        { text: `http://192.168.1.20/api/${'x'.repeat(40)}/lights`, why: 'not random' },
      ],
    },
  },
];
