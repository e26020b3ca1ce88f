import { type DraftLine, type SecretLine, sec } from '../../draft';
import type { Gen } from '../../gen';

/**
 * Values the research-computing templates share, in the shapes the services and tools document:
 * MUNGE keys (base64 of the 128-byte key), SLURM and HTCondor JWTs, Jupyter server tokens (48 hex)
 * and stored password hashes (argon2 and the older salted sha1), JupyterHub API, proxy and cookie
 * secrets (hex), Anaconda.org channel tokens, PyPI upload tokens (macaroons), Weights & Biases keys
 * (40 hex), Hugging Face (`hf_`), Neptune (base64 of a JSON document), Seqera/Tower tokens, ClearML
 * key pairs, Comet keys, Kaggle keys (32 hex), REDCap tokens (32 upper hex), Qualtrics tokens,
 * Zenodo, Figshare, Dataverse, OSF and ORCID credentials, NCBI keys (36 hex), Materials Project
 * keys, CDS/ADS keys (uid:uuid or a bare uuid), ECMWF keys, Globus client secrets, Galaxy keys; and
 * the ids that are not secrets (ORCID iDs, DOIs, accessions, run and task ids, seeds). Everything
 * is generated at run time from the seeded FakeTokens, prefixes concatenated with the random part:
 * nothing committed here is a live credential.
 */

const PEOPLE = ['jdoe', 'asmith', 'mgarcia', 'lchen', 'pnovak', 'kobrien', 'rpatel', 'hmuller', 'sokafor', 'tnguyen'];
const LAB_WORDS = [
  'Neuron',
  'Genome',
  'Quasar',
  'Plankton',
  'Enzyme',
  'Photon',
  'Glacier',
  'Protein',
  'Lattice',
  'Cortex',
];
const UNIS = [
  'uni-heidelberg.de',
  'ethz.ch',
  'ucl.ac.uk',
  'umich.edu',
  'tudelft.nl',
  'unimelb.edu.au',
  'uw.edu',
  'kuleuven.be',
];
const CLUSTERS = ['hpc', 'cluster', 'login', 'sherlock', 'greatlakes', 'euler', 'snellius', 'spartan', 'hyak'];

export function person(g: Gen): string {
  return g.pick(PEOPLE);
}
export function uni(g: Gen): string {
  return g.pick(UNIS);
}
export function clusterHost(g: Gen): string {
  return `${g.pick(CLUSTERS)}.${g.pick(['rc', 'arc', 'hpc', 'scicomp'])}.${uni(g)}`;
}
export function email(g: Gen): string {
  return `${person(g)}@${uni(g)}`;
}
export function project(g: Gen): string {
  return g.pick([
    'protein-folding',
    'climate-downscaling',
    'scrna-atlas',
    'lensing-sims',
    'cryo-em',
    'llm-eval',
    'soil-microbiome',
    'fmri-decoding',
  ]);
}
export function account(g: Gen): string {
  return g.pick(['def-', 'rrg-', 'pi_', 'proj']) + g.pick(['smithlab', 'chenlab', 'garcia', 'novak_grp', 'ml4sci']);
}

/** A password as a researcher or an HPC admin picks it: a lab word and digits, or random. */
export function labPass(g: Gen): string {
  switch (g.fake.int(4)) {
    case 0:
      return `${g.pick(LAB_WORDS)}${g.fake.digits(g.between(2, 4))}${g.pick(['!', '#', '@', ''])}`;
    case 1:
      return g.fake.alnum(g.between(14, 24));
    case 2:
      return `${g.pick(LAB_WORDS).toLowerCase()}_${g.pick(LAB_WORDS).toLowerCase()}${g.fake.digits(2)}`;
    default:
      return g.plainPassword();
  }
}

/** A MUNGE key as configuration management keeps it: base64 of the 128-byte key. */
export function mungeKeyB64(g: Gen): string {
  return g.fake.base64(171) + '=';
}

/** A JWT as `scontrol token` or `condor_token_create` prints it. */
export function slurmJwt(g: Gen, user: string): string {
  return g.fake.jwt({ exp: 1790000000 + g.between(0, 9999999), sun: user });
}
export function condorToken(g: Gen, user: string, host: string): string {
  return g.fake.jwt({ iss: host, jti: g.fake.hex(32), sub: `${user}@${host}`, scope: 'condor:/READ condor:/WRITE' });
}

/** A Jupyter server token (48 hex, as `secrets.token_hex(24)` makes them). */
export function jupyterToken(g: Gen): string {
  return g.fake.hex(48);
}
/** Jupyter's stored password hashes: argon2 (current) and salted sha1 (notebook < 6.3). */
export function jupyterArgon(g: Gen): string {
  return 'argon2:' + '$argon2id$v=19$m=10240,t=10,p=8$' + g.fake.base64(22) + '$' + g.fake.base64(43);
}
export function jupyterSha1(g: Gen): string {
  return 'sha1:' + g.fake.hex(12) + ':' + g.fake.hex(40);
}
export function hex(g: Gen, n: number): string {
  return g.fake.hex(n);
}

/** An Anaconda.org channel token (`xx-` + uuid). */
export function condaToken(g: Gen): string {
  return g.fake.lower(2) + '-' + g.fake.uuid();
}
/** A PyPI API token: `pypi-` + a base64url macaroon whose first bytes name pypi.org. */
export function pypiToken(g: Gen, test = false): string {
  return 'pypi' + '-' + (test ? 'AgENdGVzdC5weXBpLm9yZw' : 'AgEIcHlwaS5vcmc') + g.fake.base64url(g.between(150, 170));
}
export function gitlabDeployToken(g: Gen): string {
  return 'gldt' + '-' + g.fake.alnum(20);
}
export function githubPat(g: Gen): string {
  return g.fake.githubStyle('gh' + 'p_');
}
export function wandbKey(g: Gen): string {
  return g.fake.hex(40);
}
export function hfToken(g: Gen): string {
  return 'hf' + '_' + g.fake.alnum(34);
}
export function openaiKey(g: Gen): string {
  return 'sk-' + 'proj-' + g.fake.base64url(74) + 'T3Blbk' + 'FJ' + g.fake.base64url(74);
}
export function anthropicKey(g: Gen): string {
  return 'sk-' + 'ant-api03-' + g.fake.base64url(93) + 'AA';
}
export function awsKeyId(g: Gen): string {
  // AWS key ids are base 32 (A-Z, 2-7), as the rest of the corpus writes them.
  return 'AK' + 'IA' + g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
}
export function awsSecret(g: Gen): string {
  return g.fake.base64(40).replace(/\+/g, 'k');
}
/** MinIO / Ceph RGW keys: a 20-character access key and a 40-character secret. */
export function s3Access(g: Gen): string {
  return g.fake.upperAlnum(20);
}
export function s3Secret(g: Gen): string {
  return g.fake.alnum(40);
}
/** A Neptune API token: base64 of its JSON document (address, url, key). */
export function neptuneToken(g: Gen): string {
  const doc = `{"api_address":"https://app.neptune.ai","api_url":"https://app.neptune.ai","api_key":"${g.fake.uuid()}"}`;
  return Buffer.from(doc).toString('base64').replace(/=+$/, '');
}
/** A Seqera Platform (Tower) access token: base64 of `{"tid": N}.<40 hex>`. */
export function towerToken(g: Gen): string {
  return Buffer.from(`{"tid": ${g.between(1, 99999)}}.${g.fake.hex(40)}`).toString('base64');
}
export function clearmlAccess(g: Gen): string {
  return g.fake.upperAlnum(g.pick([20, 24, 30]));
}
export function clearmlSecret(g: Gen): string {
  return g.fake.alnum(50);
}
export function cometKey(g: Gen): string {
  return g.fake.alnum(25);
}
export function kaggleKey(g: Gen): string {
  return g.fake.hex(32);
}
export function labelStudioToken(g: Gen): string {
  return g.fake.hex(40);
}
export function redcapToken(g: Gen): string {
  return g.fake.upperHex(32);
}
export function qualtricsToken(g: Gen): string {
  return g.fake.alnum(40);
}
export function zenodoToken(g: Gen): string {
  return g.fake.alnum(60);
}
export function figshareToken(g: Gen): string {
  return g.fake.hex(128);
}
export function osfToken(g: Gen): string {
  return g.fake.alnum(70);
}
export function orcidClientId(g: Gen): string {
  return 'APP-' + g.fake.upperAlnum(16);
}
export function ncbiKey(g: Gen): string {
  return g.fake.hex(36);
}
export function mpKey(g: Gen): string {
  return g.fake.alnum(32);
}
/** A CDS/ADS key: the new bare uuid or the legacy `UID:uuid`. */
export function cdsKey(g: Gen): string {
  return g.chance(0.5) ? g.fake.uuid() : `${g.between(10000, 399999)}:${g.fake.uuid()}`;
}
export function ecmwfKey(g: Gen): string {
  return g.fake.hex(32);
}
export function globusSecret(g: Gen): string {
  return g.fake.base64(43) + '=';
}
export function galaxyKey(g: Gen): string {
  return g.fake.hex(32);
}
export function uuid(g: Gen): string {
  return g.fake.uuid();
}

/** Ids that are not secrets. */
export function orcidId(g: Gen): string {
  return `0000-000${g.between(1, 3)}-${g.fake.digits(4)}-${g.fake.digits(3)}${g.pick(['X', String(g.between(0, 9))])}`;
}
export function doi(g: Gen): string {
  return g.pick([
    `10.5281/zenodo.${g.fake.digits(7)}`,
    `10.6084/m9.figshare.${g.fake.digits(8)}`,
    `10.1038/s41586-0${g.fake.digits(2)}-0${g.fake.digits(4)}-${g.between(0, 9)}`,
    `10.7910/DVN/${g.fake.upperAlnum(6)}`,
  ]);
}
export function seed(g: Gen): string {
  return g.pick(['42', '1234', '3407', '20231107', g.fake.digits(g.between(6, 10)).replace(/^0/, '9')]);
}

/** One notebook cell as a draft: its source lines become JSON strings, secret lines keep labels. */
export interface Cell {
  readonly type: 'code' | 'markdown';
  readonly source: readonly (string | SecretLine)[];
  readonly outputs?: readonly string[];
}

function jsonStr(s: string): string {
  return JSON.stringify(s);
}

/** A pretty-printed .ipynb as Jupyter writes it (indent 1), labels carried onto the JSON lines. */
export function notebook(g: Gen, cells: readonly Cell[]): DraftLine[] {
  const out: DraftLine[] = ['{', ' "cells": ['];
  cells.forEach((cell, ci) => {
    out.push('  {');
    out.push(`   "cell_type": "${cell.type}",`);
    if (cell.type === 'code') out.push(`   "execution_count": ${g.between(1, 40)},`);
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
        outs.forEach((o, i) =>
          out.push(`      ${jsonStr(o + (i < outs.length - 1 ? '\n' : ''))}${i < outs.length - 1 ? ',' : ''}`),
        );
        out.push('     ]', '    }', '   ],');
      }
    }
    out.push('   "source": [');
    cell.source.forEach((line, i) => {
      const last = i === cell.source.length - 1;
      const text = typeof line === 'string' ? line : line.text;
      const rendered = `    ${jsonStr(text + (last ? '' : '\n'))}${last ? '' : ','}`;
      if (typeof line === 'string') out.push(rendered);
      else out.push(sec(rendered, JSON.stringify(line.value).slice(1, -1)));
    });
    out.push('   ]');
    out.push(ci < cells.length - 1 ? '  },' : '  }');
  });
  out.push(
    ' ],',
    ' "metadata": {',
    '  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},',
    '  "language_info": {"name": "python", "version": "3.11.6"}',
    ' },',
    ' "nbformat": 4,',
    ' "nbformat_minor": 5',
    '}',
  );
  return out;
}
