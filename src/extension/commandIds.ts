/** Every command the extension contributes; a unit test checks this table against package.json. */
export const CommandIds = {
  showProblems: 'aiSecretGuard.showProblems',
  showLog: 'aiSecretGuard.showLog',
  rescanOpenDocuments: 'aiSecretGuard.rescanOpenDocuments',
  allowLine: 'aiSecretGuard.allowLine',
  revealFinding: 'aiSecretGuard.revealFinding',
  syncExclusions: 'aiSecretGuard.syncExclusions',
  showExposure: 'aiSecretGuard.showExposure',
  replaceWithEnv: 'aiSecretGuard.replaceWithEnv',
  replaceWithSecretManager: 'aiSecretGuard.replaceWithSecretManager',
  addToBaseline: 'aiSecretGuard.addToBaseline',
  moveAllToEnv: 'aiSecretGuard.moveAllToEnv',
  auditWorkspace: 'aiSecretGuard.auditWorkspace',
  auditWorkspaceHistory: 'aiSecretGuard.auditWorkspaceHistory',
  exportAudit: 'aiSecretGuard.exportAudit',
  openSample: 'aiSecretGuard.openSample',
  checkLive: 'aiSecretGuard.checkLive',
  installAgentHooks: 'aiSecretGuard.installAgentHooks',
  checkAgentHooks: 'aiSecretGuard.checkAgentHooks',
} as const;

export type CommandId = (typeof CommandIds)[keyof typeof CommandIds];
