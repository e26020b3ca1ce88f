import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * healthcare hard negatives from the same repositories: HL7 v2 messages (control ids, MRNs, NPIs,
 * OIDs, timestamps), FHIR resources (ids, versionIds, identifiers, LOINC/SNOMED/ICD-10/NDC codes),
 * DICOM headers and UIDs, public JWKS (n and e only), SMART configuration documents, Epic's documented
 * sandbox client ids and public test servers, X12 envelopes with blank authorization fields,
 * templates and references (`${DB_PASSWORD}`, Mirth `${...}` configuration-map lookups, env reads,
 * Kubernetes secretKeyRef, `<client_secret>` placeholders), shipped sample configs with the password
 * commented out, checksums of image files. Generated at run time.
 */
export const healthNegatives: readonly Template[] = [
  template('hl7-adt-message', (g) => ({
    path: g.pick(['samples/ADT_A01.hl7', 'test/fixtures/adt_a04.hl7', 'messages/inbound/ADT_20260412.hl7']),
    lines: [
      `MSH|^~\\&|EPIC|${v.site(g).toUpperCase()}|MIRTH|LAB|${v.hl7Ts(g)}||ADT^A01^ADT_A01|${v.controlId(g)}|P|2.5.1`,
      `EVN|A01|${v.hl7Ts(g)}`,
      `PID|1||${v.mrn(g)}^^^${v.site(g).toUpperCase()}^MR~${g.fake.digits(9)}^^^SSA^SS||${v.patientName(g)}||19${g.between(40, 99)}0${g.between(1, 9)}1${g.between(0, 9)}|F|||12 MAIN ST^^SPRINGFIELD^IL^62701`,
      `PV1|1|I|4W^412^A|||||${v.npi(g)}^WELBY^MARCUS^^^^MD|||MED||||1|||${v.npi(g)}^KILDARE^JAMES|IN|${g.fake.digits(10)}`,
    ],
  })),
  template('hl7-oru-message', (g) => ({
    path: g.pick(['samples/ORU_R01.hl7', 'test/data/oru_lab.txt']),
    lines: [
      `MSH|^~\\&|LIS|LAB|EHR|${v.site(g).toUpperCase()}|${v.hl7Ts(g)}||ORU^R01|${v.controlId(g)}|P|2.5.1|||AL|NE`,
      `PID|1||${v.mrn(g)}^^^HOSP^MR||${v.patientName(g)}`,
      `OBR|1|${g.fake.digits(8)}|${g.fake.digits(10)}|${v.loinc(g)}^Glucose^LN|||${v.hl7Ts(g)}`,
      `OBX|1|NM|${v.loinc(g)}^Glucose [Mass/volume] in Serum or Plasma^LN||${g.between(70, 180)}|mg/dL|70-99|H|||F`,
      `NTE|1||Specimen ${g.fake.upperAlnum(10)} received ${v.hl7Ts(g)}`,
    ],
  })),
  template('fhir-patient-resource', (g) => ({
    path: g.pick(['fixtures/Patient-example.json', 'test/resources/patient.json']),
    lines: [
      '{',
      '  "resourceType": "Patient",',
      `  "id": "${v.fhirId(g)}",`,
      `  "meta": { "versionId": "${g.between(1, 40)}", "lastUpdated": "2026-05-0${g.between(1, 9)}T10:22:31.${g.fake.digits(3)}+00:00" },`,
      '  "identifier": [',
      `    { "system": "urn:oid:${v.oid(g)}", "value": "${v.mrn(g)}" },`,
      `    { "system": "http://hl7.org/fhir/sid/us-ssn", "value": "${g.fake.digits(3)}-${g.fake.digits(2)}-${g.fake.digits(4)}" }`,
      '  ],',
      '  "name": [{ "family": "Everyman", "given": ["Adam"] }],',
      `  "generalPractitioner": [{ "reference": "Practitioner/${v.fhirId(g)}", "identifier": { "system": "http://hl7.org/fhir/sid/us-npi", "value": "${v.npi(g)}" } }]`,
      '}',
    ],
  })),
  template('fhir-medication-bundle', (g) => ({
    path: g.pick(['fixtures/bundle-medications.json', 'seed/medication-requests.json']),
    lines: [
      '{',
      '  "resourceType": "Bundle",',
      `  "id": "${v.uuid(g)}",`,
      '  "type": "searchset",',
      `  "link": [{ "relation": "next", "url": "https://fhir.${v.site(g)}.org/R4/MedicationRequest?_getpages=${v.uuid(g)}&_getpagesoffset=20&_count=20" }],`,
      '  "entry": [{',
      `    "fullUrl": "urn:uuid:${v.uuid(g)}",`,
      '    "resource": {',
      '      "resourceType": "MedicationRequest",',
      `      "medicationCodeableConcept": { "coding": [{ "system": "http://hl7.org/fhir/sid/ndc", "code": "${v.ndc(g)}" }] },`,
      `      "reasonCode": [{ "coding": [{ "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "${v.icd10(g)}" }] }],`,
      `      "subject": { "reference": "Patient/${v.fhirId(g)}" }`,
      '    }',
      '  }]',
      '}',
    ],
  })),
  template('dicom-header-dump', (g) => ({
    path: g.pick(['docs/dcmdump_CT.txt', 'test/dicom/header.txt']),
    lines: [
      '# Dicom-File-Format',
      `(0002,0003) UI [${v.dicomUid(g)}]                  #  56, 1 MediaStorageSOPInstanceUID`,
      `(0008,0018) UI [${v.dicomUid(g)}]                  #  56, 1 SOPInstanceUID`,
      `(0010,0020) LO [${v.mrn(g)}]                                  #  10, 1 PatientID`,
      `(0020,000d) UI [${v.dicomUid(g)}]                  #  52, 1 StudyInstanceUID`,
      `(0020,000e) UI [${v.dicomUid(g)}]                  #  54, 1 SeriesInstanceUID`,
      `(0008,0050) SH [${g.fake.upperAlnum(12)}]                             #  12, 1 AccessionNumber`,
    ],
  })),
  template('dicomweb-qido-response', (g) => ({
    path: g.pick(['test/fixtures/qido-studies.json', 'mocks/studies.json']),
    lines: [
      '[{',
      `  "0020000D": { "vr": "UI", "Value": ["${v.dicomUid(g)}"] },`,
      `  "00080050": { "vr": "SH", "Value": ["${g.fake.upperAlnum(10)}"] },`,
      `  "00100020": { "vr": "LO", "Value": ["${v.mrn(g)}"] },`,
      `  "00081190": { "vr": "UR", "Value": ["https://pacs.${v.site(g)}.org/dicom-web/studies/${v.dicomUid(g)}"] }`,
      '}]',
    ],
  })),
  template('public-jwks', (g) => ({
    path: g.pick(['public/.well-known/jwks.json', 'static/jwks.json']),
    lines: [
      '{',
      '  "keys": [',
      '    {',
      '      "kty": "RSA",',
      `      "kid": "${g.fake.hex(16)}",`,
      '      "use": "sig",',
      '      "alg": "RS384",',
      `      "n": "${v.jwkN(g)}",`,
      '      "e": "AQAB"',
      '    }',
      '  ]',
      '}',
    ],
  })),
  template('smart-configuration', (g) => {
    const base = `https://fhir.${v.site(g)}.org`;
    return {
      path: g.pick(['public/.well-known/smart-configuration', 'docs/smart-configuration.json']),
      lines: [
        '{',
        `  "issuer": "${base}",`,
        `  "jwks_uri": "${base}/.well-known/jwks.json",`,
        `  "authorization_endpoint": "${base}/oauth2/authorize",`,
        `  "token_endpoint": "${base}/oauth2/token",`,
        '  "token_endpoint_auth_methods_supported": ["client_secret_basic", "private_key_jwt"],',
        '  "capabilities": ["launch-ehr", "client-public", "client-confidential-symmetric", "context-ehr-patient"],',
        '  "code_challenge_methods_supported": ["S256"]',
        '}',
      ],
    };
  }),
  template('smart-public-client-launch', (g) => ({
    path: g.pick(['src/launch.js', 'public/launch.html']),
    lines: [
      'FHIR.oauth2.authorize({',
      `  clientId: '${v.uuid(g)}',`,
      "  scope: 'launch openid fhirUser patient/Observation.read',",
      "  redirectUri: './index.html',",
      "  iss: 'https://launch.smarthealthit.org/v/r4/fhir',",
      '});',
    ],
  })),
  template('epic-sandbox-readme', (g) => ({
    path: g.pick(['README.md', 'docs/epic-sandbox.md']),
    lines: [
      '## Testing against the Epic sandbox',
      '',
      'Register a non-production client at fhir.epic.com and put its client id in `.env`:',
      '',
      '```',
      `EPIC_CLIENT_ID=${v.uuid(g)}`,
      'EPIC_FHIR_BASE=https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4',
      '```',
      '',
      `Sandbox test patients: Camila Lopez (\`${v.fhirId(g)}\`), Derrick Lin (\`${v.fhirId(g)}\`).`,
      'Upload the public key (`publickey509.pem`) in the app registration; the private key stays in Vault.',
    ],
  })),
  template('public-fhir-test-server', (g) => ({
    path: g.pick(['tests/integration/conftest.py', 'test/fhirServers.py']),
    lines: [
      '# Public test servers: no authentication, synthetic data only',
      'FHIR_SERVERS = {',
      '    "hapi": "https://hapi.fhir.org/baseR4",',
      '    "firely": "https://server.fire.ly/R4",',
      '    "smart": "https://r4.smarthealthit.org",',
      '}',
      `TEST_PATIENT_ID = "${v.fhirId(g)}"`,
    ],
  })),
  template('x12-270-envelope', (g) => ({
    path: g.pick(['samples/270_request.x12', 'test/edi/eligibility_270.edi']),
    lines: [
      `ISA*00*          *00*          *ZZ*${g.fake.upperAlnum(9)}      *ZZ*030240928      *260412*1453*^*00501*${g.fake.digits(9)}*0*P*:~`,
      `GS*HS*${g.fake.upperAlnum(9)}*030240928*20260412*1453*${g.between(1, 9999)}*X*005010X279A1~`,
      `ST*270*0001*005010X279A1~`,
      `NM1*1P*2*${v.site(g).toUpperCase()} CLINIC*****XX*${v.npi(g)}~`,
      `NM1*IL*1*DOE*JOHN****MI*${g.fake.upperAlnum(11)}~`,
      'SE*12*0001~',
    ],
  })),
  template('mirth-config-map-references', (g) => ({
    path: g.pick(['channels/ADT_Router.xml', 'mirth/channels/Results_Out.xml']),
    lines: [
      '<properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties" version="4.4.0">',
      '  <driver>org.postgresql.Driver</driver>',
      '  <url>${lab.db.url}</url>',
      '  <username>${lab.db.user}</username>',
      '  <password>${lab.db.password}</password>',
      `  <query>INSERT INTO results (mrn, loinc, value) VALUES (\${mrn}, '${v.loinc(g)}', \${value})</query>`,
      '</properties>',
    ],
  })),
  template('mirth-properties-shipped', () => ({
    path: 'conf/mirth.properties',
    lines: [
      '# Options: derby, mysql, postgres, oracle, sqlserver',
      'database = derby',
      '# examples:',
      '#   Derby                       jdbc:derby:${dir.appdata}/mirthdb;create=true',
      '#   PostgreSQL                  jdbc:postgresql://localhost:5432/mirthdb',
      'database.url = jdbc:derby:${dir.appdata}/mirthdb;create=true',
      '# database credentials',
      'database.username =',
      'database.password =',
    ],
  })),
  template('orthanc-sample-commented', () => ({
    path: 'Resources/Configuration.json',
    lines: [
      '  // Whether or not the password protection is enabled',
      '  "AuthenticationEnabled" : false,',
      '',
      '  // The list of the registered users. Because Orthanc uses HTTP',
      '  // Basic Authentication, the passwords are stored as plain text.',
      '  "RegisteredUsers" : {',
      '    // "alice" : "alicePassword"',
      '  },',
      '  "DicomAet" : "ORTHANC",',
    ],
  })),
  template('orthanc-env-references', (g) => ({
    path: 'docker-compose.yml',
    lines: [
      'services:',
      '  orthanc:',
      `    image: orthancteam/orthanc:24.${g.between(1, 9)}.${g.between(1, 5)}`,
      '    environment:',
      '      ORTHANC__REGISTERED_USERS: ${ORTHANC_USERS_JSON}',
      '      ORTHANC__POSTGRESQL__PASSWORD_FILE: /run/secrets/orthanc_db',
      '    secrets: [orthanc_db]',
    ],
  })),
  template('hapi-yaml-env-refs', (g) => ({
    path: 'src/main/resources/application.yaml',
    lines: [
      'spring:',
      '  datasource:',
      `    url: jdbc:postgresql://${v.dbHost(g)}:5432/hapi`,
      '    username: ${SPRING_DATASOURCE_USERNAME:admin}',
      '    password: ${SPRING_DATASOURCE_PASSWORD}',
      'hapi:',
      '  fhir:',
      '    server_address: https://fhir.' + v.site(g) + '.org/fhir/',
    ],
  })),
  template('env-example-health-apis', () => ({
    path: '.env.example',
    lines: [
      'AZURE_CLIENT_SECRET=<client-secret-from-app-registration>',
      'MEDPLUM_CLIENT_SECRET=',
      'REDOX_CLIENT_SECRET=your-redox-secret',
      'TERRA_API_KEY=YOUR_API_KEY',
      'FITBIT_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DEXCOM_CLIENT_SECRET= # set in Vault',
    ],
  })),
  template('python-env-reads', (g) => ({
    path: g.pick(['app/config.py', 'settings/base.py']),
    lines: [
      'import os',
      '',
      "EPIC_CLIENT_ID = os.environ['EPIC_CLIENT_ID']",
      "EPIC_PRIVATE_KEY_PATH = os.getenv('EPIC_PRIVATE_KEY_PATH', '/run/secrets/epic_key.pem')",
      "ATHENA_CLIENT_SECRET = os.environ.get('ATHENA_CLIENT_SECRET')",
      "HEALTHIE_API_KEY = get_secret('healthie/api-key')",
      `NPI = "${v.npi(g)}"`,
    ],
  })),
  template('k8s-secret-refs', () => ({
    path: 'k8s/fhir-deployment.yaml',
    lines: [
      '        env:',
      '          - name: SPRING_DATASOURCE_PASSWORD',
      '            valueFrom:',
      '              secretKeyRef:',
      '                name: hapi-fhir-db',
      '                key: POSTGRES_PASSWORD',
      '          - name: AZURE_CLIENT_SECRET',
      '            valueFrom: { secretKeyRef: { name: fhir-sync, key: client-secret } }',
    ],
  })),
  template('openemr-sqlconf-template', () => ({
    path: 'docker/templates/sqlconf.php.tpl',
    lines: [
      '<?php',
      "$host   = getenv('MYSQL_HOST');",
      "$port   = getenv('MYSQL_PORT') ?: '3306';",
      "$login  = getenv('MYSQL_USER');",
      "$pass   = getenv('MYSQL_PASS');",
      "$dbase  = 'openemr';",
    ],
  })),
  template('dicom-checksums', (g) => ({
    path: g.pick(['manifest/SHA256SUMS', 'export/checksums.txt']),
    lines: Array.from({ length: 4 }, () => `${g.fake.hex(64)}  IMG${g.fake.digits(5)}.dcm`),
  })),
  template('lab-results-csv', (g) => ({
    path: g.pick(['exports/lab_results.csv', 'data/observations.csv']),
    lines: [
      'mrn,encounter_id,loinc,value,unit,collected_at,order_id',
      ...Array.from(
        { length: 4 },
        () =>
          `${v.mrn(g)},${v.uuid(g)},${v.loinc(g)},${g.between(1, 400)},mg/dL,2026-04-${g.between(10, 28)}T0${g.between(1, 9)}:15:00Z,${g.fake.upperAlnum(12)}`,
      ),
    ],
  })),
  template('fhir-audit-event', (g) => ({
    path: g.pick(['audit/AuditEvent-sample.json', 'logs/audit-event.json']),
    lines: [
      '{',
      '  "resourceType": "AuditEvent",',
      `  "id": "${v.uuid(g)}",`,
      '  "type": { "system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110110", "display": "Patient Record" },',
      `  "agent": [{ "who": { "identifier": { "value": "${g.fake.hex(24)}" } }, "requestor": true, "network": { "address": "10.${g.between(0, 200)}.4.${g.between(2, 250)}" } }],`,
      `  "entity": [{ "what": { "reference": "Patient/${v.fhirId(g)}" } }],`,
      `  "source": { "observer": { "display": "fhir-gateway" }, "type": [{ "code": "4" }] }`,
      '}',
    ],
  })),
  template('mllp-ack-log', (g) => ({
    path: g.pick(['logs/mllp-listener.log', 'var/log/hl7/adt.log']),
    lines: [
      `2026-04-12 10:${g.between(10, 59)}:0${g.between(0, 9)} INFO  Received ADT^A08 control id ${v.controlId(g)} from 10.20.${g.between(0, 200)}.${g.between(2, 250)}:${g.between(40000, 60000)}`,
      `2026-04-12 10:${g.between(10, 59)}:0${g.between(0, 9)} INFO  MSA|AA|${v.controlId(g)}`,
      `2026-04-12 10:${g.between(10, 59)}:0${g.between(0, 9)} DEBUG session ${g.fake.hex(16)} checksum=${g.fake.hex(40)}`,
    ],
  })),
  template('surescripts-ncpdp-ids', (g) => ({
    path: g.pick(['config/pharmacies.yml', 'erx/directory.yml']),
    lines: [
      'pharmacies:',
      `  - ncpdp_id: "${g.fake.digits(7)}"`,
      `    npi: "${v.npi(g)}"`,
      `    surescripts_id: "${g.fake.upperAlnum(12)}"`,
      '    service_level: NewRx,Refill,Cancel',
    ],
  })),
];
