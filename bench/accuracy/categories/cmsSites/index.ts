import type { CategoryTemplates } from '../../draft';
import { headlessPositives } from './headless';
import { cmsNegatives } from './negatives';
import { phpCmsPositives } from './phpCms';
import { sitePositives } from './sites';
import { wordpressPositives } from './wordpress';

/**
 * Credentials of content management systems, their plugins and the static-site and headless stacks
 * around them: WordPress (wp-config.php beyond the database: plugin constants, WP Offload Media,
 * licence keys, reCAPTCHA, Redis; wp-cli.yml; option dumps with serialized UpdraftPlus and WP Mail
 * SMTP settings; wp_users hashes; Bedrock), Drupal, Joomla, TYPO3, Craft, Concrete, October/Winter,
 * Matomo; Ghost, Strapi, Directus, Payload, Keystone, Contentful, Sanity, Storyblok, Prismic, DatoCMS,
 * Hygraph, Builder.io, Decap's OAuth provider; Umbraco, Sitecore, Kentico, DNN; Hugo, Gatsby, Next.js,
 * Netlify and Vercel deploys, Algolia admin keys, Cloudinary, Mailgun, Disqus, Isso/Commento. Hard
 * negatives are shipped samples, env reads, public keys the providers document as safe, nonces,
 * cache keys, option names, translation strings and theme settings. Written blind, before reading
 * how the detector handles these files (issue 11); corrections after the blind run are in the git
 * history.
 */
export const cmsSites: CategoryTemplates = {
  positives: [...wordpressPositives, ...phpCmsPositives, ...headlessPositives, ...sitePositives],
  negatives: cmsNegatives,
};
