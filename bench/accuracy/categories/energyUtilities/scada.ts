import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * energy-utilities positives from the control room and the plant floor: Ignition gateways (compose
 * env, Jython scripts), WinCC (VBScript ADO strings, WinCC OA RDB archive config), FactoryTalk View SE
 * VBA, AVEVA/Wonderware InTouch SQLConnect and Historian SDK, GE Proficy Historian, OSIsoft PI (PI Web
 * API clients, AF SDK, PI Integrator), OPC UA clients (asyncua, node-opcua, Eclipse Milo, .NET,
 * Telegraf's opcua input, Kepware's config API, PKCS#12 passwords), IEC 61850 MMS authentication,
 * DNP3 Secure Authentication update keys, Modbus gateways, PLC tools (python-snap7 session passwords,
 * CODESYS IIoT MQTT clients in Structured Text, TwinCAT routes), SEL relay access levels, Moxa and
 * Hirschmann switches. Values generated at run time.
 */
export const scadaPositives: readonly Template[] = [
  template('ignition-compose-admin', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['docker-compose.yml', 'ignition/docker-compose.yaml', 'deploy/compose.yml']),
      lines: [
        'services:',
        '  gateway:',
        '    image: inductiveautomation/ignition:8.1.43',
        '    ports:',
        '      - "8088:8088"',
        '    environment:',
        '      ACCEPT_IGNITION_EULA: "Y"',
        '      GATEWAY_ADMIN_USERNAME: admin',
        sec(`      GATEWAY_ADMIN_PASSWORD: ${p}`, p),
        '      IGNITION_EDITION: standard',
        `      GATEWAY_SYSTEM_NAME: ${v.site(g)}-gw`,
        '    volumes:',
        '      - gw-data:/usr/local/bin/ignition/data',
        'volumes:',
        '  gw-data:',
      ],
    };
  }),
  template('ignition-jython-httpclient', (g) => {
    const p = v.pass(g).replace(/'/g, '');
    return {
      path: `ignition/projects/${v.site(g)}/ignition/script-python/integrations/cmms/code.py`,
      lines: [
        '# Pushes work orders to the CMMS when a pump alarm latches.',
        'client = system.net.httpClient(timeout=10000)',
        '',
        'def createWorkOrder(tagPath, message):',
        '    payload = {"asset": tagPath, "description": message, "priority": 2}',
        '    resp = client.post(',
        `        "https://cmms.${v.site(g)}-utility.com/api/workorders",`,
        '        data=payload,',
        '        username="ignition_svc",',
        sec(`        password='${p}',`, p),
        '    )',
        '    return resp.good',
      ],
    };
  }),
  template('ignition-db-connection-json', (g) => {
    const p = v.plain(g);
    return {
      path: 'data/config/resources/core/ignition/database-connection/Historian/config.json',
      lines: [
        '{',
        '  "connectURL": "jdbc:sqlserver://sql01.plant.corp:1433;databaseName=IgnitionHistory",',
        '  "driver": "MSSQL JDBC Driver",',
        '  "username": "ignition",',
        sec(`  "password": "${p}",`, p),
        '  "translator": "MSSQL",',
        '  "validationQuery": "SELECT 1"',
        '}',
      ],
    };
  }),
  template('wincc-vbs-ado', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['WinCC/Scripts/ActionScripts/ExportShiftReport.bac.vbs', 'scripts/wincc/ReportExport.vbs']),
      lines: [
        'Option Explicit',
        'Function action',
        'Dim conn, rs, sql',
        'Set conn = CreateObject("ADODB.Connection")',
        sec(
          `conn.ConnectionString = "Provider=SQLOLEDB;Data Source=${v.otHost(g)}\\WINCC;Initial Catalog=ShiftReports;User ID=wincc_rpt;Password=${p};"`,
          p,
        ),
        'conn.Open',
        'sql = "INSERT INTO Shift (Line, Counter) VALUES (1, " & HMIRuntime.Tags("Line1_Count").Read & ")"',
        'conn.Execute sql',
        'conn.Close',
        'End Function',
      ],
    };
  }),
  template('winccoa-rdb-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/config', 'WinCC_OA_Proj/config/config']),
      lines: [
        '[general]',
        `pvss_path = "C:/Siemens/Automation/WinCC_OA/3.19"`,
        `proj_path = "D:/Projects/${v.site(g)}_SCADA"`,
        'proj_version = "3.19"',
        'langs = "en_US.utf8"',
        '',
        '[ValueArchiveRDB]',
        'DbType = "ORACLE"',
        `Db = "${v.site(g).toUpperCase()}HIST"`,
        'DbUser = "wincc_arc"',
        sec(`DbPass = "${p}"`, p),
        'writeWithBulk = 1',
      ],
    };
  }),
  template('factorytalk-vba-adodb', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['FTView/HMI Projects/Line3/VBA/ThisDisplay.bas', 'vba/BatchLogger.bas']),
      lines: [
        'Private Sub Display_AnimationStart()',
        '    Dim cn As New ADODB.Connection',
        sec(`    cn.Open "Driver={SQL Server};Server=${v.otHost(g)};Database=BatchHistory;Uid=ftview;Pwd=${p};"`, p),
        '    Dim rs As ADODB.Recordset',
        '    Set rs = cn.Execute("SELECT TOP 10 BatchID, Recipe FROM Batches ORDER BY StartTime DESC")',
        '    ListBox1.Clear',
        '    Do While Not rs.EOF',
        '        ListBox1.AddItem rs!BatchID & " " & rs!Recipe',
        '        rs.MoveNext',
        '    Loop',
        'End Sub',
      ],
    };
  }),
  template('intouch-sqlconnect', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['InTouch/Scripts/AppStartup.txt', 'intouch/quickscripts/on_startup.script']),
      lines: [
        '{ Application startup: open the SQL link for the alarm log }',
        'ResultCode = SQLConnect( ConnectionID,',
        sec(`    "DSN=AlarmDB;UID=intouch;PWD=${p};" );`, p),
        'IF ResultCode <> 0 THEN',
        '    LogMessage("SQLConnect failed: " + SQLErrorMsg(ResultCode));',
        'ENDIF;',
      ],
    };
  }),
  template('aveva-historian-sdk', (g) => {
    const p = v.pass(g).replace(/"/g, '');
    return {
      path: g.pick(['src/HistorianExport/Program.cs', 'Tools/TagDump/HistorianReader.cs']),
      lines: [
        'using ArchestrA;',
        '',
        'var access = new HistorianAccess();',
        'var args = new HistorianConnectionArgs',
        '{',
        `    ServerName = "${v.otHost(g)}",`,
        '    TcpPort = 32568,',
        '    IntegratedSecurity = false,',
        '    UserName = "histreader",',
        sec(`    Password = "${p}",`, p),
        '    ConnectionType = HistorianConnectionType.Process,',
        '};',
        'if (!access.OpenConnection(args, out var error))',
        '    Console.Error.WriteLine(error.ErrorDescription);',
      ],
    };
  }),
  template('proficy-historian-connect', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['src/ProficyExtract.cs', 'HistorianBridge/Connector.cs']),
      lines: [
        'using Proficy.Historian.ClientAccess.API;',
        '',
        'public static class Connector',
        '{',
        '    public static ServerConnection Open()',
        '    {',
        '        var conn = new ServerConnection(',
        sec(
          `            new ConnectionProperties { ServerName = "${v.otHost(g)}", Username = "ihreader", Password = "${p}" });`,
          p,
        ),
        '        conn.Connect();',
        '        return conn;',
        '    }',
        '}',
      ],
    };
  }),
  template('pi-webapi-python-basic', (g) => {
    const p = v.pass(g).replace(/'/g, '');
    return {
      path: g.pick(['etl/pi_pull.py', 'scripts/piwebapi_export.py']),
      lines: [
        'import requests',
        'from requests.auth import HTTPBasicAuth',
        '',
        `PI_WEB_API = "https://${v.otHost(g)}/piwebapi"`,
        sec(`AUTH = HTTPBasicAuth("CORP\\\\svc_piwebapi", '${p}')`, p),
        '',
        'def recorded(web_id, start="*-1d", end="*"):',
        '    url = f"{PI_WEB_API}/streams/{web_id}/recorded"',
        '    r = requests.get(url, params={"startTime": start, "endTime": end}, auth=AUTH, verify=False)',
        '    r.raise_for_status()',
        '    return r.json()["Items"]',
      ],
    };
  }),
  template('pi-webapi-curl', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['docs/pi-web-api.md', 'runbooks/historian-checks.md']),
      lines: [
        '## Check the PI Web API from the jump host',
        '',
        '```sh',
        sec(`curl -k -u 'svc_piread:${p}' https://${v.otHost(g)}/piwebapi/dataservers`, p),
        '```',
        '',
        'A 401 means the Kerberos fallback is off; Basic is enabled on this instance only.',
      ],
    };
  }),
  template('pi-afsdk-credential', (g) => {
    const p = v.pass(g).replace(/"/g, '');
    return {
      path: g.pick(['src/AfSync/PiConnection.cs', 'PIToolkit/Connect.cs']),
      lines: [
        'using OSIsoft.AF.PI;',
        'using System.Net;',
        '',
        'var servers = new PIServers();',
        `var server = servers["${v.site(g).toUpperCase()}-PI01"];`,
        sec(`var cred = new NetworkCredential("pi_interface", "${p}", "PLANT");`, p),
        'server.Connect(cred, PIAuthenticationMode.WindowsAuthentication);',
        'Console.WriteLine($"Connected to {server.Name} {server.ServerVersion}");',
      ],
    };
  }),
  template('pi-integrator-appsettings', (g) => {
    const p = v.plain(g);
    return {
      path: 'PIIntegrator/appsettings.Production.json',
      lines: [
        '{',
        '  "Target": {',
        '    "Type": "SqlServer",',
        `    "ConnectionString": "Server=sql-analytics.corp.local;Database=PIExport;User Id=pi_integrator;Password=${p};"`,
        '  },',
        '  "Logging": { "LogLevel": { "Default": "Warning" } }',
        '}',
      ].map((l) => (l.includes(p) ? sec(l, p) : l)),
    };
  }),
  template('asyncua-client-user', (g) => {
    const p = v.pass(g).replace(/"/g, '');
    return {
      path: g.pick(['opcua/collector.py', 'src/opc_bridge.py']),
      lines: [
        'import asyncio',
        'from asyncua import Client',
        '',
        `URL = "opc.tcp://${v.otHost(g)}:4840/freeopcua/server/"`,
        '',
        'async def main():',
        '    client = Client(url=URL)',
        `    client.set_user("${v.opUser(g)}")`,
        sec(`    client.set_password("${p}")`, p),
        '    await client.set_security_string("Basic256Sha256,SignAndEncrypt,certs/client.der,certs/client.pem")',
        '    async with client:',
        '        node = client.get_node("ns=2;s=Boiler1.Drum.Level")',
        '        print(await node.read_value())',
      ],
    };
  }),
  template('node-opcua-useridentity', (g) => {
    const p = v.pass(g).replace(/'/g, '');
    return {
      path: g.pick(['src/opcua.ts', 'lib/plc-reader.js']),
      lines: [
        "import { OPCUAClient, MessageSecurityMode, SecurityPolicy, UserTokenType } from 'node-opcua';",
        '',
        'const client = OPCUAClient.create({',
        '  securityMode: MessageSecurityMode.SignAndEncrypt,',
        '  securityPolicy: SecurityPolicy.Basic256Sha256,',
        '  endpointMustExist: false,',
        '});',
        `await client.connect('opc.tcp://${v.otHost(g)}:49320');`,
        'const session = await client.createSession({',
        '  type: UserTokenType.UserName,',
        `  userName: '${v.opUser(g)}',`,
        sec(`  password: '${p}',`, p),
        '});',
      ],
    };
  }),
  template('milo-username-provider', (g) => {
    const p = v.pass(g).replace(/"/g, '');
    return {
      path: 'src/main/java/com/utility/opc/MiloClientFactory.java',
      lines: [
        'package com.utility.opc;',
        '',
        'import org.eclipse.milo.opcua.sdk.client.OpcUaClient;',
        'import org.eclipse.milo.opcua.sdk.client.api.identity.UsernameProvider;',
        '',
        'public final class MiloClientFactory {',
        '    public static OpcUaClient create(String endpoint) throws Exception {',
        '        return OpcUaClient.create(endpoint, endpoints -> endpoints.stream().findFirst(),',
        '            cfg -> cfg.setApplicationName(LocalizedText.english("historian-bridge"))',
        sec(`                .setIdentityProvider(new UsernameProvider("${v.opUser(g)}", "${p}"))`, p),
        '                .build());',
        '    }',
        '}',
      ],
    };
  }),
  template('dotnet-opcua-useridentity', (g) => {
    const p = v.pass(g).replace(/"/g, '');
    return {
      path: g.pick(['OpcClient/SessionFactory.cs', 'src/Gateway/OpcSession.cs']),
      lines: [
        'using Opc.Ua;',
        'using Opc.Ua.Client;',
        '',
        `var endpoint = CoreClientUtils.SelectEndpoint(config, "opc.tcp://${v.otHost(g)}:4840", useSecurity: true);`,
        sec(`var identity = new UserIdentity("${v.opUser(g)}", "${p}");`, p),
        'var session = await Session.Create(config, new ConfiguredEndpoint(null, endpoint), false,',
        '    "GatewaySession", 60000, identity, null);',
      ],
    };
  }),
  template('telegraf-opcua-input', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['telegraf/telegraf.d/opcua.conf', '/etc/telegraf/telegraf.d/plant-opcua.conf']),
      lines: [
        '[[inputs.opcua]]',
        '  name = "boiler_house"',
        `  endpoint = "opc.tcp://${v.otHost(g)}:4840"`,
        '  security_policy = "Basic256Sha256"',
        '  security_mode = "SignAndEncrypt"',
        '  certificate = "/etc/telegraf/pki/cert.pem"',
        '  private_key = "/etc/telegraf/pki/key.pem"',
        '  auth_method = "UserName"',
        `  username = "${v.opUser(g)}"`,
        sec(`  password = "${p}"`, p),
        '  nodes = [',
        '    {name="drum_level", namespace="2", identifier_type="s", identifier="Boiler1.Drum.Level"},',
        '  ]',
      ],
    };
  }),
  template('kepware-config-api-curl', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/kepware-backup.sh', 'ops/kepserver_export.sh']),
      lines: [
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        '# Nightly export of the KEPServerEX project through the Configuration API.',
        `KEP_HOST=${v.otHost(g)}`,
        sec(`curl -s -u "Administrator:${p}" "http://$KEP_HOST:57412/config/v1/project" \\`, p),
        '  -o "/backup/kepware/project-$(date +%F).json"',
      ],
    };
  }),
  template('opcua-pkcs12-password', (g) => {
    const p = v.plain(g);
    return {
      path: 'src/main/java/com/utility/opc/KeyStoreLoader.java',
      lines: [
        'package com.utility.opc;',
        '',
        'import java.security.KeyStore;',
        '',
        'final class KeyStoreLoader {',
        '    private static final String CLIENT_ALIAS = "client-ai";',
        sec(`    private static final char[] PASSWORD = "${p}".toCharArray();`, p),
        '',
        '    KeyStore load(java.nio.file.Path file) throws Exception {',
        '        KeyStore keyStore = KeyStore.getInstance("PKCS12");',
        '        try (var in = java.nio.file.Files.newInputStream(file)) { keyStore.load(in, PASSWORD); }',
        '        return keyStore;',
        '    }',
        '}',
      ],
    };
  }),
  template('iec61850-mms-auth-c', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['src/goose_monitor.c', 'client/mms_poll.c']),
      lines: [
        '#include "iec61850_client.h"',
        '',
        'int main(void)',
        '{',
        '    IedClientError error;',
        '    IedConnection con = IedConnection_create();',
        '    MmsConnection mms = IedConnection_getMmsConnection(con);',
        '    IsoConnectionParameters params = MmsConnection_getIsoConnectionParameters(mms);',
        '    AcseAuthenticationParameter auth = AcseAuthenticationParameter_create();',
        '    AcseAuthenticationParameter_setAuthMechanism(auth, ACSE_AUTH_PASSWORD);',
        sec(`    AcseAuthenticationParameter_setPassword(auth, "${p}");`, p),
        '    IsoConnectionParameters_setAcseAuthenticationParameter(params, auth);',
        `    IedConnection_connect(con, &error, "${v.otHost(g)}", 102);`,
        '    return error == IED_ERROR_OK ? 0 : 1;',
        '}',
      ],
    };
  }),
  template('dnp3-sav5-update-key', (g) => {
    const k = v.dnp3UpdateKey(g);
    return {
      path: g.pick(['config/dnp3_outstation.xml', 'gateway/dnp3/master-sa.xml']),
      lines: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<DNP3Master>',
        `  <Link localAddress="1" remoteAddress="${g.between(10, 400)}" />`,
        `  <Channel host="${v.otHost(g)}" port="20000" />`,
        '  <SecureAuthentication version="5" enabled="true">',
        `    <User number="1" role="OPERATOR" />`,
        sec(`    <UpdateKey algorithm="${k.length === 32 ? 'AES-128' : 'AES-256'}">${k}</UpdateKey>`, k),
        '    <MacAlgorithm>HMAC-SHA256-16</MacAlgorithm>',
        '  </SecureAuthentication>',
        '</DNP3Master>',
      ],
    };
  }),
  template('moxa-mgate-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick([`configs/moxa/mgate-${v.site(g)}.ini`, 'backup/MGate_MB3170.ini']),
      lines: [
        '[System]',
        `ServerName=MGate_${v.site(g)}`,
        'ServerLocation=Pump station 4',
        '[Network]',
        `IPAddress=10.20.${g.between(1, 9)}.${g.between(10, 90)}`,
        '[Modbus]',
        'Mode=RTU Master',
        'Baudrate=19200',
        '[Account]',
        'AdminName=admin',
        sec(`AdminPassword=${p}`, p),
      ],
    };
  }),
  template('snap7-session-password', (g) => {
    const p = v.llsPass(g);
    return {
      path: g.pick(['plc/s7_reader.py', 'tools/read_db.py']),
      lines: [
        'import snap7',
        '',
        'plc = snap7.client.Client()',
        sec(`plc.set_session_password("${p}")  # CPU protection level 2: read access with password`, p),
        `plc.connect("${v.otHost(g)}", 0, 1)`,
        'data = plc.db_read(10, 0, 32)',
        'print(snap7.util.get_real(data, 0))',
      ],
    };
  }),
  template('codesys-st-mqtt-client', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['PLC/POUs/FB_TelemetryPublisher.st', 'src/Application/MqttPublish.st']),
      lines: [
        'FUNCTION_BLOCK FB_TelemetryPublisher',
        'VAR',
        '    mqttClient : MQTT.MQTTClient;',
        `    sHostname : STRING := '${v.otHost(g)}';`,
        '    uiPort : UINT := 8883;',
        '    wsUsername : WSTRING := "plc_telemetry";',
        sec(`    wsPassword : WSTRING := "${p}";`, p),
        '    xEnable : BOOL := TRUE;',
        'END_VAR',
        '',
        'mqttClient(xEnable := xEnable, sHostname := sHostname, uiPort := uiPort,',
        '    wsUsername := wsUsername, wsPassword := wsPassword);',
      ],
    };
  }),
  template('st-comment-login', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['PLC/POUs/PRG_Main.st', 'Lift_Station/Main.st']),
      lines: [
        '(*',
        ' * Lift station 7 main program.',
        ' * Panel HMI runtime login for commissioning:',
        sec(` *   user: maint   password: ${p}`, p),
        ' *)',
        'PROGRAM PRG_Main',
        'VAR',
        '    fbPump1 : FB_Pump;',
        '    fbPump2 : FB_Pump;',
        'END_VAR',
        'fbPump1(xStart := Wetwell.rLevel > 2.4, rSpeed := 85.0);',
      ],
    };
  }),
  template('twincat-ads-route', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/add-ads-route.ps1', 'deploy/twincat-route.ps1']),
      lines: [
        '# Registers the engineering laptop as an ADS route on the IPC',
        'Import-Module TcXaeMgmt',
        `$target = "${v.otHost(g)}"`,
        sec(
          `Add-AdsRoute -Name "ENG-LAPTOP" -Address $target -NetId 5.${g.between(1, 90)}.${g.between(1, 200)}.11.1.1 -Username Administrator -Password "${p}" -Force`,
          p,
        ),
        'Get-AdsRoute -Address $target',
      ],
    };
  }),
  template('sel-relay-telnet-python', (g) => {
    const p1 = v.plain(g);
    const p2 = v.plain(g);
    return {
      path: g.pick(['tools/sel_event_pull.py', 'relay/collect_events.py']),
      lines: [
        'import telnetlib',
        '',
        `RELAY = "${v.otHost(g)}"`,
        sec(`ACC_PASSWORD = "${p1}"`, p1),
        sec(`TWOAC_PASSWORD = "${p2}"`, p2),
        '',
        'tn = telnetlib.Telnet(RELAY, 23, timeout=10)',
        'tn.write(b"ACC\\r\\n")',
        'tn.read_until(b"Password: ?")',
        'tn.write(ACC_PASSWORD.encode() + b"\\r\\n")',
        'tn.write(b"HIS E\\r\\n")',
      ],
    };
  }),
  template('sel-ansible-vars', (g) => {
    const p1 = v.plain(g);
    const p2 = v.plain(g);
    return {
      path: g.pick([`inventory/host_vars/${v.site(g)}-351s.yml`, 'group_vars/sel_relays.yml']),
      lines: [
        '---',
        'relay_model: SEL-351S',
        'relay_port: 23',
        'relay_access_levels:',
        sec(`  acc: "${p1}"`, p1),
        sec(`  "2ac": "${p2}"`, p2),
        'relay_settings_group: 1',
      ],
    };
  }),
  template('hirschmann-cli-script', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['network/hirschmann/rsp-baseline.cli', 'switches/hios-hardening.txt']),
      lines: [
        'enable',
        'configure',
        'system name SUB-' + v.site(g).toUpperCase() + '-RSP01',
        sec(`users password admin ${p}`, p),
        'users access-role user admin administrator',
        'no network hidiscovery operation',
        'snmp access version v1 disable',
        'exit',
        'save',
      ],
    };
  }),
  template('ruggedcom-rox-cli', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['network/ruggedcom/rx1500-base.cfg', 'configs/rox2-admin.cfg']),
      lines: [
        'config',
        ' admin',
        '  users',
        `   userid ${g.pick(['scada_eng', 'relaytech', 'netadmin'])}`,
        sec(`    password ${p}`, p),
        '    role admin',
        '  !',
        ' !',
        'commit',
      ],
    };
  }),
  template('rtu-device-sheet-csv', (g) => {
    const rows = [0, 1, 2].map(() => ({
      p: v.plain(g),
      ip: `10.${g.between(10, 40)}.${g.between(0, 254)}.${g.between(2, 250)}`,
    }));
    const names = ['RTU', 'RELAY', 'GW'];
    return {
      path: g.pick(['docs/substation-devices.csv', 'commissioning/rtu_inventory.csv']),
      lines: [
        'site,device,model,ip,protocol,username,password',
        ...rows.map((r, i) =>
          sec(
            `${v.cap(v.site(g))},${names[i]}-0${i + 1},${g.pick(['SEL-3530', 'SEL-751', 'Moxa EDS-408A', 'GE D20MX'])},${r.ip},DNP3,admin,${r.p}`,
            r.p,
          ),
        ),
      ],
    };
  }),
  template('ied-connection-ini', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['gateway/iec104/connections.ini', 'conf/iec104_gateway.ini']),
      lines: [
        '[Station1]',
        `Host=${v.otHost(g)}`,
        'Port=2404',
        'CommonAddress=1',
        'TLS=1',
        'ClientCert=C:\\gateway\\pki\\client.pfx',
        sec(`ClientCertPassword=${p}`, p),
        'T1=15',
        'T3=20',
      ],
    };
  }),
  template('canary-views-token', (g) => {
    const t = v.canaryToken(g);
    return {
      path: g.pick(['canary/export_tags.py', 'scripts/canary_read.py']),
      lines: [
        'import requests',
        '',
        `BASE = "https://${v.otHost(g)}:55236/api/v2"`,
        sec(`API_TOKEN = "${t}"`, t),
        '',
        'resp = requests.post(f"{BASE}/getTagData", json={',
        '    "apiToken": API_TOKEN,',
        '    "tags": ["Plant.Boiler1.Steam.Flow"],',
        '    "startTime": "Now-1Hour",',
        '})',
      ],
    };
  }),
  template('water-aquarius-client', (g) => {
    const p = v.pass(g).replace(/"/g, '');
    return {
      path: g.pick(['telemetry/aquarius_sync.py', 'hydro/push_levels.py']),
      lines: [
        'from timeseries_client import timeseries_client',
        '',
        sec(`timeseries = timeseries_client("aquarius.${v.site(g)}water.gov", "telemetry_push", "${p}")`, p),
        'loc = timeseries.getLocationData("RES-04")',
        'print(loc["Identifier"])',
      ],
    };
  }),
  template('water-scada-ftp-poll', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['telemetry/poll_loggers.sh', 'scripts/fetch_flow_logs.sh']),
      lines: [
        '#!/bin/sh',
        '# Pull the overnight flow logger files from the telemetry outstation',
        `HOST=${v.otHost(g)}`,
        sec(
          `wget -q --ftp-user=logger --ftp-password='${p}' "ftp://$HOST/logs/flow_$(date +%Y%m%d).csv" -P /data/flow/`,
          p,
        ),
      ],
    };
  }),
];
