import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * game-servers positives from dedicated servers: Source/GoldSrc server.cfg (rcon_password,
 * sv_password, GSLT), srcds and steamcmd command lines, FiveM/RedM server.cfg (licence key, Steam
 * Web API key, oxmysql connection strings, Tebex), FiveM Lua resources, Garry's Mod (MySQLOO),
 * ARK, Conan Exiles, Valheim, Rust (launch lines and Oxide/uMod plugin JSON configs), Palworld,
 * Project Zomboid, 7 Days to Die, Squad, Terraria/tModLoader, Factorio and LinuxGSM configs.
 * Values generated at run time.
 */
export const dedicatedPositives: readonly Template[] = [
  template('source-server-cfg', (g) => {
    const pw = v.rconPass(g);
    const join = v.joinPass(g);
    const withJoin = g.chance(0.4);
    return {
      path: g.pick(['cfg/server.cfg', 'csgo/cfg/server.cfg', 'game/csgo/cfg/server.cfg', 'tf/cfg/server.cfg']),
      lines: [
        `hostname "${v.serverName(g)} | 128 tick"`,
        sec(`rcon_password "${pw}"`, pw),
        withJoin ? sec(`sv_password "${join}"`, join) : 'sv_password ""',
        'sv_lan 0',
        'sv_cheats 0',
        'sv_region 3',
        'mp_autoteambalance 1',
        'log on',
        'exec banned_user.cfg',
      ],
    };
  }),
  template('source-gslt-cfg', (g) => {
    const t = v.gslt(g);
    return {
      path: g.pick(['cfg/autoexec.cfg', 'garrysmod/cfg/server.cfg', 'cfg/server.cfg']),
      lines: [
        '// Game Server Login Token, https://steamcommunity.com/dev/managegameservers',
        sec(`sv_setsteamaccount ${t}`, t),
        `host_workshop_collection ${g.fake.digits(10).replace(/^0/, '2')}`,
        'sv_allowdownload 1',
      ],
    };
  }),
  template('srcds-start-sh', (g) => {
    const t = v.gslt(g);
    const k = v.steamWebKey(g);
    return {
      path: g.pick(['start.sh', 'run.sh']),
      lines: [
        '#!/bin/bash',
        'cd ~/csgo-ds',
        sec(
          `./srcds_run -game csgo -console -usercon +game_type 0 +game_mode 1 +map de_dust2 -authkey ${k} +sv_setsteamaccount ${t} -net_port_try 1`,
          t,
        ),
      ],
    };
  }),
  template('steamcmd-login', (g) => {
    const pw = v.rconPass(g);
    return {
      path: g.pick(['update.sh', 'scripts/update_server.sh']),
      lines: [
        '#!/bin/sh',
        sec(
          `steamcmd +force_install_dir /home/steam/arma3 +login ${v.owner(g)}_srv '${pw}' +app_update 233780 validate +quit`,
          pw,
        ),
      ],
    };
  }),
  template('fivem-server-cfg', (g) => {
    const lic = v.cfxKey(g);
    const steam = v.steamWebKey(g);
    const dbpw = v.rconPass(g);
    const url = g.chance(0.5);
    const conn = url
      ? `mysql://${v.dbUser(g)}:${dbpw}@${v.dbHost(g)}/${g.pick(['es_extended', 'qbcore'])}?charset=utf8mb4`
      : `user=${v.dbUser(g)};password=${dbpw};host=${v.dbHost(g)};port=3306;database=qbcore`;
    return {
      path: 'server.cfg',
      lines: [
        'endpoint_add_tcp "0.0.0.0:30120"',
        'endpoint_add_udp "0.0.0.0:30120"',
        sec(`set mysql_connection_string "${conn}"`, dbpw),
        'ensure mapmanager',
        'ensure chat',
        'ensure oxmysql',
        `sv_hostname "${v.serverName(g)}"`,
        'sv_maxclients 48',
        sec(`set steam_webApiKey "${steam}"`, steam),
        sec(`sv_licenseKey "${lic}"`, lic),
        `add_principal identifier.fivem:${g.between(100000, 9999999)} group.admin`,
      ],
    };
  }),
  template('fivem-secrets-cfg', (g) => {
    const lic = v.cfxKey(g);
    const tebex = v.tebexSecret(g);
    const pw = v.rconPass(g);
    return {
      path: g.pick(['secrets.cfg', 'txData/default/server-secrets.cfg']),
      lines: [
        '# exec secrets.cfg from server.cfg, not in git they said',
        sec(`sv_licenseKey ${lic}`, lic),
        sec(`sv_tebexSecret ${tebex}`, tebex),
        sec(`rcon_password "${pw}"`, pw),
      ],
    };
  }),
  template('fivem-lua-config', (g) => {
    const url = v.discordWebhook(g);
    const t = v.discordToken(g);
    return {
      path: g.pick(['resources/[local]/lsrp_logs/config.lua', 'resources/discord_perms/config.lua']),
      lines: [
        'Config = {}',
        '',
        `Config.GuildId = "${v.snowflake(g)}"`,
        sec(`Config.BotToken = "${t}"`, t),
        sec(`Config.Webhook = "${url}"`, url),
        "Config.Locale = 'en'",
      ],
    };
  }),
  template('fivem-lua-webhook-local', (g) => {
    const url = v.discordWebhook(g);
    return {
      path: 'resources/[scripts]/anticheat/server/main.lua',
      lines: [
        sec(`local webhook = '${url}'`, url),
        '',
        "RegisterNetEvent('ac:flag', function(reason)",
        '    local src = source',
        "    PerformHttpRequest(webhook, function() end, 'POST', json.encode({ content = GetPlayerName(src) .. ': ' .. reason }), { ['Content-Type'] = 'application/json' })",
        'end)',
      ],
    };
  }),
  template('gmod-mysqloo', (g) => {
    const pw = v.rconPass(g);
    return {
      path: 'garrysmod/addons/stats/lua/autorun/server/sv_stats.lua',
      lines: [
        'require("mysqloo")',
        '',
        sec(`local db = mysqloo.connect("${v.dbHost(g)}", "${v.dbUser(g)}", "${pw}", "darkrp", 3306)`, pw),
        '',
        'function db:onConnected()',
        '    print("[stats] connected")',
        'end',
        'db:connect()',
      ],
    };
  }),
  template('gmod-darkrp-mysql', (g) => {
    const pw = v.rconPass(g);
    return {
      path: 'garrysmod/addons/darkrpmodification/lua/darkrp_config/mysql.lua',
      lines: [
        'RP_MySQLConfig = {}',
        'RP_MySQLConfig.EnableMySQL = true',
        `RP_MySQLConfig.Host = "${v.dbHost(g)}"`,
        `RP_MySQLConfig.Username = "${v.dbUser(g)}"`,
        sec(`RP_MySQLConfig.Password = "${pw}"`, pw),
        'RP_MySQLConfig.Database_name = "darkrp"',
        'RP_MySQLConfig.Database_port = 3306',
      ],
    };
  }),
  template('ark-gameusersettings', (g) => {
    const admin = v.rconPass(g);
    const join = v.joinPass(g);
    return {
      path: 'ShooterGame/Saved/Config/LinuxServer/GameUserSettings.ini',
      lines: [
        '[ServerSettings]',
        'RCONEnabled=True',
        'RCONPort=27020',
        sec(`ServerAdminPassword=${admin}`, admin),
        sec(`ServerPassword=${join}`, join),
        'DifficultyOffset=1.000000',
        'AllowThirdPersonPlayer=True',
        `ActiveMods=${g.fake.digits(9)},${g.fake.digits(10)}`,
        '',
        '[SessionSettings]',
        `SessionName=${v.serverName(g)}`,
      ],
    };
  }),
  template('conan-serversettings', (g) => {
    const admin = v.rconPass(g);
    return {
      path: 'ConanSandbox/Saved/Config/WindowsServer/ServerSettings.ini',
      lines: [
        '[ServerSettings]',
        sec(`AdminPassword=${admin}`, admin),
        'PVPEnabled=True',
        'MaxNudity=2',
        'ServerRegion=0',
        'IsBattlEyeEnabled=True',
      ],
    };
  }),
  template('valheim-start', (g) => {
    const pw = v.joinPass(g);
    return {
      path: 'start_server.sh',
      lines: [
        'export templdpath=$LD_LIBRARY_PATH',
        'export LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH',
        'export SteamAppId=892970',
        '',
        sec(
          `./valheim_server.x86_64 -name "${v.serverName(g)}" -port 2456 -world "Dedicated" -password "${pw}" -crossplay`,
          pw,
        ),
        '',
        'export LD_LIBRARY_PATH=$templdpath',
      ],
    };
  }),
  template('rust-start-bat', (g) => {
    const pw = v.rconPass(g);
    return {
      path: g.pick(['start.bat', 'RustServer/start_server.bat']),
      lines: [
        'echo off',
        ':start',
        sec(
          `RustDedicated.exe -batchmode +server.port 28015 +server.level "Procedural Map" +server.seed ${g.between(1, 2147483647)} +server.worldsize 3500 +rcon.port 28016 +rcon.password "${pw}" +rcon.web 1`,
          pw,
        ),
        'goto start',
      ],
    };
  }),
  template('oxide-plugin-json', (g) => {
    const url = v.discordWebhook(g);
    const k = v.steamWebKey(g);
    return {
      path: g.pick(['oxide/config/DiscordReport.json', 'carbon/configs/WipeAnnouncer.json']),
      lines: [
        '{',
        sec(`  "Discord Webhook URL": "${url}",`, url),
        sec(`  "Steam API Key": "${k}",`, k),
        '  "Embed Color": 16711680,',
        '  "Cooldown (seconds)": 300',
        '}',
      ],
    };
  }),
  template('oxide-mysql-json', (g) => {
    const pw = v.rconPass(g);
    return {
      path: 'oxide/config/PlayerStats.json',
      lines: [
        '{',
        '  "MySQL": {',
        `    "Host": "${v.dbHost(g)}",`,
        '    "Port": 3306,',
        `    "Database": "${v.dbName(g)}",`,
        `    "Username": "${v.dbUser(g)}",`,
        sec(`    "Password": "${pw}"`, pw),
        '  },',
        '  "Save Interval": 600',
        '}',
      ],
    };
  }),
  template('palworld-settings', (g) => {
    const admin = v.rconPass(g);
    return {
      path: 'Pal/Saved/Config/LinuxServer/PalWorldSettings.ini',
      lines: [
        '[/Script/Pal.PalGameWorldSettings]',
        sec(
          `OptionSettings=(Difficulty=None,DayTimeSpeedRate=1.000000,ExpRate=1.000000,bIsPvP=False,ServerPlayerMaxNum=32,ServerName="${v.serverName(g)}",ServerDescription="",AdminPassword="${admin}",ServerPassword="",PublicPort=8211,RCONEnabled=True,RCONPort=25575,bShowPlayerList=False)`,
          admin,
        ),
      ],
    };
  }),
  template('zomboid-servertest-ini', (g) => {
    const pw = v.rconPass(g);
    return {
      path: 'Zomboid/Server/servertest.ini',
      lines: [
        'PVP=true',
        'PauseEmpty=true',
        'Public=false',
        `PublicName=${v.serverName(g)}`,
        'RCONPort=27015',
        sec(`RCONPassword=${pw}`, pw),
        `Mods=${g.pick(['Hydrocraft;ORGM', 'tsarslib;AuthenticZLite'])}`,
        `WorkshopItems=${g.fake.digits(9)};${g.fake.digits(10)}`,
      ],
    };
  }),
  template('7dtd-serverconfig', (g) => {
    const pw = v.rconPass(g);
    const join = v.joinPass(g);
    return {
      path: 'serverconfig.xml',
      lines: [
        '<?xml version="1.0"?>',
        '<ServerSettings>',
        `\t<property name="ServerName" value="${v.serverName(g)}"/>`,
        sec(`\t<property name="ServerPassword" value="${join}"/>`, join),
        '\t<property name="TelnetEnabled" value="true"/>',
        '\t<property name="TelnetPort" value="8081"/>',
        sec(`\t<property name="TelnetPassword" value="${pw}"/>`, pw),
        '\t<property name="GameWorld" value="Navezgane"/>',
        '</ServerSettings>',
      ],
    };
  }),
  template('squad-rcon-cfg', (g) => {
    const pw = v.rconPass(g);
    return {
      path: 'SquadGame/ServerConfig/Rcon.cfg',
      lines: ['//// Rcon configuration', 'IP=0.0.0.0', 'Port=21114', sec(`Password=${pw}`, pw), 'MaxConnections=5'],
    };
  }),
  template('terraria-serverconfig', (g) => {
    const pw = v.joinPass(g);
    return {
      path: g.pick(['serverconfig.txt', 'tModLoader/serverconfig.txt']),
      lines: [
        `world=/home/terraria/.local/share/Terraria/Worlds/${g.pick(['Calamity', 'Hardmode', 'Friends'])}.wld`,
        'autocreate=3',
        'maxplayers=8',
        'port=7777',
        sec(`password=${pw}`, pw),
        'motd=have fun',
        'secure=1',
      ],
    };
  }),
  template('factorio-server-settings', (g) => {
    const t = v.factorioToken(g);
    const join = v.joinPass(g);
    return {
      path: 'data/server-settings.json',
      lines: [
        '{',
        `  "name": "${v.serverName(g)}",`,
        '  "description": "Friends only megabase",',
        '  "tags": ["game", "tags"],',
        '  "max_players": 0,',
        '  "visibility": { "public": true, "lan": true },',
        `  "username": "${v.owner(g)}_factory",`,
        '  "password": "",',
        sec(`  "token": "${t}",`, t),
        sec(`  "game_password": "${join}",`, join),
        '  "require_user_verification": true,',
        '  "autosave_interval": 10',
        '}',
      ],
    };
  }),
  template('linuxgsm-instance-cfg', (g) => {
    const gs = v.gslt(g);
    const rcon = v.rconPass(g);
    const hook = v.discordWebhook(g);
    return {
      path: `lgsm/config-lgsm/${g.pick(['csgoserver', 'rustserver', 'gmodserver'])}/${g.pick(['common.cfg', 'csgoserver.cfg', 'rustserver.cfg'])}`,
      lines: [
        '##################################',
        '####### Instance Settings ########',
        '##################################',
        sec(`gslt="${gs}"`, gs),
        sec(`rconpassword="${rcon}"`, rcon),
        'maxplayers="32"',
        'discordalert="on"',
        sec(`discordwebhook="${hook}"`, hook),
      ],
    };
  }),
  template('linuxgsm-steam-login', (g) => {
    const pw = v.rconPass(g);
    return {
      path: 'lgsm/config-lgsm/arma3server/common.cfg',
      lines: [
        '## SteamCMD Login | https://docs.linuxgsm.com/steamcmd#steamcmd-login',
        `steamuser="${v.owner(g)}_servers"`,
        sec(`steampass='${pw}'`, pw),
        'branch=""',
      ],
    };
  }),
  template('cs2-docker-compose', (g) => {
    const t = v.gslt(g);
    const pw = v.rconPass(g);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  cs2:',
        '    image: joedwards32/cs2',
        '    environment:',
        sec(`      - SRCDS_TOKEN=${t}`, t),
        sec(`      - CS2_RCONPW=${pw}`, pw),
        '      - CS2_PORT=27015',
        '      - CS2_STARTMAP=de_inferno',
        '    ports:',
        '      - "27015:27015/udp"',
      ],
    };
  }),
];
