import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * game-servers positives from panels and game backends: Pterodactyl and Pelican panel `.env`,
 * Wings `config.yml`, panel API keys in bots and scripts, PlayFab developer secret keys (Unity,
 * C# servers, CloudScript tooling), Epic Online Services client secrets, GameSparks, Nakama
 * server configs, Unity Gaming Services service accounts, Unity Cloud Build, Firebase keys in
 * Unity, mod-platform keys (CurseForge, Nexus Mods, Modrinth, mod.io) in build scripts and tools,
 * Twitch integrations and Steam Web API calls. Values generated at run time.
 */
export const backendPositives: readonly Template[] = [
  template('pterodactyl-env', (g) => {
    const key = v.laravelKey(g);
    const db = v.rconPass(g);
    const mail = v.rconPass(g);
    // The installer's generated Hashids salt: a generated salt counts, as Drupal's hash_salt does.
    const salt = g.fake.alnum(20);
    return {
      path: g.pick(['/var/www/pterodactyl/.env', '.env', 'pelican/.env']),
      lines: [
        'APP_ENV=production',
        'APP_DEBUG=false',
        sec(`APP_KEY=${key}`, key),
        `APP_URL=${v.panelUrl(g)}`,
        'APP_TIMEZONE=UTC',
        'DB_CONNECTION=mysql',
        'DB_HOST=127.0.0.1',
        'DB_PORT=3306',
        'DB_DATABASE=panel',
        'DB_USERNAME=pterodactyl',
        sec(`DB_PASSWORD=${db}`, db),
        'CACHE_DRIVER=redis',
        sec(`HASHIDS_SALT=${salt}`, salt),
        'HASHIDS_LENGTH=8',
        'MAIL_DRIVER=smtp',
        'MAIL_HOST=smtp.mailgun.org',
        `MAIL_USERNAME=postmaster@mg.${g.pick(['blockcraft.gg', 'rustywipes.eu'])}`,
        sec(`MAIL_PASSWORD=${mail}`, mail),
      ],
    };
  }),
  template('wings-config', (g) => {
    const id = v.wingsTokenId(g);
    const t = v.wingsToken(g);
    return {
      path: '/etc/pterodactyl/config.yml',
      lines: [
        'debug: false',
        `uuid: ${v.uuid(g)}`,
        sec(`token_id: ${id}`, id),
        sec(`token: ${t}`, t),
        'api:',
        '  host: 0.0.0.0',
        '  port: 8080',
        '  ssl:',
        '    enabled: true',
        `    cert: /etc/letsencrypt/live/node${g.between(1, 9)}.blockcraft.gg/fullchain.pem`,
        'system:',
        '  data: /var/lib/pterodactyl/volumes',
        '  sftp:',
        '    bind_port: 2022',
        `remote: '${v.panelUrl(g)}'`,
      ],
    };
  }),
  template('pterodactyl-api-python', (g) => {
    const k = v.pteroKey(g, g.pick(['a', 'c']));
    return {
      path: g.pick(['panel_restart.py', 'bot/cogs/panel.py']),
      lines: [
        'import requests',
        '',
        `PANEL = "${v.panelUrl(g)}"`,
        sec(`API_KEY = "${k}"`, k),
        '',
        'def power(server_id, signal):',
        '    return requests.post(f"{PANEL}/api/client/servers/{server_id}/power",',
        '        headers={"Authorization": f"Bearer {API_KEY}", "Accept": "application/json"},',
        '        json={"signal": signal})',
      ],
    };
  }),
  template('pterodactyl-api-curl', (g) => {
    const k = v.pteroKey(g, 'a');
    return {
      path: g.pick(['notes/panel.md', 'scripts/create_user.sh']),
      lines: [
        `curl "${v.panelUrl(g)}/api/application/users" \\`,
        sec(`  -H "Authorization: Bearer ${k}" \\`, k),
        '  -H "Content-Type: application/json" -H "Accept: application/json" \\',
        `  -X POST -d '{"email": "${v.owner(g)}@gmail.com", "username": "${v.owner(g)}", "first_name": "A", "last_name": "B"}'`,
      ],
    };
  }),
  template('playfab-unity-settings', (g) => {
    const s = v.playfabSecret(g);
    return {
      path: 'Assets/Scripts/Server/PlayFabBootstrap.cs',
      lines: [
        'using PlayFab;',
        'using UnityEngine;',
        '',
        'public class PlayFabBootstrap : MonoBehaviour',
        '{',
        '    void Awake()',
        '    {',
        `        PlayFabSettings.staticSettings.TitleId = "${v.playfabTitle(g)}";`,
        sec(`        PlayFabSettings.staticSettings.DeveloperSecretKey = "${s}";`, s),
        '    }',
        '}',
      ],
    };
  }),
  template('playfab-http-header', (g) => {
    const s = v.playfabSecret(g);
    const title = v.playfabTitle(g);
    return {
      path: g.pick(['tools/grant_items.py', 'scripts/playfab_admin.py']),
      lines: [
        'import requests',
        '',
        `TITLE_ID = "${title}"`,
        sec(`SECRET_KEY = "${s}"`, s),
        '',
        'def grant(player_id, item):',
        '    url = f"https://{TITLE_ID}.playfabapi.com/Server/GrantItemsToUsers"',
        '    return requests.post(url, headers={"X-SecretKey": SECRET_KEY}, json={"ItemGrants": [{"PlayFabId": player_id, "ItemId": item}]})',
      ],
    };
  }),
  template('eos-config-cs', (g) => {
    const s = v.eosSecret(g);
    return {
      path: 'Assets/Scripts/Online/EosConfig.cs',
      lines: [
        'public static class EosConfig',
        '{',
        `    public const string ProductId = "${v.hex32(g)}";`,
        `    public const string SandboxId = "${v.hex32(g)}";`,
        `    public const string DeploymentId = "${v.hex32(g)}";`,
        `    public const string ClientId = "${v.eosClientId(g)}";`,
        sec(`    public const string ClientSecret = "${s}";`, s),
        '}',
      ],
    };
  }),
  template('eos-defaultengine-ini', (g) => {
    const s = v.eosSecret(g);
    // The artifact's EncryptionKey (64 hex) encrypts player data storage: a key, labelled.
    const key = g.fake.hex(64);
    return {
      path: 'Config/DefaultEngine.ini',
      lines: [
        '[/Script/OnlineSubsystemEOS.EOSSettings]',
        'CacheDir=CacheDir',
        'bEnableOverlay=True',
        sec(
          `+Artifacts=(ArtifactName="Game",ClientId="${v.eosClientId(g)}",ProductId="${v.hex32(g)}",SandboxId="${v.hex32(g)}",DeploymentId="${v.hex32(g)}",EncryptionKey="${key}")`,
          key,
        ),
        sec(`ClientSecret="${s}"`, s),
      ],
    };
  }),
  template('gamesparks-init', (g) => {
    const s = v.gameSparksSecret(g);
    // The key id next to its secret counts as half of the pair (as an AWS access key id does).
    const key = v.gameSparksKey(g);
    return {
      path: 'Assets/GameSparks/GameSparksSettings.asset',
      lines: [
        '%YAML 1.1',
        '--- !u!114 &11400000',
        'MonoBehaviour:',
        '  m_Name: GameSparksSettings',
        sec(`  apiKey: ${key}`, key),
        sec(`  apiSecret: ${s}`, s),
        '  previewBuild: 1',
      ],
    };
  }),
  template('nakama-config-yml', (g) => {
    const sk = v.nakamaKey(g);
    const ek = v.nakamaKey(g);
    const cp = v.rconPass(g);
    return {
      path: g.pick(['nakama/data/local.yml', 'config.yml']),
      lines: [
        'name: nakama-node-1',
        'logger:',
        '  level: "INFO"',
        'session:',
        sec(`  encryption_key: "${ek}"`, ek),
        '  token_expiry_sec: 7200',
        'socket:',
        sec(`  server_key: "${sk}"`, sk),
        'console:',
        '  username: "admin"',
        sec(`  password: "${cp}"`, cp),
      ],
    };
  }),
  template('nakama-compose-flags', (g) => {
    const hk = v.nakamaKey(g);
    const pw = v.rconPass(g);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  nakama:',
        '    image: registry.heroiclabs.com/heroiclabs/nakama:3.22.0',
        '    entrypoint:',
        '      - "/bin/sh"',
        '      - "-ecx"',
        '      - >',
        sec(`        /nakama/nakama migrate up --database.address root:${pw}@cockroachdb:26257 &&`, pw),
        sec(
          `        exec /nakama/nakama --name nakama1 --database.address root:${pw}@cockroachdb:26257 --runtime.http_key ${hk}`,
          hk,
        ),
      ],
    };
  }),
  template('ugs-service-account', (g) => {
    const s = v.ugsSecret(g);
    return {
      path: g.pick(['.github/workflows/deploy-cloud-code.yml', 'ci/ugs-deploy.yml']),
      lines: [
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - run: npm i -g ugs',
        sec(`      - run: echo "${s}" | ugs login --service-key-id ${v.uuid(g)} --secret-key-stdin`, s),
        '      - run: ugs deploy ./CloudCode -e production',
      ],
    };
  }),
  template('unity-cloud-build-key', (g) => {
    const k = v.hex32(g);
    return {
      path: g.pick(['tools/trigger_build.sh', 'build/ucb.sh']),
      lines: [
        '#!/bin/bash',
        `ORG=${g.pick(['kevgames', 'pixel-forge'])}`,
        `PROJECT=${v.uuid(g)}`,
        sec(`UCB_API_KEY=${k}`, k),
        'curl -X POST -H "Content-Type: application/json" -H "Authorization: Basic $UCB_API_KEY" \\',
        '  "https://build-api.cloud.unity3d.com/api/v1/orgs/$ORG/projects/$PROJECT/buildtargets/_all/builds"',
      ],
    };
  }),
  template('unity-google-services', (g) => {
    const k = v.googleKey(g);
    const project = g.pick(['blockrun-7c1f2', 'tiny-tanks-prod', 'zoe-kart']);
    return {
      path: 'Assets/google-services.json',
      lines: [
        '{',
        '  "project_info": {',
        `    "project_number": "${g.fake.digits(12)}",`,
        `    "project_id": "${project}",`,
        `    "storage_bucket": "${project}.appspot.com"`,
        '  },',
        '  "client": [{',
        `    "client_info": { "mobilesdk_app_id": "1:${g.fake.digits(12)}:android:${g.fake.hex(16)}" },`,
        sec(`    "api_key": [{ "current_key": "${k}" }]`, k),
        '  }]',
        '}',
      ],
    };
  }),
  template('curseforge-gradle', (g) => {
    const k = v.curseForgeKey(g);
    return {
      path: 'gradle.properties',
      lines: [
        'org.gradle.jvmargs=-Xmx3G',
        'minecraft_version=1.20.1',
        `mod_version=${g.between(1, 4)}.${g.between(0, 9)}.${g.between(0, 9)}`,
        `curseforge_id=${g.fake.digits(6)}`,
        sec(`curseforge_token=${k}`, k),
      ],
    };
  }),
  template('modrinth-minotaur', (g) => {
    const t = v.modrinthPat(g);
    return {
      path: 'build.gradle',
      lines: [
        'modrinth {',
        sec(`    token = "${t}"`, t),
        `    projectId = "${g.fake.alnum(8)}"`,
        '    versionNumber = project.mod_version',
        '    versionType = "release"',
        '    uploadFile = remapJar',
        '    gameVersions = ["1.20.1"]',
        '    loaders = ["fabric"]',
        '}',
      ],
    };
  }),
  template('modrinth-python-upload', (g) => {
    const t = v.modrinthPat(g);
    return {
      path: 'scripts/publish.py',
      lines: [
        'import requests',
        '',
        sec(`HEADERS = {"Authorization": "${t}", "User-Agent": "${v.owner(g)}/modpublisher/1.0"}`, t),
        'r = requests.get("https://api.modrinth.com/v2/user", headers=HEADERS)',
        'print(r.json()["username"])',
      ],
    };
  }),
  template('nexus-api-key', (g) => {
    const k = v.nexusKey(g);
    return {
      path: g.pick(['nexus_check.py', 'tools/modlist_updater.py']),
      lines: [
        'import requests',
        '',
        sec(`NEXUS_API_KEY = "${k}"`, k),
        '',
        'def latest(game, mod_id):',
        '    r = requests.get(f"https://api.nexusmods.com/v1/games/{game}/mods/{mod_id}/files.json",',
        '                     headers={"apikey": NEXUS_API_KEY, "accept": "application/json"})',
        '    return r.json()["files"][-1]["version"]',
      ],
    };
  }),
  template('modio-config', (g) => {
    const k = v.modioKey(g);
    const t = v.modioOauth(g);
    return {
      path: g.pick(['modio.json', 'tools/modio/config.json']),
      lines: [
        '{',
        `  "game_id": ${g.between(100, 9999)},`,
        sec(`  "api_key": "${k}",`, k),
        sec(`  "access_token": "${t}",`, t),
        '  "environment": "live"',
        '}',
      ],
    };
  }),
  template('twitch-integration-cs', (g) => {
    const s = v.twitchSecret(g);
    const t = v.twitchOauth(g);
    return {
      path: 'Assets/Scripts/Twitch/TwitchSettings.cs',
      lines: [
        'public static class TwitchSettings',
        '{',
        `    public const string ClientId = "${g.fake.lowerAlnum(30)}";`,
        sec(`    public const string ClientSecret = "${s}";`, s),
        sec(`    public const string ChatToken = "${t}";`, t),
        `    public const string Channel = "${v.owner(g)}plays";`,
        '}',
      ],
    };
  }),
  template('steam-web-api-call', (g) => {
    const k = v.steamWebKey(g);
    return {
      path: g.pick(['web/steam_auth.php', 'api/steam.php']),
      lines: [
        '<?php',
        sec(`$steamApiKey = '${k}';`, k),
        '$steamid = $_SESSION["steamid"];',
        '$json = file_get_contents("https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v0002/?key=" . $steamApiKey . "&steamids=" . $steamid);',
      ],
    };
  }),
  template('steam-api-url-inline', (g) => {
    const k = v.steamWebKey(g);
    const url = `https://api.steampowered.com/IPlayerService/GetOwnedGames/v1/?key=${k}&steamid=${v.steamId(g)}&format=json`;
    return {
      path: g.pick(['src/steam.js', 'lib/steam.ts']),
      lines: [
        'export async function ownedGames() {',
        sec(`  const res = await fetch("${url}");`, k),
        '  return (await res.json()).response.games;',
        '}',
      ],
    };
  }),
  template('discord-bot-for-server-env', (g) => {
    const t = v.discordToken(g);
    const pw = v.rconPass(g);
    const k = v.pteroKey(g, 'c');
    return {
      path: '.env',
      lines: [
        sec(`DISCORD_TOKEN=${t}`, t),
        `GUILD_ID=${v.snowflake(g)}`,
        'RCON_HOST=mc.blockcraft.gg',
        'RCON_PORT=25575',
        sec(`RCON_PASSWORD=${pw}`, pw),
        `PTERO_URL=${v.panelUrl(g)}`,
        sec(`PTERO_API_KEY=${k}`, k),
      ],
    };
  }),
];
