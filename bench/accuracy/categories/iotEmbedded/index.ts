import type { CategoryTemplates } from '../../draft';
import { cloudDevicePositives } from './cloudDevices';
import { homeAutomationPositives } from './homeAutomation';
import { iotNegatives } from './negatives';
import { sketchPositives } from './sketches';

/**
 * Credentials in IoT, home-automation, embedded and maker code, which AI assistants scaffold all
 * the time: Arduino/ESP sketches and headers, PlatformIO, MicroPython/CircuitPython, ESP-IDF and
 * Zephyr configs, LoRaWAN keys, ESPHome, Home Assistant, Node-RED, Zigbee2MQTT, Tasmota, MQTT
 * clients, OctoPrint, cameras, device clouds (Azure IoT Hub, Particle, TTN, Blynk, ThingSpeak,
 * Adafruit IO) and Raspberry Pi images. Written blind, before changing the detector (issue 11).
 */
export const iotEmbedded: CategoryTemplates = {
  positives: [...sketchPositives, ...homeAutomationPositives, ...cloudDevicePositives],
  negatives: iotNegatives,
};
