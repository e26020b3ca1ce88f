import type { CategoryTemplates } from '../../draft';
import { ingestPositives } from './ingest';
import { mediaNegatives } from './negatives';
import { platformPositives } from './platforms';
import { productionPositives } from './production';

/**
 * Credentials in media, streaming and broadcast engineering as streamers, broadcast engineers and
 * video-platform developers write them: ingest stream keys and SRT/RIST passphrases (OBS profiles,
 * ffmpeg and GStreamer lines, nginx-rtmp, SRS, MediaMTX, Wowza, Red5 Pro, Ant Media), platform APIs
 * (Mux, Brightcove, Kaltura, JW Player, Vimeo, Cloudflare Stream), CDN token auth (Akamai EdgeAuth,
 * CloudFront signers, Fastly, Bunny.net), AWS Elemental, DRM (content keys, Widevine signers,
 * PlayReady seeds, FairPlay ASKs, EZDRM, BuyDRM, PallyCon, Axinom), the facility (ENPS/iNews,
 * CasparCG, Vizrt, NDI, Dante, vMix, automation), MAM (Frame.io, Iconik, Dalet, Avid), ad insertion,
 * podcast hosts, music/audio APIs, captioning and transcoding services. Hard negatives are public
 * URLs and player keys, manifests, KIDs and PSSH boxes, signed-URL signatures, catalogue ids,
 * placeholders and references. Written blind, before reading how the detector handles these files;
 * corrections after the blind run are in the git history.
 */
export const mediaBroadcast: CategoryTemplates = {
  positives: [...ingestPositives, ...platformPositives, ...productionPositives],
  negatives: mediaNegatives,
};
