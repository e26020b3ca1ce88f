import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * game-servers positives around Minecraft: server.properties (RCON and the management server),
 * Paper and Velocity modern forwarding, BungeeGuard, plugin config.yml files (LuckPerms, CoreProtect,
 * AuthMe, DiscordSRV, Tebex, CraftingStore, NuVotifier, Dynmap), itzg/minecraft-server compose
 * files, RCON clients and mod code (Java, Kotlin, Python). Values generated at run time.
 */
export const minecraftPositives: readonly Template[] = [
  template('mc-server-properties-rcon', (g) => {
    const pw = v.rconPass(g);
    return {
      path: 'server.properties',
      lines: [
        '#Minecraft server properties',
        `#${g.pick(['Sat', 'Sun', 'Mon'])} Nov 0${g.between(1, 9)} 1${g.between(0, 9)}:2${g.between(0, 9)}:11 UTC 2026`,
        'allow-flight=false',
        'difficulty=normal',
        'enable-command-block=false',
        'enable-rcon=true',
        'gamemode=survival',
        `level-name=${g.pick(['world', 'smp', 'survival'])}`,
        `level-seed=${v.seed(g)}`,
        'max-players=20',
        `motd=${v.serverName(g)}`,
        'online-mode=true',
        'pvp=true',
        sec(`rcon.password=${pw}`, pw),
        'rcon.port=25575',
        'server-port=25565',
        'view-distance=10',
        'white-list=true',
      ],
    };
  }),
  template('mc-server-properties-management', (g) => {
    const s = v.mgmtSecret(g);
    const pw = v.rconPass(g);
    const withRcon = g.chance(0.5);
    return {
      path: g.pick(['server.properties', 'data/server.properties']),
      lines: [
        'accepts-transfers=false',
        'broadcast-rcon-to-ops=true',
        `enable-rcon=${withRcon}`,
        'management-server-enabled=true',
        'management-server-host=0.0.0.0',
        'management-server-port=25585',
        sec(`management-server-secret=${s}`, s),
        'management-server-tls-enabled=false',
        withRcon ? sec(`rcon.password=${pw}`, pw) : 'rcon.password=',
        'rcon.port=25575',
        'spawn-protection=0',
      ],
    };
  }),
  template('paper-global-velocity', (g) => {
    const s = v.forwardingSecret(g);
    return {
      path: 'config/paper-global.yml',
      lines: [
        'proxies:',
        '  bungee-cord:',
        '    online-mode: true',
        '  proxy-protocol: false',
        '  velocity:',
        '    enabled: true',
        '    online-mode: true',
        sec(`    secret: '${s}'`, s),
        'scoreboards:',
        '  save-empty-scoreboard-teams: true',
      ],
    };
  }),
  template('velocity-toml-inline', (g) => {
    const s = v.forwardingSecret(g);
    return {
      path: 'velocity.toml',
      lines: [
        'config-version = "1.0"',
        'bind = "0.0.0.0:25577"',
        `motd = "<#09add3>${v.serverName(g)}"`,
        'show-max-players = 500',
        'online-mode = true',
        'player-info-forwarding-mode = "modern"',
        sec(`forwarding-secret = "${s}"`, s),
        '',
        '[servers]',
        'lobby = "127.0.0.1:30066"',
        'survival = "127.0.0.1:30067"',
        'try = ["lobby"]',
      ],
    };
  }),
  template('velocity-forwarding-secret-file', (g) => {
    const s = v.forwardingSecret(g);
    return { path: g.pick(['forwarding.secret', 'proxy/forwarding.secret']), lines: [sec(s, s)] };
  }),
  template('bungeeguard-token', (g) => {
    const t = v.bungeeGuardToken(g);
    return {
      path: 'plugins/BungeeGuard/config.yml',
      lines: ['# The token to attach to the handshake', sec(`token: ${t}`, t)],
    };
  }),
  template('luckperms-mysql', (g) => {
    const pw = v.rconPass(g);
    return {
      path: 'plugins/LuckPerms/config.yml',
      lines: [
        'server: global',
        'use-server-uuid-cache: false',
        'storage-method: mysql',
        'data:',
        `  address: ${v.dbHost(g)}:3306`,
        `  database: ${v.dbName(g)}`,
        `  username: ${v.dbUser(g)}`,
        sec(`  password: '${pw}'`, pw),
        '  pool-settings:',
        '    maximum-pool-size: 10',
        '    minimum-idle: 10',
        "  table-prefix: 'luckperms_'",
        'messaging-service: auto',
      ],
    };
  }),
  template('coreprotect-mysql', (g) => {
    const pw = v.rconPass(g);
    return {
      path: 'plugins/CoreProtect/config.yml',
      lines: [
        'verbose: true',
        'use-mysql: true',
        'table-prefix: co_',
        `mysql-host: ${v.dbHost(g)}`,
        'mysql-port: 3306',
        `mysql-database: ${v.dbName(g)}`,
        `mysql-username: ${v.dbUser(g)}`,
        sec(`mysql-password: ${pw}`, pw),
        'check-updates: true',
      ],
    };
  }),
  template('authme-mysql', (g) => {
    const pw = v.rconPass(g);
    return {
      path: 'plugins/AuthMe/config.yml',
      lines: [
        'DataSource:',
        "    backend: 'MYSQL'",
        '    caching: true',
        `    mySQLHost: '${v.dbHost(g)}'`,
        "    mySQLPort: '3306'",
        '    mySQLUseSSL: false',
        `    mySQLUsername: '${v.dbUser(g)}'`,
        sec(`    mySQLPassword: '${pw}'`, pw),
        "    mySQLDatabase: 'authme'",
        "    mySQLTablename: 'authme'",
      ],
    };
  }),
  template('discordsrv-config', (g) => {
    const t = v.discordToken(g);
    return {
      path: 'plugins/DiscordSRV/config.yml',
      lines: [
        '# Bot token, get it from https://discord.com/developers/applications',
        sec(`BotToken: "${t}"`, t),
        `Channels: {"global": "${v.snowflake(g)}"}`,
        `DiscordConsoleChannelId: "${v.snowflake(g)}"`,
        'DiscordGameStatus: ["Minecraft", "with %online% players"]',
      ],
    };
  }),
  template('tebex-plugin-config', (g) => {
    const s = v.tebexSecret(g);
    return {
      path: g.pick(['plugins/Tebex/config.yml', 'plugins/BuycraftX/config.yml']),
      lines: [
        'verbose: false',
        'server:',
        sec(`  secret-key: "${s}"`, s),
        '  proxy-mode: false',
        'check-for-updates: true',
        'language: en_US',
      ],
    };
  }),
  template('buycraftx-properties', (g) => {
    const s = v.tebexSecret(g);
    return {
      path: 'plugins/BuycraftX/config.properties',
      lines: [
        '#BuycraftX configuration file',
        'is-bungeecord=false',
        'check-for-updates=true',
        sec(`server-key=${s}`, s),
        'verbose=false',
        'language=en_US',
      ],
    };
  }),
  template('craftingstore-config', (g) => {
    const k = g.fake.alnum(g.between(20, 32));
    return {
      path: 'plugins/CraftingStore/config.yml',
      lines: [
        '# Your CraftingStore API key (Settings > Server > API key)',
        sec(`api-key: "${k}"`, k),
        'debug: false',
        'prefix: "&7[&eStore&7] "',
      ],
    };
  }),
  template('nuvotifier-tokens', (g) => {
    const t = v.votifierToken(g);
    const t2 = v.votifierToken(g);
    return {
      path: 'plugins/Votifier/config.yml',
      lines: [
        'host: 0.0.0.0',
        'port: 8192',
        'disable-v1-protocol: false',
        'tokens:',
        sec(`  default: ${t}`, t),
        sec(`  minecraftservers: ${t2}`, t2),
        'forwarding:',
        '  method: none',
      ],
    };
  }),
  template('dynmap-mysql', (g) => {
    const pw = v.rconPass(g);
    return {
      path: 'plugins/dynmap/configuration.txt',
      lines: [
        'storage:',
        '  type: mysql',
        `  hostname: ${v.dbHost(g)}`,
        '  port: 3306',
        '  database: dynmap',
        `  userid: ${v.dbUser(g)}`,
        sec(`  password: ${pw}`, pw),
        '  prefix: ""',
        'webserver-port: 8123',
      ],
    };
  }),
  template('itzg-compose', (g) => {
    const pw = v.rconPass(g);
    const cf = v.curseForgeKey(g);
    const escaped = cf.replace(/\$/g, '$$$$');
    const modpack = g.chance(0.6);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  mc:',
        '    image: itzg/minecraft-server',
        '    tty: true',
        '    stdin_open: true',
        '    ports:',
        '      - "25565:25565"',
        '    environment:',
        '      EULA: "TRUE"',
        `      TYPE: "${modpack ? 'AUTO_CURSEFORGE' : 'PAPER'}"`,
        '      MEMORY: "6G"',
        sec(`      RCON_PASSWORD: "${pw}"`, pw),
        ...(modpack
          ? [
              sec(`      CF_API_KEY: "${escaped}"`, escaped),
              `      CF_SLUG: "${g.pick(['all-the-mods-9', 'vault-hunters-1-18-2', 'rlcraft'])}"`,
            ]
          : []),
        '    volumes:',
        '      - ./data:/data',
      ],
    };
  }),
  template('itzg-env-file', (g) => {
    const cf = v.curseForgeKey(g);
    const pw = v.rconPass(g);
    return {
      path: '.env',
      lines: [
        'EULA=TRUE',
        'TYPE=AUTO_CURSEFORGE',
        sec(`CF_API_KEY=${cf}`, cf),
        sec(`RCON_PASSWORD=${pw}`, pw),
        'MEMORY=8G',
      ],
    };
  }),
  template('mcrcon-python', (g) => {
    const pw = v.rconPass(g);
    return {
      path: g.pick(['restart.py', 'tools/rcon_backup.py']),
      lines: [
        'from mcrcon import MCRcon',
        '',
        sec(
          `with MCRcon("${g.pick(['127.0.0.1', 'mc.blockcraft.gg', '192.168.1.40'])}", "${pw}", port=25575) as mcr:`,
          pw,
        ),
        '    mcr.command("say Server restarting in 60 seconds")',
        '    mcr.command("save-all")',
      ],
    };
  }),
  template('rcon-node', (g) => {
    const pw = v.rconPass(g);
    return {
      path: 'bot/rcon.js',
      lines: [
        "const { Rcon } = require('rcon-client');",
        '',
        'async function whitelist(name) {',
        sec(`  const rcon = await Rcon.connect({ host: 'localhost', port: 25575, password: '${pw}' });`, pw),
        '  const res = await rcon.send(`whitelist add ${name}`);',
        '  await rcon.end();',
        '  return res;',
        '}',
      ],
    };
  }),
  template('java-plugin-mysql', (g) => {
    const pw = v.rconPass(g);
    return {
      path: 'src/main/java/net/blockcraft/stats/Database.java',
      lines: [
        'package net.blockcraft.stats;',
        '',
        'import java.sql.Connection;',
        'import java.sql.DriverManager;',
        '',
        'public final class Database {',
        `    private static final String URL = "jdbc:mysql://${v.dbHost(g)}:3306/${v.dbName(g)}";`,
        `    private static final String USER = "${v.dbUser(g)}";`,
        sec(`    private static final String PASS = "${pw}";`, pw),
        '',
        '    public static Connection open() throws Exception {',
        '        return DriverManager.getConnection(URL, USER, PASS);',
        '    }',
        '}',
      ],
    };
  }),
  template('java-hypixel-key', (g) => {
    const k = v.hypixelKey(g);
    return {
      path: 'src/main/java/me/kev/skyhelper/HypixelApi.java',
      lines: [
        'package me.kev.skyhelper;',
        '',
        'public class HypixelApi {',
        sec(`    private static final String API_KEY = "${k}";`, k),
        '    private static final String BASE = "https://api.hypixel.net/v2/";',
        '',
        '    public static String profileUrl(String uuid) {',
        '        return BASE + "skyblock/profiles?uuid=" + uuid;',
        '    }',
        '}',
      ],
    };
  }),
  template('kotlin-discord-webhook', (g) => {
    const url = v.discordWebhook(g);
    return {
      path: 'src/main/kotlin/dev/zoe/chatbridge/Bridge.kt',
      lines: [
        'package dev.zoe.chatbridge',
        '',
        'object Bridge {',
        sec(`    private const val WEBHOOK = "${url}"`, url),
        '',
        '    fun relay(player: String, msg: String) {',
        '        Http.postJson(WEBHOOK, mapOf("username" to player, "content" to msg))',
        '    }',
        '}',
      ],
    };
  }),
  template('fabric-mod-twitch', (g) => {
    const t = v.twitchOauth(g);
    return {
      path: 'config/twitchchat.json',
      lines: [
        '{',
        `  "channel": "${v.owner(g)}plays",`,
        `  "username": "${v.owner(g)}bot",`,
        sec(`  "oauthToken": "${t}",`, t),
        '  "showInGame": true',
        '}',
      ],
    };
  }),
];
