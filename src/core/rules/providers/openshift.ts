// Format: OpenShift docs "Using OAuth tokens" (OAuth access tokens since 4.6 start `sha256~`, then 43
// base64url characters).
import type { Rule } from '../types';
import { prefixedRule } from '../ruleKit';
import { atKeyword } from '../prefixAnchored';

export const openshiftRules: readonly Rule[] = [
  atKeyword(
    prefixedRule({
      id: 'openshift-user-token',
      title: 'OpenShift OAuth access token',
      provider: 'Red Hat OpenShift',
      prefix: 'sha256~',
      body: String.raw`[A-Za-z0-9_-]{43}`,
      minEntropy: 3.5,
      envVar: 'OPENSHIFT_TOKEN',
      docs: 'https://docs.openshift.com/container-platform/latest/authentication/managing-oauth-access-tokens.html',
      risk: "Calls the cluster's API as the user: everything their roles allow, up to cluster-admin.",
      token: (fake) => `sha256~${fake.base64url(43)}`,
      usage: (t) => `oc login --token=${t} --server=https://api.cluster.example.com:6443`,
      negatives: [{ text: (fake) => `sha256~${fake.base64url(20)}`, why: 'too short' }],
    }),
  ),
];
