import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * research-computing hard negatives from the same clusters, labs and repositories: job scripts that
 * read their keys from files or the environment, slurm.conf's AccountingStoragePass (a socket
 * path), MUNGE key generation and checksums, Jupyter configs without a secret (empty tokens, a
 * cookie-secret file, `password_required`), JupyterHub values that reference Kubernetes secrets,
 * the services' documented placeholders (.cdsapirc `<UID>:<API-KEY>`, .netrc `<password>`,
 * kaggle.json `YOUR_KEY`, MPRester("your_api_key_here")), env and secret-store reads in Python,
 * R, Julia, MATLAB and Nextflow (`secrets.X`), and the many ids that are not secrets: ORCID iDs and
 * ORCID client ids, DOIs, accessions (SRA, GEO, BioProject, Ensembl, UniProt, PDB), checksums
 * (MD5SUMS, conda-lock, container digests), W&B, MLflow and ClearML run ids, Globus collection
 * ids, random seeds, GPU UUIDs and job ids. Generated at run time.
 */
export const researchComputingNegatives: readonly Template[] = [
  template('slurm-job-key-from-file', (g) => ({
    path: g.pick(['jobs/train.sbatch', 'train.slurm']),
    lines: [
      '#!/bin/bash',
      `#SBATCH --job-name=${v.project(g)}`,
      `#SBATCH --account=${v.account(g)}`,
      '#SBATCH --gres=gpu:1',
      '#SBATCH --export=ALL',
      'export WANDB_API_KEY=$(cat ~/.config/wandb/key)',
      'export HF_TOKEN="$(< $HOME/.cache/huggingface/token)"',
      'source ~/.secrets/mlflow.env',
      `export PYTHONHASHSEED=${v.seed(g)}`,
      `srun python train.py --seed ${v.seed(g)} --run-name ${v.project(g)}-$SLURM_JOB_ID`,
    ],
  })),
  template('slurm-conf-munge-socket', (g) => ({
    path: '/etc/slurm/slurm.conf',
    lines: [
      `ClusterName=${g.pick(['hyak', 'euler', 'spartan'])}`,
      'SlurmctldHost=head01',
      'AuthType=auth/munge',
      'CredType=cred/munge',
      'AccountingStorageType=accounting_storage/slurmdbd',
      'AccountingStorageHost=slurmdbd',
      'AccountingStoragePass=/var/run/munge/munge.socket.2',
      'AuthAltTypes=auth/jwt',
      'AuthAltParameters=jwt_key=/var/spool/slurm/statesave/jwt_hs256.key',
      'JobCompType=jobcomp/none',
      'NodeName=gpu[01-08] CPUs=64 RealMemory=512000 Gres=gpu:a100:4 State=UNKNOWN',
    ],
  })),
  template('munge-key-generation', (g) => ({
    path: g.pick(['roles/munge/tasks/main.yml', 'docs/munge.md']),
    lines: [
      '- name: create the munge key',
      '  command: mungekey --create --keyfile=/etc/munge/munge.key --bits=1024',
      '  args:',
      '    creates: /etc/munge/munge.key',
      '- name: or from urandom',
      '  shell: dd if=/dev/urandom bs=1 count=1024 > /etc/munge/munge.key && chmod 400 /etc/munge/munge.key',
      `# sha256 of the deployed key, to compare across nodes: ${g.fake.hex(64)}`,
      '- name: copy the key from the vault',
      '  copy:',
      '    content: "{{ vault_munge_key | b64decode }}"',
      '    dest: /etc/munge/munge.key',
      "    mode: '0400'",
    ],
  })),
  template('slurm-jwt-from-scontrol', (g) => ({
    path: 'tools/slurm_api.sh',
    lines: [
      '#!/bin/bash',
      'export $(scontrol token lifespan=3600)',
      `curl -s -H "X-SLURM-USER-NAME: $USER" -H "X-SLURM-USER-TOKEN: $SLURM_JWT" http://head01:6820/slurm/v0.0.40/jobs`,
      `# job ${g.fake.digits(8)} on gpu${g.fake.digits(2)}`,
    ],
  })),
  template('jupyter-config-no-secret', (g) => ({
    path: g.pick(['.jupyter/jupyter_server_config.py', 'jupyter_notebook_config.py']),
    lines: [
      "c.ServerApp.ip = '127.0.0.1'",
      "c.ServerApp.token = ''",
      "c.ServerApp.password = ''",
      'c.ServerApp.password_required = False',
      "# c.ServerApp.token = '<generated>'",
      "c.IdentityProvider.token = os.environ.get('JUPYTER_TOKEN', '')",
      'c.ServerApp.allow_remote_access = False',
    ],
  })),
  template('jupyterhub-config-refs', (g) => ({
    path: 'jupyterhub_config.py',
    lines: [
      "c.JupyterHub.cookie_secret_file = '/srv/jupyterhub/jupyterhub_cookie_secret'",
      "c.JupyterHub.db_url = 'sqlite:////srv/jupyterhub/jupyterhub.sqlite'",
      "c.GitHubOAuthenticator.client_id = os.environ['GITHUB_CLIENT_ID']",
      "c.GitHubOAuthenticator.client_secret = os.environ['GITHUB_CLIENT_SECRET']",
      "c.ConfigurableHTTPProxy.auth_token = os.environ['CONFIGPROXY_AUTH_TOKEN']",
      `c.Authenticator.admin_users = {'${v.person(g)}', '${v.person(g)}'}`,
      "c.JupyterHub.services = [{'name': 'idle-culler', 'api_token': os.environ['CULLER_TOKEN']}]",
    ],
  })),
  template('z2jh-values-secret-refs', (g) => ({
    path: 'helm/values.yaml',
    lines: [
      'proxy:',
      '  secretToken: ""  # set with --set-file or an existing secret',
      'hub:',
      '  existingSecret: jupyterhub-secrets',
      '  config:',
      '    GitHubOAuthenticator:',
      '      client_id: ${GITHUB_CLIENT_ID}',
      '      client_secret: ${GITHUB_CLIENT_SECRET}',
      `      oauth_callback_url: https://hub.${v.uni(g)}/hub/oauth_callback`,
      'singleuser:',
      '  image:',
      `    name: quay.io/jupyter/datascience-notebook@sha256:${g.fake.hex(64)}`,
    ],
  })),
  template('cdsapirc-placeholder', (g) => ({
    path: g.pick(['README.md', 'docs/era5.md']),
    lines: [
      'Create `~/.cdsapirc` with your key from the CDS profile page:',
      '',
      '```',
      'url: https://cds.climate.copernicus.eu/api',
      g.pick(['key: <UID>:<API-KEY>', 'key: <PERSONAL-ACCESS-TOKEN>', 'key: {uid}:{api-key}']),
      '```',
      `Request ids look like ${v.uuid(g)} and are shown on the jobs page.`,
    ],
  })),
  template('netrc-placeholder', (g) => ({
    path: g.pick(['docs/earthdata.md', 'README.md']),
    lines: [
      'Add your Earthdata login to `~/.netrc`:',
      '',
      '    machine urs.earthdata.nasa.gov login <username> password <password>',
      '',
      'or let earthaccess write it: `earthaccess.login(strategy="interactive", persist=True)`.',
      `Granule: ${g.pick(['MOD09GA', 'HLS.S30', 'ATL03'])}.A${g.fake.digits(7)}.h${g.fake.digits(2)}v${g.fake.digits(2)}.061.${g.fake.digits(13)}.hdf`,
    ],
  })),
  template('kaggle-json-placeholder', (g) => ({
    path: g.pick(['README.md', 'setup.md']),
    lines: [
      'Put your Kaggle token in `~/.kaggle/kaggle.json`:',
      '',
      '```json',
      g.pick(['{"username":"YOUR_USERNAME","key":"YOUR_KEY"}', '{"username":"<kaggle-user>","key":"<api-key>"}']),
      '```',
      'then `kaggle competitions download -c rsna-2024-lumbar-spine`.',
    ],
  })),
  template('doc-placeholders-code', (g) => ({
    path: g.pick(['examples/quickstart.py', 'docs/usage.py']),
    lines: [
      'from mp_api.client import MPRester',
      'from Bio import Entrez',
      '',
      'with MPRester("your_api_key_here") as mpr:',
      '    docs = mpr.materials.summary.search(material_ids=["mp-149"])',
      '',
      'Entrez.email = "your.name@example.com"',
      'Entrez.api_key = "YOUR_NCBI_API_KEY"',
      'gi = GalaxyInstance(url="https://usegalaxy.org", key="<your API key>")',
    ],
  })),
  template('py-env-reads', (g) => ({
    path: g.pick(['src/config.py', 'settings.py']),
    lines: [
      'import os',
      '',
      'WANDB_API_KEY = os.environ["WANDB_API_KEY"]',
      'HF_TOKEN = os.getenv("HF_TOKEN")',
      'REDCAP_TOKEN = os.environ.get("REDCAP_TOKEN", "")',
      'ZENODO_TOKEN = keyring.get_password("zenodo", "token")',
      'CLEARML_API_SECRET_KEY = os.environ.get("CLEARML_API_SECRET_KEY")',
      `SEED = ${v.seed(g)}`,
    ],
  })),
  template('r-env-reads', (g) => ({
    path: g.pick(['R/config.R', 'analysis/00_setup.R']),
    lines: [
      'token <- Sys.getenv("REDCAP_API_TOKEN")',
      'qualtrics_api_credentials(api_key = Sys.getenv("QUALTRICS_API_KEY"), base_url = "ca1.qualtrics.com")',
      'pw <- keyring::key_get("omop_db", username = Sys.info()[["user"]])',
      'set_entrez_key(Sys.getenv("ENTREZ_KEY"))',
      `set.seed(${v.seed(g)})`,
    ],
  })),
  template('renviron-template', (g) => ({
    path: g.pick(['.Renviron.example', 'Renviron.template']),
    lines: [
      '# copy to ~/.Renviron and fill in',
      'GITHUB_PAT=',
      'CENSUS_API_KEY=your-census-key',
      'REDCAP_API_TOKEN=<token from REDCap > API>',
      'R_LIBS_USER=~/R/library/%v',
      `R_MAX_NUM_DLLS=${g.between(200, 500)}`,
    ],
  })),
  template('julia-matlab-env-reads', (g) =>
    g.chance(0.5)
      ? {
          path: 'src/client.jl',
          lines: [
            'const TOKEN = get(ENV, "HF_TOKEN", "")',
            'headers = ["Authorization" => "Bearer $(TOKEN)"]',
            `Random.seed!(${v.seed(g)})`,
          ],
        }
      : {
          path: 'fetchData.m',
          lines: [
            "token = getenv('LAB_API_TOKEN');",
            "opts = weboptions('HeaderFields', {'Authorization', ['Bearer ' token]});",
            "conn = database('trials', getenv('DB_USER'), getenv('DB_PASS'), 'Vendor', 'PostgreSQL');",
            `rng(${v.seed(g)});`,
          ],
        },
  ),
  template('nextflow-config-secrets-refs', (g) => ({
    path: 'nextflow.config',
    lines: [
      'manifest {',
      "    name = 'lab/rnaseq-wrapper'",
      `    version = '${g.between(1, 3)}.${g.between(0, 9)}.${g.between(0, 9)}'`,
      `    doi = '${v.doi(g)}'`,
      '}',
      'process {',
      `    container = 'quay.io/biocontainers/salmon:1.10.3--h6dccd9a_2'`,
      '}',
      'env {',
      '    LIMS_PASSWORD = secrets.LIMS_PASSWORD',
      '}',
      "tower { accessToken = System.getenv('TOWER_ACCESS_TOKEN'); enabled = true }",
      `aws { region = 'eu-west-1' }`,
    ],
  })),
  template('md5sums', (g) => ({
    path: g.pick(['data/raw/MD5SUMS', 'checksums.md5']),
    lines: Array.from(
      { length: g.between(4, 8) },
      (_, i) => `${g.fake.hex(32)}  SRR${g.fake.digits(7)}_${(i % 2) + 1}.fastq.gz`,
    ),
  })),
  template('conda-lock-hashes', (g) => ({
    path: g.pick(['conda-lock.yml', 'environment.lock.yml']),
    lines: [
      'package:',
      '- name: numpy',
      "  version: '1.26.4'",
      '  manager: conda',
      '  platform: linux-64',
      `  url: https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4-py311h64a7726_0.conda`,
      '  hash:',
      `    md5: ${g.fake.hex(32)}`,
      `    sha256: ${g.fake.hex(64)}`,
    ],
  })),
  template('requirements-hashes', (g) => ({
    path: 'requirements.txt',
    lines: [
      '--index-url https://pypi.org/simple',
      '--extra-index-url https://download.pytorch.org/whl/cu121',
      `torch==2.3.1 --hash=sha256:${g.fake.hex(64)}`,
      `numpy==1.26.4 --hash=sha256:${g.fake.hex(64)}`,
    ],
  })),
  template('accessions-table', (g) => ({
    path: g.pick(['data/samples.tsv', 'metadata/runs.tsv']),
    lines: [
      'sample\trun_accession\tstudy\tbioproject\tgeo\tgene',
      ...Array.from(
        { length: g.between(3, 6) },
        (_, i) =>
          `S${i + 1}\tSRR${g.fake.digits(8)}\tSRP${g.fake.digits(6)}\tPRJNA${g.fake.digits(6)}\tGSM${g.fake.digits(7)}\tENSG${g.fake.digits(11)}`,
      ),
    ],
  })),
  template('citation-ids', (g) => ({
    path: g.pick(['CITATION.cff', '.zenodo.json']),
    lines: [
      'cff-version: 1.2.0',
      `title: ${v.project(g)}`,
      `doi: ${v.doi(g)}`,
      'authors:',
      `  - family-names: ${g.pick(['Doe', 'Chen', 'Garcia'])}`,
      `    orcid: https://orcid.org/${v.orcidId(g)}`,
      `  - family-names: ${g.pick(['Novak', 'Patel', 'Muller'])}`,
      `    orcid: https://orcid.org/${v.orcidId(g)}`,
      `version: ${g.between(0, 3)}.${g.between(0, 20)}.0`,
    ],
  })),
  template('orcid-public-client-id', (g) => ({
    path: 'config/orcid.yml',
    lines: [
      'orcid:',
      `  client_id: ${v.orcidClientId(g)}`,
      '  client_secret: <%= ENV["ORCID_CLIENT_SECRET"] %>',
      '  scope: /authenticate',
      `  member_orcid: ${v.orcidId(g)}`,
    ],
  })),
  template('run-ids', (g) => ({
    path: g.pick(['results/runs.md', 'EXPERIMENTS.md']),
    lines: [
      '| run | wandb id | mlflow run_id | clearml task | seed |',
      '|---|---|---|---|---|',
      ...Array.from(
        { length: g.between(3, 5) },
        (_, i) =>
          `| ${v.project(g)}-${i} | ${g.fake.lowerAlnum(8)} | ${g.fake.hex(32)} | ${g.fake.hex(32)} | ${v.seed(g)} |`,
      ),
    ],
  })),
  template('mlflow-run-resume', (g) => ({
    path: g.pick(['resume.py', 'eval/load_model.py']),
    lines: [
      'import mlflow',
      `RUN_ID = "${g.fake.hex(32)}"`,
      `model = mlflow.pyfunc.load_model(f"runs:/{RUN_ID}/model")`,
      `wandb.init(project="${v.project(g)}", id="${g.fake.lowerAlnum(8)}", resume="must")`,
      `task = Task.get_task(task_id="${g.fake.hex(32)}")`,
    ],
  })),
  template('globus-collection-ids', (g) => ({
    path: g.pick(['transfer/endpoints.yaml', 'globus.yml']),
    lines: [
      'collections:',
      `  instrument: ${v.uuid(g)}`,
      `  cluster_scratch: ${v.uuid(g)}`,
      `  archive: ${v.uuid(g)}`,
      `native_app_client_id: ${v.uuid(g)}  # public client, no secret`,
    ],
  })),
  template('slurm-output-ids', (g) => ({
    path: `logs/train-${g.fake.digits(8)}.out`,
    lines: [
      `SLURM_JOB_ID=${g.fake.digits(8)}`,
      `CUDA_VISIBLE_DEVICES=0,1`,
      `GPU 0: NVIDIA A100-SXM4-80GB (UUID: GPU-${v.uuid(g)})`,
      `wandb: Syncing run ${v.project(g)}-${g.fake.lowerAlnum(4)}`,
      `wandb: View run at https://wandb.ai/smithlab/${v.project(g)}/runs/${g.fake.lowerAlnum(8)}`,
      `Epoch 3: loss=0.${g.fake.digits(4)} seed=${v.seed(g)}`,
    ],
  })),
  template('apptainer-def-digest', (g) => ({
    path: g.pick(['containers/pipeline.def', 'Singularity']),
    lines: [
      'Bootstrap: docker',
      `From: ubuntu@sha256:${g.fake.hex(64)}`,
      '',
      '%environment',
      '    export LC_ALL=C',
      '%post',
      '    apt-get update && apt-get install -y samtools',
      '%labels',
      `    Version ${g.between(1, 4)}.${g.between(0, 9)}`,
    ],
  })),
  template('galaxy-yml-sample', (g) => ({
    path: 'config/galaxy.yml.sample',
    lines: [
      'galaxy:',
      '  # By default, Galaxy uses a SQLite database.',
      "  #database_connection: 'sqlite:///./database/universe.sqlite?isolation_level=IMMEDIATE'",
      '  # Galaxy encodes various internal values with this secret.',
      '  #id_secret: USING THE DEFAULT IS NOT SECURE!',
      '  #admin_users: null',
      `  #file_path: database/objects`,
      `  # galaxy version ${g.between(23, 24)}.${g.between(0, 2)}`,
    ],
  })),
  template('pip-conf-public', (g) => ({
    path: g.pick(['pip.conf', '.condarc']),
    lines: g.chance(0.5)
      ? [
          '[global]',
          'index-url = https://pypi.org/simple',
          'extra-index-url = https://download.pytorch.org/whl/cu121',
          `cache-dir = /scratch/${v.person(g)}/pip-cache`,
        ]
      : [
          'channels:',
          '  - conda-forge',
          '  - bioconda',
          '  - nodefaults',
          'channel_priority: strict',
          `envs_dirs:`,
          `  - /project/${v.account(g)}/envs`,
        ],
  })),
  template('pypirc-keyring', (g) => ({
    path: '.pypirc',
    lines: [
      '[distutils]',
      'index-servers = pypi testpypi',
      '',
      '[pypi]',
      'username = __token__',
      '# password comes from keyring: keyring set https://upload.pypi.org/legacy/ __token__',
      '',
      '[testpypi]',
      'repository = https://test.pypi.org/legacy/',
      `username = ${v.person(g)}`,
    ],
  })),
  template('dvc-config-public', (g) => ({
    path: '.dvc/config',
    lines: [
      '[core]',
      '    remote = storage',
      '[\'remote "storage"\']',
      `    url = s3://${g.pick(['lab-dvc-store', 'rnaseq-dvc'])}/cache`,
      `    endpointurl = https://s3.${v.uni(g)}`,
      '    profile = lab',
      `    credentialpath = /home/${v.person(g)}/.aws/credentials`,
    ],
  })),
  template('dvc-lock-md5', (g) => ({
    path: 'dvc.lock',
    lines: [
      "schema: '2.0'",
      'stages:',
      '  featurize:',
      '    cmd: python src/featurize.py data/raw data/features',
      '    deps:',
      '    - path: data/raw',
      `      md5: ${g.fake.hex(32)}.dir`,
      `      size: ${g.fake.digits(9)}`,
      '    outs:',
      '    - path: data/features',
      `      md5: ${g.fake.hex(32)}.dir`,
    ],
  })),
  template('clearml-conf-env', (g) => ({
    path: 'clearml.conf',
    lines: [
      'api {',
      `    web_server: https://app.clear.ml`,
      '    credentials {',
      '        "access_key" = ${CLEARML_API_ACCESS_KEY}',
      '        "secret_key" = ${CLEARML_API_SECRET_KEY}',
      '    }',
      '}',
      `# task ${g.fake.hex(32)}`,
    ],
  })),
  template('hparams-seeds', (g) => ({
    path: g.pick(['configs/base.yaml', 'conf/experiment.yaml']),
    lines: [
      `seed: ${v.seed(g)}`,
      'model:',
      `  name: ${g.pick(['vit_base_patch16_224', 'esm2_t33_650M_UR50D', 'unet3d'])}`,
      '  hidden_size: 768',
      'optimizer:',
      '  lr: 3.0e-4',
      '  weight_decay: 0.05',
      'tokenizer:',
      `  pad_token: "<pad>"`,
      `  max_tokens: ${g.between(512, 8192)}`,
      `data_hash: ${g.fake.hex(40)}`,
    ],
  })),
  template('pdb-uniprot-ids', (g) => ({
    path: g.pick(['structures.csv', 'data/targets.csv']),
    lines: [
      'uniprot,pdb,chain,ensembl',
      ...Array.from(
        { length: g.between(3, 6) },
        () =>
          `${g.pick(['P', 'Q', 'O'])}${g.fake.digits(1)}${g.fake.upperAlnum(3)}${g.fake.digits(1)},${g.fake.digits(1)}${g.fake.upperAlnum(3)},A,ENSP${g.fake.digits(11)}`,
      ),
    ],
  })),
  template('jupyter-password-setup-docs', (g) => ({
    path: g.pick(['docs/jupyter.md', 'wiki/OpenOnDemand.md']),
    lines: [
      'Set a password once on the login node:',
      '',
      '    jupyter server password',
      '',
      'It is stored hashed in `~/.jupyter/jupyter_server_config.json`. Never share the token URL;',
      `batch jobs print it to logs/jupyter-<jobid>.out (e.g. job ${g.fake.digits(8)}).`,
      'from jupyter_server.auth import passwd; passwd()  # prompts, prints argon2:...',
    ],
  })),
];
