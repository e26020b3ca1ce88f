import type { CategoryTemplates } from '../../draft';
import { containerPositives } from './containers';
import { infrastructureNegatives } from './infrastructureNegatives';
import { infrastructurePositives } from './infrastructure';
import { pipelineNegatives } from './pipelineNegatives';
import { pipelinePositives } from './pipelines';

/**
 * Credentials as CI/CD pipelines and infrastructure-as-code files hold them (workflows, Jenkinsfiles,
 * Dockerfiles, Kubernetes, Helm, Terraform, Ansible, ...), with hard negatives: references to the
 * CI system's or a vault's secret store, encrypted values, masked output, digests and IDs.
 */
export const ciIac: CategoryTemplates = {
  positives: [...pipelinePositives, ...containerPositives, ...infrastructurePositives],
  negatives: [...pipelineNegatives, ...infrastructureNegatives],
};
