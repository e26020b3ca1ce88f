import type { DraftLine } from '../../draft';
import type { Gen } from '../../gen';

/**
 * Values the research-ml templates share, in the shapes each provider documents or people type
 * them: Weights & Biases keys (40 hex), Hugging Face user access tokens (`hf_` + 34 letters),
 * OpenAI/Anthropic/Groq/Replicate/Together keys with their prefixes, Neptune API tokens (base64 of
 * a JSON object naming the server and a key), Comet keys (25 base62), ClearML credentials, NCBI
 * keys (36 hex), ECMWF keys (32 hex), Copernicus CDS personal access tokens (a UUID), Planet keys,
 * Zenodo tokens (60 base62), Figshare tokens (128 hex), Globus client secrets. Every value is
 * generated at run time from the seeded FakeTokens: no token-shaped literal is committed.
 */

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Weights & Biases API key: 40 hex (a local server's key carries `local-`). */
export function wandbKey(g: Gen): string {
  return g.fake.hex(40);
}

/** Hugging Face user access token: `hf_` + 34 letters. */
export function hfToken(g: Gen): string {
  return 'hf_' + g.fake.from(LETTERS, 34);
}

/** OpenAI key: a project key (`sk-proj-`) or the older `sk-` form, both carrying the `T3BlbkFJ` marker. */
export function openaiKey(g: Gen): string {
  const marker = ['T3', 'Blbk', 'FJ'].join('');
  if (g.chance(0.6)) return `sk-proj-${g.fake.base64url(74)}${marker}${g.fake.base64url(74)}`;
  return `sk-${g.fake.alnum(20)}${marker}${g.fake.alnum(20)}`;
}

/** Anthropic key: `sk-ant-api03-` + 93 base64url + `AA`. */
export function anthropicKey(g: Gen): string {
  return `sk-ant-api03-${g.fake.base64url(93)}AA`;
}

export function cohereKey(g: Gen): string {
  return g.fake.alnum(40);
}

/** Replicate API token: `r8_` + 37 base62. */
export function replicateToken(g: Gen): string {
  return 'r8_' + g.fake.alnum(37);
}

/** Together AI key: the older 64 hex or the `tgp_v1_` form. */
export function togetherKey(g: Gen): string {
  return g.chance(0.5) ? g.fake.hex(64) : 'tgp_v1_' + g.fake.base64url(43);
}

/** Groq key: `gsk_` + 52 base62. */
export function groqKey(g: Gen): string {
  return 'gsk_' + g.fake.alnum(52);
}

export function mistralKey(g: Gen): string {
  return g.fake.alnum(32);
}

/** Google AI Studio (Gemini) key: `AIza` + 35. */
export function geminiKey(g: Gen): string {
  return 'AIza' + g.fake.from(LETTERS + '0123456789-_', 35);
}

/** Comet API key: 25 base62. */
export function cometKey(g: Gen): string {
  return g.fake.alnum(25);
}

/** Neptune API token: base64 of a JSON object naming the server and a UUID key. */
export function neptuneToken(g: Gen): string {
  const json = JSON.stringify({
    api_address: 'https://app.neptune.ai',
    api_url: 'https://app.neptune.ai',
    api_key: g.fake.uuid(),
  });
  return Buffer.from(json).toString('base64');
}

/** ClearML access key (upper alphanumerics) and secret key (longer, mixed). */
export function clearmlAccess(g: Gen): string {
  return g.fake.upperAlnum(g.pick([20, 30]));
}
export function clearmlSecret(g: Gen): string {
  return g.fake.alnum(g.pick([50, 60]));
}

/** Databricks personal access token, as MLflow on Databricks takes it: `dapi` + 32 hex. */
export function databricksToken(g: Gen): string {
  return 'dapi' + g.fake.hex(32);
}

export function awsKeyId(g: Gen): string {
  return 'AKIA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
}
export function awsSecret(g: Gen): string {
  return g.fake.base64(40).replace(/[+]/g, 'X');
}

/** NCBI E-utilities API key: 36 hex. */
export function ncbiKey(g: Gen): string {
  return g.fake.hex(36);
}

/** Copernicus CDS personal access token (a UUID), or the legacy `UID:UUID` form. */
export function cdsKey(g: Gen): string {
  return g.chance(0.6) ? g.fake.uuid() : `${g.between(10000, 399999)}:${g.fake.uuid()}`;
}

/** ECMWF Web API key: 32 hex. */
export function ecmwfKey(g: Gen): string {
  return g.fake.hex(32);
}

/** Planet API key: 32 hex, newer keys with the `PLAK` prefix. */
export function planetKey(g: Gen): string {
  return g.chance(0.5) ? 'PLAK' + g.fake.hex(32) : g.fake.hex(32);
}

/** NOAA Climate Data Online token: 32 letters. */
export function noaaToken(g: Gen): string {
  return g.fake.from(LETTERS, 32);
}

/** Zenodo personal access token: 60 base62. */
export function zenodoToken(g: Gen): string {
  return g.fake.alnum(60);
}

/** Figshare personal token: 128 hex. */
export function figshareToken(g: Gen): string {
  return g.fake.hex(128);
}

export function s2Key(g: Gen): string {
  return g.fake.alnum(40);
}

/** Elsevier developer API key: 32 hex. */
export function elsevierKey(g: Gen): string {
  return g.fake.hex(32);
}

/** Globus confidential client secret: base64 of 32 bytes. */
export function globusSecret(g: Gen): string {
  return g.fake.base64(43) + '=';
}

/** An OAuth client secret from a console that issues random base62. */
export function clientSecret(g: Gen): string {
  return g.fake.alnum(g.between(32, 44));
}

/** Roboflow API key: 20 base62. */
export function roboflowKey(g: Gen): string {
  return g.fake.alnum(20);
}

/** Label Studio legacy token: 40 hex. */
export function labelStudioToken(g: Gen): string {
  return g.fake.hex(40);
}

/** Overleaf Git authentication token: `olp_` + 36 base62. */
export function overleafToken(g: Gen): string {
  return 'olp_' + g.fake.alnum(36);
}

/** GitLab personal access token: `glpat-` + 20. */
export function gitlabToken(g: Gen): string {
  return 'glpat-' + g.fake.from(LETTERS + '0123456789-_', 20);
}

/** Jupyter server token: 48 hex. */
export function jupyterToken(g: Gen): string {
  return g.fake.hex(48);
}

/** A password a researcher types: a word, the lab, a year; or random from a manager. */
export function pw(g: Gen): string {
  if (g.chance(0.35)) {
    const w = g.pick(['Neuron', 'Gradient', 'Tensor', 'Pipette', 'Galaxy', 'Quasar', 'Protein', 'Helix', 'Lattice']);
    return `${w}${g.pick(['', '_', '.', '!'])}${g.between(2015, 2026)}${g.pick(['', '!', '#', '?'])}`;
  }
  return g.plainPassword();
}

export function researcher(g: Gen): string {
  return g.pick(['jdoe', 'mchen', 'akumar', 'lgarcia', 'snakamura', 'pmuller', 'okonkwo', 'rsilva', 'tnguyen']);
}

export function email(g: Gen): string {
  return `${researcher(g)}@${g.pick(['uni-heidelberg.de', 'mit.edu', 'ox.ac.uk', 'ethz.ch', 'berkeley.edu', 'csiro.au'])}`;
}

export function model(g: Gen): string {
  return g.pick([
    'meta-llama/Llama-3.1-8B-Instruct',
    'mistralai/Mistral-7B-v0.3',
    'google/gemma-2-9b',
    'bigscience/bloom-560m',
    'microsoft/phi-3-mini-4k-instruct',
  ]);
}

export function project(g: Gen): string {
  return g.pick(['protein-folding', 'llm-finetune', 'era5-downscaling', 'cell-seg', 'asr-whisper', 'galaxy-morph']);
}

/** A cell of a Jupyter notebook: each source line becomes a JSON string, secret lines stay labelled. */
export interface Cell {
  readonly type: 'code' | 'markdown';
  readonly source: readonly DraftLine[];
  /** Lines of a stream output. */
  readonly outputs?: readonly DraftLine[];
}

/** One source/output line as `.ipynb` writes it, keeping the label on the line that holds the value. */
function jsonLine(line: DraftLine, last: boolean, indent: string): DraftLine {
  const wrap = (t: string) => `${indent}${JSON.stringify(last ? t : t + '\n')}${last ? '' : ','}`;
  if (typeof line === 'string') return wrap(line);
  if ('block' in line) throw new Error('no blocks in notebook cells');
  return { text: wrap(line.text), value: line.value };
}

/** A whole `.ipynb` file (nbformat 4) from its cells. */
export function notebook(g: Gen, cells: readonly Cell[], colab = false): DraftLine[] {
  const out: DraftLine[] = ['{', ' "cells": ['];
  cells.forEach((cell, ci) => {
    out.push('  {');
    out.push(`   "cell_type": "${cell.type}",`);
    if (cell.type === 'code') out.push(`   "execution_count": ${g.between(1, 40)},`);
    out.push(`   "id": "${g.fake.lowerAlnum(8)}",`);
    out.push('   "metadata": {},');
    if (cell.type === 'code') {
      const outs = cell.outputs ?? [];
      if (outs.length === 0) out.push('   "outputs": [],');
      else {
        out.push(
          '   "outputs": [',
          '    {',
          '     "name": "stdout",',
          '     "output_type": "stream",',
          '     "text": [',
        );
        outs.forEach((l, i) => out.push(jsonLine(l, i === outs.length - 1, '      ')));
        out.push('     ]', '    }', '   ],');
      }
    }
    out.push('   "source": [');
    cell.source.forEach((l, i) => out.push(jsonLine(l, i === cell.source.length - 1, '    ')));
    out.push('   ]');
    out.push(ci === cells.length - 1 ? '  }' : '  },');
  });
  out.push(' ],');
  out.push(' "metadata": {');
  if (colab) out.push('  "colab": { "provenance": [], "gpuType": "T4" },', '  "accelerator": "GPU",');
  out.push(
    '  "kernelspec": { "display_name": "Python 3", "language": "python", "name": "python3" },',
    '  "language_info": { "name": "python", "version": "3.11.9" }',
    ' },',
    ' "nbformat": 4,',
    ' "nbformat_minor": 5',
    '}',
  );
  return out;
}
