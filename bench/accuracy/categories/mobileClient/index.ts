import type { CategoryTemplates } from '../../draft';
import { androidPositives } from './android';
import { backendPositives } from './backends';
import { crossPlatformPositives } from './crossPlatform';
import { firebaseConfigPositives } from './firebaseConfigs';
import { iosPositives } from './ios';
import { mobileNegatives } from './negatives';

/**
 * Credentials in mobile and client-side app code and its build/release tooling: Android Gradle
 * signing and properties, manifests and resources; iOS plists, xcconfigs, Swift/Objective-C,
 * `.p8` keys and fastlane; Flutter, React Native, Expo/EAS, Ionic/Capacitor, Cordova, Unity and
 * MAUI; app backends called from clients; mobile CI (GitHub Actions, Bitrise, Codemagic, App
 * Center). Keys their providers publish as client-side (Stripe publishable, Supabase anon, Mapbox
 * pk., Algolia search-only, RevenueCat SDK keys, Sentry DSN) are hard negatives; Firebase config
 * API keys are positives under the project's policy (./firebaseConfigs). Written blind, before
 * reading how the detector handles these shapes (issue 11); corrections after the blind run are
 * in the git history.
 */
export const mobileClient: CategoryTemplates = {
  positives: [
    ...androidPositives,
    ...iosPositives,
    ...crossPlatformPositives,
    ...backendPositives,
    ...firebaseConfigPositives,
  ],
  negatives: mobileNegatives,
};
