import { type SecretLine, type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * research-computing positives from experiment tracking, analysis languages and pipelines: W&B,
 * MLflow, Comet (.comet.config), Neptune, ClearML (clearml.conf), DVC remotes (config.local and
 * `dvc remote modify --local`), Hugging Face, Kaggle (kaggle.json), Label Studio, LLM keys in
 * notebooks; R (.Renviron, Sys.setenv, keyring, DBI), Julia, MATLAB (weboptions with a Bearer
 * header, database(), setenv); Snakemake and Nextflow configs (AWS keys, Tower tokens, `nextflow
 * secrets set`); database connections in analysis scripts; MinIO, Ceph RGW and S3 credentials for
 * data lakes (mc alias, s3fs, .s3cfg, radosgw-admin output). Values generated at run time.
 */
/** A labelled line whose value is drawn where the line is written (keeps the random stream's order). */
function labelled(value: string, text: (value: string) => string): SecretLine {
  return sec(text(value), value);
}

export const mlPositives: readonly Template[] = [
  template('wandb-login-cli', (g) => {
    const k = g.chance(0.3) ? 'local-' + v.wandbKey(g) : v.wandbKey(g);
    return {
      path: g.pick(['setup_env.sh', 'README.md', 'jobs/prepare.sh']),
      lines: [
        'pip install -r requirements.txt',
        sec(`wandb login ${g.chance(0.3) ? '--host https://wandb.' + v.uni(g) + ' ' : ''}${k}`, k),
      ],
    };
  }),
  template('wandb-login-python', (g) => {
    const k = v.wandbKey(g);
    return {
      path: g.pick(['train.py', 'src/trainer.py']),
      lines: [
        'import wandb',
        '',
        sec(`wandb.login(key="${k}")`, k),
        `run = wandb.init(project="${v.project(g)}", entity="${g.pick(['smithlab', 'chen-group', 'ml4sci'])}", config=cfg)`,
      ],
    };
  }),
  template('mlflow-env-file', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['.env', 'mlflow.env']),
      lines: [
        `MLFLOW_TRACKING_URI=https://mlflow.${v.uni(g)}`,
        `MLFLOW_TRACKING_USERNAME=${v.person(g)}`,
        sec(`MLFLOW_TRACKING_PASSWORD=${p}`, p),
        `MLFLOW_EXPERIMENT_NAME=${v.project(g)}`,
      ],
    };
  }),
  template('mlflow-server-backend', (g) => {
    const p = v.labPass(g);
    const s = v.s3Secret(g);
    return {
      path: g.pick(['start_mlflow.sh', 'deploy/mlflow.service']),
      lines: [
        `export MLFLOW_S3_ENDPOINT_URL=http://minio.${v.uni(g)}:9000`,
        labelled(v.s3Access(g), (a) => `export AWS_ACCESS_KEY_ID=${a}`),
        sec(`export AWS_SECRET_ACCESS_KEY=${s}`, s),
        sec(
          `mlflow server --host 0.0.0.0 --port 5000 --backend-store-uri postgresql://mlflow:${p}@localhost/mlflow --artifacts-destination s3://mlflow`,
          p,
        ),
      ],
    };
  }),
  template('comet-config', (g) => {
    const k = v.cometKey(g);
    return {
      path: '.comet.config',
      lines: ['[comet]', sec(`api_key = ${k}`, k), `workspace = ${v.person(g)}`, `project_name = ${v.project(g)}`],
    };
  }),
  template('neptune-init', (g) => {
    const t = v.neptuneToken(g);
    return {
      path: g.pick(['train_neptune.py', 'src/logging_utils.py']),
      lines: [
        'import neptune',
        '',
        'run = neptune.init_run(',
        `    project="${g.pick(['smithlab', 'chen-group'])}/${v.project(g)}",`,
        sec(`    api_token="${t}",`, t),
        ')',
      ],
    };
  }),
  template('clearml-conf', (g) => {
    const a = v.clearmlAccess(g);
    const s = v.clearmlSecret(g);
    return {
      path: g.pick(['clearml.conf', '~/clearml.conf']),
      lines: [
        'api {',
        `    web_server: https://clearml.${v.uni(g)}`,
        `    api_server: https://api.clearml.${v.uni(g)}`,
        `    files_server: https://files.clearml.${v.uni(g)}`,
        '    credentials {',
        sec(`        "access_key" = "${a}"`, a),
        sec(`        "secret_key" = "${s}"`, s),
        '    }',
        '}',
        'sdk {',
        '    development { default_output_uri: "s3://clearml-artifacts" }',
        '}',
      ],
    };
  }),
  template('dvc-config-local', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: '.dvc/config.local',
      lines: ['[\'remote "storage"\']', sec(`    access_key_id = ${id}`, id), sec(`    secret_access_key = ${s}`, s)],
    };
  }),
  template('dvc-remote-modify', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['CONTRIBUTING.md', 'setup_data.sh']),
      lines: [
        `dvc remote add -d lab webdavs://nextcloud.${v.uni(g)}/remote.php/dav/files/${v.person(g)}/dvc`,
        `dvc remote modify --local lab user ${v.person(g)}`,
        sec(`dvc remote modify --local lab password ${p}`, p),
        'dvc pull',
      ],
    };
  }),
  template('hf-cli-login', (g) => {
    const t = v.hfToken(g);
    return {
      path: g.pick(['jobs/download_weights.sh', 'setup.sh']),
      lines: [
        sec(`huggingface-cli login --token ${t} --add-to-git-credential`, t),
        `huggingface-cli download ${g.pick(['meta-llama/Llama-3.1-8B', 'mistralai/Mistral-7B-v0.3'])} --local-dir $SCRATCH/models`,
      ],
    };
  }),
  template('kaggle-json', (g) => {
    const k = v.kaggleKey(g);
    return {
      path: g.pick(['kaggle.json', '.kaggle/kaggle.json']),
      lines: [sec(`{"username":"${v.person(g)}","key":"${k}"}`, k)],
    };
  }),
  template('label-studio-sdk', (g) => {
    const t = v.labelStudioToken(g);
    return {
      path: g.pick(['annotation/import_tasks.py', 'ls_sync.py']),
      lines: [
        'from label_studio_sdk import Client',
        '',
        `LABEL_STUDIO_URL = "https://labelstudio.${v.uni(g)}"`,
        sec(`API_KEY = "${t}"`, t),
        'ls = Client(url=LABEL_STUDIO_URL, api_key=API_KEY)',
      ],
    };
  }),
  template('ipynb-openai-env', (g) => {
    const k = v.openaiKey(g);
    return {
      path: g.pick(['notebooks/llm_annotation.ipynb', 'analysis/classify_abstracts.ipynb']),
      lines: v.notebook(g, [
        { type: 'markdown', source: ['# Classify abstracts with GPT'] },
        { type: 'code', source: ['import os', sec(`os.environ["OPENAI_API_KEY"] = "${k}"`, k)] },
        { type: 'code', source: ['from openai import OpenAI', 'client = OpenAI()'] },
      ]),
    };
  }),
  template('ipynb-anthropic-client', (g) => {
    const k = v.anthropicKey(g);
    return {
      path: g.pick(['notebooks/extract_tables.ipynb', 'qa_eval.ipynb']),
      lines: v.notebook(g, [
        {
          type: 'code',
          source: ['import anthropic', '', sec(`client = anthropic.Anthropic(api_key="${k}")`, k)],
        },
        {
          type: 'code',
          source: [
            'msg = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=1024,',
            '    messages=[{"role": "user", "content": prompt}])',
          ],
        },
      ]),
    };
  }),
  template('ipynb-db-connection', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['notebooks/cohort_query.ipynb', 'eda.ipynb']),
      lines: v.notebook(g, [
        {
          type: 'code',
          source: [
            'import pandas as pd',
            'from sqlalchemy import create_engine',
            sec(
              `engine = create_engine("postgresql+psycopg2://${v.person(g)}:${p}@omop.${v.uni(g)}:5432/omop_cdm")`,
              p,
            ),
          ],
        },
        {
          type: 'code',
          source: ['df = pd.read_sql("SELECT person_id, year_of_birth FROM person LIMIT 1000", engine)'],
        },
      ]),
    };
  }),
  template('renviron', (g) => {
    const pat = v.githubPat(g);
    const c = g.fake.hex(40);
    return {
      path: g.pick(['.Renviron', '~/.Renviron']),
      lines: [
        'R_LIBS_USER=~/R/library/%v',
        sec(`GITHUB_PAT=${pat}`, pat),
        sec(`CENSUS_API_KEY=${c}`, c),
        'OMP_NUM_THREADS=4',
      ],
    };
  }),
  template('r-sys-setenv', (g) => {
    const k = g.chance(0.5) ? v.openaiKey(g) : v.anthropicKey(g);
    const name = k.startsWith('sk-ant') ? 'ANTHROPIC_API_KEY' : 'OPENAI_API_KEY';
    return {
      path: g.pick(['R/llm_coding.R', 'analysis/code_responses.Rmd']),
      lines: [
        'library(ellmer)',
        sec(`Sys.setenv(${name} = "${k}")`, k),
        `chat <- ${name.startsWith('ANTH') ? 'chat_anthropic' : 'chat_openai'}(system_prompt = "You code open survey answers.")`,
      ],
    };
  }),
  template('r-keyring-dbi', (g) => {
    const p = v.labPass(g);
    return g.chance(0.5)
      ? {
          path: 'R/setup_keys.R',
          lines: [
            '# run once on each machine',
            sec(
              `keyring::key_set_with_value(service = "redcap_api", username = "${v.person(g)}", password = "${p}")`,
              p,
            ),
          ],
        }
      : {
          path: g.pick(['R/db.R', 'analysis/02_load.R']),
          lines: [
            'con <- DBI::dbConnect(RPostgres::Postgres(),',
            `  host = "db.${v.uni(g)}", dbname = "${g.pick(['cohort', 'trials', 'omop'])}",`,
            `  user = "${v.person(g)}",`,
            sec(`  password = "${p}")`, p),
          ],
        };
  }),
  template('julia-secrets', (g) => {
    const k = v.hfToken(g);
    const p = v.labPass(g);
    return g.chance(0.5)
      ? {
          path: g.pick(['scripts/fetch.jl', 'src/download.jl']),
          lines: [
            'using HTTP, JSON3',
            sec(`const HEADERS = ["Authorization" => "Bearer ${k}"]`, k),
            'resp = HTTP.get("https://huggingface.co/api/whoami-v2", HEADERS)',
          ],
        }
      : {
          path: 'analysis/load.jl',
          lines: [
            'using LibPQ, DataFrames',
            sec(`conn = LibPQ.Connection("host=db.${v.uni(g)} dbname=lab user=${v.person(g)} password=${p}")`, p),
            'df = DataFrame(execute(conn, "SELECT * FROM samples"))',
          ],
        };
  }),
  template('matlab-weboptions', (g) => {
    const t = g.fake.alnum(40);
    return {
      path: g.pick(['fetchData.m', 'api/getRecords.m']),
      lines: [
        `url = 'https://data.${v.uni(g)}/api/v1/records';`,
        sec(`opts = weboptions('HeaderFields', {'Authorization', 'Bearer ${t}'}, 'Timeout', 60);`, t),
        'data = webread(url, opts);',
      ],
    };
  }),
  template('matlab-database', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['loadTrials.m', 'db/connectLab.m']),
      lines: [
        sec(
          `conn = database('trials', '${v.person(g)}', '${p}', 'Vendor', 'PostgreSQL', 'Server', 'db.${v.uni(g)}');`,
          p,
        ),
        "results = fetch(conn, 'SELECT * FROM sessions');",
      ],
    };
  }),
  template('matlab-setenv', (g) => {
    const s = v.awsSecret(g);
    return {
      path: 'startup.m',
      lines: [
        labelled(v.awsKeyId(g), (a) => `setenv('AWS_ACCESS_KEY_ID', '${a}');`),
        sec(`setenv('AWS_SECRET_ACCESS_KEY', '${s}');`, s),
        "setenv('AWS_DEFAULT_REGION', 'us-east-1');",
      ],
    };
  }),
  template('nextflow-config-aws', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['nextflow.config', 'conf/aws.config']),
      lines: [
        'aws {',
        sec(`    accessKey = '${id}'`, id),
        sec(`    secretKey = '${s}'`, s),
        "    region = 'eu-west-1'",
        '}',
        "workDir = 's3://lab-nf-work/work'",
      ],
    };
  }),
  template('nextflow-tower-token', (g) => {
    const t = v.towerToken(g);
    return g.chance(0.5)
      ? {
          path: 'nextflow.config',
          lines: [
            'tower {',
            sec(`  accessToken = '${t}'`, t),
            '  enabled = true',
            `  workspaceId = '${g.fake.digits(15)}'`,
            '}',
          ],
        }
      : {
          path: g.pick(['run_pipeline.sh', 'jobs/nfcore_rnaseq.sbatch']),
          lines: [
            sec(`export TOWER_ACCESS_TOKEN=${t}`, t),
            'nextflow run nf-core/rnaseq -r 3.14.0 -profile singularity --input samplesheet.csv --outdir results -with-tower',
          ],
        };
  }),
  template('nextflow-secrets-set', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['setup_secrets.sh', 'docs/pipeline.md']),
      lines: [sec(`nextflow secrets set LIMS_PASSWORD '${p}'`, p), 'nextflow secrets list'],
    };
  }),
  template('snakemake-config', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['config/config.yaml', 'config.yaml']),
      lines: [
        'samples: config/samples.tsv',
        'reference: resources/GRCh38.fa',
        'lims:',
        `  url: https://lims.${v.uni(g)}/api`,
        `  user: ${v.person(g)}`,
        sec(`  password: "${p}"`, p),
      ],
    };
  }),
  template('snakemake-storage-s3', (g) => {
    const s = v.s3Secret(g);
    return {
      path: g.pick(['profiles/cluster/config.yaml', 'run.sh']),
      lines: [
        'default-storage-provider: s3',
        `default-storage-prefix: s3://${g.pick(['lab-results', 'rnaseq-runs'])}`,
        `storage-s3-endpoint-url: https://s3.${v.uni(g)}`,
        labelled(v.s3Access(g), (a) => `storage-s3-access-key: ${a}`),
        sec(`storage-s3-secret-key: ${s}`, s),
      ],
    };
  }),
  template('psycopg2-analysis', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['analysis/query_cohort.py', 'src/db.py']),
      lines: [
        'import psycopg2',
        '',
        'conn = psycopg2.connect(',
        `    host="db.${v.uni(g)}",`,
        '    dbname="biobank",',
        `    user="${v.person(g)}",`,
        sec(`    password="${p}",`, p),
        ')',
      ],
    };
  }),
  template('minio-mc-alias', (g) => {
    const a = v.s3Access(g);
    const s = v.s3Secret(g);
    return {
      path: g.pick(['datalake/README.md', 'scripts/mirror.sh']),
      lines: [
        sec(`mc alias set lake https://minio.${v.uni(g)} ${a} ${s}`, s),
        'mc mirror --overwrite ./raw lake/raw-2024',
      ],
    };
  }),
  template('s3fs-ceph', (g) => {
    const s = v.s3Secret(g);
    return {
      path: g.pick(['io/remote.py', 'notebooks/load_zarr.py']),
      lines: [
        'import s3fs, xarray as xr',
        '',
        'fs = s3fs.S3FileSystem(',
        labelled(v.s3Access(g), (a) => `    key="${a}",`),
        sec(`    secret="${s}",`, s),
        `    client_kwargs={"endpoint_url": "https://s3.${v.uni(g)}"},`,
        ')',
        'ds = xr.open_zarr(fs.get_mapper("climate/era5.zarr"))',
      ],
    };
  }),
  template('s3cfg-ceph', (g) => {
    const s = v.s3Secret(g);
    return {
      path: '.s3cfg',
      lines: [
        '[default]',
        labelled(v.s3Access(g), (a) => `access_key = ${a}`),
        sec(`secret_key = ${s}`, s),
        `host_base = rgw.${v.uni(g)}`,
        `host_bucket = rgw.${v.uni(g)}`,
        'use_https = True',
      ],
    };
  }),
  template('radosgw-admin-output', (g) => {
    const a = v.s3Access(g);
    const s = v.s3Secret(g);
    return {
      path: g.pick(['notes/ceph_users.md', 'tickets/RC-4411.txt']),
      lines: [
        `$ radosgw-admin user create --uid=${v.person(g)} --display-name="Lab bucket"`,
        '{',
        `    "user_id": "${v.person(g)}",`,
        '    "keys": [',
        '        {',
        `            "user": "${v.person(g)}",`,
        sec(`            "access_key": "${a}",`, a),
        sec(`            "secret_key": "${s}"`, s),
        '        }',
        '    ],',
        '}',
      ],
    };
  }),
];
