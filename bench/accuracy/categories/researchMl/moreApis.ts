import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * More research-ml positives: the rest of the model and retrieval APIs a RAG or evaluation
 * notebook calls (OpenRouter, DeepSeek, Perplexity, Voyage, NVIDIA, Pinecone), Colab form fields,
 * keys pasted into markdown cells and Hydra configs, OAuth responses printed in outputs, and the
 * R gargle client that googlesheets4 uses. Key shapes from each provider's documentation; values
 * generated at run time.
 */
export const moreApiPositives: readonly Template[] = [
  template('colab-form-param', (g) => {
    const t = v.hfToken(g);
    return {
      path: 'Llama_QLoRA.ipynb',
      lines: v.notebook(
        g,
        [
          {
            type: 'code',
            source: [
              '#@title Settings',
              sec(`HF_TOKEN = "${t}"  # @param {type:"string"}`, t),
              'MODEL = "meta-llama/Llama-3.1-8B"  # @param {type:"string"}',
            ],
          },
        ],
        true,
      ),
    };
  }),
  template('ipynb-markdown-note-key', (g) => {
    const k = v.wandbKey(g);
    return {
      path: 'lab_notes.ipynb',
      lines: v.notebook(g, [
        { type: 'markdown', source: ['### Notes', sec(`W&B key for the shared lab account: ${k}`, k)] },
        { type: 'code', source: ['import wandb'] },
      ]),
    };
  }),
  template('hydra-config-wandb', (g) => {
    const k = v.wandbKey(g);
    return {
      path: 'configs/logger/wandb.yaml',
      lines: [
        '_target_: lightning.pytorch.loggers.WandbLogger',
        `project: ${v.project(g)}`,
        sec(`api_key: ${k}`, k),
        'log_model: false',
      ],
    };
  }),
  template('hydra-config-hub-token', (g) => {
    const t = v.hfToken(g);
    return {
      path: 'configs/train.yaml',
      lines: ['hub:', '  push: true', `  repo_id: ${v.researcher(g)}/${v.project(g)}`, sec(`  token: ${t}`, t)],
    };
  }),
  template('research-dotenv-many', (g) => {
    const a = v.openaiKey(g);
    const b = v.anthropicKey(g);
    const c = v.togetherKey(g);
    return {
      path: '.env',
      lines: [
        '# eval harness',
        sec(`OPENAI_API_KEY=${a}`, a),
        sec(`ANTHROPIC_API_KEY=${b}`, b),
        sec(`TOGETHER_API_KEY=${c}`, c),
        'EVAL_BATCH=16',
      ],
    };
  }),
  template('openrouter-key', (g) => {
    const k = 'sk-or-v1-' + g.fake.hex(64);
    return {
      path: 'eval/openrouter.py',
      lines: ['client = OpenAI(', '    base_url="https://openrouter.ai/api/v1",', sec(`    api_key="${k}",`, k), ')'],
    };
  }),
  template('deepseek-key', (g) => {
    const k = 'sk-' + g.fake.hex(32);
    return {
      path: 'baselines/deepseek.py',
      lines: [sec(`client = OpenAI(api_key="${k}", base_url="https://api.deepseek.com")`, k)],
    };
  }),
  template('perplexity-key', (g) => {
    const k = 'pplx-' + g.fake.alnum(48);
    return {
      path: 'lit/search_agent.py',
      lines: [
        sec(`PPLX_API_KEY = "${k}"`, k),
        'client = OpenAI(api_key=PPLX_API_KEY, base_url="https://api.perplexity.ai")',
      ],
    };
  }),
  template('voyage-key', (g) => {
    const k = 'pa-' + g.fake.base64url(43);
    return {
      path: 'embed/voyage_embed.py',
      lines: ['import voyageai', sec(`vo = voyageai.Client(api_key="${k}")`, k)],
    };
  }),
  template('nvidia-nim-key', (g) => {
    const k = 'nvapi-' + g.fake.base64url(64);
    return {
      path: 'nim_client.py',
      lines: [
        'from langchain_nvidia_ai_endpoints import ChatNVIDIA',
        sec(`llm = ChatNVIDIA(model="meta/llama-3.1-70b-instruct", api_key="${k}")`, k),
      ],
    };
  }),
  template('pinecone-uuid-key', (g) => {
    const k = g.fake.uuid();
    return {
      path: 'rag/index.py',
      lines: ['from pinecone import Pinecone', sec(`pc = Pinecone(api_key="${k}")`, k), 'index = pc.Index("papers")'],
    };
  }),
  template('pinecone-pcsk-key', (g) => {
    const k = `pcsk_${g.fake.alnum(5)}_${g.fake.alnum(64)}`;
    return { path: 'notebooks/rag_setup.py', lines: [sec(`os.environ["PINECONE_API_KEY"] = "${k}"`, k)] };
  }),
  template('ipynb-orcid-token-output', (g) => {
    const t = g.fake.uuid();
    return {
      path: 'orcid_harvest.ipynb',
      lines: v.notebook(g, [
        {
          type: 'code',
          source: ['r = requests.post("https://orcid.org/oauth/token", data=payload)', 'print(r.text)'],
          outputs: [
            sec(
              `{"access_token":"${t}","token_type":"bearer","refresh_token":"${g.fake.uuid()}","expires_in":631138518,"scope":"/read-public"}`,
              t,
            ),
          ],
        },
      ]),
    };
  }),
  template('r-gargle-client', (g) => {
    const s = 'GOCSPX-' + g.fake.base64url(28);
    return {
      path: 'R/sheets_auth.R',
      lines: [
        'library(googlesheets4)',
        'client <- gargle::gargle_oauth_client(',
        `  id = "${g.fake.digits(12)}-${g.fake.lowerAlnum(32)}.apps.googleusercontent.com",`,
        sec(`  secret = "${s}",`, s),
        '  name = "lab-sheets")',
        'gs4_auth_configure(client = client)',
      ],
    };
  }),
  template('ipynb-curl-user-pass', (g) => {
    const p = v.pw(g).replace(/['":@]/g, '');
    return {
      path: 'harvest_station.ipynb',
      lines: v.notebook(g, [
        {
          type: 'code',
          source: [
            sec(
              `!curl -u ${v.researcher(g)}:${p} -o obs.csv https://data.${g.fake.lower(6)}.org/api/v1/obs?station=12`,
              p,
            ),
          ],
        },
      ]),
    };
  }),
  template('earthdata-netrc-multiline', (g) => {
    const p = v.pw(g);
    return {
      path: '.netrc',
      lines: ['machine urs.earthdata.nasa.gov', `    login ${v.researcher(g)}`, sec(`    password ${p}`, p)],
    };
  }),
  template('semantic-scholar-curl', (g) => {
    const k = v.s2Key(g);
    return {
      path: 'scripts/s2_batch.sh',
      lines: [
        sec(
          `curl -H "x-api-key: ${k}" "https://api.semanticscholar.org/graph/v1/paper/batch?fields=title,year" -d @ids.json`,
          k,
        ),
      ],
    };
  }),
  template('globus-cli-env', (g) => {
    const s = v.globusSecret(g);
    return {
      path: 'transfer/env.sh',
      lines: [`export GLOBUS_CLI_CLIENT_ID=${g.fake.uuid()}`, sec(`export GLOBUS_CLI_CLIENT_SECRET=${s}`, s)],
    };
  }),
  template('replicate-curl-token', (g) => {
    const t = v.replicateToken(g);
    return {
      path: 'predict.sh',
      lines: [
        sec(
          `curl -s -X POST -H "Authorization: Bearer ${t}" -H "Content-Type: application/json" https://api.replicate.com/v1/predictions -d @input.json`,
          t,
        ),
      ],
    };
  }),
];
