import type { CategoryTemplates } from '../../draft';
import { clusterLanguagePositives } from './clusterLanguages';
import { researchNegatives } from './negatives';
import { moreApiPositives } from './moreApis';
import { notebookPositives } from './notebooks';
import { sciencePositives } from './science';
import { trackingPositives } from './tracking';

/**
 * Credentials where researchers, data scientists and ML engineers keep them: Jupyter and Colab
 * notebooks, experiment trackers and model hubs (W&B, Hugging Face, Comet, Neptune, MLflow,
 * ClearML, DVC), LLM APIs as notebooks call them, scientific data services (NCBI, Copernicus,
 * Earthdata, ECMWF, Earth Engine, Sentinel Hub, Planet, Zenodo, Figshare, ORCID, Dataverse,
 * Scopus, Globus), cluster job scripts and storage configs, and R, MATLAB, Julia, Stata, SAS,
 * Mathematica, Streamlit and Gradio. Written blind, before changing the detector (issue 11).
 */
export const researchMl: CategoryTemplates = {
  positives: [
    ...notebookPositives,
    ...trackingPositives,
    ...sciencePositives,
    ...clusterLanguagePositives,
    ...moreApiPositives,
  ],
  negatives: researchNegatives,
};
