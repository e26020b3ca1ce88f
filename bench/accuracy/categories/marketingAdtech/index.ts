import type { CategoryTemplates } from '../../draft';
import { martechPositives } from './martech';
import { adtechNegatives } from './negatives';
import { pipelinePositives } from './pipelines';
import { searchPositives } from './search';
import { socialPositives } from './social';

/**
 * Credentials of marketing and ad tech as agencies, growth teams and marketing engineers write
 * them: Google Ads API (`google-ads.yaml`, `ads.properties`, `google_ads_php.ini`, Ruby, .NET and
 * Node clients, developer tokens in REST calls), GA4 Measurement Protocol API secrets, DV360
 * service accounts, Microsoft Advertising and Amazon Ads; Meta Marketing and Conversions API,
 * TikTok, LinkedIn, Snapchat, Pinterest and X Ads; The Trade Desk, Criteo, Taboola and Outbrain;
 * mobile measurement (AppsFlyer, Adjust, Branch, Kochava), CDPs (Segment, mParticle), engagement
 * and e-mail (Braze, Iterable, Klaviyo, Mailchimp, Mandrill, HubSpot, Marketo, Pardot, SFMC),
 * product analytics (Mixpanel, Amplitude), affiliate networks (CJ, Impact, Rakuten, Awin), reverse
 * ETL (Hightouch, Census); SFTP audience uploads, Airflow, dbt, Terraform, notebooks, compose,
 * Kubernetes, CSV credential sheets, runbooks, Mautic and Matomo. Hard negatives are tag snippets
 * and client-side keys the vendors document as public, templates, references, click ids and hashed
 * match keys. Written blind, before reading how the detector handles these files (issue 11);
 * corrections after the blind run are in the git history.
 */
export const marketingAdtech: CategoryTemplates = {
  positives: [...searchPositives, ...socialPositives, ...martechPositives, ...pipelinePositives],
  negatives: adtechNegatives,
};
