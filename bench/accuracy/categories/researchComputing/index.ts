import type { CategoryTemplates } from '../../draft';
import { dataPositives } from './data';
import { hpcPositives } from './hpc';
import { mlPositives } from './ml';
import { researchComputingNegatives } from './negatives';

/**
 * Credentials as researchers, HPC admins, data scientists and their AI assistants write them:
 * SLURM/PBS/LSF job scripts, slurmdbd.conf, MUNGE keys, SLURM REST and HTCondor tokens, BMC and
 * xCAT logins, JupyterHub and Jupyter server configs (tokens and stored password hashes, which the
 * project counts as credentials), Open OnDemand, Apptainer/Singularity registries, Spack mirrors,
 * XDMoD and ColdFront; conda, pip and PyPI credentials; .netrc for Earthdata and Copernicus, CDS,
 * ECMWF, NCBI, Materials Project, Globus, iRODS, Galaxy, Zenodo, Figshare, Dataverse, OSF, ORCID,
 * REDCap, Qualtrics, XNAT and OMERO; experiment trackers (W&B, MLflow, Comet, Neptune, ClearML),
 * DVC, Hugging Face, Kaggle, Label Studio and LLM keys in notebooks; R, Julia and MATLAB; Snakemake
 * and Nextflow; analysis database connections and MinIO/Ceph/S3 data lakes. Hard negatives are
 * the documented placeholders, references and the ids research is full of (ORCID iDs, DOIs,
 * accessions, checksums, run ids, seeds). Written blind, before reading how the detector handles
 * these files (issue 11).
 */
export const researchComputing: CategoryTemplates = {
  positives: [...hpcPositives, ...dataPositives, ...mlPositives],
  negatives: researchComputingNegatives,
};
