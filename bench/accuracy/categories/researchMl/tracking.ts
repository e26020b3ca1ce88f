import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * research-ml positives in experiment tracking, model hubs, data versioning and labelling tools:
 * Weights & Biases (`.netrc` for api.wandb.ai, settings, `wandb login`), Hugging Face (`HF_TOKEN`,
 * the cached token file, `huggingface-cli login`), Comet, Neptune, MLflow tracking credentials,
 * ClearML `clearml.conf`, DVC remotes in `.dvc/config.local`, Label Studio, Roboflow, Labelbox, as
 * the tools' own documentation writes them. Values generated at run time.
 */
export const trackingPositives: readonly Template[] = [
  template('netrc-wandb', (g) => {
    const k = v.wandbKey(g);
    return {
      path: '.netrc',
      lines: ['machine api.wandb.ai', '  login user', sec(`  password ${k}`, k)],
    };
  }),
  template('netrc-wandb-one-line', (g) => {
    const k = v.wandbKey(g);
    return { path: 'home/.netrc', lines: [sec(`machine api.wandb.ai login user password ${k}`, k)] };
  }),
  template('wandb-cli-login', (g) => {
    const k = v.wandbKey(g);
    return {
      path: 'jobs/train.sbatch',
      lines: [
        '#!/bin/bash',
        '#SBATCH --gres=gpu:a100:1',
        '#SBATCH --time=24:00:00',
        'module load cuda/12.1',
        sec(`wandb login ${k}`, k),
        'srun python train.py --config configs/vit_b16.yaml',
      ],
    };
  }),
  template('wandb-env-export-slurm', (g) => {
    const k = v.wandbKey(g);
    return {
      path: 'slurm/sweep_agent.sh',
      lines: [
        '#!/bin/bash',
        `#SBATCH --job-name=${v.project(g)}`,
        '#SBATCH --array=0-7',
        sec(`export WANDB_API_KEY=${k}`, k),
        `wandb agent ${v.researcher(g)}/${v.project(g)}/${g.fake.lowerAlnum(8)}`,
      ],
    };
  }),
  template('wandb-local-server-key', (g) => {
    const k = 'local-' + v.wandbKey(g);
    return {
      path: 'configs/tracking.env',
      lines: [`WANDB_BASE_URL=http://wandb.${g.fake.lower(5)}.lab:8080`, sec(`WANDB_API_KEY=${k}`, k)],
    };
  }),
  template('wandb-python-settings', (g) => {
    const k = v.wandbKey(g);
    return {
      path: 'utils/logging.py',
      lines: [
        'import wandb',
        '',
        'def setup_wandb(cfg):',
        sec(`    wandb.login(key='${k}', relogin=True)`, k),
        '    return wandb.init(project=cfg.project, config=cfg)',
      ],
    };
  }),
  template('hf-cli-login', (g) => {
    const t = v.hfToken(g);
    return {
      path: 'scripts/setup_node.sh',
      lines: [
        'pip install -U "huggingface_hub[cli]"',
        sec(`huggingface-cli login --token ${t} --add-to-git-credential`, t),
      ],
    };
  }),
  template('hf-token-file', (g) => {
    const t = v.hfToken(g);
    return { path: '.cache/huggingface/token', lines: [sec(t, t)] };
  }),
  template('hf-token-dotenv', (g) => {
    const t = v.hfToken(g);
    return { path: '.env', lines: [`HF_HOME=/scratch/${v.researcher(g)}/hf`, sec(`HUGGINGFACE_HUB_TOKEN=${t}`, t)] };
  }),
  template('hf-push-to-hub', (g) => {
    const t = v.hfToken(g);
    return {
      path: 'train_sft.py',
      lines: ['trainer.train()', sec(`trainer.push_to_hub("${v.researcher(g)}/${v.project(g)}-sft", token="${t}")`, t)],
    };
  }),
  template('hf-hfapi-constructor', (g) => {
    const t = v.hfToken(g);
    return {
      path: 'upload_dataset.py',
      lines: [
        'from huggingface_hub import HfApi',
        sec(`api = HfApi(token="${t}")`, t),
        'api.upload_folder(folder_path="data/", repo_id=REPO, repo_type="dataset")',
      ],
    };
  }),
  template('hf-git-remote-url', (g) => {
    const t = v.hfToken(g);
    return {
      path: 'push_space.sh',
      lines: [
        sec(`git remote add space https://${v.researcher(g)}:${t}@huggingface.co/spaces/${v.researcher(g)}/demo`, t),
        'git push space main',
      ],
    };
  }),
  template('comet-config-file', (g) => {
    const k = v.cometKey(g);
    return {
      path: '.comet.config',
      lines: ['[comet]', sec(`api_key = ${k}`, k), `workspace = ${v.researcher(g)}`, `project_name = ${v.project(g)}`],
    };
  }),
  template('comet-experiment-ctor', (g) => {
    const k = v.cometKey(g);
    return {
      path: 'train_comet.py',
      lines: [
        'from comet_ml import Experiment',
        sec(
          `experiment = Experiment(api_key="${k}", project_name="${v.project(g)}", workspace="${v.researcher(g)}")`,
          k,
        ),
      ],
    };
  }),
  template('comet-login-kw', (g) => {
    const k = v.cometKey(g);
    return { path: 'nb_utils.py', lines: ['import comet_ml', sec(`comet_ml.login(api_key="${k}")`, k)] };
  }),
  template('neptune-init-run', (g) => {
    const t = v.neptuneToken(g);
    return {
      path: 'train_neptune.py',
      lines: [
        'import neptune',
        '',
        'run = neptune.init_run(',
        `    project="${v.researcher(g)}/${v.project(g)}",`,
        sec(`    api_token="${t}",`, t),
        ')',
      ],
    };
  }),
  template('neptune-env-export', (g) => {
    const t = v.neptuneToken(g);
    return {
      path: 'env.sh',
      lines: [sec(`export NEPTUNE_API_TOKEN="${t}"`, t), `export NEPTUNE_PROJECT="${v.researcher(g)}/${v.project(g)}"`],
    };
  }),
  template('mlflow-basic-auth-env', (g) => {
    const p = v.pw(g);
    return {
      path: '.env',
      lines: [
        `MLFLOW_TRACKING_URI=https://mlflow.${g.fake.lower(5)}.ai`,
        `MLFLOW_TRACKING_USERNAME=${v.researcher(g)}`,
        sec(`MLFLOW_TRACKING_PASSWORD=${p}`, p),
      ],
    };
  }),
  template('mlflow-python-environ', (g) => {
    const p = v.pw(g);
    return {
      path: 'track.py',
      lines: [
        'import mlflow, os',
        `os.environ["MLFLOW_TRACKING_USERNAME"] = "${v.researcher(g)}"`,
        sec(`os.environ["MLFLOW_TRACKING_PASSWORD"] = "${p}"`, p),
        'mlflow.set_tracking_uri("https://mlflow.internal.lab")',
      ],
    };
  }),
  template('mlflow-databricks-token', (g) => {
    const t = v.databricksToken(g);
    return {
      path: 'mlflow_setup.sh',
      lines: [
        `export DATABRICKS_HOST=https://adb-${g.fake.digits(16)}.${g.between(1, 19)}.azuredatabricks.net`,
        sec(`export MLFLOW_TRACKING_TOKEN=${t}`, t),
        'export MLFLOW_TRACKING_URI=databricks',
      ],
    };
  }),
  template('mlflow-uri-with-password', (g) => {
    const p = v.pw(g).replace(/[@:/]/g, '');
    return {
      path: 'conf/mlflow.yaml',
      lines: [
        'mlflow:',
        sec(`  tracking_uri: https://${v.researcher(g)}:${p}@mlflow.lab-${g.fake.lower(4)}.org`, p),
        '  experiment: baseline',
      ],
    };
  }),
  template('clearml-conf', (g) => {
    const a = v.clearmlAccess(g);
    const s = v.clearmlSecret(g);
    return {
      path: 'clearml.conf',
      lines: [
        'api {',
        '    web_server: https://app.clear.ml',
        '    api_server: https://api.clear.ml',
        '    files_server: https://files.clear.ml',
        '    credentials {',
        sec(`        "access_key" = "${a}"`, a),
        sec(`        "secret_key" = "${s}"`, s),
        '    }',
        '}',
      ],
    };
  }),
  template('clearml-env', (g) => {
    const a = v.clearmlAccess(g);
    const s = v.clearmlSecret(g);
    return {
      path: 'agent/.env',
      lines: [
        'CLEARML_API_HOST=https://api.clear.ml',
        sec(`CLEARML_API_ACCESS_KEY=${a}`, a),
        sec(`CLEARML_API_SECRET_KEY=${s}`, s),
      ],
    };
  }),
  template('clearml-set-credentials', (g) => {
    const a = v.clearmlAccess(g);
    const s = v.clearmlSecret(g);
    return {
      path: 'remote_task.py',
      lines: [
        'from clearml import Task',
        'Task.set_credentials(',
        '    api_host="https://api.clear.ml",',
        sec(`    key="${a}",`, a),
        sec(`    secret="${s}",`, s),
        ')',
      ],
    };
  }),
  template('dvc-config-local-s3', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: '.dvc/config.local',
      lines: ['[\'remote "storage"\']', sec(`    access_key_id = ${id}`, id), sec(`    secret_access_key = ${s}`, s)],
    };
  }),
  template('dvc-config-local-minio', (g) => {
    const s = g.fake.alnum(g.between(20, 40));
    return {
      path: '.dvc/config.local',
      lines: [
        '[\'remote "minio"\']',
        `    endpointurl = http://minio.${g.fake.lower(5)}.lab:9000`,
        `    access_key_id = ${v.researcher(g)}`,
        sec(`    secret_access_key = ${s}`, s),
      ],
    };
  }),
  template('dvc-config-local-ssh-password', (g) => {
    const p = v.pw(g);
    return {
      path: '.dvc/config.local',
      lines: ['[\'remote "cluster"\']', `    user = ${v.researcher(g)}`, sec(`    password = ${p}`, p)],
    };
  }),
  template('dvc-remote-modify-cli', (g) => {
    const s = v.awsSecret(g);
    const id = v.awsKeyId(g);
    return {
      path: 'README_data.md',
      lines: [
        '```bash',
        sec(`dvc remote modify --local storage access_key_id ${id}`, id),
        sec(`dvc remote modify --local storage secret_access_key ${s}`, s),
        'dvc pull',
        '```',
      ],
    };
  }),
  template('dvc-azure-account-key', (g) => {
    const k = g.fake.base64(86) + '==';
    return {
      path: '.dvc/config.local',
      lines: ['[\'remote "azstore"\']', `    account_name = ${g.fake.lower(10)}`, sec(`    account_key = ${k}`, k)],
    };
  }),
  template('label-studio-sdk', (g) => {
    const t = v.labelStudioToken(g);
    return {
      path: 'labeling/export.py',
      lines: [
        'from label_studio_sdk import Client',
        `LS_URL = "http://${g.pick(['label', 'annot'])}.lab:8080"`,
        sec(`ls = Client(url=LS_URL, api_key="${t}")`, t),
      ],
    };
  }),
  template('label-studio-curl', (g) => {
    const t = v.labelStudioToken(g);
    return {
      path: 'scripts/ls_export.sh',
      lines: [sec(`curl -X GET http://localhost:8080/api/projects/ -H 'Authorization: Token ${t}'`, t)],
    };
  }),
  template('roboflow-api-key', (g) => {
    const k = v.roboflowKey(g);
    return {
      path: 'data/get_dataset.py',
      lines: [
        'from roboflow import Roboflow',
        sec(`rf = Roboflow(api_key="${k}")`, k),
        `project = rf.workspace("${v.researcher(g)}").project("${v.project(g)}")`,
      ],
    };
  }),
  template('labelbox-client', (g) => {
    const k = g.fake.jwt({ organizationId: g.fake.lowerAlnum(25), userId: g.fake.lowerAlnum(25) });
    return {
      path: 'annotate/labelbox_sync.py',
      lines: ['import labelbox as lb', sec(`client = lb.Client(api_key="${k}")`, k)],
    };
  }),
];
