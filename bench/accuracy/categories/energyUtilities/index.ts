import type { CategoryTemplates } from '../../draft';
import { gridPositives } from './grid';
import { energyNegatives } from './negatives';
import { scadaPositives } from './scada';
import { telemetryPositives } from './telemetry';

/**
 * Credentials in energy, utilities and industrial control as OT engineers, utility developers and
 * solar/battery owners write them: SCADA/HMI projects (Ignition, WinCC and WinCC OA, FactoryTalk View,
 * AVEVA InTouch), historians (OSIsoft PI, AVEVA, Proficy, Canary, InfluxDB), OPC UA clients and
 * certificate stores, IEC 61850/DNP3/IEC 104 gateways, PLC tools (snap7, CODESYS, TwinCAT), relays and
 * substation switches (SEL, Hirschmann, RuggedCom, Moxa), smart-meter head-ends (DLMS/COSEM keys and
 * LLS passwords), EV charging (OCPP, SteVe), solar and batteries (SolarEdge, Enphase, Fronius, SMA,
 * Tesla, Victron), grid and market APIs (ENTSO-E, EIA, Octopus Energy, WattTime, Electricity Maps),
 * MQTT brokers, Node-RED, Telegraf and Grafana, water telemetry, runbooks and chat pastes. Hard
 * negatives are the plant's identifiers, encrypted or referenced secrets, placeholders and published
 * test vectors. Written blind, before reading how the detector handles these files; corrections
 * after the blind run are in the git history.
 */
export const energyUtilities: CategoryTemplates = {
  positives: [...scadaPositives, ...gridPositives, ...telemetryPositives],
  negatives: energyNegatives,
};
