import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * research-ml positives for scientific data services: NCBI Entrez, Copernicus CDS `.cdsapirc`,
 * NASA Earthdata (`.netrc`, `earthaccess`), ECMWF `.ecmwfapirc`, Google Earth Engine service
 * accounts, Sentinel Hub, Planet, NOAA CDO, USGS, Zenodo, Figshare, ORCID, Dataverse, Mendeley,
 * Semantic Scholar, Elsevier/Scopus (pybliometrics), Globus, as each service's documentation
 * writes them. Values generated at run time.
 */
export const sciencePositives: readonly Template[] = [
  template('entrez-api-key', (g) => {
    const k = v.ncbiKey(g);
    return {
      path: 'fetch_sequences.py',
      lines: [
        'from Bio import Entrez',
        `Entrez.email = "${v.email(g)}"`,
        sec(`Entrez.api_key = "${k}"`, k),
        'h = Entrez.esearch(db="nucleotide", term=query, retmax=500)',
      ],
    };
  }),
  template('entrez-eutils-url', (g) => {
    const k = v.ncbiKey(g);
    return {
      path: 'pipeline/pubmed_pull.sh',
      lines: [
        sec(
          `curl -s "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?db=pubmed&term=crispr&retmax=200&api_key=${k}" > ids.xml`,
          k,
        ),
      ],
    };
  }),
  template('ncbi-env-r', (g) => {
    const k = v.ncbiKey(g);
    return { path: '.Renviron', lines: [sec(`ENTREZ_KEY=${k}`, k), 'R_LIBS_USER=~/R/library'] };
  }),
  template('cdsapirc', (g) => {
    const k = v.cdsKey(g);
    return { path: '.cdsapirc', lines: ['url: https://cds.climate.copernicus.eu/api', sec(`key: ${k}`, k)] };
  }),
  template('cdsapi-client-inline', (g) => {
    const k = v.cdsKey(g);
    return {
      path: 'download_era5.py',
      lines: [
        'import cdsapi',
        sec(`c = cdsapi.Client(url="https://cds.climate.copernicus.eu/api", key="${k}")`, k),
        "c.retrieve('reanalysis-era5-single-levels', request, 'era5.nc')",
      ],
    };
  }),
  template('ecmwfapirc', (g) => {
    const k = v.ecmwfKey(g);
    return {
      path: '.ecmwfapirc',
      lines: [
        '{',
        '    "url"   : "https://api.ecmwf.int/v1",',
        sec(`    "key"   : "${k}",`, k),
        `    "email" : "${v.email(g)}"`,
        '}',
      ],
    };
  }),
  template('earthdata-netrc', (g) => {
    const p = v.pw(g);
    return {
      path: '.netrc',
      lines: [sec(`machine urs.earthdata.nasa.gov login ${v.researcher(g)} password ${p}`, p)],
    };
  }),
  template('earthaccess-env', (g) => {
    const p = v.pw(g);
    return {
      path: 'notebooks/icesat2_env.py',
      lines: [
        'import os, earthaccess',
        `os.environ["EARTHDATA_USERNAME"] = "${v.researcher(g)}"`,
        sec(`os.environ["EARTHDATA_PASSWORD"] = "${p}"`, p),
        'auth = earthaccess.login(strategy="environment")',
      ],
    };
  }),
  template('earthdata-token-header', (g) => {
    const t = g.fake.jwt({ type: 'User', uid: v.researcher(g), iss: 'Earthdata Login' });
    return {
      path: 'get_granules.sh',
      lines: [sec(`wget --header "Authorization: Bearer ${t}" -i granules.txt`, t)],
    };
  }),
  template('gee-service-account-json', (g) => {
    // The whole key on one JSON line, as the console's download writes it.
    const pem = g.fake.pem('PRIVATE KEY', 6);
    const firstBody = pem.split('\n')[1]!;
    const escaped = pem.split('\n').join('\\n');
    return {
      path: 'keys/ee-service-account.json',
      lines: [
        '{',
        '  "type": "service_account",',
        `  "project_id": "ee-${v.researcher(g)}",`,
        `  "private_key_id": "${g.fake.hex(40)}",`,
        sec(`  "private_key": "${escaped}\\n",`, firstBody),
        `  "client_email": "ee-runner@ee-${v.researcher(g)}.iam.gserviceaccount.com",`,
        '  "token_uri": "https://oauth2.googleapis.com/token"',
        '}',
      ],
    };
  }),
  template('sentinelhub-config', (g) => {
    const s = v.clientSecret(g);
    return {
      path: 'sh_setup.py',
      lines: [
        'from sentinelhub import SHConfig',
        'config = SHConfig()',
        `config.sh_client_id = "${g.fake.uuid()}"`,
        sec(`config.sh_client_secret = "${s}"`, s),
        'config.save("cdse")',
      ],
    };
  }),
  template('sentinelhub-toml', (g) => {
    const s = v.clientSecret(g);
    return {
      path: '.config/sentinelhub/config.toml',
      lines: ['[default-profile]', `sh_client_id = "${g.fake.uuid()}"`, sec(`sh_client_secret = "${s}"`, s)],
    };
  }),
  template('planet-env', (g) => {
    const k = v.planetKey(g);
    return {
      path: 'scripts/order_scenes.sh',
      lines: [sec(`export PL_API_KEY=${k}`, k), 'planet data search PSScene --geom aoi.geojson'],
    };
  }),
  template('planet-requests-auth', (g) => {
    const k = v.planetKey(g);
    return {
      path: 'planet_search.py',
      lines: [
        'import requests',
        sec(`PLANET_API_KEY = "${k}"`, k),
        'session = requests.Session()',
        'session.auth = (PLANET_API_KEY, "")',
      ],
    };
  }),
  template('noaa-cdo-token', (g) => {
    const t = v.noaaToken(g);
    return {
      path: 'weather/ghcn_fetch.py',
      lines: [
        'import requests',
        sec(`headers = {"token": "${t}"}`, t),
        'r = requests.get("https://www.ncei.noaa.gov/cdo-web/api/v2/data", headers=headers, params=p)',
      ],
    };
  }),
  template('usgs-m2m-login', (g) => {
    const p = v.pw(g);
    return {
      path: 'landsat/m2m_download.py',
      lines: [
        'SERVICE_URL = "https://m2m.cr.usgs.gov/api/api/json/stable/"',
        sec(`payload = {"username": "${v.researcher(g)}", "password": "${p}"}`, p),
        'api_key = send_request(SERVICE_URL + "login", payload)',
      ],
    };
  }),
  template('zenodo-token', (g) => {
    const t = v.zenodoToken(g);
    return {
      path: 'release/upload_zenodo.py',
      lines: [
        'import requests',
        sec(`ACCESS_TOKEN = "${t}"`, t),
        'r = requests.post("https://zenodo.org/api/deposit/depositions", params={"access_token": ACCESS_TOKEN}, json={})',
      ],
    };
  }),
  template('zenodo-curl', (g) => {
    const t = v.zenodoToken(g);
    return {
      path: 'publish.sh',
      lines: [sec(`curl -H "Authorization: Bearer ${t}" https://zenodo.org/api/deposit/depositions`, t)],
    };
  }),
  template('figshare-token', (g) => {
    const t = v.figshareToken(g);
    return {
      path: 'figshare_upload.py',
      lines: [
        'BASE_URL = "https://api.figshare.com/v2"',
        sec(`TOKEN = "${t}"`, t),
        'HEADERS = {"Authorization": "token " + TOKEN}',
      ],
    };
  }),
  template('orcid-client-secret', (g) => {
    const s = g.fake.uuid();
    return {
      path: 'config/orcid.yml',
      lines: [
        'orcid:',
        `  client_id: APP-${g.fake.upperAlnum(16)}`,
        sec(`  client_secret: ${s}`, s),
        '  sandbox: false',
      ],
    };
  }),
  template('dataverse-api-token', (g) => {
    const t = g.fake.uuid();
    return {
      path: 'deposit_dataverse.sh',
      lines: [
        sec(`export API_TOKEN=${t}`, t),
        'export SERVER_URL=https://dataverse.harvard.edu',
        'curl -H "X-Dataverse-key:$API_TOKEN" -X POST "$SERVER_URL/api/dataverses/lab/datasets" --upload-file dataset.json',
      ],
    };
  }),
  template('dataverse-pydataverse', (g) => {
    const t = g.fake.uuid();
    return {
      path: 'dv_upload.py',
      lines: ['from pyDataverse.api import NativeApi', sec(`api = NativeApi("https://dataverse.nl", "${t}")`, t)],
    };
  }),
  template('mendeley-client', (g) => {
    const s = g.fake.alnum(16);
    return {
      path: 'refs/mendeley_sync.py',
      lines: [
        'from mendeley import Mendeley',
        sec(
          `mendeley = Mendeley(${g.between(1000, 19999)}, client_secret="${s}", redirect_uri="http://localhost:5000/oauth")`,
          s,
        ),
      ],
    };
  }),
  template('semantic-scholar-header', (g) => {
    const k = v.s2Key(g);
    return {
      path: 'lit_review/s2_fetch.py',
      lines: [
        'import requests',
        sec(`HEADERS = {"x-api-key": "${k}"}`, k),
        'r = requests.get("https://api.semanticscholar.org/graph/v1/paper/search", params=q, headers=HEADERS)',
      ],
    };
  }),
  template('elsevier-pybliometrics-config', (g) => {
    const k = v.elsevierKey(g);
    return {
      path: '.config/pybliometrics.cfg',
      lines: [
        '[Directories]',
        'AbstractRetrieval = /home/user/.cache/pybliometrics/Scopus/abstract_retrieval',
        '[Authentication]',
        sec(`APIKey = ${k}`, k),
      ],
    };
  }),
  template('elsevier-header', (g) => {
    const k = v.elsevierKey(g);
    return {
      path: 'scopus_counts.R',
      lines: [
        'library(httr)',
        sec(
          `res <- GET("https://api.elsevier.com/content/search/scopus", query = list(query = q), add_headers("X-ELS-APIKey" = "${k}"))`,
          k,
        ),
      ],
    };
  }),
  template('globus-confidential-client', (g) => {
    const s = v.globusSecret(g);
    return {
      path: 'transfer/globus_sync.py',
      lines: [
        'import globus_sdk',
        `CLIENT_ID = "${g.fake.uuid()}"`,
        sec(`CLIENT_SECRET = "${s}"`, s),
        'client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)',
      ],
    };
  }),
  template('gee-private-key-pem-file', (g) => {
    const pem = g.fake.pem('RSA PRIVATE KEY', 4).split('\n');
    return {
      path: 'secrets/gee-key.pem',
      lines: [block(pem.slice(0, 3).map((l) => sec(l, l))), ...pem.slice(3)],
    };
  }),
];
