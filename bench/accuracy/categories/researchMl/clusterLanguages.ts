import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * research-ml positives on clusters and in the languages of research: Slurm job scripts, `sshpass`,
 * Apptainer/Singularity registry logins, rclone and s3cmd configs, boto3/SageMaker/Azure ML/Vertex
 * code; R (`.Renviron`, `Sys.setenv`, keyring, rtweet, tidycensus), MATLAB (`weboptions`,
 * `database`), Julia, Stata, SAS `libname`, Mathematica, Overleaf git tokens, Streamlit
 * `secrets.toml`, Gradio `auth=`, Ray and Dask Gateway. Values generated at run time.
 */
export const clusterLanguagePositives: readonly Template[] = [
  template('slurm-sshpass-rsync', (g) => {
    const p = v.pw(g).replace(/'/g, '');
    return {
      path: 'jobs/sync_results.sh',
      lines: [
        '#!/bin/bash',
        '#SBATCH --partition=transfer',
        sec(`sshpass -p '${p}' rsync -avz results/ ${v.researcher(g)}@storage.${g.fake.lower(5)}.edu:/archive/`, p),
      ],
    };
  }),
  template('apptainer-docker-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'containers/build.sh',
      lines: [
        `export APPTAINER_DOCKER_USERNAME=${v.researcher(g)}`,
        sec(`export APPTAINER_DOCKER_PASSWORD=${p}`, p),
        'apptainer pull docker://ghcr.io/lab/pytorch:2.3',
      ],
    };
  }),
  template('singularity-remote-login', (g) => {
    const p = v.pw(g).replace(/'/g, '');
    return {
      path: 'hpc/pull_image.sh',
      lines: [
        sec(
          `singularity remote login --username ${v.researcher(g)} --password '${p}' docker://registry.${g.fake.lower(5)}.edu`,
          p,
        ),
      ],
    };
  }),
  template('rclone-conf-s3', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: '.config/rclone/rclone.conf',
      lines: [
        '[labdata]',
        'type = s3',
        'provider = AWS',
        sec(`access_key_id = ${id}`, id),
        sec(`secret_access_key = ${s}`, s),
        'region = eu-central-1',
      ],
    };
  }),
  template('rclone-conf-webdav', (g) => {
    const p = g.fake.base64url(g.between(30, 46));
    return {
      path: '.config/rclone/rclone.conf',
      lines: [
        '[sciebo]',
        'type = webdav',
        `url = https://uni-${g.fake.lower(4)}.sciebo.de/remote.php/webdav/`,
        'vendor = owncloud',
        `user = ${v.researcher(g)}`,
        sec(`pass = ${p}`, p),
      ],
    };
  }),
  template('s3cfg', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: '.s3cfg',
      lines: [
        '[default]',
        sec(`access_key = ${id}`, id),
        sec(`secret_key = ${s}`, s),
        'host_base = s3.amazonaws.com',
        'use_https = True',
      ],
    };
  }),
  template('boto3-research-client', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: 'data/load_from_s3.py',
      lines: [
        'import boto3',
        's3 = boto3.client(',
        '    "s3",',
        sec(`    aws_access_key_id="${id}",`, id),
        sec(`    aws_secret_access_key="${s}",`, s),
        ')',
      ],
    };
  }),
  template('sagemaker-session-env', (g) => {
    const s = v.awsSecret(g);
    const id = v.awsKeyId(g);
    return {
      path: 'sagemaker/launch.ipynb',
      lines: v.notebook(g, [
        {
          type: 'code',
          source: [
            'import os, sagemaker',
            sec(`os.environ["AWS_ACCESS_KEY_ID"] = "${id}"`, id),
            sec(`os.environ["AWS_SECRET_ACCESS_KEY"] = "${s}"`, s),
            'sess = sagemaker.Session()',
          ],
        },
      ]),
    };
  }),
  template('azureml-sp-secret', (g) => {
    const s =
      g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-', 34) + 'Q~' + g.fake.alnum(4);
    return {
      path: 'azureml/submit_job.py',
      lines: [
        'from azure.identity import ClientSecretCredential',
        'from azure.ai.ml import MLClient',
        sec(
          `cred = ClientSecretCredential(tenant_id="${g.fake.uuid()}", client_id="${g.fake.uuid()}", client_secret="${s}")`,
          s,
        ),
        'ml_client = MLClient.from_config(credential=cred)',
      ],
    };
  }),
  template('vertex-sa-json-key', (g) => {
    const pem = g.fake.pem('PRIVATE KEY', 3).split('\n');
    return {
      path: 'gcp/vertex-trainer.json',
      lines: [
        '{',
        '  "type": "service_account",',
        `  "project_id": "${v.project(g)}-${g.between(100000, 999999)}",`,
        `  "private_key_id": "${g.fake.hex(40)}",`,
        sec(`  "private_key": "${pem[0]}\\n${pem[1]}\\n${pem[2]}\\n${pem[3]}==\\n${pem[pem.length - 1]}\\n",`, pem[1]!),
        `  "client_email": "vertex-trainer@${v.project(g)}.iam.gserviceaccount.com"`,
        '}',
      ],
    };
  }),
  template('renviron-openai', (g) => {
    const k = v.openaiKey(g);
    return { path: '.Renviron', lines: [sec(`OPENAI_API_KEY=${k}`, k)] };
  }),
  template('r-sys-setenv', (g) => {
    const k = v.anthropicKey(g);
    return {
      path: 'analysis/llm_coding.R',
      lines: ['library(ellmer)', sec(`Sys.setenv(ANTHROPIC_API_KEY = "${k}")`, k), 'chat <- chat_anthropic()'],
    };
  }),
  template('r-keyring-set-value', (g) => {
    const p = v.pw(g);
    return {
      path: 'R/db_connect.R',
      lines: [sec(`keyring::key_set_with_value("redcap", username = "${v.researcher(g)}", password = "${p}")`, p)],
    };
  }),
  template('r-rtweet-bot', (g) => {
    const s = g.fake.alnum(50);
    const as = g.fake.alnum(45);
    // The consumer key and the access token are credentials as much as their secrets.
    const ck = g.fake.alnum(25);
    const at = `${g.fake.digits(19)}-${g.fake.alnum(30)}`;
    return {
      path: 'scrape/twitter_auth.R',
      lines: [
        'auth <- rtweet_bot(',
        sec(`  api_key = "${ck}",`, ck),
        sec(`  api_secret = "${s}",`, s),
        sec(`  access_token = "${at}",`, at),
        sec(`  access_secret = "${as}"`, as),
        ')',
      ],
    };
  }),
  template('r-tidycensus-key', (g) => {
    const k = g.fake.hex(40);
    return {
      path: 'census/acs_pull.R',
      lines: ['library(tidycensus)', sec(`census_api_key("${k}", install = TRUE)`, k)],
    };
  }),
  template('r-redcap-token', (g) => {
    const t = g.fake.upperHex(32);
    return {
      path: 'R/import_redcap.R',
      lines: [
        'library(REDCapR)',
        'uri <- "https://redcap.med.example-university.edu/api/"',
        sec(`token <- "${t}"`, t),
        'ds <- redcap_read(redcap_uri = uri, token = token)$data',
      ],
    };
  }),
  template('r-dbconnect-password', (g) => {
    const p = v.pw(g);
    return {
      path: 'scripts/cohort_query.R',
      lines: [
        'con <- DBI::dbConnect(RPostgres::Postgres(),',
        `  host = "pg.${g.fake.lower(5)}.lab", dbname = "cohort", user = "${v.researcher(g)}",`,
        sec(`  password = "${p}")`, p),
      ],
    };
  }),
  template('matlab-weboptions', (g) => {
    const p = v.pw(g).replace(/'/g, '');
    return {
      path: 'matlab/fetch_station.m',
      lines: [
        sec(`opts = weboptions('Username', '${v.researcher(g)}', 'Password', '${p}', 'Timeout', 60);`, p),
        'data = webread(url, opts);',
      ],
    };
  }),
  template('matlab-database', (g) => {
    const p = v.pw(g).replace(/'/g, '');
    return {
      path: 'matlab/load_trials.m',
      lines: [
        sec(
          `conn = database('trialsdb', '${v.researcher(g)}', '${p}', 'Vendor', 'PostgreSQL', 'Server', 'db.lab.local');`,
          p,
        ),
        "T = fetch(conn, 'SELECT * FROM trials');",
      ],
    };
  }),
  template('matlab-api-key-var', (g) => {
    const k = v.openaiKey(g);
    return {
      path: 'llm_matlab/setup_keys.m',
      lines: [sec(`setenv("OPENAI_API_KEY", "${k}");`, k), 'chat = openAIChat("You summarize spectra.");'],
    };
  }),
  template('julia-env-assign', (g) => {
    const k = v.wandbKey(g);
    return {
      path: 'scripts/train.jl',
      lines: ['using Wandb, Flux', sec(`ENV["WANDB_API_KEY"] = "${k}"`, k), 'lg = WandbLogger(project = "flux-mnist")'],
    };
  }),
  template('julia-http-bearer', (g) => {
    const t = v.hfToken(g);
    return {
      path: 'src/hub.jl',
      lines: [
        'using HTTP, JSON3',
        sec(`const HEADERS = ["Authorization" => "Bearer ${t}"]`, t),
        'resp = HTTP.get(url, HEADERS)',
      ],
    };
  }),
  template('stata-odbc-password', (g) => {
    const p = v.pw(g).replace(/[()"]/g, '');
    return {
      path: 'do/01_load.do',
      lines: [
        'clear all',
        sec(`odbc load, exec("SELECT * FROM survey_wave3") dsn("panel") user(${v.researcher(g)}) password(${p})`, p),
        'save "data/wave3.dta", replace',
      ],
    };
  }),
  template('sas-libname-password', (g) => {
    const p = v.pw(g).replace(/["; ]/g, '');
    return {
      path: 'sas/extract.sas',
      lines: [
        sec(`libname ehr oracle user=${v.researcher(g)} password="${p}" path=ehrprod schema=clinical;`, p),
        'proc sql; create table work.cohort as select * from ehr.visits; quit;',
      ],
    };
  }),
  template('mathematica-system-credential', (g) => {
    const k = v.openaiKey(g);
    return {
      path: 'notebooks/setup.wl',
      lines: [sec(`SystemCredential["OPENAI_API_KEY"] = "${k}";`, k), 'LLMSynthesize["Summarize the spectrum"]'],
    };
  }),
  template('overleaf-git-clone', (g) => {
    const t = v.overleafToken(g);
    return {
      path: 'paper/sync.sh',
      lines: [sec(`git clone https://git:${t}@git.overleaf.com/${g.fake.hex(24)} paper-src`, t)],
    };
  }),
  template('streamlit-secrets-toml', (g) => {
    const k = v.openaiKey(g);
    const p = v.pw(g);
    return {
      path: '.streamlit/secrets.toml',
      lines: [
        sec(`OPENAI_API_KEY = "${k}"`, k),
        '',
        '[connections.postgresql]',
        'dialect = "postgresql"',
        `host = "pg.${g.fake.lower(5)}.lab"`,
        `username = "${v.researcher(g)}"`,
        sec(`password = "${p}"`, p),
      ],
    };
  }),
  template('gradio-launch-auth', (g) => {
    const p = v.pw(g);
    return {
      path: 'app.py',
      lines: [
        'import gradio as gr',
        'demo = gr.Interface(fn=predict, inputs="image", outputs="label")',
        sec(`demo.launch(share=True, auth=("${v.researcher(g)}", "${p}"))`, p),
      ],
    };
  }),
  template('ray-runtime-env', (g) => {
    const k = v.wandbKey(g);
    return {
      path: 'ray_tune.py',
      lines: ['import ray', sec(`ray.init(runtime_env={"env_vars": {"WANDB_API_KEY": "${k}"}})`, k)],
    };
  }),
  template('dask-gateway-basic-auth', (g) => {
    const p = v.pw(g);
    return {
      path: 'dask_cluster.py',
      lines: [
        'from dask_gateway import Gateway, BasicAuth',
        sec(
          `gateway = Gateway("https://dask.${g.fake.lower(5)}.edu", auth=BasicAuth("${v.researcher(g)}", "${p}"))`,
          p,
        ),
      ],
    };
  }),
];
