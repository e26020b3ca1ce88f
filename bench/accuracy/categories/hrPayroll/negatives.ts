import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * hr-payroll hard negatives from the same repositories: the many ids of HR systems that are not
 * secrets (Workday WIDs and reference ids, employee and position ids, ADP associate and client ids,
 * Personio and Okta OAuth client ids, DocuSign integration keys and envelope ids, Checkr candidate and
 * report ids, Greenhouse and Lever ids), payroll data that is sensitive but no credential (routing
 * numbers, NACHA batch records, 834 segments with empty ISA authorization), public certificates and
 * PGP keys, checksums, references and placeholders (`${...}`, vault lookups, `secretKeyRef`, Boomi and
 * MuleSoft encrypted values), masked values and password-policy text. Generated at run time.
 */
export const hrNegatives: readonly Template[] = [
  template('workday-wid-response-xml', (g) => ({
    path: g.pick(['samples/Get_Workers_response.xml', 'test-data/worker_response.xml']),
    lines: [
      '<wd:Worker_Reference>',
      `  <wd:ID wd:type="WID">${v.wid(g)}</wd:ID>`,
      `  <wd:ID wd:type="Employee_ID">${v.employeeId(g)}</wd:ID>`,
      '</wd:Worker_Reference>',
      '<wd:Position_Reference>',
      `  <wd:ID wd:type="WID">${v.wid(g)}</wd:ID>`,
      `  <wd:ID wd:type="Position_ID">P-${g.fake.digits(5)}</wd:ID>`,
      '</wd:Position_Reference>',
    ],
  })),
  template('workday-raas-json-sample', (g) => ({
    path: g.pick(['fixtures/raas_workers.json', 'docs/sample-report.json']),
    lines: [
      '{ "Report_Entry": [',
      `  { "Employee_ID": "${v.employeeId(g)}", "Worker": "${v.person(g)}", "workdayID": "${v.wid(g)}", "Cost_Center": "CC${g.fake.digits(4)}" },`,
      `  { "Employee_ID": "${v.employeeId(g)}", "Worker": "${v.person(g)}", "workdayID": "${v.wid(g)}", "Cost_Center": "CC${g.fake.digits(4)}" }`,
      '] }',
    ],
  })),
  template('workday-isu-vault-reference', (g) => ({
    path: g.pick(['config/workday.yaml', 'dags/config/workday.yml']),
    lines: [
      'workday:',
      `  tenant: ${v.tenant(g)}`,
      `  host: ${v.wdHost(g)}`,
      `  username: ${v.isu(g)}`,
      "  password: \"{{ vault 'secret/data/hris/workday' 'isu_password' }}\"",
      '  report: All_Active_Workers',
    ],
  })),
  template('workday-env-example', (g) => ({
    path: g.pick(['.env.example', 'services/workday-connector/.env.sample']),
    lines: [
      `WORKDAY_TENANT=${v.tenant(g)}`,
      'WORKDAY_CLIENT_ID=',
      'WORKDAY_CLIENT_SECRET=<from Workday: Register API Client for Integrations>',
      'WORKDAY_REFRESH_TOKEN=<generate under Manage Refresh Tokens for Integrations>',
      'WORKDAY_ISU_PASSWORD=',
    ],
  })),
  template('workday-client-id-only', (g) => ({
    path: g.pick(['src/config/workday.ts', 'config/workday.public.ts']),
    lines: [
      'export const workdayOAuth = {',
      `  authorizeUrl: 'https://${v.wdHost(g)}/${v.tenant(g)}/authorize',`,
      `  clientId: '${v.wdClientId(g)}',`,
      "  redirectUri: 'https://people.northwind.io/oauth/workday',",
      "  scope: 'Staffing Time_Tracking',",
      '};',
    ],
  })),
  template('mulesoft-secure-properties', (g) => ({
    path: g.pick(['src/main/resources/secure-prod.yaml', 'src/main/resources/properties/secure.yaml']),
    lines: [
      'workday:',
      `  username: "${v.isu(g)}"`,
      `  password: "![${g.fake.base64(24)}==]"`,
      'adp:',
      `  clientSecret: "![${g.fake.base64(44)}==]"`,
    ],
  })),
  template('mule-config-property-refs', () => ({
    path: 'src/main/mule/workday-config.xml',
    lines: [
      '<workday:config name="Workday_Config">',
      '  <workday:basic-authentication-api-connection userName="${secure::workday.username}"',
      '      password="${secure::workday.password}" tenantName="${workday.tenant}" hostName="${workday.host}" />',
      '</workday:config>',
      '<secure-properties:config name="Secure_Props" file="secure-${env}.yaml" key="${mule.key}" />',
    ],
  })),
  template('adp-client-id-and-cert', (g) => ({
    path: g.pick(['adp/README.md', 'docs/adp-setup.md']),
    lines: [
      '# ADP API Central',
      '',
      `Client id (public, identifies our project): \`${v.uuid(g)}\``,
      '',
      'The client secret and the mTLS key live in Vault at `secret/payroll/adp`.',
      '',
      '```',
      v.pem(g, 'CERTIFICATE'),
      '```',
    ],
  })),
  template('adp-worker-response-ids', (g) => ({
    path: g.pick(['fixtures/adp_workers.json', 'test/fixtures/adp-worker.json']),
    lines: [
      '{ "workers": [ {',
      `  "associateOID": "G${g.fake.upperAlnum(15)}",`,
      `  "workerID": { "idValue": "${g.fake.upperAlnum(9)}" },`,
      `  "person": { "legalName": { "formattedName": "${v.person(g)}" } },`,
      `  "workAssignments": [ { "itemID": "${g.fake.digits(11)}N", "positionID": "${g.fake.upperAlnum(9)}" } ]`,
      '} ] }',
    ],
  })),
  template('nacha-ach-file', (g) => ({
    path: g.pick(['payroll/out/ACH_20240531.txt', 'samples/nacha_ppd.ach']),
    lines: [
      `101 ${v.routing(g)} 1${g.fake.digits(9)}2405310930A094101BANK OF NORTHWIND      NORTHWIND INC          `,
      `5220NORTHWIND INC                       1${g.fake.digits(9)}PPDPAYROLL   240531240531   1${v.routing(g).slice(0, 8)}0000001`,
      `622${v.routing(g)}${g.fake.digits(12)}     0000${g.fake.digits(6)}${v.employeeId(g).padEnd(15)}${v.person(g).toUpperCase().padEnd(22)}  0${g.fake.digits(15)}`,
      `822000000100${g.fake.digits(10)}000000000000000000${g.fake.digits(6)}1${g.fake.digits(9)}                         ${v.routing(g).slice(0, 8)}0000001`,
    ],
  })),
  template('edi-834-empty-isa-auth', (g) => ({
    path: g.pick(['outbound/834/NWD_834_20240601.edi', 'samples/834_enrollment.x12']),
    lines: [
      `ISA*00*          *00*          *ZZ*NORTHWIND      *ZZ*${g.pick(['AETNA', 'CIGNA', 'METLIFE']).padEnd(15)}*240601*1200*^*00501*${g.fake.digits(9)}*0*P*:~`,
      `GS*BE*NORTHWIND*CARRIER*20240601*1200*${g.between(1, 999)}*X*005010X220A1~`,
      'ST*834*0001*005010X220A1~',
      `BGN*00*${g.fake.digits(8)}*20240601*1200****4~`,
      `INS*Y*18*021*28*A***FT~`,
      `REF*0F*${v.employeeId(g)}~`,
    ],
  })),
  template('payroll-register-csv', (g) => ({
    path: g.pick(['exports/payroll_register_2024-05-31.csv', 'reports/register.csv']),
    lines: [
      'employee_id,name,gross,federal_tax,net,routing,account_last4',
      ...[0, 1, 2].map(
        () =>
          `${v.employeeId(g)},${v.person(g)},${g.between(2000, 9000)}.${g.between(10, 99)},${g.between(200, 1500)}.00,${g.between(1500, 7000)}.55,${v.routing(g)},${g.fake.digits(4)}`,
      ),
    ],
  })),
  template('docusign-ids-only', (g) => ({
    path: g.pick(['config/docusign.json', 'onboarding/docusign.public.json']),
    lines: [
      '{',
      `  "integrationKey": "${v.uuid(g)}",`,
      `  "userId": "${v.uuid(g)}",`,
      `  "accountId": "${v.uuid(g)}",`,
      '  "oAuthServer": "account.docusign.com",',
      '  "privateKeyFile": "/run/secrets/docusign_rsa"',
      '}',
    ],
  })),
  template('docusign-envelope-log', (g) => ({
    path: g.pick(['logs/offer-letters.log', 'var/log/onboarding.log']),
    lines: [
      `2024-06-03T14:02:11Z INFO offer letter sent envelopeId=${v.uuid(g)} candidate=${v.objectId(g)}`,
      `2024-06-03T14:09:47Z INFO envelope completed envelopeId=${v.uuid(g)} status=completed`,
    ],
  })),
  template('checkr-webhook-payload', (g) => ({
    path: g.pick(['test/fixtures/checkr_report_completed.json', 'fixtures/checkr-webhook.json']),
    lines: [
      '{',
      `  "id": "${v.objectId(g)}",`,
      '  "type": "report.completed",',
      `  "data": { "object": { "id": "${v.objectId(g)}", "candidate_id": "${v.objectId(g)}", "status": "clear", "package": "tasker_standard" } }`,
      '}',
    ],
  })),
  template('greenhouse-ids-json', (g) => ({
    path: g.pick(['fixtures/greenhouse_application.json', 'samples/gh-app.json']),
    lines: [
      '{',
      `  "id": ${g.fake.digits(9).replace(/^0/, '6')},`,
      `  "candidate_id": ${g.fake.digits(9).replace(/^0/, '4')},`,
      `  "jobs": [{ "id": ${g.fake.digits(7).replace(/^0/, '4')}, "name": "Payroll Specialist" }],`,
      '  "status": "active"',
      '}',
    ],
  })),
  template('lever-posting-ids', (g) => ({
    path: g.pick(['careers/postings.json', 'data/lever_postings.json']),
    lines: [
      '[',
      `  { "id": "${v.uuid(g)}", "text": "HRIS Analyst", "hostedUrl": "https://jobs.lever.co/northwind/${v.uuid(g)}" }`,
      ']',
    ],
  })),
  template('okta-ids-config', (g) => ({
    path: g.pick(['src/auth/okta.config.ts', 'config/okta-spa.ts']),
    lines: [
      'export default {',
      `  issuer: 'https://${v.oktaOrg(g)}/oauth2/default',`,
      `  clientId: '${v.oktaClientId(g)}',`,
      "  redirectUri: window.location.origin + '/login/callback',",
      "  scopes: ['openid', 'profile', 'email'],",
      '  pkce: true,',
      '};',
    ],
  })),
  template('okta-env-reference', () => ({
    path: 'scripts/deactivate_leaver.sh',
    lines: [
      '#!/bin/bash',
      ': "${OKTA_API_TOKEN:?set OKTA_API_TOKEN}"',
      'curl -s -H "Authorization: SSWS ${OKTA_API_TOKEN}" "$OKTA_ORG_URL/api/v1/users/$1"',
    ],
  })),
  template('k8s-secretkeyref', () => ({
    path: 'k8s/people-api/deployment.yaml',
    lines: [
      '        env:',
      '          - name: BAMBOOHR_API_KEY',
      '            valueFrom:',
      '              secretKeyRef: { name: hris-keys, key: bamboohr }',
      '          - name: CHECKR_API_KEY',
      '            valueFrom:',
      '              secretKeyRef: { name: hris-keys, key: checkr }',
    ],
  })),
  template('terraform-variable-refs', () => ({
    path: 'terraform/okta/provider.tf',
    lines: [
      'variable "okta_api_token" {',
      '  type      = string',
      '  sensitive = true',
      '}',
      'provider "okta" {',
      '  org_name  = var.okta_org',
      '  api_token = var.okta_api_token',
      '}',
    ],
  })),
  template('python-env-reads', () => ({
    path: 'hris/settings.py',
    lines: [
      'import os',
      '',
      'BAMBOOHR_API_KEY = os.environ["BAMBOOHR_API_KEY"]',
      'GREENHOUSE_KEY = os.getenv("GREENHOUSE_HARVEST_API_KEY")',
      'ISU_PASSWORD = os.environ.get("WORKDAY_ISU_PASSWORD", "")',
      'PERSONIO_CLIENT_SECRET = os.environ["PERSONIO_CLIENT_SECRET"]',
    ],
  })),
  template('masked-credentials-sheet', (g) => ({
    path: g.pick(['IT/hr-systems-logins.csv', 'handover/accounts-redacted.csv']),
    lines: [
      'system,username,password,notes',
      `ADP Workforce Now,nwd.payroll.admin,********,in 1Password (People Ops vault)`,
      `Benefits SFTP,nwd_834,<redacted>,key-based since 2024`,
      `Workday ISU,${v.isu(g)},(see Vault),session timeout 0`,
    ],
  })),
  template('password-policy-doc', () => ({
    path: 'docs/workday-security.md',
    lines: [
      '# ISU password policy',
      '',
      '- Integration System User passwords are 20+ characters, generated, stored in Vault.',
      '- Password: never expires for ISUs (Do Not Allow UI Sessions is checked).',
      '- Rotate the password when an integration owner leaves.',
    ],
  })),
  template('pgp-public-key-bank', (g) => ({
    path: g.pick(['keys/bank_ach_public.asc', 'payroll/keys/carrier-pub.asc']),
    lines: [
      '-----BEGIN PGP PUBLIC KEY BLOCK-----',
      '',
      ...[0, 1, 2, 3, 4, 5].map(() => g.fake.base64(64)),
      `=${g.fake.base64(4)}`,
      '-----END PGP PUBLIC KEY BLOCK-----',
    ],
  })),
  template('file-checksums', (g) => ({
    path: g.pick(['payroll/out/SHA256SUMS', 'outbound/834/checksums.txt']),
    lines: [
      `${v.sha256(g)}  ACH_20240531.txt.gpg`,
      `${v.sha256(g)}  NWD_834_20240601.edi`,
      `${v.sha256(g)}  register_2024-05-31.csv`,
    ],
  })),
  template('ansible-vault-hr-vars', (g) => ({
    path: 'ansible/group_vars/hrapps/vault.yml',
    lines: ['$ANSIBLE_VAULT;1.1;AES256', ...[0, 1, 2, 3].map(() => g.fake.hex(80))],
  })),
  template('hibob-people-export', (g) => ({
    path: g.pick(['exports/hibob_people.json', 'fixtures/hibob-search.json']),
    lines: [
      '{ "employees": [',
      `  { "id": "${g.fake.digits(18)}", "displayName": "${v.person(g)}", "work": { "department": "Finance", "site": "${v.cap(v.site(g))}" } }`,
      '] }',
    ],
  })),
  template('personio-client-id-readme', (g) => ({
    path: g.pick(['personio/README.md', 'docs/personio.md']),
    lines: [
      '# Personio sync',
      '',
      `Client id: \`${v.personioClientId(g)}\` (the secret is in the CI secret \`PERSONIO_CLIENT_SECRET\`).`,
      'Partner id `NORTHWIND`, app id `HR_SYNC`.',
    ],
  })),
  template('boomi-process-properties-encrypted', (g) => ({
    path: g.pick(['boomi/extensions/HR_Prod.json', 'boomi/environment-extensions.json']),
    lines: [
      '{',
      '  "connections": [ { "id": "Workday_SOAP", "field": [',
      `    { "id": "user", "value": "${v.isu(g)}" },`,
      '    { "id": "password", "usesEncryption": true, "encryptedValueSet": true }',
      '  ] } ]',
      '}',
    ],
  })),
  template('timesheet-export', (g) => ({
    path: g.pick(['exports/kronos_punches.csv', 'timekeeping/punches_2024-06-01.csv']),
    lines: [
      'employee_id,badge,clock,punch_in,punch_out,pay_code',
      ...[0, 1, 2].map(
        () =>
          `${v.employeeId(g)},${g.fake.digits(6)},CLK-${g.between(1, 12)},2024-06-01T0${g.between(6, 9)}:0${g.between(0, 9)},2024-06-01T1${g.between(4, 8)}:3${g.between(0, 9)},REG`,
      ),
    ],
  })),
  template('sftp-key-based-script', (g) => ({
    path: g.pick(['cron/send_834.sh', 'scripts/push_ach.sh']),
    lines: [
      '#!/bin/bash',
      `sftp -i /home/edi/.ssh/id_ed25519 -oStrictHostKeyChecking=yes nwd_834@${v.host(g)} <<EOF`,
      'put /data/outbound/834/latest.edi /inbound/',
      'EOF',
    ],
  })),
  template('i18n-hr-strings', () => ({
    path: 'src/locales/en/onboarding.json',
    lines: [
      '{',
      '  "password": "Password",',
      '  "password_hint": "Use at least 12 characters",',
      '  "api_key_label": "BambooHR API key",',
      '  "isu_password_expired": "The integration user password has expired"',
      '}',
    ],
  })),
  template('scim-schema-doc', () => ({
    path: 'docs/scim-attributes.md',
    lines: [
      '| SCIM attribute | Workday field |',
      '|---|---|',
      '| userName | Work Email |',
      '| password | (not synced) |',
      '| employeeNumber | Employee_ID |',
      '| manager.value | Manager Employee_ID |',
    ],
  })),
  template('compose-secret-files', () => ({
    path: 'docker-compose.yml',
    lines: [
      'services:',
      '  payroll-bridge:',
      '    image: registry.corp.local/payroll-bridge:3.2',
      '    environment:',
      '      ADP_CLIENT_SECRET_FILE: /run/secrets/adp_client_secret',
      '      ISU_PASSWORD_FILE: /run/secrets/isu_password',
      '    secrets: [adp_client_secret, isu_password]',
    ],
  })),
  template('sf-api-key-only', (g) => ({
    path: g.pick(['sf-connector/public.properties', 'successfactors/client.properties']),
    lines: [
      `sf.api.host=api${g.pick(['4', '8', '12'])}.successfactors.com`,
      `sf.company.id=${g.pick(['NORTHWINDP', 'contosoT1'])}`,
      `sf.oauth.client.id=${g.fake.alnum(40)}`,
      'sf.oauth.user.id=sfapi_integration',
      'sf.oauth.private.key.file=/etc/sf/private.pem',
      'sf.oauth.token.url=/oauth/token',
    ],
  })),
];
