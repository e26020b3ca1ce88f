import type { CategoryTemplates } from '../../draft';
import { appPositives } from './apps';
import { botPositives } from './bots';
import { hobbyNegatives } from './negatives';

/**
 * Credentials in the code most public repositories hold, written by students and hobbyists:
 * Discord/Telegram/Reddit/Twitter/Twitch bots, Spotify and game/weather API clients, crypto
 * trading bots, PHP + MySQL and JDBC homework, scrapers and Selenium logins, e-mail scripts,
 * Arduino/ESP sketches, Flask/Django/Express toy apps, notebooks, committed .env files, notes,
 * Minecraft server configs and home-lab scripts. Hard negatives are the same projects done right
 * (environment, prompts, placeholders, templates) and their non-secret ids. Written blind, before
 * reading how the detector handles these shapes (issue 11); corrections after the blind run are
 * in the git history.
 */
export const hobbyProjects: CategoryTemplates = {
  positives: [...botPositives, ...appPositives],
  negatives: hobbyNegatives,
};
