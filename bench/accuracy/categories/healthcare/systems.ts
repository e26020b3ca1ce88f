import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * healthcare positives from the systems hospitals run: Mirth/NextGen Connect channel exports,
 * configuration maps and mirth.properties, Iguana and Rhapsody settings, MLLP/TLS keystores, HAPI FHIR
 * application.yaml, Orthanc orthanc.json (RegisteredUsers, DicomWeb servers, PostgreSQL plugin),
 * dcm4chee compose files, OHIF DICOMweb basic auth, OpenMRS runtime properties, OpenEMR sqlconf.php,
 * GNU Health trytond.conf, Bahmni, DHIS2 dhis.conf, REDCap database.php, LIS middleware INI files.
 * Values generated at run time.
 */
export const systemPositives: readonly Template[] = [
  template('mirth-configuration-map', (g) => {
    const db = v.plain(g);
    const sftp = v.plain(g);
    return {
      path: g.pick(['mirth/configurationMap.xml', 'appdata/configuration-map.xml', 'config/mirth-config-map.xml']),
      lines: [
        '<map>',
        '  <entry>',
        '    <string>lab.db.url</string>',
        `    <com.mirth.connect.util.ConfigurationProperty><value>jdbc:sqlserver://${v.dbHost(g)}:1433;databaseName=LIS</value><comment>LIS results DB</comment></com.mirth.connect.util.ConfigurationProperty>`,
        '  </entry>',
        '  <entry>',
        '    <string>lab.db.password</string>',
        sec(
          `    <com.mirth.connect.util.ConfigurationProperty><value>${db}</value><comment></comment></com.mirth.connect.util.ConfigurationProperty>`,
          db,
        ),
        '  </entry>',
        '  <entry>',
        '    <string>payer.sftp.password</string>',
        sec(
          `    <com.mirth.connect.util.ConfigurationProperty><value>${sftp}</value><comment>Availity drop</comment></com.mirth.connect.util.ConfigurationProperty>`,
          sftp,
        ),
        '  </entry>',
        '</map>',
      ],
    };
  }),
  template('mirth-channel-db-reader', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['channels/ADT_Outbound.xml', 'mirth/channels/Lab Results Poller.xml', 'export/ORU_Reader.xml']),
      lines: [
        '<channel version="4.4.0">',
        `  <id>${v.uuid(g)}</id>`,
        '  <name>Lab Results Poller</name>',
        '  <sourceConnector version="4.4.0">',
        '    <properties class="com.mirth.connect.connectors.jdbc.DatabaseReceiverProperties" version="4.4.0">',
        '      <driver>com.microsoft.sqlserver.jdbc.SQLServerDriver</driver>',
        `      <url>jdbc:sqlserver://${v.dbHost(g)}:1433;databaseName=Interfaces</url>`,
        `      <username>${v.user(g)}</username>`,
        sec(`      <password>${p}</password>`, p),
        '      <select>SELECT * FROM pending_results WHERE sent = 0</select>',
        '    </properties>',
        '  </sourceConnector>',
        '</channel>',
      ],
    };
  }),
  template('mirth-channel-sftp-writer', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['channels/837_Claims_To_Clearinghouse.xml', 'mirth/channels/X12_Outbound.xml']),
      lines: [
        '<destinationConnector version="4.4.0">',
        '  <name>SFTP 837</name>',
        '  <properties class="com.mirth.connect.connectors.file.FileDispatcherProperties" version="4.4.0">',
        '    <scheme>SFTP</scheme>',
        `    <host>${v.sftpHost(g)}/inbound/837</host>`,
        `    <outputPattern>claims_\${date.get('yyyyMMddHHmmss')}.x12</outputPattern>`,
        '    <anonymous>false</anonymous>',
        `    <username>${v.user(g)}</username>`,
        sec(`    <password>${p}</password>`, p),
        '    <timeout>10000</timeout>',
        '    <secure>true</secure>',
        '  </properties>',
        '</destinationConnector>',
      ],
    };
  }),
  template('mirth-transformer-js-db', (g) => {
    const p = v.plain(g);
    const u = v.user(g);
    return {
      path: g.pick(['channels/code_templates/lookupMrn.js', 'mirth/scripts/transformer_step.js']),
      lines: [
        '// look up the enterprise MRN before routing the ADT',
        'var dbConn;',
        'try {',
        sec(
          `  dbConn = DatabaseConnectionFactory.createDatabaseConnection('com.mysql.cj.jdbc.Driver', 'jdbc:mysql://${v.dbHost(g)}:3306/empi', '${u}', '${p}');`,
          p,
        ),
        "  var rs = dbConn.executeCachedQuery(\"SELECT empi FROM xref WHERE mrn = '\" + msg['PID']['PID.3']['PID.3.1'].toString() + \"'\");",
        "  if (rs.next()) channelMap.put('empi', rs.getString(1));",
        '} finally {',
        '  if (dbConn) dbConn.close();',
        '}',
      ],
    };
  }),
  template('mirth-properties', (g) => {
    const db = v.plain(g);
    const ks = v.plain(g);
    return {
      path: g.pick(['/opt/mirthconnect/conf/mirth.properties', 'conf/mirth.properties']),
      lines: [
        '# Mirth Connect configuration file',
        'dir.appdata = appdata',
        'http.port = 8080',
        'https.port = 8443',
        'keystore.path = ${dir.appdata}/keystore.jks',
        sec(`keystore.storepass = ${ks}`, ks),
        sec(`keystore.keypass = ${ks}`, ks),
        'keystore.type = JCEKS',
        'database = postgres',
        `database.url = jdbc:postgresql://${v.dbHost(g)}:5432/mirthdb`,
        `database.username = ${v.user(g)}`,
        sec(`database.password = ${db}`, db),
        'database.max-connections = 20',
      ],
    };
  }),
  template('nextgen-connect-docker-compose', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['docker-compose.yml', 'deploy/connect/docker-compose.yaml']),
      lines: [
        'services:',
        '  mc:',
        '    image: nextgenhealthcare/connect:4.5',
        '    environment:',
        '      - DATABASE=postgres',
        '      - DATABASE_URL=jdbc:postgresql://db:5432/mirthdb',
        '      - DATABASE_USERNAME=mirthdb',
        sec(`      - DATABASE_PASSWORD=${p}`, p),
        '      - DATABASE_MAX_CONNECTIONS=20',
        '    ports:',
        '      - 8443:8443',
        '      - 6661:6661',
        '  db:',
        '    image: postgres:15',
        '    environment:',
        '      - POSTGRES_USER=mirthdb',
        sec(`      - POSTGRES_PASSWORD=${p}`, p),
        '      - POSTGRES_DB=mirthdb',
      ],
    };
  }),
  template('iguana-lua-db-connect', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['IguanaMainRepo/ADT_to_DB/main.lua', 'iguana/translator/main.lua']),
      lines: [
        'local conn = db.connect{',
        '   api=db.SQL_SERVER,',
        "   name='Interfaces',",
        `   user='${v.user(g)}',`,
        sec(`   password='${p}',`, p),
        '   use_unicode=true,',
        '   live=true',
        '}',
        '',
        'function main(Data)',
        "   local Msg = hl7.parse{vmd='demo.vmd', data=Data}",
        '   conn:merge{data=MapPatient(Msg), live=true}',
        'end',
      ],
    };
  }),
  template('rhapsody-comm-point-properties', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['rhapsody/config/commpoints/SFTP_Lab_Out.properties', 'Rhapsody/locker/sftp-client.properties']),
      lines: [
        '# Rhapsody SFTP client communication point',
        'mode=output',
        `host=${v.sftpHost(g)}`,
        'port=22',
        `username=${v.user(g)}`,
        sec(`password=${p}`, p),
        'remoteDirectory=/results/outbound',
        'filenamePattern=ORU_%d{yyyyMMddHHmmss}.hl7',
      ],
    };
  }),
  template('mllp-tls-listener-yaml', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/mllp-listener.yml', 'hl7-gateway/application.yml']),
      lines: [
        'hl7:',
        '  mllp:',
        '    port: 2575',
        '    ack-mode: original',
        '    tls:',
        '      enabled: true',
        '      key-store: /etc/hl7/keystore.p12',
        sec(`      key-store-password: ${p}`, p),
        '      trust-store: /etc/hl7/truststore.p12',
        '      client-auth: need',
      ],
    };
  }),
  template('hapi-fhir-application-yaml', (g) => {
    const p = v.pass(g);
    return {
      path: g.pick(['hapi-fhir-jpaserver/src/main/resources/application.yaml', 'config/application.yaml']),
      lines: [
        'spring:',
        '  datasource:',
        `    url: 'jdbc:postgresql://${v.dbHost(g)}:5432/hapi'`,
        '    username: admin',
        sec(`    password: '${p}'`, p),
        '    driverClassName: org.postgresql.Driver',
        '  jpa:',
        '    properties:',
        '      hibernate.dialect: ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect',
        'hapi:',
        '  fhir:',
        '    fhir_version: R4',
        '    subscription:',
        '      resthook_enabled: true',
      ],
    };
  }),
  template('orthanc-registered-users', (g) => {
    const a = v.plain(g);
    const b = v.plain(g);
    return {
      path: g.pick(['orthanc.json', '/etc/orthanc/orthanc.json', 'config/orthanc/orthanc.json']),
      lines: [
        '{',
        `  "Name" : "${v.site(g).toUpperCase()}-PACS",`,
        '  "StorageDirectory" : "/var/lib/orthanc/db",',
        '  "RemoteAccessAllowed" : true,',
        '  "AuthenticationEnabled" : true,',
        '  "RegisteredUsers" : {',
        sec(`    "admin" : "${a}",`, a),
        sec(`    "radiology" : "${b}"`, b),
        '  },',
        '  "DicomAet" : "ORTHANC",',
        '  "DicomPort" : 4242',
        '}',
      ],
    };
  }),
  template('orthanc-dicomweb-servers', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['orthanc/dicomweb.json', 'orthanc.json']),
      lines: [
        '{',
        '  "DicomWeb" : {',
        '    "Enable" : true,',
        '    "Root" : "/dicom-web/",',
        '    "Servers" : {',
        sec(`      "cloud-pacs" : [ "https://pacs.${v.site(g)}.org/dicom-web/", "orthanc", "${p}" ]`, p),
        '    }',
        '  }',
        '}',
      ],
    };
  }),
  template('orthanc-postgresql-plugin', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['orthanc/postgresql.json', '/etc/orthanc/postgresql.json']),
      lines: [
        '{',
        '  "PostgreSQL" : {',
        '    "EnableIndex" : true,',
        '    "EnableStorage" : false,',
        `    "Host" : "${v.dbHost(g)}",`,
        '    "Port" : 5432,',
        '    "Database" : "orthanc",',
        '    "Username" : "orthanc",',
        sec(`    "Password" : "${p}",`, p),
        '    "EnableSsl" : false',
        '  }',
        '}',
      ],
    };
  }),
  template('orthanc-compose-env', (g) => {
    const p = v.plain(g);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  orthanc:',
        '    image: orthancteam/orthanc:24.6.2',
        '    ports: ["8042:8042", "4242:4242"]',
        '    environment:',
        '      ORTHANC__NAME: "Radiology PACS"',
        '      ORTHANC__AUTHENTICATION_ENABLED: "true"',
        `      ORTHANC__REGISTERED_USERS: |`,
        sec(`        {"viewer": "${p}"}`, p),
        '      DICOM_WEB_PLUGIN_ENABLED: "true"',
      ],
    };
  }),
  template('dcm4chee-compose', (g) => {
    const ldap = v.plain(g);
    const pg = v.plain(g);
    return {
      path: g.pick(['dcm4chee-arc/docker-compose.yml', 'pacs/docker-compose.yml']),
      lines: [
        'services:',
        '  ldap:',
        '    image: dcm4che/slapd-dcm4chee:2.6.6-32.0',
        '    environment:',
        sec(`      LDAP_ROOTPASS: ${ldap}`, ldap),
        sec(`      LDAP_CONFIGPASS: ${ldap}`, ldap),
        '      ARCHIVE_DEVICE_NAME: dcm4chee-arc',
        '  db:',
        '    image: dcm4che/postgres-dcm4chee:16.2-32',
        '    environment:',
        '      POSTGRES_DB: pacsdb',
        '      POSTGRES_USER: pacs',
        sec(`      POSTGRES_PASSWORD: ${pg}`, pg),
        '  arc:',
        '    image: dcm4che/dcm4chee-arc-psql:5.32.0',
        '    environment:',
        '      POSTGRES_DB: pacsdb',
        '      POSTGRES_USER: pacs',
        sec(`      POSTGRES_PASSWORD: ${pg}`, pg),
        '      WILDFLY_CHOWN: /storage',
      ],
    };
  }),
  template('ohif-dicomweb-basic-auth', (g) => {
    const u = g.pick(['ohif', 'viewer', 'orthanc']);
    const p = v.plain(g);
    const b64 = Buffer.from(`${u}:${p}`).toString('base64');
    return {
      path: g.pick(['platform/app/public/config/default.js', 'ohif/app-config.js']),
      lines: [
        'window.config = {',
        "  routerBasename: '/',",
        '  dataSources: [',
        '    {',
        "      namespace: '@ohif/extension-default.dataSourcesModule.dicomweb',",
        "      sourceName: 'dicomweb',",
        '      configuration: {',
        `        wadoRoot: 'https://pacs.${v.site(g)}.org/dicom-web',`,
        `        qidoRoot: 'https://pacs.${v.site(g)}.org/dicom-web',`,
        '        requestOptions: {',
        sec(`          auth: '${u}:${p}',`, p),
        '        },',
        '        headers: {',
        sec(`          Authorization: 'Basic ${b64}',`, b64),
        '        },',
        '      },',
        '    },',
        '  ],',
        '};',
      ],
    };
  }),
  template('openmrs-runtime-properties', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['openmrs-runtime.properties', '/usr/share/tomcat/.OpenMRS/openmrs-runtime.properties']),
      lines: [
        '#Auto generated by OpenMRS initialization wizard',
        'encryption.vector=' + g.fake.base64(22) + '==',
        `connection.url=jdbc\\:mysql\\://${v.dbHost(g)}\\:3306/openmrs?autoReconnect\\=true&useUnicode\\=true`,
        'connection.username=openmrs_user',
        sec(`connection.password=${p}`, p),
        'module.allow_web_admin=true',
        'auto_update_database=false',
      ],
    };
  }),
  template('openemr-sqlconf', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['sites/default/sqlconf.php', 'openemr/sites/default/sqlconf.php']),
      lines: [
        '<?php',
        '//  OpenEMR',
        '//  MySQL Config',
        '',
        `$host   = '${v.dbHost(g)}';`,
        "$port   = '3306';",
        "$login  = 'openemr';",
        sec(`$pass   = '${p}';`, p),
        "$dbase  = 'openemr';",
        "$db_encoding = 'utf8mb4';",
        '',
        '$config = 1; /////////////',
      ],
    };
  }),
  template('openemr-docker-env', (g) => {
    const root = v.plain(g);
    const admin = v.plain(g);
    return {
      path: g.pick(['docker/production/docker-compose.yml', 'openemr/docker-compose.yml']),
      lines: [
        'services:',
        '  openemr:',
        '    image: openemr/openemr:7.0.2',
        '    environment:',
        '      MYSQL_HOST: mysql',
        sec(`      MYSQL_ROOT_PASS: ${root}`, root),
        '      MYSQL_USER: openemr',
        '      OE_USER: admin',
        sec(`      OE_PASS: ${admin}`, admin),
      ],
    };
  }),
  template('gnuhealth-trytond-conf', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['gnuhealth/tryton/server/config/trytond.conf', 'etc/trytond.conf']),
      lines: [
        '[database]',
        sec(`uri = postgresql://gnuhealth:${p}@${v.dbHost(g)}:5432/`, p),
        'path = /home/gnuhealth/attach',
        '',
        '[web]',
        'listen = *:8000',
        '',
        '[session]',
        'timeout = 1800',
      ],
    };
  }),
  template('bahmni-env', (g) => {
    const a = v.plain(g);
    const b = v.plain(g);
    return {
      path: g.pick(['bahmni-docker/bahmni-standard/.env', 'bahmni/.env']),
      lines: [
        'COMPOSE_PROFILES=emr',
        'TZ=Asia/Kolkata',
        '# OpenMRS',
        'OPENMRS_DB_HOST=openmrsdb',
        'OPENMRS_DB_NAME=openmrs',
        'OPENMRS_DB_USERNAME=openmrs-user',
        sec(`OPENMRS_DB_PASSWORD=${a}`, a),
        '# Odoo',
        'ODOO_DB_USER=odoo',
        sec(`ODOO_DB_PASSWORD=${b}`, b),
        'OPENELIS_DB_SERVER=openelisdb',
      ],
    };
  }),
  template('dhis2-dhis-conf', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['/home/dhis/config/dhis.conf', 'dhis2/dhis.conf']),
      lines: [
        '# Hibernate SQL dialect',
        'connection.dialect = org.hibernate.dialect.PostgreSQLDialect',
        'connection.driver_class = org.postgresql.Driver',
        `connection.url = jdbc:postgresql://${v.dbHost(g)}/dhis2`,
        'connection.username = dhis',
        sec(`connection.password = ${p}`, p),
        '',
        '# Server base URL',
        `server.base.url = https://dhis2.${v.site(g)}.org`,
        'encryption.password = ' + '',
      ],
    };
  }),
  template('dhis2-python-client', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['scripts/sync_dhis2.py', 'etl/push_aggregates.py']),
      lines: [
        'from dhis2 import Api',
        '',
        sec(`api = Api('https://hmis.${v.site(g)}.gov', 'etl_service', '${p}')`, p),
        'payload = {"dataValues": build_values(rows)}',
        "r = api.post('dataValueSets', json=payload)",
        'print(r.json()["status"])',
      ],
    };
  }),
  template('redcap-database-php', (g) => {
    const p = v.plain(g);
    const salt = g.fake.hex(40);
    return {
      path: g.pick(['redcap/database.php', 'database.php']),
      lines: [
        '<?php',
        'global $log_all_errors;',
        '$log_all_errors = FALSE;',
        '',
        `$hostname   = '${v.dbHost(g)}';`,
        "$db         = 'redcap';",
        "$username   = 'redcap_user';",
        sec(`$password   = '${p}';`, p),
        '',
        '// Salt used for de-identification hashing',
        sec(`$salt = '${salt}';`, salt),
      ],
    };
  }),
  template('redcap-api-token-python', (g) => {
    const t = g.fake.upperHex(32);
    return {
      path: g.pick(['export_records.py', 'redcap/pull_surveys.py']),
      lines: [
        'import requests',
        '',
        `API_URL = 'https://redcap.${v.site(g)}.edu/api/'`,
        sec(`API_TOKEN = '${t}'`, t),
        '',
        "data = {'token': API_TOKEN, 'content': 'record', 'format': 'json', 'type': 'flat'}",
        'r = requests.post(API_URL, data=data)',
      ],
    };
  }),
  template('lis-middleware-ini', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['LabMiddleware/config/instrument.ini', 'middleware/astm_bridge.ini']),
      lines: [
        '[Instrument]',
        'Name=Cobas6000',
        'Protocol=ASTM',
        'Port=COM3',
        'BaudRate=9600',
        '',
        '[LIS]',
        `Server=${v.dbHost(g)}`,
        'Database=LabResults',
        'User=lisbridge',
        sec(`Password=${p}`, p),
      ],
    };
  }),
  template('pacs-storescu-ansible', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['ansible/group_vars/pacs.yml', 'roles/orthanc/defaults/main.yml']),
      lines: [
        '---',
        'orthanc_version: "1.12.4"',
        'orthanc_aet: "HOSPPACS"',
        'orthanc_http_port: 8042',
        'orthanc_admin_user: admin',
        sec(`orthanc_admin_password: "${p}"`, p),
        'orthanc_modalities:',
        '  CT1: ["CT1", "10.20.1.15", 104]',
      ],
    };
  }),
  template('openemr-users-dump', (g) => {
    const h = v.bcrypt(g);
    return {
      path: g.pick(['backups/openemr_users_secure.sql', 'dump/users_secure.sql']),
      lines: [
        '-- MySQL dump 10.13',
        'LOCK TABLES `users_secure` WRITE;',
        sec(
          `INSERT INTO \`users_secure\` VALUES (1,'admin','${h}','2026-03-02 10:12:00',NULL,NULL,NULL,NULL,0,0,NULL);`,
          h,
        ),
        'UNLOCK TABLES;',
      ],
    };
  }),
  template('epic-backend-private-key', (g) => {
    const key = v.pem(g, 'PRIVATE KEY');
    const lines = key.split('\n');
    return {
      path: g.pick(['keys/epic_backend_privatekey.pem', 'certs/smart-backend.key']),
      lines: [block(lines.slice(0, 3).map((l) => sec(l, l))), ...lines.slice(3)],
    };
  }),
];
