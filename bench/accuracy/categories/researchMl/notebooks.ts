import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * research-ml positives in notebooks and the scripts next to them: Jupyter/Colab cells setting
 * keys (`%env`, `os.environ[...] =`, `!pip install` with an index token, `!wget --header`), keys
 * echoed into cell outputs, the Jupyter server token, and model APIs as researchers call them
 * (OpenAI, Anthropic, Cohere, Replicate, Together, Groq, Mistral, Gemini, LangChain and
 * LlamaIndex constructors). Values generated at run time.
 */
export const notebookPositives: readonly Template[] = [
  template('ipynb-env-magic-wandb', (g) => {
    const k = v.wandbKey(g);
    return {
      path: `notebooks/${v.project(g)}.ipynb`,
      lines: v.notebook(g, [
        { type: 'markdown', source: ['## Setup', 'Log runs to W&B.'] },
        { type: 'code', source: [sec(`%env WANDB_API_KEY=${k}`, k), `%env WANDB_PROJECT=${v.project(g)}`] },
        { type: 'code', source: ['import wandb', `wandb.init(project="${v.project(g)}")`] },
      ]),
    };
  }),
  template('ipynb-os-environ-hf', (g) => {
    const t = v.hfToken(g);
    return {
      path: 'finetune_llama.ipynb',
      lines: v.notebook(
        g,
        [
          { type: 'code', source: ['import os', sec(`os.environ["HF_TOKEN"] = "${t}"`, t)] },
          {
            type: 'code',
            source: [
              'from transformers import AutoModelForCausalLM',
              `model = AutoModelForCausalLM.from_pretrained("${v.model(g)}")`,
            ],
          },
        ],
        true,
      ),
    };
  }),
  template('ipynb-openai-key-assign', (g) => {
    const k = v.openaiKey(g);
    return {
      path: 'experiments/prompting.ipynb',
      lines: v.notebook(g, [
        { type: 'code', source: ['import openai', sec(`openai.api_key = "${k}"`, k)] },
        {
          type: 'code',
          source: [
            'resp = openai.chat.completions.create(model="gpt-4o-mini",',
            '    messages=[{"role": "user", "content": prompt}])',
          ],
        },
      ]),
    };
  }),
  template('ipynb-pip-extra-index-token', (g) => {
    const t = v.gitlabToken(g);
    return {
      path: 'notebooks/00_install.ipynb',
      lines: v.notebook(
        g,
        [
          {
            type: 'code',
            source: [
              sec(
                `!pip install -q labtools --extra-index-url https://__token__:${t}@gitlab.${g.pick(['uni-bonn.de', 'cs.ox.ac.uk', 'epfl.ch'])}/api/v4/projects/${g.between(100, 9999)}/packages/pypi/simple`,
                t,
              ),
            ],
          },
        ],
        true,
      ),
    };
  }),
  template('ipynb-pip-index-password', (g) => {
    const p = v.pw(g).replace(/[@:/]/g, '');
    return {
      path: 'setup.ipynb',
      lines: v.notebook(g, [
        {
          type: 'code',
          source: [
            sec(
              `!pip install -i https://${v.researcher(g)}:${p}@pypi.lab-${g.fake.lower(4)}.org/simple/ lab-utils==0.4.1`,
              p,
            ),
          ],
        },
      ]),
    };
  }),
  template('ipynb-wget-header-hf', (g) => {
    const t = v.hfToken(g);
    return {
      path: 'download_weights.ipynb',
      lines: v.notebook(
        g,
        [
          {
            type: 'code',
            source: [
              sec(
                `!wget --header="Authorization: Bearer ${t}" https://huggingface.co/${v.model(g)}/resolve/main/model.safetensors`,
                t,
              ),
            ],
          },
        ],
        true,
      ),
    };
  }),
  template('ipynb-output-echoed-key', (g) => {
    const k = v.openaiKey(g);
    return {
      path: 'debug_env.ipynb',
      lines: v.notebook(g, [
        {
          type: 'code',
          source: ['import os', 'print(os.environ.get("OPENAI_API_KEY"))'],
          outputs: [sec(k, k)],
        },
      ]),
    };
  }),
  template('ipynb-output-jupyter-url-token', (g) => {
    const t = v.jupyterToken(g);
    return {
      path: 'cluster/launch_jupyter.ipynb',
      lines: v.notebook(g, [
        {
          type: 'code',
          source: ['!jupyter server list'],
          outputs: [
            'Currently running servers:',
            sec(
              `http://${g.pick(['gpu-node07', 'c12-34', 'login2'])}:${g.between(8800, 8899)}/?token=${t} :: /home/${v.researcher(g)}`,
              t,
            ),
          ],
        },
      ]),
    };
  }),
  template('ipynb-anthropic-client', (g) => {
    const k = v.anthropicKey(g);
    return {
      path: 'eval/claude_eval.ipynb',
      lines: v.notebook(g, [
        {
          type: 'code',
          source: ['import anthropic', '', sec(`client = anthropic.Anthropic(api_key="${k}")`, k)],
        },
      ]),
    };
  }),
  template('ipynb-hf-login-token', (g) => {
    const t = v.hfToken(g);
    return {
      path: 'Untitled1.ipynb',
      lines: v.notebook(
        g,
        [
          { type: 'code', source: ['from huggingface_hub import login', sec(`login(token="${t}")`, t)] },
          { type: 'code', source: ['!nvidia-smi'] },
        ],
        true,
      ),
    };
  }),
  template('ipynb-wandb-login-key', (g) => {
    const k = v.wandbKey(g);
    return {
      path: 'train_resnet.ipynb',
      lines: v.notebook(
        g,
        [{ type: 'code', source: ['!pip install -q wandb', 'import wandb', sec(`wandb.login(key="${k}")`, k)] }],
        true,
      ),
    };
  }),
  template('py-langchain-chatopenai', (g) => {
    const k = v.openaiKey(g);
    return {
      path: 'rag/chain.py',
      lines: [
        'from langchain_openai import ChatOpenAI',
        'from langchain_core.prompts import ChatPromptTemplate',
        '',
        sec(`llm = ChatOpenAI(model="gpt-4o", temperature=0, openai_api_key="${k}")`, k),
      ],
    };
  }),
  template('py-langchain-anthropic', (g) => {
    const k = v.anthropicKey(g);
    return {
      path: 'agents/summarize.py',
      lines: [
        'from langchain_anthropic import ChatAnthropic',
        '',
        sec(`llm = ChatAnthropic(model="claude-3-5-sonnet-latest", anthropic_api_key="${k}")`, k),
      ],
    };
  }),
  template('py-llamaindex-settings', (g) => {
    const k = v.openaiKey(g);
    return {
      path: 'index_papers.py',
      lines: [
        'from llama_index.core import Settings, VectorStoreIndex, SimpleDirectoryReader',
        'from llama_index.llms.openai import OpenAI',
        '',
        sec(`Settings.llm = OpenAI(model="gpt-4o-mini", api_key="${k}")`, k),
        'docs = SimpleDirectoryReader("papers/").load_data()',
      ],
    };
  }),
  template('py-cohere-client', (g) => {
    const k = v.cohereKey(g);
    return {
      path: 'embed_abstracts.py',
      lines: [
        'import cohere',
        '',
        sec(`co = cohere.ClientV2("${k}")`, k),
        'emb = co.embed(texts=abstracts, model="embed-english-v3.0")',
      ],
    };
  }),
  template('py-cohere-langchain', (g) => {
    const k = v.cohereKey(g);
    return {
      path: 'retrieval/rerank.py',
      lines: [
        'from langchain_cohere import CohereRerank',
        sec(`reranker = CohereRerank(cohere_api_key="${k}", top_n=5)`, k),
      ],
    };
  }),
  template('py-replicate-env', (g) => {
    const t = v.replicateToken(g);
    return {
      path: 'gen_images.py',
      lines: [
        'import os, replicate',
        sec(`os.environ["REPLICATE_API_TOKEN"] = "${t}"`, t),
        'out = replicate.run("stability-ai/sdxl", input={"prompt": p})',
      ],
    };
  }),
  template('py-together-client', (g) => {
    const k = v.togetherKey(g);
    return {
      path: 'bench/together_eval.py',
      lines: ['from together import Together', '', sec(`client = Together(api_key="${k}")`, k)],
    };
  }),
  template('py-groq-client', (g) => {
    const k = v.groqKey(g);
    return {
      path: 'scripts/groq_judge.py',
      lines: ['from groq import Groq', sec(`client = Groq(api_key="${k}")`, k)],
    };
  }),
  template('py-mistral-client', (g) => {
    const k = v.mistralKey(g);
    return {
      path: 'mistral_baseline.py',
      lines: [
        'from mistralai import Mistral',
        '',
        sec(`MISTRAL_API_KEY = "${k}"`, k),
        'client = Mistral(api_key=MISTRAL_API_KEY)',
      ],
    };
  }),
  template('py-gemini-configure', (g) => {
    const k = v.geminiKey(g);
    return {
      path: 'gemini_caption.py',
      lines: [
        'import google.generativeai as genai',
        sec(`genai.configure(api_key="${k}")`, k),
        'model = genai.GenerativeModel("gemini-1.5-flash")',
      ],
    };
  }),
  template('ipynb-gemini-colab', (g) => {
    const k = v.geminiKey(g);
    return {
      path: 'Gemini_quickstart.ipynb',
      lines: v.notebook(
        g,
        [{ type: 'code', source: ['from google import genai', sec(`client = genai.Client(api_key='${k}')`, k)] }],
        true,
      ),
    };
  }),
  template('py-openai-client-inline', (g) => {
    const k = v.openaiKey(g);
    return {
      path: 'annotate/llm_labeler.py',
      lines: ['from openai import OpenAI', '', sec(`client = OpenAI(api_key='${k}')`, k)],
    };
  }),
  template('jupyter-config-token', (g) => {
    const t = v.jupyterToken(g);
    return {
      path: '.jupyter/jupyter_server_config.py',
      lines: [
        "c.ServerApp.ip = '0.0.0.0'",
        'c.ServerApp.open_browser = False',
        `c.ServerApp.port = ${g.between(8800, 8899)}`,
        sec(`c.ServerApp.token = '${t}'`, t),
      ],
    };
  }),
  template('ipynb-env-magic-mixed', (g) => {
    const k = v.groqKey(g);
    return {
      path: 'agents_playground.ipynb',
      lines: v.notebook(g, [
        { type: 'code', source: ['%env CUDA_VISIBLE_DEVICES=0', sec(`%env GROQ_API_KEY=${k}`, k)] },
      ]),
    };
  }),
  template('ipynb-hf-use-auth-token', (g) => {
    const t = v.hfToken(g);
    return {
      path: 'notebooks/load_gated.ipynb',
      lines: v.notebook(g, [
        {
          type: 'code',
          source: [
            'from datasets import load_dataset',
            sec(
              `ds = load_dataset("${g.pick(['bigcode/the-stack-v2', 'meta-llama/gated-eval', 'lab/private-scans'])}", split="train", use_auth_token="${t}")`,
              t,
            ),
          ],
        },
      ]),
    };
  }),
  template('py-hf-pipeline-token-kw', (g) => {
    const t = v.hfToken(g);
    return {
      path: 'inference.py',
      lines: [
        'from transformers import pipeline',
        sec(`pipe = pipeline("text-generation", model="${v.model(g)}", token="${t}", device_map="auto")`, t),
      ],
    };
  }),
];
