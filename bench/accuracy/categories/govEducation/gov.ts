import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * gov-education positives from government IT: login.gov and ID.me relying parties, open-data portals
 * (Socrata API key pairs, CKAN API tokens), ArcGIS/Esri API keys and tokens, Census and api.data.gov
 * keys, SAM.gov keys, IRS MeF strong-authentication keystores, state e-filing SFTP, public-sector
 * clouds (AWS GovCloud key pairs, Azure Government storage keys and app secrets, cloud.gov service
 * keys), records systems (Laserfiche, OnBase), permitting (Accela), and campus configuration
 * management (Ansible group vars, Puppet Hiera). Values generated at run time.
 */
export const govPositives: readonly Template[] = [
  template('logingov-private-key-jwt', (g) => {
    const key = v.pem(g, 'RSA PRIVATE KEY').split('\n');
    return {
      path: g.pick(['config/logingov_sp.key', 'keys/login-gov-sandbox.key', 'certs/logingov/private.pem']),
      lines: [block(key.map((l) => sec(l, l)))],
    };
  }),
  template('idme-client-secret-env', (g) => {
    const s = g.fake.hex(32);
    return {
      path: g.pick(['.env', 'benefits-portal/.env.production']),
      lines: [
        `IDME_CLIENT_ID=${g.fake.hex(32)}`,
        sec(`IDME_CLIENT_SECRET=${s}`, s),
        'IDME_SCOPE=military',
        `IDME_REDIRECT_URI=https://benefits.${v.school(g)}.gov/auth/idme/callback`,
      ],
    };
  }),
  template('socrata-key-pair-python', (g) => {
    const id = v.socrataKeyId(g);
    const s = v.socrataKeySecret(g);
    return {
      path: g.pick(['etl/publish_dataset.py', 'scripts/socrata_upsert.py']),
      lines: [
        'from sodapy import Socrata',
        '',
        'client = Socrata(',
        `    "data.${v.school(g)}.gov",`,
        '    None,',
        sec(`    username="${id}",`, id),
        sec(`    password="${s}",`, s),
        ')',
        `client.upsert("${v.datasetId(g)}", rows)`,
      ],
    };
  }),
  template('socrata-dsmapi-curl', (g) => {
    const id = v.socrataKeyId(g);
    const s = v.socrataKeySecret(g);
    return {
      path: g.pick(['docs/open-data-publishing.md', 'scripts/publish_revision.sh']),
      lines: [
        `curl -X POST "https://data.${v.school(g)}.gov/api/publishing/v1/revision/${v.datasetId(g)}" \\`,
        sec(`  -u "${id}:${s}" \\`, s),
        `  -H "Content-Type: application/json" -d '{"action": {"type": "replace"}}'`,
      ],
    };
  }),
  template('ckan-api-token', (g) => {
    const t = g.fake.jwt({ jti: g.fake.base64url(43), iat: 1700000000 + g.between(0, 9e6) });
    return {
      path: g.pick(['harvest/ckan_upload.py', 'scripts/ckan_resource_update.py']),
      lines: [
        'import ckanapi',
        '',
        sec(`API_TOKEN = "${t}"`, t),
        `ckan = ckanapi.RemoteCKAN("https://catalog.${v.school(g)}.gov", apikey=API_TOKEN)`,
        `ckan.action.resource_patch(id="${v.uuid(g)}", upload=open("budget.csv", "rb"))`,
      ],
    };
  }),
  template('ckan-legacy-api-key-ini', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['.ckanapi.ini', 'harvester/ckan.ini']),
      lines: ['[ckan]', `url = https://data.${v.school(g)}.gov`, sec(`apikey = ${k}`, k)],
    };
  }),
  template('arcgis-api-key-js-server', (g) => {
    const k = v.arcgisKey(g);
    return {
      path: g.pick(['server/geocode.js', 'functions/geocodeAddress.js']),
      lines: [
        "import { ApiKeyManager } from '@esri/arcgis-rest-request';",
        "import { geocode } from '@esri/arcgis-rest-geocoding';",
        '',
        sec(`const authentication = ApiKeyManager.fromKey('${k}');`, k),
        '',
        'export async function toPoint(address) {',
        '  const res = await geocode({ address, authentication });',
        '  return res.candidates[0]?.location;',
        '}',
      ],
    };
  }),
  template('arcgis-python-login', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['gis/update_parcels.py', 'notebooks/publish_zoning.py']),
      lines: [
        'from arcgis.gis import GIS',
        '',
        sec(`gis = GIS("https://gis.${v.school(g)}.gov/portal", "gis_publisher", "${p}")`, p),
        `item = gis.content.get("${v.itemId(g)}")`,
        'item.layers[0].edit_features(updates=changes)',
      ],
    };
  }),
  template('arcgis-token-url', (g) => {
    const t = v.arcgisToken(g);
    return {
      path: g.pick(['logs/sync.log', 'notes/featureservice.txt']),
      lines: [
        `2026-03-0${g.between(1, 9)} 02:00:14 INFO querying parcels`,
        sec(
          `GET https://services${g.between(1, 9)}.arcgis.com/${g.fake.alnum(16)}/arcgis/rest/services/Parcels/FeatureServer/0/query?where=1%3D1&f=json&token=${t}`,
          t,
        ),
      ],
    };
  }),
  template('census-api-key-r', (g) => {
    const k = v.censusKey(g);
    return {
      path: g.pick(['analysis/acs_pull.R', 'R/enrollment_demographics.R']),
      lines: [
        'library(tidycensus)',
        sec(`census_api_key("${k}", install = TRUE)`, k),
        'acs <- get_acs(geography = "school district (unified)", variables = "B14001_001", state = "CA", year = 2023)',
      ],
    };
  }),
  template('census-api-key-python', (g) => {
    const k = v.censusKey(g);
    return {
      path: g.pick(['etl/census.py', 'scripts/acs5.py']),
      lines: [
        'import requests',
        sec(`CENSUS_KEY = "${k}"`, k),
        'url = "https://api.census.gov/data/2023/acs/acs5"',
        'r = requests.get(url, params={"get": "NAME,B01001_001E", "for": "county:*", "in": "state:06", "key": CENSUS_KEY})',
      ],
    };
  }),
  template('sam-gov-api-key', (g) => {
    const k = v.dataGovKey(g);
    return {
      path: g.pick(['procurement/sam_lookup.py', 'grants/check_exclusions.py']),
      lines: [
        'import requests',
        '',
        sec(`SAM_API_KEY = "${k}"`, k),
        '',
        'def entity(uei):',
        '    r = requests.get("https://api.sam.gov/entity-information/v3/entities",',
        '                     params={"api_key": SAM_API_KEY, "ueiSAM": uei})',
        '    return r.json()',
      ],
    };
  }),
  template('api-data-gov-url', (g) => {
    const k = v.dataGovKey(g);
    return {
      path: g.pick(['README.md', 'docs/fec-data.md', 'notes/api.txt']),
      lines: [
        'Pull the committee totals (our registered key, 1,000 requests/hour):',
        '',
        sec(`    curl "https://api.open.fec.gov/v1/candidates/totals/?cycle=2026&api_key=${k}"`, k),
      ],
    };
  }),
  template('irs-mef-keystore', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['mef/mef-client.properties', 'config/a2a.properties']),
      lines: [
        '# IRS MeF A2A strong authentication',
        `mef.etin=${g.fake.digits(5)}`,
        `mef.appSysId=${g.fake.digits(8)}`,
        'mef.keystore.file=/etc/pki/mef/a2a-system.jks',
        sec(`mef.keystore.password=${p}`, p),
        'mef.keystore.alias=a2a',
      ],
    };
  }),
  template('state-efile-sftp-python', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['efile/submit_returns.py', 'dor/upload.py']),
      lines: [
        'import paramiko',
        '',
        `transport = paramiko.Transport(("sftp.tax.${g.pick(['ny', 'ca', 'oh', 'tx', 'wa'])}.gov", 22))`,
        sec(`transport.connect(username="efile_${g.fake.digits(6)}", password="${p}")`, p),
        'sftp = paramiko.SFTPClient.from_transport(transport)',
        'sftp.put("out/W2_2026.txt", "/inbound/W2_2026.txt")',
      ],
    };
  }),
  template('govcloud-aws-credentials', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['.aws/credentials', 'deploy/govcloud-credentials']),
      lines: [
        '[govcloud]',
        sec(`aws_access_key_id = ${id}`, id),
        sec(`aws_secret_access_key = ${s}`, s),
        'region = us-gov-west-1',
      ],
    };
  }),
  template('govcloud-terraform-provider', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['infra/providers.tf', 'terraform/govcloud/main.tf']),
      lines: [
        'provider "aws" {',
        '  region     = "us-gov-east-1"',
        sec(`  access_key = "${id}"`, id),
        sec(`  secret_key = "${s}"`, s),
        '}',
      ],
    };
  }),
  template('azure-gov-storage-connstr', (g) => {
    const k = v.storageKey(g);
    return {
      path: g.pick(['appsettings.json', 'Records.Api/appsettings.Production.json']),
      lines: [
        '{',
        '  "ConnectionStrings": {',
        sec(
          `    "Blob": "DefaultEndpointsProtocol=https;AccountName=${v.school(g)}records;AccountKey=${k};EndpointSuffix=core.usgovcloudapi.net"`,
          k,
        ),
        '  }',
        '}',
      ],
    };
  }),
  template('azure-gov-sp-login', (g) => {
    const s = v.azureSecret(g);
    return {
      path: g.pick(['pipelines/deploy.sh', 'scripts/az_gov_login.sh']),
      lines: [
        'az cloud set --name AzureUSGovernment',
        sec(`az login --service-principal -u ${v.uuid(g)} -p '${s}' --tenant ${v.uuid(g)}`, s),
        'az webapp deploy --resource-group rg-permits --name permits-api --src-path app.zip',
      ],
    };
  }),
  template('cloudgov-service-key', (g) => {
    const p = g.fake.alnum(g.between(24, 32));
    const host = `cg-aws-rds-${g.fake.lowerAlnum(10)}.${g.fake.lowerAlnum(12)}.us-gov-west-1.rds.amazonaws.com`;
    return {
      path: g.pick(['notes/cf-service-key.txt', 'docs/db-access.md']),
      lines: [
        `$ cf service-key ${g.pick(['permits-db', 'benefits-psql', 'foia-db'])} ops-key`,
        'Getting key ops-key for service instance as deployer...',
        '',
        '{',
        '  "credentials": {',
        '    "db_name": "cgawsbrokerprod' + g.fake.lowerAlnum(10) + '",',
        `    "host": "${host}",`,
        sec(`    "password": "${p}",`, p),
        '    "port": "5432",',
        `    "username": "u${g.fake.lowerAlnum(15)}"`,
        '  }',
        '}',
      ],
    };
  }),
  template('laserfiche-repository-config', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['LfIntegration/appsettings.json', 'config/laserfiche.json']),
      lines: [
        '{',
        '  "Laserfiche": {',
        `    "Server": "lf.${v.school(g)}.gov",`,
        '    "Repository": "CityRecords",',
        '    "Username": "svc_lfimport",',
        sec(`    "Password": "${p}"`, p),
        '  }',
        '}',
      ],
    };
  }),
  template('laserfiche-cloud-service-principal', (g) => {
    const k = g.fake.alnum(20);
    // the access key the Developer Console downloads is base64 of JSON holding the app's private JWK
    const access = Buffer.from(
      JSON.stringify({
        customerId: g.fake.digits(10),
        clientId: v.uuid(g),
        domain: 'laserfiche.com',
        jwk: {
          kty: 'EC',
          crv: 'P-256',
          use: 'sig',
          kid: g.fake.base64url(43),
          x: g.fake.base64url(43),
          y: g.fake.base64url(43),
          d: g.fake.base64url(43),
        },
      }),
    ).toString('base64');
    return {
      path: g.pick(['.env', 'lf-cloud-sync/.env']),
      lines: [
        sec(`LF_SERVICE_PRINCIPAL_KEY=${k}`, k),
        `LF_REPOSITORY_ID=r-${g.fake.lowerAlnum(8)}`,
        sec(`LF_ACCESS_KEY_BASE64=${access}`, access),
      ],
    };
  }),
  template('onbase-unity-connect', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['OnBaseImport/Program.cs', 'src/Records/OnBaseSession.cs']),
      lines: [
        'using Hyland.Unity;',
        '',
        `var props = Application.CreateOnBaseAuthenticationProperties("https://onbase.${v.school(g)}.gov/AppServer/Service.asmx", "SVC_IMPORT",`,
        sec(`    "${p}", "OnBase");`, p),
        'using (Application app = Application.Connect(props))',
        '{',
        '    var docType = app.Core.DocumentTypes.Find("PERMIT - APPLICATION");',
        '}',
      ],
    };
  }),
  template('accela-app-secret', (g) => {
    const s = g.fake.hex(32);
    return {
      path: g.pick(['config/accela.json', 'permits-sync/accela.json']),
      lines: [
        '{',
        `  "appId": "${g.fake.digits(18)}",`,
        sec(`  "appSecret": "${s}",`, s),
        `  "agency": "${v.school(g).toUpperCase()}",`,
        '  "environment": "PROD"',
        '}',
      ],
    };
  }),
  template('ansible-university-group-vars', (g) => {
    const p = v.plain(g);
    const s = v.plain(g);
    return {
      path: g.pick([
        'group_vars/moodle_servers.yml',
        'inventories/prod/group_vars/lms.yml',
        'group_vars/shibboleth_idp.yml',
      ]),
      lines: [
        '---',
        'moodle_version: "4.3"',
        `moodle_wwwroot: "https://moodle.${v.eduDomain(g)}"`,
        'moodle_db_user: moodle',
        sec(`moodle_db_password: "${p}"`, p),
        sec(`shib_idp_sealer_password: "${s}"`, s),
        'shib_idp_entity_id: "https://idp.' + v.eduDomain(g) + '/idp/shibboleth"',
      ],
    };
  }),
  template('puppet-hiera-campus', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['hieradata/role/ezproxy.yaml', 'data/nodes/lms01.yaml']),
      lines: [
        '---',
        `profile::ezproxy::hostname: ezproxy.${v.eduDomain(g)}`,
        'profile::ezproxy::admin_user: libadmin',
        sec(`profile::ezproxy::admin_password: '${p}'`, p),
        'profile::ezproxy::max_sessions: 500',
      ],
    };
  }),
];
