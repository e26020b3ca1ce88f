import type { CategoryTemplates } from '../../draft';
import { deviceFirmwarePositives } from './farmDevices';
import { agriNegatives } from './negatives';
import { platformPositives } from './platforms';
import { sensorPositives } from './sensors';

/**
 * Credentials of farms, agronomy consultancies and ag-tech integrators as they write them: farm-data
 * platforms (John Deere Operations Center, Climate FieldView, CNH FieldOps, AGCO, Trimble Ag, AgLeader
 * AgFiniti, Farmers Business Network, Agworld), satellite imagery (Planet, Sentinel Hub, NASA Earthdata,
 * Copernicus), weather stations (Davis WeatherLink v2, Ambient Weather), irrigation (Rachio, Hydrawise,
 * pivot portals), LoRaWAN networks (The Things Stack, ChirpStack, Helium), greenhouse and barn
 * controllers (Priva, Lely, DeLaval), livestock RFID readers and scales, ESP32/Arduino/MicroPython
 * firmware, ESPHome, Node-RED, Blynk, Particle, Home Assistant, Modbus gateways, farm spreadsheets and
 * shared login sheets. Hard negatives are the public ids, placeholders and references around them.
 * Written blind, before reading how the detector handles these files (issue 11); corrections after the
 * blind run are in the git history.
 */
export const agricultureIot: CategoryTemplates = {
  positives: [...platformPositives, ...sensorPositives, ...deviceFirmwarePositives],
  negatives: agriNegatives,
};
