// Format: docs.sonarsource.com "Managing your tokens" (user squ_, project analysis sqp_, global
// analysis sqa_; each followed by 40 hex digits).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';

const DOCS = 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/';

function sonarRule(id: string, title: string, prefix: string, risk: string): Rule {
  return prefixedRule({
    id,
    title,
    provider: 'SonarQube',
    prefix,
    body: '[0-9a-f]{40}',
    minEntropy: 3,
    envVar: 'SONAR_TOKEN',
    docs: DOCS,
    risk,
    token: (fake) => `${prefix}${fake.hex(40)}`,
    more: (fake) => [`mvn sonar:sonar -Dsonar.token=${prefix}${fake.hex(40)}`],
    negatives: [
      { text: `${prefix}<token>`, why: 'placeholder' },
      { text: (fake) => `${prefix}${fake.hex(20)}`, why: 'too short for the format' },
    ],
  });
}

export const sonarRules: readonly Rule[] = [
  sonarRule(
    'sonarqube-user-token',
    'SonarQube user token',
    'squ_',
    'Calls the SonarQube Web API as the user: read the source and issues of every project they can browse, change settings they administer.',
  ),
  sonarRule(
    'sonarqube-project-analysis-token',
    'SonarQube project analysis token',
    'sqp_',
    'Runs analyses of the project, overwriting its quality gate results, and reads its settings.',
  ),
  sonarRule(
    'sonarqube-global-analysis-token',
    'SonarQube global analysis token',
    'sqa_',
    'Runs analyses of any project on the server, overwriting their quality gate results.',
  ),
];
