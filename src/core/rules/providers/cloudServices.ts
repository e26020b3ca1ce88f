import type { Rule } from '../types';
import { ageRules } from './age';
import { alibabaRules } from './alibaba';
import { azureRules } from './azure';
import { cloudflareRules } from './cloudflare';
import { databricksRules } from './databricks';
import { digitaloceanRules } from './digitalocean';
import { dopplerRules } from './doppler';
import { firebaseRules } from './firebase';
import { flyioRules } from './flyio';
import { gcpRules } from './gcp';
import { hashicorpVaultRules } from './hashicorpVault';
import { herokuRules } from './heroku';
import { hetznerRules } from './hetzner';
import { kubernetesRules } from './kubernetes';
import { linodeRules } from './linode';
import { neonRules } from './neon';
import { netlifyRules } from './netlify';
import { onePasswordRules } from './onePassword';
import { planetscaleRules } from './planetscale';
import { pulumiRules } from './pulumi';
import { railwayRules } from './railway';
import { renderRules } from './render';
import { scalewayRules } from './scaleway';
import { snowflakeRules } from './snowflake';
import { supabaseRules } from './supabase';
import { tencentRules } from './tencent';
import { terraformRules } from './terraform';
import { upstashRules } from './upstash';
import { vercelRules } from './vercel';
import { vultrRules } from './vultr';

/**
 * Catalogue section; see ../index.ts for ordering. Cloud and infrastructure providers. Within each
 * provider, prefixed (self-identifying) formats come before the context-dependent ones, so a
 * prefixed token under a provider-named variable is reported by its specific rule.
 */
export const cloudRules: readonly Rule[] = [
  ...gcpRules,
  ...azureRules,
  ...alibabaRules,
  ...tencentRules,
  ...digitaloceanRules,
  ...herokuRules,
  ...netlifyRules,
  ...vercelRules,
  ...flyioRules,
  ...cloudflareRules,
  ...databricksRules,
  ...hashicorpVaultRules,
  ...terraformRules,
  ...pulumiRules,
  ...dopplerRules,
  ...onePasswordRules,
  ...ageRules,
  ...supabaseRules,
  ...firebaseRules,
  ...planetscaleRules,
  ...kubernetesRules,
  ...neonRules,
  ...renderRules,
  ...snowflakeRules,
  ...railwayRules,
  ...upstashRules,
  ...linodeRules,
  ...vultrRules,
  ...scalewayRules,
  ...hetznerRules,
];
