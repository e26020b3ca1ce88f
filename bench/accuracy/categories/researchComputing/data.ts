import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * research-computing positives from package indexes and scientific data services: .condarc
 * channel tokens and basic-auth mirrors, pip.conf and .pypirc, .netrc for NASA Earthdata and
 * Copernicus, ~/.cdsapirc, ~/.ecmwfapirc, NCBI Entrez keys (Python and R), Materials Project,
 * Globus confidential clients, iRODS sessions, Galaxy (galaxy.yml, BioBlend, Ephemeris), Zenodo,
 * Figshare, Dataverse, OSF and ORCID, REDCap and Qualtrics, XNAT and OMERO. Values generated at run
 * time.
 */
export const dataPositives: readonly Template[] = [
  template('condarc-channel-token', (g) => {
    const t = v.condaToken(g);
    return {
      path: g.pick(['.condarc', '~/.condarc']),
      lines: [
        'channels:',
        sec(`  - https://conda.anaconda.org/t/${t}/${g.pick(['smithlab', 'chenlab-private', 'rc-internal'])}`, t),
        '  - conda-forge',
        '  - bioconda',
        'channel_priority: strict',
      ],
    };
  }),
  template('condarc-basic-auth-mirror', (g) => {
    const p = v.labPass(g);
    return {
      path: '.condarc',
      lines: [
        `channel_alias: https://artifactory.${v.uni(g)}/artifactory/api/conda`,
        'default_channels:',
        sec(`  - https://svc-conda:${p}@artifactory.${v.uni(g)}/artifactory/api/conda/conda-main`, p),
        'ssl_verify: true',
      ],
    };
  }),
  template('pip-conf-index-token', (g) => {
    const t = v.gitlabDeployToken(g);
    return {
      path: g.pick(['pip.conf', '~/.config/pip/pip.conf', '/etc/pip.conf']),
      lines: [
        '[global]',
        'timeout = 60',
        sec(
          `extra-index-url = https://${g.pick(['gitlab+deploy-token-' + g.between(10, 999), '__token__'])}:${t}@gitlab.${v.uni(g)}/api/v4/projects/${g.between(100, 9999)}/packages/pypi/simple`,
          t,
        ),
      ],
    };
  }),
  template('pip-conf-nexus-password', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['pip.conf', 'pip.ini']),
      lines: [
        '[global]',
        sec(`index-url = https://${v.person(g)}:${p}@nexus.${v.uni(g)}/repository/pypi-group/simple`, p),
        `trusted-host = nexus.${v.uni(g)}`,
      ],
    };
  }),
  template('pypirc', (g) => {
    const t = v.pypiToken(g);
    const tt = v.pypiToken(g, true);
    return {
      path: '.pypirc',
      lines: [
        '[distutils]',
        'index-servers =',
        '    pypi',
        '    testpypi',
        '',
        '[pypi]',
        'username = __token__',
        sec(`password = ${t}`, t),
        '',
        '[testpypi]',
        'repository = https://test.pypi.org/legacy/',
        'username = __token__',
        sec(`password = ${tt}`, tt),
      ],
    };
  }),
  template('pypirc-private-repo', (g) => {
    const p = v.labPass(g);
    return {
      path: '.pypirc',
      lines: [
        '[distutils]',
        'index-servers = lab',
        '',
        '[lab]',
        `repository = https://pypi.${v.uni(g)}/`,
        `username = ${v.person(g)}`,
        sec(`password = ${p}`, p),
      ],
    };
  }),
  template('netrc-earthdata', (g) => {
    const p = v.labPass(g);
    const user = v.person(g);
    return g.chance(0.5)
      ? {
          path: '.netrc',
          lines: [sec(`machine urs.earthdata.nasa.gov login ${user} password ${p}`, p)],
        }
      : {
          path: '~/.netrc',
          lines: ['machine urs.earthdata.nasa.gov', `    login ${user}`, sec(`    password ${p}`, p)],
        };
  }),
  template('netrc-copernicus-in-script', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['setup_downloads.sh', 'scripts/get_sentinel.sh']),
      lines: [
        '#!/bin/bash',
        '# credentials for the Copernicus Data Space (wget/curl read ~/.netrc)',
        'cat > ~/.netrc <<EOF',
        sec(`machine identity.dataspace.copernicus.eu login ${v.email(g)} password ${p}`, p),
        'EOF',
        'chmod 600 ~/.netrc',
      ],
    };
  }),
  template('cdsapirc', (g) => {
    const k = v.cdsKey(g);
    const ads = g.chance(0.3);
    return {
      path: ads ? '.adsapirc' : g.pick(['.cdsapirc', '~/.cdsapirc']),
      lines: [
        ads ? 'url: https://ads.atmosphere.copernicus.eu/api' : 'url: https://cds.climate.copernicus.eu/api',
        sec(`key: ${k}`, k),
      ],
    };
  }),
  template('cdsapi-client-kwargs', (g) => {
    const k = v.cdsKey(g);
    return {
      path: g.pick(['download_era5.py', 'data/fetch_era5.py']),
      lines: [
        'import cdsapi',
        '',
        sec(`c = cdsapi.Client(url="https://cds.climate.copernicus.eu/api", key="${k}")`, k),
        'c.retrieve("reanalysis-era5-single-levels", {',
        '    "product_type": ["reanalysis"],',
        '    "variable": ["2m_temperature"],',
        `    "year": ["${g.between(1990, 2023)}"],`,
        '}, "t2m.nc")',
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
  template('entrez-api-key-py', (g) => {
    const k = v.ncbiKey(g);
    return {
      path: g.pick(['fetch_sequences.py', 'pipeline/entrez_utils.py']),
      lines: [
        'from Bio import Entrez',
        '',
        `Entrez.email = "${v.email(g)}"`,
        sec(`Entrez.api_key = "${k}"`, k),
        '',
        'handle = Entrez.efetch(db="nucleotide", id=accessions, rettype="fasta", retmode="text")',
      ],
    };
  }),
  template('entrez-key-r', (g) => {
    const k = v.ncbiKey(g);
    return {
      path: g.pick(['R/get_pubmed.R', 'analysis/01_fetch.R']),
      lines: [
        'library(rentrez)',
        sec(`set_entrez_key("${k}")`, k),
        'res <- entrez_search(db = "pubmed", term = "CRISPR[TIAB] AND 2023[PDAT]", retmax = 500)',
      ],
    };
  }),
  template('materials-project', (g) => {
    const k = v.mpKey(g);
    return g.chance(0.5)
      ? {
          path: g.pick(['mp_query.py', 'notebooks/screen.py']),
          lines: [
            'from mp_api.client import MPRester',
            '',
            sec(`with MPRester("${k}") as mpr:`, k),
            '    docs = mpr.materials.summary.search(elements=["Li", "Fe", "O"], band_gap=(0.5, 3.0))',
          ],
        }
      : {
          path: '~/.config/.pmgrc.yaml',
          lines: ['PMG_VASP_PSP_DIR: /opt/vasp/potcars', sec(`PMG_MAPI_KEY: ${k}`, k)],
        };
  }),
  template('globus-confidential-client', (g) => {
    const s = v.globusSecret(g);
    return {
      path: g.pick(['transfer/sync_instrument.py', 'globus_sync.py']),
      lines: [
        'import globus_sdk',
        '',
        `CLIENT_ID = "${v.uuid(g)}"`,
        sec(`CLIENT_SECRET = "${s}"`, s),
        '',
        'client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)',
        'authorizer = globus_sdk.ClientCredentialsAuthorizer(client, globus_sdk.TransferClient.scopes.all)',
        `SRC = "${v.uuid(g)}"  # instrument collection`,
      ],
    };
  }),
  template('globus-env', (g) => {
    const s = v.globusSecret(g);
    return {
      path: g.pick(['.env', 'deploy/gcs.env']),
      lines: [
        `GCS_CLI_CLIENT_ID=${v.uuid(g)}`,
        sec(`GCS_CLI_CLIENT_SECRET=${s}`, s),
        `GCS_CLI_ENDPOINT_ID=${v.uuid(g)}`,
      ],
    };
  }),
  template('irods-session', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['ingest/irods_upload.py', 'tools/irods_sync.py']),
      lines: [
        'from irods.session import iRODSSession',
        '',
        sec(
          `with iRODSSession(host="irods.${v.uni(g)}", port=1247, user="${v.person(g)}", password="${p}", zone="${g.pick(['tempZone', 'rdmZone', 'labZone'])}") as session:`,
          p,
        ),
        '    session.data_objects.put(local_path, irods_path)',
      ],
    };
  }),
  template('irods-env-export', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['jobs/stage_in.sbatch', 'snakemake/irods.env']),
      lines: [
        `export IRODS_HOST=irods.${v.uni(g)}`,
        'export IRODS_PORT=1247',
        `export IRODS_USER_NAME=${v.person(g)}`,
        sec(`export IRODS_PASSWORD='${p}'`, p),
      ],
    };
  }),
  template('galaxy-yml', (g) => {
    const id = v.hex(g, 32);
    const p = v.labPass(g);
    return {
      path: g.pick(['config/galaxy.yml', '/srv/galaxy/config/galaxy.yml']),
      lines: [
        'galaxy:',
        `  admin_users: ${v.email(g)}`,
        sec(`  database_connection: postgresql://galaxy:${p}@localhost:5432/galaxy`, p),
        sec(`  id_secret: ${id}`, id),
        '  file_path: /data/galaxy/objects',
        '  tool_config_file: tool_conf.xml,shed_tool_conf.xml',
      ],
    };
  }),
  template('bioblend-galaxy', (g) => {
    const k = v.galaxyKey(g);
    return {
      path: g.pick(['run_workflow.py', 'galaxy/upload_reads.py']),
      lines: [
        'from bioblend.galaxy import GalaxyInstance',
        '',
        sec(
          `gi = GalaxyInstance(url="https://${g.pick(['usegalaxy.org', 'usegalaxy.eu', 'galaxy.' + v.uni(g)])}", key="${k}")`,
          k,
        ),
        'history = gi.histories.create_history(name="rnaseq-batch")',
      ],
    };
  }),
  template('ephemeris-install', (g) => {
    const k = v.galaxyKey(g);
    return {
      path: g.pick(['install_tools.sh', '.gitlab-ci.yml']),
      lines: [sec(`shed-tools install -g https://galaxy.${v.uni(g)} -a ${k} -t tools/rnaseq.yml`, k)],
    };
  }),
  template('zenodo-deposit', (g) => {
    const t = v.zenodoToken(g);
    return {
      path: g.pick(['release/upload_zenodo.py', 'scripts/zenodo_publish.py']),
      lines: [
        'import requests',
        '',
        sec(`ACCESS_TOKEN = "${t}"`, t),
        'r = requests.post("https://zenodo.org/api/deposit/depositions",',
        "                  params={'access_token': ACCESS_TOKEN}, json={})",
        'bucket = r.json()["links"]["bucket"]',
      ],
    };
  }),
  template('zenodo-curl', (g) => {
    const t = v.zenodoToken(g);
    return {
      path: 'RELEASING.md',
      lines: [
        'Upload the tarball to the draft deposition:',
        '',
        '```bash',
        sec(
          `curl --upload-file dist/data.tar.gz "https://zenodo.org/api/files/$BUCKET/data.tar.gz?access_token=${t}"`,
          t,
        ),
        '```',
      ],
    };
  }),
  template('figshare-header', (g) => {
    const t = v.figshareToken(g);
    return {
      path: g.pick(['figshare_upload.py', 'publish/figshare.py']),
      lines: [
        'import requests',
        sec(`HEADERS = {"Authorization": "token ${t}"}`, t),
        'BASE = "https://api.figshare.com/v2"',
        'r = requests.get(f"{BASE}/account/articles", headers=HEADERS)',
      ],
    };
  }),
  template('dataverse-key', (g) => {
    const k = v.uuid(g);
    return g.chance(0.5)
      ? {
          path: 'scripts/dv_upload.sh',
          lines: [
            sec(`export API_TOKEN=${k}`, k),
            `export SERVER_URL=https://dataverse.${g.pick(['harvard.edu', 'nl', v.uni(g)])}`,
            'curl -H "X-Dataverse-key:$API_TOKEN" -X POST -F file=@data.csv "$SERVER_URL/api/datasets/:persistentId/add?persistentId=$PERSISTENT_ID"',
          ],
        }
      : {
          path: 'dv_upload.py',
          lines: [
            'from pyDataverse.api import NativeApi',
            sec(`api = NativeApi("https://dataverse.harvard.edu", "${k}")`, k),
          ],
        };
  }),
  template('osf-token', (g) => {
    const t = v.osfToken(g);
    return {
      path: g.pick(['sync_osf.py', 'osf_backup.py']),
      lines: [
        'from osfclient import OSF',
        sec(`osf = OSF(token="${t}")`, t),
        `project = osf.project("${g.fake.lowerAlnum(5)}")`,
      ],
    };
  }),
  template('orcid-client', (g) => {
    const s = v.uuid(g);
    return {
      path: g.pick(['config/orcid.yml', 'lab_website/_config.yml']),
      lines: [
        'orcid:',
        `  client_id: ${v.orcidClientId(g)}`,
        sec(`  client_secret: ${s}`, s),
        '  redirect_uri: https://lab.example-university.org/auth/orcid/callback',
        '  sandbox: false',
      ],
    };
  }),
  template('redcap-pycap', (g) => {
    const t = v.redcapToken(g);
    return {
      path: g.pick(['export_redcap.py', 'etl/redcap_pull.py']),
      lines: [
        'from redcap import Project',
        '',
        `API_URL = "https://redcap.${v.uni(g)}/api/"`,
        sec(`API_KEY = "${t}"`, t),
        'project = Project(API_URL, API_KEY)',
        'df = project.export_records(format_type="df")',
      ],
    };
  }),
  template('redcap-r', (g) => {
    const t = v.redcapToken(g);
    return {
      path: g.pick(['R/00_import.R', 'analysis/redcap.R']),
      lines: [
        'library(REDCapR)',
        `uri <- "https://redcap.${v.uni(g)}/api/"`,
        sec(`token <- "${t}"`, t),
        'ds <- redcap_read(redcap_uri = uri, token = token)$data',
      ],
    };
  }),
  template('redcap-curl', (g) => {
    const t = v.redcapToken(g);
    return {
      path: g.pick(['pull_records.sh', 'docs/redcap-export.md']),
      lines: [
        `curl -X POST https://redcap.${v.uni(g)}/api/ \\`,
        sec(`  -d token=${t} \\`, t),
        '  -d content=record -d format=csv -d type=flat > records.csv',
      ],
    };
  }),
  template('qualtrics-r', (g) => {
    const t = v.qualtricsToken(g);
    return {
      path: g.pick(['R/survey_import.R', 'analysis/qualtrics.R']),
      lines: [
        'library(qualtRics)',
        'qualtrics_api_credentials(',
        sec(`  api_key = "${t}",`, t),
        `  base_url = "${g.pick(['ca1', 'eu', 'iad1', 'fra1'])}.qualtrics.com",`,
        '  install = TRUE',
        ')',
      ],
    };
  }),
  template('qualtrics-header', (g) => {
    const t = v.qualtricsToken(g);
    return {
      path: 'qualtrics_export.py',
      lines: [
        'import requests',
        `DC = "${g.pick(['ca1', 'eu', 'iad1'])}"`,
        sec(`headers = {"X-API-TOKEN": "${t}", "Content-Type": "application/json"}`, t),
        'r = requests.post(f"https://{DC}.qualtrics.com/API/v3/surveys/{SURVEY}/export-responses", headers=headers, json={"format": "csv"})',
      ],
    };
  }),
  template('xnat-connect', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['download_scans.py', 'mri/xnat_pull.py']),
      lines: [
        'import xnat',
        '',
        sec(`with xnat.connect("https://xnat.${v.uni(g)}", user="${v.person(g)}", password="${p}") as session:`, p),
        `    project = session.projects["${g.pick(['NEURO_01', 'ADNI_LOCAL', 'fMRI_TASK'])}"]`,
      ],
    };
  }),
  template('omero-login', (g) => {
    const p = v.labPass(g);
    return g.chance(0.5)
      ? {
          path: 'omero_export.py',
          lines: [
            'from omero.gateway import BlitzGateway',
            sec(`conn = BlitzGateway("${v.person(g)}", "${p}", host="omero.${v.uni(g)}", port=4064, secure=True)`, p),
            'conn.connect()',
          ],
        }
      : {
          path: 'import_images.sh',
          lines: [
            sec(`omero login -s omero.${v.uni(g)} -u ${v.person(g)} -w '${p}'`, p),
            'omero import -d 1234 ./plates/',
          ],
        };
  }),
];
