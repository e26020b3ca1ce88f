import type { CategoryTemplates } from '../../draft';
import { devicePositives } from './devices';
import { netNegatives } from './negatives';
import { servicePositives } from './services';
import { vpnWifiPositives } from './vpnWifi';

/**
 * Credentials in network-device and infrastructure-service configuration files: router, switch and
 * firewall configs (Cisco, Arista, Juniper, MikroTik, FortiGate, pfSense/OPNsense, VyOS, Aruba,
 * Huawei, FRR, BIRD), VPN, Wi-Fi and network authentication files (wpa_supplicant, hostapd,
 * NetworkManager, strongSwan, OpenVPN, WireGuard, ppp, FreeRADIUS, TACACS+, SNMP, NTP) and
 * services' own config files (Asterisk, keepalived, Redis, JAAS, WebLogic, WildFly, Tomcat, mail
 * servers, LDAP, monitoring, backup, DNS TSIG, Consul/Nomad, MQTT, Ceph...). Written blind, before
 * changing the detector (issue 11).
 */
export const netConfigs: CategoryTemplates = {
  positives: [...devicePositives, ...vpnWifiPositives, ...servicePositives],
  negatives: netNegatives,
};
