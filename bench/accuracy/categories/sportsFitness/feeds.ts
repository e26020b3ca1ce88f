import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * sports-fitness positives from sports data feeds, ticketing, video analysis and gym hardware:
 * Sportradar, Opta / Stats Perform, API-Football (direct and RapidAPI), TheOddsAPI, Genius Sports,
 * Ticketmaster Discovery, Hudl, Veo, Home Assistant and ESPHome sensors in the gym, AWS buckets for
 * match footage. Values generated at run time.
 */
export const feedPositives: readonly Template[] = [
  template('sportradar-query', (g) => {
    const k = v.alnum(g, 40, 40);
    return {
      path: g.pick(['scrapers/nba_schedule.py', 'feeds/sportradar.py']),
      lines: [
        sec(`URL = "https://api.sportradar.com/nba/trial/v8/en/games/2026/REG/schedule.json?api_key=${k}"`, k),
        'data = requests.get(URL, timeout=10).json()',
      ],
    };
  }),
  template('sportradar-env', (g) => {
    const k = v.alnum(g, 24, 40);
    return {
      path: g.pick(['.env', 'ingest/.env']),
      lines: [sec(`SPORTRADAR_API_KEY=${k}`, k), 'SPORTRADAR_ACCESS_LEVEL=production', 'SPORTRADAR_LANG=en'],
    };
  }),
  template('opta-outlet-key', (g) => {
    const k = v.alnum(g, 26, 26).toLowerCase();
    const s = v.alnum(g, 26, 26).toLowerCase();
    return {
      path: g.pick(['config/opta.yml', 'statsperform/settings.yaml']),
      lines: [
        'opta:',
        '  base_url: https://api.performfeeds.com/soccerdata',
        sec(`  outlet_auth_key: ${k}`, k),
        sec(`  secret_key: ${s}`, s),
      ],
    };
  }),
  template('api-football-direct', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['src/football.ts', 'lib/apiFootball.js']),
      lines: [
        "const res = await fetch('https://v3.football.api-sports.io/fixtures?live=all', {",
        sec(`  headers: { 'x-apisports-key': '${k}' },`, k),
        '});',
      ],
    };
  }),
  template('api-football-rapidapi', (g) => {
    const k = v.rapidKey(g);
    return {
      path: g.pick(['fantasy/fetch_fixtures.py', 'bot/football.py']),
      lines: [
        'headers = {',
        sec(`    "X-RapidAPI-Key": "${k}",`, k),
        '    "X-RapidAPI-Host": "api-football-v1.p.rapidapi.com"',
        '}',
      ],
    };
  }),
  template('odds-api-query', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['betting/odds.py', 'README.md']),
      lines: [
        sec(`curl "https://api.the-odds-api.com/v4/sports/soccer_epl/odds?regions=uk&markets=h2h&apiKey=${k}"`, k),
      ],
    };
  }),
  template('odds-api-sheets', (g) => {
    const k = v.hex(g, 32);
    return {
      path: g.pick(['apps-script/Code.gs', 'sheets/odds.gs']),
      lines: [
        sec(`const ODDS_API_KEY = '${k}';`, k),
        'function pullOdds() {',
        "  const url = 'https://api.the-odds-api.com/v4/sports/?apiKey=' + ODDS_API_KEY;",
        '}',
      ],
    };
  }),
  template('genius-sports-config', (g) => {
    const k = v.alnum(g, 32, 40);
    const s = v.longSecret(g);
    return {
      path: g.pick(['appsettings.Production.json', 'feeds/genius.json']),
      lines: [
        '{',
        '  "GeniusSports": {',
        sec(`    "ApiKey": "${k}",`, k),
        `    "ClientId": "${v.alnum(g, 20, 26)}",`,
        sec(`    "ClientSecret": "${s}"`, s),
        '  }',
        '}',
      ],
    };
  }),
  template('ticketmaster-discovery', (g) => {
    const k = v.alnum(g, 32, 32);
    return {
      path: g.pick(['src/events.js', 'scripts/tm_events.sh']),
      lines: [
        sec(
          `fetch('https://app.ticketmaster.com/discovery/v2/events.json?classificationName=sports&city=Denver&apikey=${k}')`,
          k,
        ),
      ],
    };
  }),
  template('ticketmaster-env', (g) => {
    const k = v.alnum(g, 32, 32);
    const s = v.alnum(g, 16, 16);
    return {
      path: g.pick(['.env', 'ticketing/.env.local']),
      lines: [sec(`TM_CONSUMER_KEY=${k}`, k), sec(`TM_CONSUMER_SECRET=${s}`, s)],
    };
  }),
  template('hudl-upload-script', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['video/upload_to_hudl.ps1', 'scripts/hudl.ps1']),
      lines: [
        `$HudlUser = "${v.email(g)}"`,
        sec(`$HudlPass = "${p}"`, p),
        '.\\HudlUploader.exe -u $HudlUser -p $HudlPass -f "D:\\Game Film\\*.mp4"',
      ],
    };
  }),
  template('veo-api-token', (g) => {
    const t = v.alnum(g, 40, 48);
    return {
      path: g.pick(['veo/download_matches.py', 'analysis/veo_sync.py']),
      lines: [
        sec(`VEO_API_TOKEN = "${t}"`, t),
        'CLUB_SLUG = "riverside-fc"',
        'r = requests.get(f"https://app.veo.co/api/app/clubs/{CLUB_SLUG}/matches/", headers={"Authorization": f"Token {VEO_API_TOKEN}"})',
      ],
    };
  }),
  template('ha-secrets-yaml', (g) => {
    const w = v.wifi(g);
    const o = v.plain(g);
    return {
      path: 'secrets.yaml',
      lines: [sec(`wifi_password: "${w}"`, w), 'wifi_ssid: "GymFloor"', sec(`ota_password: "${o}"`, o)],
    };
  }),
  template('esphome-rower-sensor', (g) => {
    const k = v.espKey(g);
    const w = v.wifi(g);
    return {
      path: g.pick(['esphome/rower-sensor.yaml', 'esphome/treadmill-hr.yaml']),
      lines: [
        'esphome:',
        '  name: rower-sensor',
        'esp32:',
        '  board: esp32dev',
        'api:',
        '  encryption:',
        sec(`    key: "${k}"`, k),
        'wifi:',
        '  ssid: "ClubGym"',
        sec(`  password: "${w}"`, w),
      ],
    };
  }),
  template('ha-long-lived-token', (g) => {
    const t = v.jwt(g);
    return {
      path: g.pick(['scripts/occupancy_to_ha.py', 'node-red/flows_cred.json']),
      lines: [
        'HA_URL = "http://homeassistant.local:8123"',
        sec(`HA_TOKEN = "${t}"`, t),
        'requests.post(f"{HA_URL}/api/states/sensor.gym_occupancy", headers={"Authorization": f"Bearer {HA_TOKEN}"}, json=state)',
      ],
    };
  }),
  template('arduino-esp32-gym', (g) => {
    const w = v.wifi(g);
    const t = v.alnum(g, 32, 32);
    return {
      path: g.pick(['firmware/heart_rate_display.ino', 'src/main.cpp']),
      lines: [
        'const char* ssid = "Ironworks-Staff";',
        sec(`const char* password = "${w}";`, w),
        sec(`const char* blynkAuth = "${t}";`, t),
      ],
    };
  }),
  template('match-footage-s3', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['footage/.aws/credentials', 'video-archive/credentials']),
      lines: ['[footage]', sec(`aws_access_key_id = ${id}`, id), sec(`aws_secret_access_key = ${s}`, s)],
    };
  }),
  template('scoreboard-mqtt', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scoreboard/config.toml', 'led-board/settings.toml']),
      lines: [
        '[mqtt]',
        `broker = "${v.ip(g)}"`,
        'username = "scoreboard"',
        sec(`password = "${p}"`, p),
        'topic = "court1/score"',
      ],
    };
  }),
  template('stats-perform-java', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['src/main/resources/feeds.properties', 'conf/statsperform.properties']),
      lines: [
        `statsperform.outlet=${v.alnum(g, 26, 26).toLowerCase()}`,
        sec(`statsperform.secret=${s}`, s),
        'statsperform.feed=MA1',
      ],
    };
  }),
  template('garmin-signing-key', (g) => {
    const k = v.pem(g, 'PRIVATE KEY');
    const lines = k.split('\n');
    return {
      path: g.pick(['certs/ciq-developer.pem', 'connectiq/developer_key.pem']),
      lines: [block(lines.slice(0, 3).map((l) => sec(l, l))), ...lines.slice(3)],
    };
  }),
  template('sportsengine-docker-compose', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['docker-compose.yml', 'deploy/docker-compose.prod.yml']),
      lines: [
        'services:',
        '  league-db:',
        '    image: mysql:8',
        '    environment:',
        '      MYSQL_DATABASE: league',
        sec(`      MYSQL_ROOT_PASSWORD: ${p}`, p),
      ],
    };
  }),
  template('odds-api-spreadsheet-row', (g) => {
    const k = v.hex(g, 32);
    const a = v.rapidKey(g);
    return {
      path: g.pick(['admin/api-keys.tsv', 'Shared/keys.tsv']),
      lines: [
        'service\tkey\towner\trenewal',
        sec(`the-odds-api\t${k}\tsam\t2027-01`, k),
        sec(`rapidapi\t${a}\tsam\tmonthly`, a),
      ],
    };
  }),
];
