import type { CategoryTemplates } from '../../draft';
import { buildPositives } from './build';
import { autoNegatives } from './negatives';
import { otaPositives } from './ota';
import { vehiclePositives } from './vehicle';

/**
 * Credentials in automotive and embedded-Linux product engineering, the build/OTA/vehicle side
 * (iot-embedded has the maker and home-automation side): Yocto/BitBake and Buildroot builds and
 * their mirrors, U-Boot, secure-boot and update signing material, rootfs overlays, firmware CI,
 * OTA stacks (Mender, SWUpdate, RAUC, hawkBit, balena, Torizon, Greengrass, FleetWise),
 * connected-car APIs, EV charging (OCPP, OCPI, Hubject), diagnostics keys, Android Automotive
 * signing. Hard negatives are shipped samples, references, checksums, public keys and the many
 * vehicle ids that are not secrets. Written blind, before reading how the detector handles these
 * files (issue 11); corrections after the blind run are in the git history.
 */
export const automotiveEmbedded: CategoryTemplates = {
  positives: [...buildPositives, ...otaPositives, ...vehiclePositives],
  negatives: autoNegatives,
};
