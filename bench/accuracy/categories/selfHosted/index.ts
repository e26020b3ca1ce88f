import type { CategoryTemplates } from '../../draft';
import { deployPositives } from './deploy';
import { selfHostedNegatives } from './negatives';
import { opsPositives } from './ops';
import { phpPositives } from './php';
import { platformPositives } from './platforms';

/**
 * Credentials in the configuration and deployment files of self-hosted web applications: PHP CMS,
 * shops, forums and wikis (Moodle, Nextcloud, Joomla, Drupal, PrestaShop, Magento, OpenCart,
 * phpBB, Matomo, MediaWiki, frameworks' configs), collaboration and ops platforms (Discourse,
 * Mastodon, Odoo, Redmine, GitLab, Gitea, Mattermost, Grafana, Synapse, Jitsi, BigBlueButton,
 * Vaultwarden), Java and infrastructure tools (Jira, Confluence, SonarQube, Nexus, Harbor, MinIO,
 * Keycloak), their docker-compose files, install commands and deployment notes. Hard negatives are
 * the same apps' sample configs, documented defaults, references to values kept elsewhere, masked
 * exports, placeholders, policy settings and public keys. Written blind, before reading how the
 * detector handles these files (issue 11); corrections after the blind run are in the git history.
 */
export const selfHostedApps: CategoryTemplates = {
  positives: [...phpPositives, ...platformPositives, ...opsPositives, ...deployPositives],
  negatives: selfHostedNegatives,
};
