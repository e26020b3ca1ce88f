import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * research-ml hard negatives: the same notebooks, configs and scripts holding no credential. Keys
 * read from Colab `userdata.get`, `getpass()`, `os.getenv`, `Sys.getenv`, keyring and
 * `st.secrets`; placeholders as the tools' quick-starts print them (`<YOUR_API_KEY>`, `hf_xxx`,
 * `sk-...`); and the identifiers and digests research code is full of: model and dataset
 * checksums, DVC `md5`s, git and Hub revisions, W&B/MLflow/ClearML/Comet run and experiment ids,
 * DOIs, ORCID iDs, accession numbers, random seeds, tensor dumps, cell ids and embedded images.
 * Public-looking values generated at run time.
 */
export const researchNegatives: readonly Template[] = [
  template('ipynb-colab-userdata', (g) => ({
    path: 'finetune.ipynb',
    lines: v.notebook(
      g,
      [
        {
          type: 'code',
          source: [
            'from google.colab import userdata',
            "hf_token = userdata.get('HF_TOKEN')",
            "wandb_key = userdata.get('WANDB_API_KEY')",
          ],
        },
        { type: 'code', source: ['from huggingface_hub import login', 'login(token=hf_token)'] },
      ],
      true,
    ),
  })),
  template('ipynb-getpass', (g) => ({
    path: 'openai_quickstart.ipynb',
    lines: v.notebook(g, [
      {
        type: 'code',
        source: ['import os, getpass', 'os.environ["OPENAI_API_KEY"] = getpass.getpass("OpenAI API key: ")'],
        outputs: ['OpenAI API key: ··········'],
      },
    ]),
  })),
  template('ipynb-placeholders', (g) => ({
    path: 'README_quickstart.ipynb',
    lines: v.notebook(g, [
      { type: 'markdown', source: ['Replace the placeholders with your own keys before running.'] },
      {
        type: 'code',
        source: [
          `%env WANDB_API_KEY=${g.pick(['<YOUR_WANDB_KEY>', 'your-wandb-key', 'YOUR_API_KEY_HERE'])}`,
          `os.environ["HF_TOKEN"] = "${g.pick(['hf_xxx', 'hf_...', '<your-hf-token>', 'hf_XXXXXXXXXXXXXXXXXXXX'])}"`,
          `openai.api_key = "${g.pick(['sk-...', 'sk-xxxx', '<OPENAI_API_KEY>', 'YOUR_OPENAI_KEY'])}"`,
        ],
      },
    ]),
  })),
  template('ipynb-output-run-ids', (g) => ({
    path: 'train.ipynb',
    lines: v.notebook(g, [
      {
        type: 'code',
        source: ['run = wandb.init(project="vit")'],
        outputs: [
          `wandb: Currently logged in as: ${v.researcher(g)}. Use \`wandb login --relogin\` to force relogin`,
          `wandb: Tracking run with wandb version 0.17.${g.between(0, 9)}`,
          `wandb: Run data is saved locally in /content/wandb/run-2024${g.fake.digits(4)}_${g.fake.digits(6)}-${g.fake.lowerAlnum(8)}`,
          `wandb: 🚀 View run at https://wandb.ai/${v.researcher(g)}/vit/runs/${g.fake.lowerAlnum(8)}`,
        ],
      },
    ]),
  })),
  template('ipynb-tensor-dump', (g) => ({
    path: 'inspect_weights.ipynb',
    lines: v.notebook(g, [
      {
        type: 'code',
        source: ['torch.manual_seed(42)', 'print(model.fc.weight[:2])'],
        outputs: [
          `tensor([[ 0.${g.fake.digits(4)}, -0.${g.fake.digits(4)},  0.${g.fake.digits(4)}],`,
          `        [-0.${g.fake.digits(4)},  0.${g.fake.digits(4)}, -0.${g.fake.digits(4)}]], grad_fn=<SliceBackward0>)`,
        ],
      },
    ]),
  })),
  template('ipynb-image-output', (g) => ({
    path: 'plots.ipynb',
    lines: [
      '{',
      ' "cells": [',
      '  {',
      '   "cell_type": "code",',
      '   "execution_count": 3,',
      `   "id": "${g.fake.lowerAlnum(8)}",`,
      '   "metadata": {},',
      '   "outputs": [',
      '    {',
      '     "data": {',
      `      "image/png": "iVBORw0KGgoAAAANSUhEUgAAA${g.fake.base64(120)}",`,
      '      "text/plain": ["<Figure size 640x480 with 1 Axes>"]',
      '     },',
      '     "metadata": {},',
      '     "output_type": "display_data"',
      '    }',
      '   ],',
      '   "source": ["plt.plot(losses)"]',
      '  }',
      ' ],',
      ' "metadata": {},',
      ' "nbformat": 4,',
      ' "nbformat_minor": 5',
      '}',
    ],
  })),
  template('py-env-reads', () => ({
    path: 'llm/clients.py',
    lines: [
      'import os',
      'from openai import OpenAI',
      'from anthropic import Anthropic',
      'openai_client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))',
      'claude = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])',
      'groq_key = os.environ.get("GROQ_API_KEY", "")',
      'wandb.login(key=os.environ["WANDB_API_KEY"])',
    ],
  })),
  template('langchain-env-defaults', () => ({
    path: 'rag/llm.py',
    lines: [
      'from langchain_openai import ChatOpenAI',
      '# ChatOpenAI reads OPENAI_API_KEY from the environment',
      'llm = ChatOpenAI(model="gpt-4o-mini", temperature=0.2)',
      'embed = OpenAIEmbeddings(model="text-embedding-3-small", api_key=settings.openai_api_key)',
    ],
  })),
  template('r-sys-getenv', () => ({
    path: 'R/setup.R',
    lines: [
      'key <- Sys.getenv("OPENAI_API_KEY")',
      'if (identical(key, "")) stop("Set OPENAI_API_KEY in ~/.Renviron")',
      'Entrez_key <- Sys.getenv("ENTREZ_KEY")',
      'pw <- keyring::key_get("redcap", username = "study")',
      'census_api_key(Sys.getenv("CENSUS_API_KEY"))',
    ],
  })),
  template('renviron-template', () => ({
    path: '.Renviron.example',
    lines: [
      '# Copy to ~/.Renviron and fill in',
      'OPENAI_API_KEY=',
      'ENTREZ_KEY=your_ncbi_key',
      'CENSUS_API_KEY=<census key>',
      'R_MAX_NUM_DLLS=500',
    ],
  })),
  template('dvc-file-md5', (g) => ({
    path: 'data/raw.dvc',
    lines: [
      'outs:',
      `- md5: ${g.fake.hex(32)}.dir`,
      `  size: ${g.between(100000, 999999999)}`,
      `  nfiles: ${g.between(2, 9000)}`,
      `  hash: md5`,
      '  path: raw',
    ],
  })),
  template('dvc-lock', (g) => ({
    path: 'dvc.lock',
    lines: [
      "schema: '2.0'",
      'stages:',
      '  train:',
      '    cmd: python src/train.py',
      '    deps:',
      '    - path: data/processed',
      `      md5: ${g.fake.hex(32)}.dir`,
      '    outs:',
      '    - path: models/model.pt',
      `      md5: ${g.fake.hex(32)}`,
      `      size: ${g.between(1000000, 99999999)}`,
    ],
  })),
  template('dvc-config-no-secrets', (g) => ({
    path: '.dvc/config',
    lines: [
      '[core]',
      '    remote = storage',
      '[\'remote "storage"\']',
      `    url = s3://${v.project(g)}-dvc/store`,
      '    profile = lab',
      '    credentialpath = ~/.aws/credentials',
    ],
  })),
  template('hf-model-card-hashes', (g) => ({
    path: 'model_index.json',
    lines: [
      '{',
      `  "_name_or_path": "${v.model(g)}",`,
      `  "_commit_hash": "${g.fake.hex(40)}",`,
      `  "model.safetensors": {"sha256": "${g.fake.hex(64)}", "size": ${g.between(100000000, 9999999999)}},`,
      `  "torch_dtype": "bfloat16"`,
      '}',
    ],
  })),
  template('hf-revision-pin', (g) => ({
    path: 'load.py',
    lines: [
      `model = AutoModel.from_pretrained("${v.model(g)}", revision="${g.fake.hex(40)}")`,
      'tok = AutoTokenizer.from_pretrained(name, token=True)',
      'ds = load_dataset("imdb", use_auth_token=True)',
    ],
  })),
  template('dataset-checksums', (g) => ({
    path: 'data/SHA256SUMS',
    lines: [
      `${g.fake.hex(64)}  train-00000-of-00004.parquet`,
      `${g.fake.hex(64)}  train-00001-of-00004.parquet`,
      `${g.fake.hex(64)}  validation.parquet`,
    ],
  })),
  template('citation-cff', (g) => ({
    path: 'CITATION.cff',
    lines: [
      'cff-version: 1.2.0',
      'message: "If you use this software, please cite it as below."',
      'authors:',
      `  - family-names: ${g.pick(['Chen', 'Garcia', 'Müller', 'Okonkwo'])}`,
      `    orcid: "https://orcid.org/0000-000${g.between(1, 3)}-${g.fake.digits(4)}-${g.fake.digits(3)}X"`,
      `doi: 10.5281/zenodo.${g.fake.digits(8)}`,
      'version: 1.4.2',
    ],
  })),
  template('bibtex-refs', (g) => ({
    path: 'paper/refs.bib',
    lines: [
      `@article{${g.pick(['vaswani2017', 'he2016', 'jumper2021'])},`,
      '  title = {Highly accurate protein structure prediction},',
      `  doi = {10.1038/s41586-021-${g.fake.digits(5)}-${g.between(1, 9)}},`,
      `  url = {https://arxiv.org/abs/${g.between(1500, 2412)}.${g.fake.digits(5)}},`,
      '}',
    ],
  })),
  template('mlflow-run-metadata', (g) => ({
    path: 'mlruns/1/meta.yaml',
    lines: [
      `artifact_uri: file:///home/${v.researcher(g)}/mlruns/1/${g.fake.hex(32)}/artifacts`,
      `experiment_id: '${g.between(1, 900)}'`,
      'lifecycle_stage: active',
      `run_id: ${g.fake.hex(32)}`,
      `run_uuid: ${g.fake.hex(32)}`,
      `start_time: 17${g.fake.digits(11)}`,
      `user_id: ${v.researcher(g)}`,
    ],
  })),
  template('clearml-task-ids', (g) => ({
    path: 'pipeline.py',
    lines: [
      `base_task_id = "${g.fake.hex(32)}"`,
      `dataset = Dataset.get(dataset_id="${g.fake.hex(32)}")`,
      'task = Task.init(project_name="seg", task_name="baseline")',
    ],
  })),
  template('clearml-conf-env-refs', () => ({
    path: 'clearml.conf',
    lines: [
      'api {',
      '    api_server: https://api.clear.ml',
      '    credentials {',
      '        "access_key" = ${CLEARML_API_ACCESS_KEY}',
      '        "secret_key" = ${CLEARML_API_SECRET_KEY}',
      '    }',
      '}',
    ],
  })),
  template('comet-existing-experiment', (g) => ({
    path: 'resume.py',
    lines: [
      'from comet_ml import ExistingExperiment',
      `exp = ExistingExperiment(previous_experiment="${g.fake.hex(32)}")`,
      '# api key comes from ~/.comet.config',
    ],
  })),
  template('seeds-and-hparams', (g) => ({
    path: 'configs/train.yaml',
    lines: [
      `seed: ${g.between(0, 99999)}`,
      'lr: 3.0e-4',
      'batch_size: 256',
      `run_name: ${v.project(g)}-${g.fake.lowerAlnum(6)}`,
      `wandb_id: ${g.fake.lowerAlnum(8)}`,
      'tokenizer: bpe',
      'key_dim: 64',
      'token_dropout: 0.1',
    ],
  })),
  template('slurm-env-from-file', (g) => ({
    path: 'jobs/train.sbatch',
    lines: [
      '#!/bin/bash',
      `#SBATCH --account=${g.pick(['def-lab', 'project_465000', 'ai-research'])}`,
      '#SBATCH --gres=gpu:4',
      'source ~/.secrets/wandb.env',
      'export WANDB_API_KEY=$(cat ~/.wandb_key)',
      'export HF_TOKEN="${HF_TOKEN:?set HF_TOKEN}"',
      'srun python train.py',
    ],
  })),
  template('sshpass-env', (g) => ({
    path: 'sync.sh',
    lines: [
      `sshpass -e rsync -av out/ ${v.researcher(g)}@hpc.lab.edu:/scratch/`,
      'sshpass -f ~/.hpcpass scp model.pt hpc:/archive/',
    ],
  })),
  template('netrc-placeholder', () => ({
    path: 'docs/earthdata.md',
    lines: [
      'Create `~/.netrc`:',
      '```',
      'machine urs.earthdata.nasa.gov login <your_username> password <your_password>',
      '```',
      'then `chmod 0600 ~/.netrc`.',
    ],
  })),
  template('cdsapirc-placeholder', () => ({
    path: 'docs/setup_cds.md',
    lines: ['```', 'url: https://cds.climate.copernicus.eu/api', 'key: <PERSONAL-ACCESS-TOKEN>', '```'],
  })),
  template('cds-request-ids', (g) => ({
    path: 'logs/era5_download.log',
    lines: [
      `2024-05-0${g.between(1, 9)} 10:21:33,118 INFO Request ID is ${g.fake.uuid()}`,
      '2024-05-03 10:21:33,290 INFO status has been updated to accepted',
      `2024-05-03 10:40:02,004 INFO Downloading https://object-store.os-api.cci2.ecmwf.int/cci2-prod-cache/${g.fake.hex(32)}.nc`,
    ],
  })),
  template('gee-public-assets', (g) => ({
    path: 'gee/ndvi.js',
    lines: [
      "var s2 = ee.ImageCollection('COPERNICUS/S2_SR_HARMONIZED')",
      `var aoi = ee.FeatureCollection('projects/ee-${v.researcher(g)}/assets/aoi_${g.fake.lowerAlnum(6)}');`,
      "ee.Initialize(project='ee-lab')",
    ],
  })),
  template('gee-sa-key-path', (g) => ({
    path: 'gee_auth.py',
    lines: [
      'import ee',
      `service_account = "ee-runner@ee-${v.researcher(g)}.iam.gserviceaccount.com"`,
      'credentials = ee.ServiceAccountCredentials(service_account, "keys/ee-key.json")',
      'ee.Initialize(credentials)',
    ],
  })),
  template('entrez-email-only', (g) => ({
    path: 'blast_fetch.py',
    lines: [
      'from Bio import Entrez',
      `Entrez.email = "${v.email(g)}"`,
      'Entrez.api_key = os.environ.get("NCBI_API_KEY")',
      `handle = Entrez.efetch(db="nucleotide", id="NC_0${g.fake.digits(5)}.${g.between(1, 3)}", rettype="fasta")`,
    ],
  })),
  template('accession-ids', (g) => ({
    path: 'samples.tsv',
    lines: [
      'sample\taccession\tbiosample\tmd5',
      `S1\tSRR${g.fake.digits(8)}\tSAMN${g.fake.digits(8)}\t${g.fake.hex(32)}`,
      `S2\tERR${g.fake.digits(7)}\tSAMEA${g.fake.digits(7)}\t${g.fake.hex(32)}`,
    ],
  })),
  template('streamlit-secrets-access', () => ({
    path: 'dashboard/app.py',
    lines: [
      'import streamlit as st',
      'client = OpenAI(api_key=st.secrets["OPENAI_API_KEY"])',
      'conn = st.connection("postgresql", type="sql")',
      'password = st.text_input("Password", type="password")',
    ],
  })),
  template('streamlit-secrets-example', () => ({
    path: '.streamlit/secrets.toml.example',
    lines: [
      'OPENAI_API_KEY = "sk-..."',
      '[connections.postgresql]',
      'host = "localhost"',
      'password = "<db password>"',
    ],
  })),
  template('gradio-auth-env', () => ({
    path: 'app.py',
    lines: [
      'import gradio as gr, os',
      'demo.launch(auth=(os.environ["GRADIO_USER"], os.environ["GRADIO_PASSWORD"]))',
      'demo.queue(max_size=20)',
    ],
  })),
  template('rclone-env-auth', () => ({
    path: '.config/rclone/rclone.conf',
    lines: [
      '[labdata]',
      'type = s3',
      'provider = AWS',
      'env_auth = true',
      'region = eu-central-1',
      '',
      '[gdrive]',
      'type = drive',
      'scope = drive.readonly',
    ],
  })),
  template('s3cfg-empty', () => ({
    path: '.s3cfg',
    lines: ['[default]', 'access_key = ', 'secret_key = ', 'host_base = s3.amazonaws.com', 'signature_v2 = False'],
  })),
  template('boto3-profile', () => ({
    path: 'io/s3.py',
    lines: ['session = boto3.Session(profile_name="lab")', 's3 = session.client("s3")', 'sts = boto3.client("sts")'],
  })),
  template('azureml-config-json', (g) => ({
    path: 'config.json',
    lines: [
      '{',
      `    "subscription_id": "${g.fake.uuid()}",`,
      `    "resource_group": "rg-${v.project(g)}",`,
      `    "workspace_name": "mlw-${v.project(g)}"`,
      '}',
    ],
  })),
  template('matlab-getenv', () => ({
    path: 'matlab/connect.m',
    lines: [
      "opts = weboptions('Username', getenv('EDL_USER'), 'Password', getenv('EDL_PASS'));",
      "conn = database('trialsdb', user, getSecret('trialsdb'));",
      "rng(42, 'twister');",
    ],
  })),
  template('sas-macro-password', () => ({
    path: 'sas/connect.sas',
    lines: [
      '%let dbpass = %sysget(EHR_PASS);',
      'libname ehr oracle user=&sysuserid password="&dbpass" path=ehrprod;',
      'options nosource2;',
    ],
  })),
  template('julia-env-read', () => ({
    path: 'src/config.jl',
    lines: ['const WANDB_KEY = get(ENV, "WANDB_API_KEY", "")', 'const HF = ENV["HF_TOKEN"]', 'Random.seed!(1234)'],
  })),
  template('git-log-shas', (g) => ({
    path: 'CHANGES.txt',
    lines: [
      `${g.fake.hex(40)} Fix tokenizer padding`,
      `${g.fake.hex(40)} Add ERA5 loader`,
      `Merge: ${g.fake.hex(7)} ${g.fake.hex(7)}`,
    ],
  })),
  template('conda-lock-hashes', (g) => ({
    path: 'conda-lock.yml',
    lines: [
      '- name: pytorch',
      '  version: 2.3.1',
      '  manager: conda',
      '  hash:',
      `    md5: ${g.fake.hex(32)}`,
      `    sha256: ${g.fake.hex(64)}`,
    ],
  })),
  template('ray-dask-dashboards', (g) => ({
    path: 'cluster/notes.md',
    lines: [
      `Ray dashboard: http://${g.pick(['head-node', '10.1.2.3'])}:8265`,
      `Dask dashboard: http://localhost:8787/status`,
      `Cluster id: ${g.fake.uuid()}`,
    ],
  })),
  template('wandb-settings-file', (g) => ({
    path: 'wandb/settings',
    lines: [
      '[default]',
      `entity = ${v.researcher(g)}`,
      `project = ${v.project(g)}`,
      'base_url = https://api.wandb.ai',
      'mode = online',
    ],
  })),
  template('hf-cli-login-interactive', () => ({
    path: 'docs/setup.md',
    lines: [
      'Log in once per node:',
      '```bash',
      'huggingface-cli login   # paste a token from https://huggingface.co/settings/tokens',
      'wandb login             # reads the key interactively',
      '```',
    ],
  })),
  template('label-studio-env-ref', () => ({
    path: 'docker-compose.yml',
    lines: [
      'services:',
      '  label-studio:',
      '    image: heartexlabs/label-studio:latest',
      '    environment:',
      '      - LABEL_STUDIO_API_KEY=${LABEL_STUDIO_API_KEY}',
      '      - LABEL_STUDIO_PASSWORD_FILE=/run/secrets/ls_password',
    ],
  })),
  template('overleaf-clone-no-token', (g) => ({
    path: 'paper/README.md',
    lines: [
      `git clone https://git.overleaf.com/${g.fake.hex(24)} paper`,
      '# use an Overleaf git token as the password when prompted',
    ],
  })),
  template('jupyter-config-hashed-none', () => ({
    path: '.jupyter/jupyter_server_config.py',
    lines: [
      "c.ServerApp.token = ''",
      'c.ServerApp.password_required = True',
      "c.IdentityProvider.token = os.environ.get('JUPYTER_TOKEN')",
    ],
  })),
  template('planet-key-from-env', () => ({
    path: 'planet_orders.py',
    lines: [
      'PLANET_API_KEY = os.getenv("PL_API_KEY")',
      'session.auth = (PLANET_API_KEY, "")',
      'headers = {"token": os.environ["NOAA_TOKEN"]}',
    ],
  })),
  template('colab-form-empty', (g) => ({
    path: 'Quickstart.ipynb',
    lines: v.notebook(
      g,
      [
        {
          type: 'code',
          source: [
            '#@title Keys',
            'HF_TOKEN = ""  # @param {type:"string"}',
            'OPENAI_API_KEY = ""  # @param {type:"string"}',
          ],
        },
      ],
      true,
    ),
  })),
  template('pinecone-env-and-ids', (g) => ({
    path: 'rag/store.py',
    lines: [
      'pc = Pinecone(api_key=os.environ["PINECONE_API_KEY"])',
      `index = pc.Index(host="https://papers-${g.fake.lowerAlnum(7)}.svc.aped-4627-b74a.pinecone.io")`,
      `doc_id = "${g.fake.uuid()}"`,
    ],
  })),
  template('model-names-not-keys', () => ({
    path: 'eval/models.yaml',
    lines: [
      'models:',
      '  - name: gpt-4o-mini',
      '  - name: claude-3-5-haiku-latest',
      '  - name: sk-learn-baseline',
      '  - name: deepseek-chat',
      'temperature: 0.0',
    ],
  })),
];
