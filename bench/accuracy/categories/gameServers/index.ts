import type { CategoryTemplates } from '../../draft';
import { backendPositives } from './backends';
import { dedicatedPositives } from './dedicated';
import { minecraftPositives } from './minecraft';
import { gameNegatives } from './negatives';

/**
 * Credentials around game servers and game development as their owners write them: Minecraft
 * server.properties, Paper/Velocity/BungeeGuard forwarding secrets and plugin configs (LuckPerms,
 * CoreProtect, AuthMe, DiscordSRV, Tebex, CraftingStore, NuVotifier, Dynmap), itzg compose files;
 * Source/GoldSrc server.cfg, GSLTs and srcds lines, steamcmd logins; FiveM/RedM server.cfg and Lua
 * resources; Garry's Mod, ARK, Conan, Valheim, Rust and Oxide plugins, Palworld, Project Zomboid,
 * 7 Days to Die, Squad, Terraria, Factorio, LinuxGSM; Pterodactyl/Pelican panels and Wings; game
 * backends (PlayFab, Epic Online Services, GameSparks, Nakama, Unity Gaming Services and Cloud
 * Build, Firebase in Unity); mod platforms (CurseForge, Nexus Mods, Modrinth, mod.io); Twitch and
 * Discord integrations, Steam Web API keys. Hard negatives are the shipped sample configs,
 * published development defaults, references and the many ids that are not secrets. Written
 * blind, before reading how the detector handles these files (issue 11); corrections after the
 * blind run are in the git history.
 */
export const gameServers: CategoryTemplates = {
  positives: [...minecraftPositives, ...dedicatedPositives, ...backendPositives],
  negatives: gameNegatives,
};
