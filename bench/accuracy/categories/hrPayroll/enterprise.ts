import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * hr-payroll positives from enterprise HCM and payroll suites: Workday (Integration System User
 * passwords in RaaS calls, WS-Security SOAP, API client secrets and refresh tokens, Studio and
 * Boomi/MuleSoft connector settings), ADP API Central (client secret, the mTLS key and its
 * passphrase), SAP SuccessFactors (the OAuth SAML assertion's private key, OData basic logins),
 * Oracle HCM Cloud (HDL and REST logins, IDCS client secrets), UKG Pro WFM (app keys, client secrets,
 * service-account passwords), Paylocity, Paycom and Paychex API secrets. Values generated at run time.
 */
export const enterprisePositives: readonly Template[] = [
  template('workday-raas-curl-cron', (g) => {
    const pw = v.plain(g);
    const t = v.tenant(g);
    const user = v.isu(g);
    return {
      path: g.pick(['scripts/pull_workers.sh', 'cron/workday_headcount.sh', 'bin/raas_export.sh']),
      lines: [
        '#!/usr/bin/env bash',
        '# nightly: pull the active-worker report for the data warehouse',
        'set -euo pipefail',
        `OUT=/data/landing/workday/workers_$(date +%F).json`,
        sec(
          `curl -sf -u "${user}@${t}:${pw}" "https://${v.wdHost(g)}/ccx/service/customreport2/${t}/${user}/All_Active_Workers?format=json" -o "$OUT"`,
          pw,
        ),
        'gzip -f "$OUT"',
      ],
    };
  }),
  template('workday-raas-python', (g) => {
    const pw = v.pass(g);
    const t = v.tenant(g);
    const user = v.isu(g);
    return {
      path: g.pick(['etl/workday_raas.py', 'dags/workday_workers.py', 'src/hris/raas_client.py']),
      lines: [
        'import requests',
        'from requests.auth import HTTPBasicAuth',
        '',
        `TENANT = "${t}"`,
        `REPORT_URL = f"https://${v.wdHost(g)}/ccx/service/customreport2/{TENANT}/${user}/Worker_Compensation"`,
        `ISU_USER = "${user}@${t}"`,
        sec(`ISU_PASSWORD = "${pw}"`, pw),
        '',
        'def fetch(effective_date):',
        '    r = requests.get(REPORT_URL, params={"format": "json", "Effective_as_of_Date": effective_date},',
        '                     auth=HTTPBasicAuth(ISU_USER, ISU_PASSWORD), timeout=300)',
        '    r.raise_for_status()',
        '    return r.json()["Report_Entry"]',
      ],
    };
  }),
  template('workday-raas-url-userinfo', (g) => {
    const pw = v.plain(g);
    const t = v.tenant(g);
    const user = v.isu(g);
    return {
      path: g.pick(['docs/reports.md', 'notes/workday-feeds.md']),
      lines: [
        '# Workday report feeds',
        '',
        'The BI refresh reads the compensation report straight from Workday:',
        '',
        sec(
          `    https://${user}%40${t}:${pw}@${v.wdHost(g)}/ccx/service/customreport2/${t}/${user}/Comp_Detail?format=csv`,
          pw,
        ),
        '',
        'Owner: People Analytics. Rotate with the ISU password.',
      ],
    };
  }),
  template('workday-wssecurity-soap-xml', (g) => {
    const pw = v.plain(g);
    const t = v.tenant(g);
    return {
      path: g.pick(['soap/Get_Workers_request.xml', 'integrations/workday/get_workers.xml']),
      lines: [
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:bsvc="urn:com.workday/bsvc">',
        '  <soapenv:Header>',
        '    <wsse:Security soapenv:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">',
        '      <wsse:UsernameToken>',
        `        <wsse:Username>${v.isu(g)}@${t}</wsse:Username>`,
        sec(
          `        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${pw}</wsse:Password>`,
          pw,
        ),
        '      </wsse:UsernameToken>',
        '    </wsse:Security>',
        '  </soapenv:Header>',
        '  <soapenv:Body>',
        '    <bsvc:Get_Workers_Request bsvc:version="v42.0">',
        '      <bsvc:Response_Filter><bsvc:Count>100</bsvc:Count></bsvc:Response_Filter>',
        '    </bsvc:Get_Workers_Request>',
        '  </soapenv:Body>',
        '</soapenv:Envelope>',
      ],
    };
  }),
  template('workday-zeep-wsse-python', (g) => {
    const pw = v.pass(g);
    const t = v.tenant(g);
    return {
      path: g.pick(['workday/soap_client.py', 'hris/workday_hire.py']),
      lines: [
        'from zeep import Client',
        'from zeep.wsse.username import UsernameToken',
        '',
        `WSDL = "https://${v.wdHost(g)}/ccx/service/${t}/Human_Resources/v42.0?wsdl"`,
        '',
        'client = Client(',
        '    WSDL,',
        sec(`    wsse=UsernameToken("${v.isu(g)}@${t}", "${pw}"),`, pw),
        ')',
        'resp = client.service.Get_Workers(Response_Filter={"Count": 50})',
      ],
    };
  }),
  template('workday-java-wss4j', (g) => {
    const pw = v.plain(g);
    const t = v.tenant(g);
    return {
      path: g.pick(['src/main/java/com/corp/hris/WorkdayPort.java', 'workday-sync/src/main/java/WorkdayClient.java']),
      lines: [
        'package com.corp.hris;',
        '',
        'import org.apache.cxf.ws.security.SecurityConstants;',
        'import javax.xml.ws.BindingProvider;',
        '',
        'public final class WorkdayPort {',
        `    private static final String ISU = "${v.isu(g)}@${t}";`,
        sec(`    private static final String ISU_PASSWORD = "${pw}";`, pw),
        '',
        '    static void secure(BindingProvider port) {',
        '        port.getRequestContext().put(SecurityConstants.USERNAME, ISU);',
        '        port.getRequestContext().put(SecurityConstants.PASSWORD, ISU_PASSWORD);',
        '    }',
        '}',
      ],
    };
  }),
  template('workday-csharp-networkcredential', (g) => {
    const pw = v.pass(g).replace(/"/g, '');
    const t = v.tenant(g);
    return {
      path: g.pick(['HrSync/WorkdayReportClient.cs', 'src/Payroll.Bridge/Workday/RaasReader.cs']),
      lines: [
        'using System.Net;',
        'using System.Net.Http;',
        '',
        'public class RaasReader',
        '{',
        '    private readonly HttpClient _http = new HttpClient(new HttpClientHandler',
        '    {',
        sec(`        Credentials = new NetworkCredential("${v.isu(g)}@${t}", "${pw}")`, pw),
        '    });',
        '}',
      ],
    };
  }),
  template('workday-api-client-refresh-env', (g) => {
    const secret = v.wdClientSecret(g);
    const rt = v.wdRefreshToken(g);
    const t = v.tenant(g);
    return {
      path: g.pick(['.env', 'services/workday-connector/.env.production']),
      lines: [
        `WORKDAY_TENANT=${t}`,
        `WORKDAY_TOKEN_URL=https://${v.wdHost(g)}/ccx/oauth2/${t}/token`,
        `WORKDAY_REST_URL=https://${v.wdHost(g)}/ccx/api/v1/${t}`,
        `WORKDAY_CLIENT_ID=${v.wdClientId(g)}`,
        sec(`WORKDAY_CLIENT_SECRET=${secret}`, secret),
        sec(`WORKDAY_REFRESH_TOKEN=${rt}`, rt),
      ],
    };
  }),
  template('workday-refresh-token-node', (g) => {
    const rt = v.wdRefreshToken(g);
    const secret = v.wdClientSecret(g);
    const t = v.tenant(g);
    return {
      path: g.pick(['src/workday/auth.js', 'lib/workdayToken.js']),
      lines: [
        "const axios = require('axios');",
        '',
        'const cfg = {',
        `  tokenUrl: 'https://${v.wdHost(g)}/ccx/oauth2/${t}/token',`,
        `  clientId: '${v.wdClientId(g)}',`,
        sec(`  clientSecret: '${secret}',`, secret),
        sec(`  refreshToken: '${rt}',`, rt),
        '};',
        '',
        'async function accessToken() {',
        '  const body = new URLSearchParams({ grant_type: "refresh_token", refresh_token: cfg.refreshToken });',
        '  const r = await axios.post(cfg.tokenUrl, body, { auth: { username: cfg.clientId, password: cfg.clientSecret } });',
        '  return r.data.access_token;',
        '}',
        'module.exports = { accessToken };',
      ],
    };
  }),
  template('workday-studio-launch-params', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['studio/PayrollOutbound/ws/WSAR-INF/launch.properties', 'assembly/launch-params.properties']),
      lines: [
        '# Workday Studio local test launch',
        `wd.tenant=${v.tenant(g)}`,
        `wd.integration.system=INT042_Payroll_Outbound`,
        `wd.user=${v.isu(g)}`,
        sec(`wd.password=${pw}`, pw),
        'sftp.host=sftp.paydata-partner.net',
        'sftp.port=22',
      ],
    };
  }),
  template('mulesoft-workday-config-yaml', (g) => {
    const pw = v.plain(g);
    const t = v.tenant(g);
    return {
      path: g.pick(['src/main/resources/config-prod.yaml', 'src/main/resources/properties/prod.yaml']),
      lines: [
        'http:',
        '  port: "8081"',
        'workday:',
        `  tenantName: "${t}"`,
        `  hostName: "${v.wdHost(g)}"`,
        `  username: "${v.isu(g)}@${t}"`,
        sec(`  password: "${pw}"`, pw),
        '  responseTimeout: "300000"',
      ],
    };
  }),
  template('mulesoft-mule-key-wrapper', (g) => {
    const k = g.fake.alnum(16);
    return {
      path: g.pick(['conf/wrapper.conf', 'runtime/conf/wrapper-custom.conf']),
      lines: [
        '# Mule runtime for the HR integrations (Workday, ADP, Okta)',
        'wrapper.java.additional.14=-Dmule.env=prod',
        sec(`wrapper.java.additional.15=-Dmule.key=${k}`, k),
        'wrapper.java.additional.16=-Danypoint.platform.gatekeeper=disabled',
      ],
    };
  }),
  template('boomi-atom-container-properties', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick([
        'Boomi_AtomSphere/Atom - HR Integrations/conf/container.properties',
        'atom/conf/container.properties',
      ]),
      lines: [
        '#Container properties for the HR atom',
        'com.boomi.container.name=Atom - HR Integrations',
        'com.boomi.container.cloudlet.clusterConfig=multicast',
        `com.boomi.container.proxyHost=proxy.corp.local`,
        'com.boomi.container.proxyPort=3128',
        `com.boomi.container.proxyUser=${v.svcUser(g)}`,
        sec(`com.boomi.container.proxyPassword=${pw}`, pw),
      ],
    };
  }),
  template('adp-api-central-env', (g) => {
    const secret = v.uuid(g);
    return {
      path: g.pick(['.env', 'adp-sync/.env', 'config/adp.env']),
      lines: [
        '# ADP API Central (Workforce Now) — mutual TLS + client credentials',
        'ADP_TOKEN_URL=https://accounts.adp.com/auth/oauth/v2/token',
        'ADP_API_URL=https://api.adp.com',
        `ADP_CLIENT_ID=${v.uuid(g)}`,
        sec(`ADP_CLIENT_SECRET=${secret}`, secret),
        'ADP_CERT_PATH=/etc/adp/certs/company_auth.pem',
        'ADP_KEY_PATH=/etc/adp/certs/company_auth.key',
      ],
    };
  }),
  template('adp-python-mtls', (g) => {
    const secret = v.uuid(g);
    return {
      path: g.pick(['adp/client.py', 'payroll/adp_workers.py']),
      lines: [
        'import requests',
        '',
        'CERT = ("certs/adp_auth.pem", "certs/adp_auth.key")',
        '',
        'def token():',
        '    r = requests.post(',
        '        "https://accounts.adp.com/auth/oauth/v2/token",',
        `        data={"grant_type": "client_credentials", "client_id": "${v.uuid(g)}",`,
        sec(`              "client_secret": "${secret}"},`, secret),
        '        cert=CERT,',
        '    )',
        '    return r.json()["access_token"]',
      ],
    };
  }),
  template('adp-mtls-private-key', (g) => {
    const key = v.pem(g, 'PRIVATE KEY');
    const lines = key.split('\n');
    return {
      path: g.pick(['certs/adp_auth.key', 'adp/company_auth.key', 'secrets/adp-mtls.key']),
      lines: [block(lines.slice(0, 3).map((l) => sec(l, l))), ...lines.slice(3)],
    };
  }),
  template('adp-keystore-passphrase-java', (g) => {
    const pw = v.passphrase(g);
    const secret = v.uuid(g);
    return {
      path: g.pick([
        'src/main/resources/application.properties',
        'adp-connector/src/main/resources/application-prod.properties',
      ]),
      lines: [
        'adp.api.base-url=https://api.adp.com',
        'adp.oauth.token-url=https://accounts.adp.com/auth/oauth/v2/token',
        `adp.oauth.client-id=${v.uuid(g)}`,
        sec(`adp.oauth.client-secret=${secret}`, secret),
        'adp.ssl.key-store=classpath:adp-auth.p12',
        sec(`adp.ssl.key-store-password=${pw}`, pw),
        'adp.ssl.key-store-type=PKCS12',
      ],
    };
  }),
  template('adp-curl-runbook', (g) => {
    const secret = v.uuid(g);
    const id = v.uuid(g);
    return {
      path: g.pick(['runbooks/adp-token.md', 'docs/adp-api.md']),
      lines: [
        '## Getting an ADP token by hand',
        '',
        '```bash',
        'curl --cert company_auth.pem --key company_auth.key \\',
        '  -X POST https://accounts.adp.com/auth/oauth/v2/token \\',
        sec(`  -d "grant_type=client_credentials&client_id=${id}&client_secret=${secret}"`, secret),
        '```',
      ],
    };
  }),
  template('successfactors-saml-private-key', (g) => {
    const key = v.pkcs8Base64(g);
    const first = key.slice(0, 80);
    return {
      path: g.pick(['sf-connector/config.properties', 'successfactors/oauth.properties']),
      lines: [
        `sf.api.host=api${g.pick(['4', '8', '12', '55'])}.successfactors.com`,
        `sf.company.id=${g.pick(['NORTHWINDP', 'contosoT1', 'GLOBEXPROD'])}`,
        `sf.oauth.client.id=${g.fake.alnum(40)}`,
        'sf.oauth.user.id=sfapi_integration',
        sec(`sf.oauth.private.key=${key}`, first),
      ],
    };
  }),
  template('successfactors-odata-basic-python', (g) => {
    const pw = v.pass(g);
    const company = g.pick(['NORTHWINDP', 'contosoT1', 'GLOBEXPROD']);
    return {
      path: g.pick(['sf/odata_pull.py', 'etl/successfactors_users.py']),
      lines: [
        'import requests',
        '',
        `BASE = "https://api${g.pick(['4', '8', '12'])}.successfactors.com/odata/v2"`,
        `USER = "sfadmin@${company}"`,
        sec(`PASSWORD = "${pw}"`, pw),
        '',
        'r = requests.get(f"{BASE}/User", params={"$format": "json", "$top": 500}, auth=(USER, PASSWORD))',
      ],
    };
  }),
  template('oracle-hcm-hdl-upload', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['scripts/hdl_load.sh', 'oracle-hcm/upload_worker_dat.sh']),
      lines: [
        '#!/bin/sh',
        '# Load Worker.dat through the HCM Data Loader web service',
        `POD=https://${g.pick(['ehxk', 'fa-eqdx', 'fa-etaa'])}-saasfaprod1.fa.ocs.oraclecloud.com`,
        sec(`HCM_USER=hcm_integration HCM_PASS='${pw}'`, pw),
        'curl -s -u "$HCM_USER:$HCM_PASS" -H "Content-Type: application/json" \\',
        '  -X POST "$POD/hcmRestApi/resources/11.13.18.05/dataLoadDataSets" -d @payload.json',
      ],
    };
  }),
  template('oracle-hcm-idcs-client', (g) => {
    const s = v.uuid(g);
    return {
      path: g.pick(['config/oracle-hcm.yaml', 'hcm-bridge/application.yml']),
      lines: [
        'oracle:',
        '  hcm:',
        `    base-url: https://fa-${g.fake.lower(4)}-saasfaprod1.fa.ocs.oraclecloud.com`,
        '  idcs:',
        `    url: https://idcs-${g.fake.hex(32)}.identity.oraclecloud.com`,
        `    client-id: ${g.fake.hex(32)}`,
        sec(`    client-secret: ${s}`, s),
      ],
    };
  }),
  template('ukg-pro-wfm-python', (g) => {
    const appKey = v.key32(g);
    const cs = g.fake.alnum(32);
    const pw = v.pass(g);
    return {
      path: g.pick(['ukg/wfm_auth.py', 'timekeeping/ukg_client.py']),
      lines: [
        'import requests',
        '',
        `HOST = "https://${g.pick(['northwind', 'contoso', 'globex'])}-nosso.prd.mykronos.com"`,
        sec(`APP_KEY = "${appKey}"`, appKey),
        '',
        'def login():',
        '    r = requests.post(f"{HOST}/api/authentication/access_token",',
        '        headers={"appkey": APP_KEY, "Content-Type": "application/x-www-form-urlencoded"},',
        sec(`        data={"username": "api_wfm", "password": "${pw}", "client_id": "${g.fake.alnum(32)}",`, pw),
        sec(`              "client_secret": "${cs}", "grant_type": "password", "auth_chain": "OAuthLdapService"})`, cs),
        '    return r.json()["access_token"]',
      ],
    };
  }),
  template('ukg-pro-wfm-postman-env', (g) => {
    const appKey = v.key32(g);
    const pw = v.plain(g);
    return {
      path: g.pick(['postman/UKG-Pro-WFM.postman_environment.json', 'docs/ukg.postman_environment.json']),
      lines: [
        '{',
        '  "name": "UKG Pro WFM - PROD",',
        '  "values": [',
        `    { "key": "baseUrl", "value": "https://${g.pick(['northwind', 'contoso'])}.prd.mykronos.com", "enabled": true },`,
        sec(`    { "key": "appkey", "value": "${appKey}", "enabled": true },`, appKey),
        '    { "key": "username", "value": "api_integration", "enabled": true },',
        sec(`    { "key": "password", "value": "${pw}", "enabled": true }`, pw),
        '  ]',
        '}',
      ],
    };
  }),
  template('kronos-wfc-xml-api', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['kronos/logon.xml', 'wfc/xml/Logon.xml']),
      lines: [
        '<?xml version="1.0"?>',
        '<Kronos_WFC version="1.0">',
        sec(`  <Request Object="System" Action="Logon" Username="${v.svcUser(g)}" Password="${pw}"/>`, pw),
        '</Kronos_WFC>',
      ],
    };
  }),
  template('paylocity-appsettings', (g) => {
    const s = v.paylocitySecret(g);
    return {
      path: g.pick(['appsettings.Production.json', 'src/PayrollSync/appsettings.json']),
      lines: [
        '{',
        '  "Paylocity": {',
        '    "TokenUrl": "https://api.paylocity.com/IdentityServer/connect/token",',
        `    "CompanyId": "${g.between(10000, 99999)}",`,
        `    "ClientId": "${g.fake.alnum(22)}",`,
        sec(`    "ClientSecret": "${s}"`, s),
        '  }',
        '}',
      ],
    };
  }),
  template('paycom-ruby-client', (g) => {
    const tok = v.paycomToken(g);
    return {
      path: g.pick(['lib/paycom/client.rb', 'app/services/paycom_sync.rb']),
      lines: [
        "require 'faraday'",
        '',
        'module Paycom',
        `  SID = '${g.fake.hex(16)}'`,
        sec(`  TOKEN = '${tok}'`, tok),
        '',
        '  def self.conn',
        "    Faraday.new(url: 'https://api.paycomonline.net/v4/rest/index.php/api/v1') do |f|",
        '      f.request :authorization, :basic, SID, TOKEN',
        '    end',
        '  end',
        'end',
      ],
    };
  }),
  template('paychex-flex-go', (g) => {
    const s = g.fake.alnum(g.between(30, 40));
    return {
      path: g.pick(['internal/paychex/auth.go', 'pkg/payroll/paychex.go']),
      lines: [
        'package paychex',
        '',
        'import "golang.org/x/oauth2/clientcredentials"',
        '',
        'var conf = clientcredentials.Config{',
        `\tClientID:     "${g.fake.lower(4)}-${g.fake.alnum(20)}",`,
        sec(`\tClientSecret: "${s}",`, s),
        '\tTokenURL:     "https://api.paychex.com/auth/oauth/v2/token",',
        '}',
      ],
    };
  }),
  template('workday-tenant-sheet-csv', (g) => {
    const rows = [0, 1, 2].map(() => ({ user: v.isu(g), pw: v.plain(g) }));
    const t = v.tenant(g);
    return {
      path: g.pick(['handover/workday_isu_accounts.csv', 'docs/isu-inventory.csv']),
      lines: [
        'tenant,isu,password,security_group,owner',
        ...rows.map((r) => sec(`${t},${r.user},${r.pw},ISSG_${r.user.slice(4)},hris-team`, r.pw)),
      ],
    };
  }),
  template('workday-isu-runbook-md', (g) => {
    const pw = v.pass(g);
    const t = v.tenant(g);
    const user = v.isu(g);
    return {
      path: g.pick(['runbooks/workday-isu.md', 'wiki/HRIS/Integration-Users.md']),
      lines: [
        '# Integration System Users',
        '',
        '| Tenant | ISU | Password | Expires |',
        '|---|---|---|---|',
        sec(`| ${t} | ${user} | ${pw} | never (session timeout 0) |`, pw),
        '',
        'Do not let the password expire: the payroll outbound fails silently.',
      ],
    };
  }),
  template('workday-powershell-raas', (g) => {
    const pw = v.plain(g);
    const t = v.tenant(g);
    return {
      path: g.pick(['scripts/Get-WorkdayWorkers.ps1', 'AD/Sync-FromWorkday.ps1']),
      lines: [
        `$tenant = "${t}"`,
        `$user = "${v.isu(g)}@$tenant"`,
        sec(`$pass = ConvertTo-SecureString "${pw}" -AsPlainText -Force`, pw),
        '$cred = New-Object System.Management.Automation.PSCredential($user, $pass)',
        `$url = "https://${v.wdHost(g)}/ccx/service/customreport2/$tenant/ISU_AD_Sync/AD_Worker_Feed?format=json"`,
        '$workers = (Invoke-RestMethod -Uri $url -Credential $cred).Report_Entry',
      ],
    };
  }),
];
