import type { CategoryTemplates } from '../../draft';
import { feedPositives } from './feeds';
import { gymPositives } from './gyms';
import { sportsNegatives } from './negatives';
import { wearablePositives } from './wearables';

/**
 * Credentials of sports clubs, gyms, studios and fitness developers as their coaches, volunteers
 * and developers write them: wearable and training APIs (Strava, Garmin, Fitbit, Polar, Oura, WHOOP,
 * Withings), gym and studio management (Mindbody, Zen Planner, Glofox, ABC Fitness, ClubReady),
 * bookings and payments (Stripe, GoCardless, Square), sports data feeds (Sportradar, Opta, API-Football,
 * TheOddsAPI, Genius Sports), league management (TeamSnap, SportsEngine), ticketing (Ticketmaster),
 * video analysis (Hudl, Veo), smart equipment (Peloton, Zwift, Concept2), Home Assistant and ESP32
 * gym sensors, club WordPress sites, login sheets and hand-over notes. Hard negatives are the public
 * ids, placeholders and references around them. Written blind, before reading how the detector
 * handles these files (issue 11); corrections after the blind run are in the git history.
 */
export const sportsFitness: CategoryTemplates = {
  positives: [...wearablePositives, ...gymPositives, ...feedPositives],
  negatives: sportsNegatives,
};
