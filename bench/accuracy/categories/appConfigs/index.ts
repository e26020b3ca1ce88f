import type { CategoryTemplates } from '../../draft';
import { jvmDotnetPositives } from './jvmDotnet';
import { mobilePositives } from './mobile';
import { clientNegatives } from './negativesClient';
import { serverNegatives } from './negativesServer';
import { scriptFrameworkPositives } from './scriptFrameworks';
import { webDesktopPositives } from './webDesktop';

/**
 * Issue 11, app-configs: credentials as application frameworks and mobile/desktop app projects
 * keep them (Spring, Quarkus, Micronaut, ASP.NET, Laravel, Symfony, Rails, Django, Flask,
 * Express/Nest/Next/Nuxt/Vite, Electron/Tauri, Android, iOS, Flutter, React Native, identity
 * provider client configs, package-manager auth files).
 *
 * Counted: literal passwords, client secrets, signing secrets, service and registry tokens, Google
 * API keys (billing-bearing even when shipped in an app), keystore passwords, and literal fallbacks
 * written into env lookups. Not counted: env/placeholder references with no literal, encrypted
 * values, masked values, documented stand-ins, setting names, and values public by design (public
 * client ids, Firebase project identifiers, publishable keys, the Supabase anon key, Sentry DSNs,
 * updater public keys); see negativesClient.ts for why each is public.
 */
export const appConfigs: CategoryTemplates = {
  positives: [...jvmDotnetPositives, ...scriptFrameworkPositives, ...webDesktopPositives, ...mobilePositives],
  negatives: [...serverNegatives, ...clientNegatives],
};
