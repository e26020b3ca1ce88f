import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * research-computing positives from clusters and the services HPC admins run: SLURM, PBS and LSF
 * job scripts exporting credentials (`export`, `#SBATCH --export=`, `bsub -env`), slurmdbd.conf,
 * SLURM REST JWTs, MUNGE keys in configuration management, HTCondor tokens and pool passwords,
 * BMC logins in node scripts, xCAT and Warewulf passwords, JupyterHub (services' API tokens, proxy
 * and cookie secrets, OAuthenticator and LDAP secrets, Zero to JupyterHub values), Jupyter server
 * tokens and stored password hashes (the project counts stored hashes as credentials), Open
 * OnDemand OIDC secrets, Apptainer/Singularity registry logins, Spack mirrors with S3 keys,
 * XDMoD and ColdFront database passwords. Values generated at run time.
 */
export const hpcPositives: readonly Template[] = [
  template('slurm-job-export-keys', (g) => {
    const w = v.wandbKey(g);
    const h = v.hfToken(g);
    return {
      path: g.pick(['jobs/train_a100.sbatch', 'scripts/finetune.slurm', 'run_sweep.sh']),
      lines: [
        '#!/bin/bash',
        `#SBATCH --job-name=${v.project(g)}`,
        `#SBATCH --account=${v.account(g)}`,
        '#SBATCH --partition=gpu',
        `#SBATCH --gres=gpu:a100:${g.between(1, 4)}`,
        '#SBATCH --cpus-per-task=16',
        '#SBATCH --mem=128G',
        '#SBATCH --time=23:59:00',
        '#SBATCH --output=logs/%x-%j.out',
        '',
        'module load cuda/12.2 python/3.11',
        `source /scratch/${v.person(g)}/venvs/llm/bin/activate`,
        '',
        sec(`export WANDB_API_KEY=${w}`, w),
        sec(`export HF_TOKEN=${h}`, h),
        'export HF_HOME=$SCRATCH/hf_cache',
        '',
        'srun python train.py --config configs/base.yaml --seed $SLURM_ARRAY_TASK_ID',
      ],
    };
  }),
  template('slurm-sbatch-export-flag', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['submit_etl.sh', 'jobs/load_db.sh']),
      lines: [
        '#!/bin/bash',
        '#SBATCH -J load-results',
        '#SBATCH -N 1 -n 4',
        '#SBATCH -t 02:00:00',
        sec(`#SBATCH --export=ALL,PGHOST=pg.${v.uni(g)},PGUSER=labdata,PGPASSWORD=${p}`, p),
        '',
        'python load_results.py --table runs_2024',
      ],
    };
  }),
  template('pbs-job-env', (g) => {
    const k = g.chance(0.5) ? v.wandbKey(g) : v.cometKey(g);
    const name = k.length === 40 ? 'WANDB_API_KEY' : 'COMET_API_KEY';
    return {
      path: g.pick(['run.pbs', 'jobs/sweep.pbs']),
      lines: [
        '#!/bin/bash',
        '#PBS -N sweep',
        '#PBS -l select=1:ncpus=32:ngpus=2:mem=192gb',
        '#PBS -l walltime=12:00:00',
        `#PBS -A ${v.account(g)}`,
        '#PBS -j oe',
        sec(`#PBS -v ${name}=${k}`, k),
        '',
        'cd $PBS_O_WORKDIR',
        'module load anaconda3/2023.09',
        'conda activate sweep',
        'python sweep_agent.py',
      ],
    };
  }),
  template('lsf-bsub-env', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['submit.sh', 'lsf/mlflow_job.sh']),
      lines: [
        '#!/bin/bash',
        `MLFLOW_URI=https://mlflow.${v.uni(g)}`,
        sec(
          `bsub -q gpu_a100 -n 8 -gpu "num=1" -W 8:00 -env "all, MLFLOW_TRACKING_URI=$MLFLOW_URI, MLFLOW_TRACKING_USERNAME=${v.person(g)}, MLFLOW_TRACKING_PASSWORD=${p}" -o logs/%J.out python train.py`,
          p,
        ),
      ],
    };
  }),
  template('slurmdbd-conf', (g) => {
    const p = v.labPass(g);
    return {
      path: '/etc/slurm/slurmdbd.conf',
      lines: [
        'AuthType=auth/munge',
        'AuthInfo=/var/run/munge/munge.socket.2',
        `DbdHost=${g.pick(['slurmdbd', 'head01', 'mgmt1'])}`,
        'DebugLevel=info',
        'LogFile=/var/log/slurm/slurmdbd.log',
        'PidFile=/run/slurmdbd.pid',
        'SlurmUser=slurm',
        'StorageType=accounting_storage/mysql',
        'StorageHost=localhost',
        'StoragePort=3306',
        'StorageUser=slurm',
        sec(`StoragePass=${p}`, p),
        'StorageLoc=slurm_acct_db',
      ],
    };
  }),
  template('ansible-munge-key', (g) => {
    const k = v.mungeKeyB64(g);
    return {
      path: g.pick(['group_vars/cluster.yml', 'inventory/group_vars/all/slurm.yml']),
      lines: [
        `slurm_cluster_name: ${g.pick(['hyak', 'euler', 'spartan', 'lab-cluster'])}`,
        'slurm_controller: head01',
        'slurm_nodes:',
        "  - name: 'gpu[01-08]'",
        '    CPUs: 64',
        '    Gres: gpu:a100:4',
        sec(`munge_key_b64: "${k}"`, k),
        'munge_key_path: /etc/munge/munge.key',
      ],
    };
  }),
  template('slurm-rest-jwt', (g) => {
    const user = v.person(g);
    const t = v.slurmJwt(g, user);
    return {
      path: g.pick(['tools/queue_status.py', 'dashboard/slurm_client.py']),
      lines: [
        'import requests',
        '',
        `SLURMRESTD = "http://${g.pick(['head01', 'slurmrestd'])}:6820/slurm/v0.0.40"`,
        `USER = "${user}"`,
        sec(`TOKEN = "${t}"`, t),
        '',
        'def jobs():',
        '    r = requests.get(f"{SLURMRESTD}/jobs",',
        '                     headers={"X-SLURM-USER-NAME": USER, "X-SLURM-USER-TOKEN": TOKEN})',
        '    return r.json()["jobs"]',
      ],
    };
  }),
  template('condor-token-file', (g) => {
    const host = `cm.${v.uni(g)}`;
    const t = v.condorToken(g, v.person(g), host);
    return {
      path: g.pick(['.condor/tokens.d/submit_token', 'condor/tokens/ap1.token']),
      lines: [sec(t, t)],
    };
  }),
  template('condor-store-cred', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['setup_pool.sh', 'docs/condor-install.md']),
      lines: [
        '# pool password for the execute nodes (same on every node)',
        sec(`condor_store_cred -c add -p '${p}'`, p),
        'systemctl restart condor',
      ],
    };
  }),
  template('ipmitool-node-script', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['admin/power_cycle.sh', 'bin/reset-node']),
      lines: [
        '#!/bin/bash',
        '# power-cycle a hung compute node through its BMC',
        'node=$1',
        sec(`ipmitool -I lanplus -H "\${node}-bmc" -U ADMIN -P '${p}' chassis power cycle`, p),
        'scontrol update nodename="$node" state=resume',
      ],
    };
  }),
  template('xcat-passwd-table', (g) => {
    const p = v.labPass(g);
    return {
      path: g.pick(['provisioning/xcat_setup.sh', 'notes/xcat.txt']),
      lines: [
        'makedns -n',
        'makedhcp -n',
        sec(`chtab key=system passwd.username=root passwd.password=${p}`, p),
        'nodeset compute osimage=rocky9-x86_64-netboot-compute',
      ],
    };
  }),
  template('jupyterhub-config-services', (g) => {
    const api = v.hex(g, 64);
    const cookie = v.hex(g, 64);
    return {
      path: g.pick(['/etc/jupyterhub/jupyterhub_config.py', 'jupyterhub_config.py']),
      lines: [
        'c = get_config()  # noqa',
        "c.JupyterHub.bind_url = 'http://:8000'",
        "c.JupyterHub.spawner_class = 'batchspawner.SlurmSpawner'",
        sec(`c.JupyterHub.cookie_secret = bytes.fromhex('${cookie}')`, cookie),
        'c.JupyterHub.services = [',
        '    {',
        "        'name': 'idle-culler',",
        sec(`        'api_token': '${api}',`, api),
        "        'command': [sys.executable, '-m', 'jupyterhub_idle_culler', '--timeout=3600'],",
        '    }',
        ']',
      ],
    };
  }),
  template('jupyterhub-oauthenticator', (g) => {
    const s = g.chance(0.5) ? v.hex(g, 40) : g.fake.alnum(32);
    return {
      path: 'jupyterhub_config.py',
      lines: [
        'from oauthenticator.generic import GenericOAuthenticator',
        'c.JupyterHub.authenticator_class = GenericOAuthenticator',
        `c.GenericOAuthenticator.oauth_callback_url = 'https://jupyter.${v.uni(g)}/hub/oauth_callback'`,
        `c.GenericOAuthenticator.client_id = 'jupyterhub'`,
        sec(`c.GenericOAuthenticator.client_secret = '${s}'`, s),
        `c.GenericOAuthenticator.authorize_url = 'https://sso.${v.uni(g)}/realms/rc/protocol/openid-connect/auth'`,
        "c.GenericOAuthenticator.username_claim = 'preferred_username'",
        'c.GenericOAuthenticator.allow_all = True',
      ],
    };
  }),
  template('jupyterhub-ldap', (g) => {
    const p = v.labPass(g);
    return {
      path: 'jupyterhub_config.py',
      lines: [
        "c.JupyterHub.authenticator_class = 'ldapauthenticator.LDAPAuthenticator'",
        `c.LDAPAuthenticator.server_address = 'ldaps://ldap.${v.uni(g)}'`,
        'c.LDAPAuthenticator.lookup_dn = True',
        "c.LDAPAuthenticator.lookup_dn_search_user = 'cn=jupyterhub,ou=services,dc=rc,dc=edu'",
        sec(`c.LDAPAuthenticator.lookup_dn_search_password = '${p}'`, p),
        "c.LDAPAuthenticator.user_search_base = 'ou=people,dc=rc,dc=edu'",
        "c.LDAPAuthenticator.user_attribute = 'uid'",
      ],
    };
  }),
  template('z2jh-helm-values', (g) => {
    const proxy = v.hex(g, 64);
    const gh = v.hex(g, 40);
    return {
      path: g.pick(['config.yaml', 'helm/jupyterhub-values.yaml']),
      lines: [
        'proxy:',
        sec(`  secretToken: "${proxy}"`, proxy),
        'hub:',
        '  config:',
        '    GitHubOAuthenticator:',
        `      client_id: ${g.fake.alnum(20)}`,
        sec(`      client_secret: ${gh}`, gh),
        `      oauth_callback_url: https://hub.${v.uni(g)}/hub/oauth_callback`,
        '      allowed_organizations:',
        `        - ${g.pick(['smithlab', 'rc-training', 'ds-course'])}`,
        '    JupyterHub:',
        '      authenticator_class: github',
        'singleuser:',
        '  image:',
        '    name: quay.io/jupyter/scipy-notebook',
        "    tag: '2024-05-27'",
      ],
    };
  }),
  template('jupyter-server-token-config', (g) => {
    const t = v.jupyterToken(g);
    const cls = g.pick(['ServerApp', 'NotebookApp', 'IdentityProvider']);
    return {
      path: g.pick(['~/.jupyter/jupyter_server_config.py', '.jupyter/jupyter_notebook_config.py']),
      lines: [
        `c.${cls === 'IdentityProvider' ? 'ServerApp' : cls}.ip = '0.0.0.0'`,
        `c.${cls === 'IdentityProvider' ? 'ServerApp' : cls}.port = ${g.between(8800, 8999)}`,
        `c.${cls === 'IdentityProvider' ? 'ServerApp' : cls}.open_browser = False`,
        sec(`c.${cls}.token = '${t}'`, t),
      ],
    };
  }),
  template('jupyter-password-hash-py', (g) => {
    const h = g.chance(0.5) ? v.jupyterArgon(g) : v.jupyterSha1(g);
    const cls = h.startsWith('sha1') ? 'NotebookApp' : g.pick(['ServerApp', 'PasswordIdentityProvider']);
    const attr = (cls === 'PasswordIdentityProvider' ? 'hashed_' : '') + 'password';
    return {
      path: g.pick(['.jupyter/jupyter_server_config.py', '.jupyter/jupyter_notebook_config.py']),
      lines: [
        '# generated with jupyter server password, copied to the cluster profile',
        sec(`c.${cls}.${attr} = u'${h}'`, h),
        `c.${cls === 'NotebookApp' ? 'NotebookApp' : 'ServerApp'}.open_browser = False`,
      ],
    };
  }),
  template('jupyter-password-hash-json', (g) => {
    const h = v.jupyterArgon(g);
    return {
      path: '.jupyter/jupyter_server_config.json',
      lines: ['{', '  "IdentityProvider": {', sec(`    "hashed_password": "${h}"`, h), '  }', '}'],
    };
  }),
  template('jupyter-cli-token-slurm', (g) => {
    const t = v.jupyterToken(g);
    return {
      path: g.pick(['jupyter.sbatch', 'jobs/jupyter_gpu.sh']),
      lines: [
        '#!/bin/bash',
        '#SBATCH --time=04:00:00 --gres=gpu:1 --mem=32G',
        'port=$(shuf -i 8000-9999 -n 1)',
        'echo "ssh -N -L ${port}:$(hostname):${port} ' + v.person(g) + '@' + v.clusterHost(g) + '"',
        sec(`jupyter lab --no-browser --ip=0.0.0.0 --port=\${port} --ServerApp.token='${t}'`, t),
      ],
    };
  }),
  template('jupyter-url-in-notes', (g) => {
    const t = v.jupyterToken(g);
    const node = `gpu${g.fake.digits(2)}`;
    return {
      path: g.pick(['NOTES.md', 'notes/cluster.txt']),
      lines: [
        `Notebook running on ${node} (job ${g.fake.digits(8)}), tunnel first:`,
        `  ssh -N -L 8888:${node}:8888 ${v.person(g)}@${v.clusterHost(g)}`,
        'then open',
        sec(`  http://127.0.0.1:8888/lab?token=${t}`, t),
      ],
    };
  }),
  template('ood-portal-oidc', (g) => {
    const s = g.fake.alnum(32);
    return {
      path: '/etc/ood/config/ood_portal.yml',
      lines: [
        `servername: ondemand.${v.uni(g)}`,
        'ssl:',
        '  - \'SSLCertificateFile "/etc/pki/tls/certs/ondemand.crt"\'',
        `oidc_uri: /oidc`,
        `oidc_provider_metadata_url: https://sso.${v.uni(g)}/realms/hpc/.well-known/openid-configuration`,
        'oidc_client_id: ondemand',
        sec(`oidc_client_secret: "${s}"`, s),
        'oidc_remote_user_claim: preferred_username',
      ],
    };
  }),
  template('apptainer-remote-login', (g) => {
    const p = g.chance(0.5) ? v.labPass(g) : v.gitlabDeployToken(g);
    return {
      path: g.pick(['build_containers.sh', 'README.md', 'scripts/pull_images.sh']),
      lines: [
        sec(`apptainer remote login --username ${v.person(g)} --password '${p}' oras://registry.${v.uni(g)}`, p),
        `apptainer pull oras://registry.${v.uni(g)}/${v.project(g)}/env:latest`,
      ],
    };
  }),
  template('singularity-docker-env', (g) => {
    const p = v.labPass(g);
    const pre = g.pick(['SINGULARITY', 'APPTAINER']);
    return {
      path: g.pick(['jobs/pull_private.sh', 'containers/build.sbatch']),
      lines: [
        `export ${pre}_DOCKER_USERNAME=${v.person(g)}`,
        sec(`export ${pre}_DOCKER_PASSWORD=${p}`, p),
        `${pre.toLowerCase()} build pipeline.sif docker://ghcr.io/${g.pick(['smithlab', 'chenlab'])}/pipeline:1.4.2`,
      ],
    };
  }),
  template('spack-mirror-s3', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['spack/mirrors.yaml', '~/.spack/mirrors.yaml']),
      lines: [
        'mirrors:',
        '  buildcache:',
        '    fetch:',
        `      url: s3://${g.pick(['rc-spack-cache', 'lab-binaries'])}`,
        '      access_pair:',
        sec(`      - ${id}`, id),
        sec(`      - ${s}`, s),
        '    push:',
        `      url: s3://${g.pick(['rc-spack-cache', 'lab-binaries'])}`,
      ],
    };
  }),
  template('xdmod-portal-settings', (g) => {
    const p = v.labPass(g);
    return {
      path: '/etc/xdmod/portal_settings.ini',
      lines: [
        '[general]',
        `site_address = "https://xdmod.${v.uni(g)}/"`,
        '',
        '[database]',
        'host = "localhost"',
        'port = "3306"',
        'user = "xdmod"',
        sec(`pass = "${p}"`, p),
      ],
    };
  }),
  template('coldfront-env', (g) => {
    const p = v.labPass(g);
    const sk = g.fake.alnum(50);
    return {
      path: 'coldfront/.env',
      lines: [
        'DEBUG=False',
        sec(`SECRET_KEY=${sk}`, sk),
        sec(`DB_URL=mysql://coldfront:${p}@db.${v.uni(g)}:3306/coldfront`, p),
        'PLUGIN_SLURM=True',
        'SLURM_SACCTMGR_PATH=/usr/bin/sacctmgr',
      ],
    };
  }),
];
