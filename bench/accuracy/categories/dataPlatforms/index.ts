import type { CategoryTemplates } from '../../draft';
import { analyticsPositives } from './analytics';
import { dataNegatives } from './negatives';
import { pipelinePositives } from './pipelines';
import { warehousePositives } from './warehouses';

/**
 * Credentials as data-engineering and analytics code and configs write them: dbt profiles,
 * warehouse connectors (Snowflake, BigQuery, Redshift, Databricks, Trino, ClickHouse), Airflow,
 * Spark/Hadoop/Hive, Kafka clients, orchestrators and ELT tools (Prefect, Dagster, Great
 * Expectations, Meltano, Airbyte, Fivetran), BI tools (Superset, Metabase, Grafana, Redash, Looker,
 * Tableau), search and NoSQL clients, ML tooling (MLflow, W&B, Hugging Face, Kaggle), R and Jupyter.
 * Written blind, before changing the detector (issue 11).
 */
export const dataPlatforms: CategoryTemplates = {
  positives: [...warehousePositives, ...pipelinePositives, ...analyticsPositives],
  negatives: dataNegatives,
};
