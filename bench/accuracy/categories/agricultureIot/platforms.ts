import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * agriculture-iot positives from farm-data platforms and imagery: John Deere Operations Center, Climate
 * FieldView, CNH FieldOps, AGCO, Trimble Ag, AgLeader AgFiniti, Farmers Business Network, Planet,
 * Sentinel Hub, NASA Earthdata (.netrc, tokens), Copernicus CDS and Data Space, and the cloud keys
 * the agronomy notebooks carry. Values generated at run time.
 */
export const platformPositives: readonly Template[] = [
  template('deere-env', (g) => {
    const s = v.oktaSecret(g);
    return {
      path: g.pick(['.env', 'deere-sync/.env', 'services/ops-center/.env.production']),
      lines: [
        '# John Deere Operations Center (developer.deere.com)',
        `DEERE_CLIENT_ID=${v.oktaClientId(g)}`,
        sec(`DEERE_CLIENT_SECRET=${s}`, s),
        'DEERE_REDIRECT_URI=http://localhost:9090/callback',
        'DEERE_API_BASE=https://sandboxapi.deere.com/platform',
      ],
    };
  }),
  template('deere-python-oauth', (g) => {
    const s = v.oktaSecret(g);
    return {
      path: g.pick(['deere/auth.py', 'scripts/pull_fields.py', 'notebooks/ops_center.py']),
      lines: [
        'from requests_oauthlib import OAuth2Session',
        '',
        `CLIENT_ID = "${v.oktaClientId(g)}"`,
        sec(`CLIENT_SECRET = "${s}"`, s),
        'TOKEN_URL = "https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/token"',
        'SCOPES = ["ag1", "ag2", "eq1", "offline_access"]',
        '',
        'session = OAuth2Session(CLIENT_ID, scope=SCOPES, redirect_uri="http://localhost:9090/callback")',
      ],
    };
  }),
  template('deere-token-json', (g) => {
    const r = v.opaqueToken(g);
    const a = v.jwt(g, { iss: 'https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7', scp: ['ag1', 'eq1'] });
    return {
      path: g.pick(['token.json', '.deere/credentials.json', 'cache/deere_token.json']),
      lines: [
        '{',
        '  "token_type": "Bearer",',
        '  "expires_in": 43200,',
        sec(`  "access_token": "${a}",`, a),
        '  "scope": "ag1 ag2 eq1 offline_access",',
        sec(`  "refresh_token": "${r}"`, r),
        '}',
      ],
    };
  }),
  template('deere-curl-readme', (g) => {
    const a = v.jwt(g, { scp: ['ag1'] });
    return {
      path: g.pick(['docs/ops-center-notes.md', 'NOTES.md']),
      lines: [
        '## Pull the org list',
        '',
        '```sh',
        sec(`curl -H "Authorization: Bearer ${a}" \\`, a),
        '     -H "Accept: application/vnd.deere.axiom.v3+json" \\',
        '     https://partnerapi.deere.com/platform/organizations',
        '```',
      ],
    };
  }),
  template('fieldview-config-yaml', (g) => {
    const k = v.apiKey(g);
    const s = v.longSecret(g);
    return {
      path: g.pick(['config/fieldview.yml', 'climate/config.yaml']),
      lines: [
        'climate_fieldview:',
        '  base_url: https://platform.climate.com',
        '  token_url: https://api.climate.com/api/oauth/token',
        `  client_id: ${g.pick(['willowcreek', 'agsync', 'ridge-agronomy'])}-partner`,
        sec(`  client_secret: ${s}`, s),
        sec(`  api_key: ${k}`, k),
      ],
    };
  }),
  template('fieldview-node', (g) => {
    const k = v.apiKey(g);
    return {
      path: g.pick(['src/climate.js', 'lib/fieldviewClient.ts']),
      lines: [
        "import axios from 'axios';",
        '',
        'export const climate = axios.create({',
        "  baseURL: 'https://platform.climate.com/v4',",
        sec(`  headers: { 'X-Api-Key': '${k}' },`, k),
        '});',
      ],
    };
  }),
  template('cnh-fieldops-csharp', (g) => {
    const k = v.apimKey(g);
    return {
      path: g.pick(['src/CnhClient.cs', 'FieldOps/ApiClient.cs']),
      lines: [
        'using var http = new HttpClient();',
        'http.BaseAddress = new Uri("https://ag.api.cnhind.com/");',
        sec(`http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "${k}");`, k),
        'var fleet = await http.GetStringAsync("fleet/v1/vehicles");',
      ],
    };
  }),
  template('cnh-appsettings', (g) => {
    const k = v.apimKey(g);
    const s = v.longSecret(g);
    return {
      path: g.pick(['appsettings.json', 'src/FarmHub/appsettings.Production.json']),
      lines: [
        '{',
        '  "CnhFieldOps": {',
        `    "ClientId": "${v.uuid(g)}",`,
        sec(`    "ClientSecret": "${s}",`, s),
        sec(`    "SubscriptionKey": "${k}"`, k),
        '  }',
        '}',
      ],
    };
  }),
  template('agco-properties', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['src/main/resources/application.properties', 'agco-connector/application.properties']),
      lines: [
        'agco.api.base-url=https://api.agcocorp.com/fuse',
        `agco.oauth.client-id=fuse-${v.farm(g)}`,
        sec(`agco.oauth.client-secret=${s}`, s),
        'agco.oauth.scope=telemetry.read',
      ],
    };
  }),
  template('trimble-ag-python', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['trimble/client.py', 'etl/trimble_ag.py']),
      lines: [
        'import requests',
        '',
        'resp = requests.post(',
        '    "https://id.trimble.com/oauth/token",',
        '    data={"grant_type": "client_credentials", "scope": "trimble-ag-software"},',
        sec(`    auth=("${v.uuid(g)}", "${s}"),`, s),
        ')',
      ],
    };
  }),
  template('agfiniti-ini', (g) => {
    const p = v.plain(g);
    const k = v.apiKey(g);
    return {
      path: g.pick(['agfiniti.ini', 'C:/AgLeader/sync/settings.ini']),
      lines: ['[AgFiniti]', `Username=${v.email(g)}`, sec(`Password=${p}`, p), sec(`ApiKey=${k}`, k), 'Region=NA'],
    };
  }),
  template('fbn-notebook', (g) => {
    const k = v.apiKey(g);
    return {
      path: g.pick(['notebooks/fbn_prices.ipynb', 'analysis/input_costs.ipynb']),
      lines: [
        '{',
        ' "cells": [',
        '  {',
        '   "cell_type": "code",',
        '   "metadata": {},',
        '   "source": [',
        '    "import requests\\n",',
        sec(`    "FBN_API_KEY = \\"${k}\\"\\n",`, k),
        '    "r = requests.get(\\"https://api.fbn.com/v1/prices\\", headers={\\"x-api-key\\": FBN_API_KEY})"',
        '   ]',
        '  }',
        ' ],',
        ' "nbformat": 4',
        '}',
      ],
    };
  }),
  template('planet-env', (g) => {
    const k = v.planetKey(g);
    return {
      path: g.pick(['.env', 'imagery/.env']),
      lines: ['# Planet basemaps for NDVI', sec(`PL_API_KEY=${k}`, k), 'PL_ITEM_TYPE=PSScene'],
    };
  }),
  template('planet-python', (g) => {
    const k = v.planetKey(g);
    return {
      path: g.pick(['imagery/planet_search.py', 'ndvi/fetch.py']),
      lines: [
        'import requests',
        'from requests.auth import HTTPBasicAuth',
        '',
        sec(`PLANET_API_KEY = '${k}'`, k),
        'session = requests.Session()',
        "session.auth = HTTPBasicAuth(PLANET_API_KEY, '')",
        "res = session.get('https://api.planet.com/data/v1/item-types')",
      ],
    };
  }),
  template('sentinelhub-config', (g) => {
    const s = v.shSecret(g);
    return {
      path: g.pick(['notebooks/s2_ndvi.py', 'imagery/sh_config.py']),
      lines: [
        'from sentinelhub import SHConfig',
        '',
        'config = SHConfig()',
        `config.sh_client_id = "${v.uuid(g)}"`,
        sec(`config.sh_client_secret = "${s}"`, s),
        'config.sh_base_url = "https://sh.dataspace.copernicus.eu"',
      ],
    };
  }),
  template('sentinelhub-toml', (g) => {
    const s = v.shSecret(g);
    return {
      path: g.pick(['.config/sentinelhub/config.toml', 'sentinelhub/config.toml']),
      lines: [
        '[default-profile]',
        `sh_client_id = "${v.uuid(g)}"`,
        sec(`sh_client_secret = "${s}"`, s),
        'sh_token_url = "https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token"',
      ],
    };
  }),
  template('earthdata-netrc', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['.netrc', 'home/agronomist/.netrc', 'docker/netrc']),
      lines: [sec(`machine urs.earthdata.nasa.gov login ${v.farm(g)}_gis password ${p}`, p)],
    };
  }),
  template('earthdata-netrc-multiline', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['.netrc', 'smap/netrc']),
      lines: ['machine urs.earthdata.nasa.gov', `    login ${v.farm(g)}soil`, sec(`    password ${p}`, p)],
    };
  }),
  template('earthdata-token-shell', (g) => {
    const t = v.jwt(g, { type: 'User', uid: `${v.farm(g)}_gis`, iss: 'Earthdata Login' });
    return {
      path: g.pick(['scripts/get_smap.sh', 'fetch_modis.sh']),
      lines: [
        '#!/bin/bash',
        sec(`EDL_TOKEN="${t}"`, t),
        'wget --header "Authorization: Bearer $EDL_TOKEN" -i granules.txt -P data/smap/',
      ],
    };
  }),
  template('cdsapirc', (g) => {
    const k = v.uuid(g);
    return {
      path: g.pick(['.cdsapirc', 'home/ops/.cdsapirc']),
      lines: ['url: https://cds.climate.copernicus.eu/api', sec(`key: ${k}`, k)],
    };
  }),
  template('copernicus-odata-python', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['imagery/cdse_download.py', 'scripts/s2_download.py']),
      lines: [
        'data = {',
        '    "client_id": "cdse-public",',
        `    "username": "${v.email(g)}",`,
        sec(`    "password": "${p}",`, p),
        '    "grant_type": "password",',
        '}',
        'r = requests.post("https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token", data=data)',
      ],
    };
  }),
  template('gee-service-account', (g) => {
    const k = v.pem(g, 'PRIVATE KEY');
    const id = g.fake.hex(40);
    return {
      path: g.pick(['keys/gee-service-account.json', 'earthengine-sa.json']),
      lines: [
        '{',
        '  "type": "service_account",',
        `  "project_id": "${v.farm(g)}-ndvi",`,
        // The key's id names it in Google's key list: not secret (policy: ids about a credential).
        `  "private_key_id": "${id}",`,
        block([sec(`  "private_key": "${k.replace(/\n/g, '\\n')}\\n",`, k.split('\n')[1]!)]),
        `  "client_email": "ee-runner@${v.farm(g)}-ndvi.iam.gserviceaccount.com"`,
        '}',
      ],
    };
  }),
  template('aws-s3-yield-bucket', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['yield-upload/config.py', 'scripts/upload_yield_maps.py']),
      lines: [
        'import boto3',
        '',
        's3 = boto3.client(',
        '    "s3",',
        sec(`    aws_access_key_id="${id}",`, id),
        sec(`    aws_secret_access_key="${s}",`, s),
        '    region_name="us-east-2",',
        ')',
        's3.upload_file("yield_2025.shp.zip", "farm-yield-maps", "2025/yield.zip")',
      ],
    };
  }),
  template('farm-erp-connection', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['config/database.yml', 'granary/config/database.yml']),
      lines: [
        'production:',
        '  adapter: postgresql',
        '  host: 10.20.0.15',
        '  database: grain_contracts',
        '  username: granary',
        sec(`  password: ${p}`, p),
      ],
    };
  }),
  template('agworld-api-r', (g) => {
    const k = v.apiKey(g);
    return {
      path: g.pick(['R/agworld.R', 'analysis/spray_records.R']),
      lines: [
        'library(httr)',
        sec(`agworld_token <- "${k}"`, k),
        'res <- GET("https://us.agworld.co/user_api/v1/activities",',
        '           add_headers(Authorization = paste("Token", agworld_token)))',
      ],
    };
  }),
];
