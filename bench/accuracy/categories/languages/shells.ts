import { dq, type Lang } from './kit';

/** Shells and build files: PowerShell, cmd, sh/bash/zsh, fish, Makefile, Dockerfile, CMake. */
export const shellLangs: readonly Lang[] = [
  {
    id: 'powershell',
    path: ['deploy/Deploy.ps1', 'scripts/Connect-Service.ps1'],
    str: dq,
    env: (n) => `$env:${n.screaming}`,
    lookup: (n) => `(Get-Secret -Name '${n.pascal}' -AsPlainText)`,
    nil: '$null',
    forms: [
      (n, e) => `$${n.pascal} = ${e}`,
      (n, e) => `$secure${n.pascal} = ConvertTo-SecureString ${e} -AsPlainText -Force`,
      (n, e) => ['param(', '    [string]$Server = "db.acme.io",', `    [string]$${n.pascal} = ${e}`, ')'],
      (n, e) => [
        '$params = @{',
        '    Server = "api.acme.io"',
        `    ${n.pascal} = ${e}`,
        '}',
        'Connect-Service @params',
      ],
      (n, e) => `$env:${n.screaming} = ${e}`,
    ],
    negatives: [
      (n) => `$${n.pascal} = Read-Host -AsSecureString -Prompt "${n.pascal}"`,
      (n) => `    [Parameter(Mandatory)][SecureString]$${n.pascal}`,
    ],
  },
  {
    id: 'batch',
    path: ['scripts/deploy.cmd', 'build.bat'],
    head: ['@echo off', 'setlocal'],
    env: (n) => `%VAULT_${n.screaming}%`,
    raw: [
      (n, v) => `set "${n.screaming}=${v}"`,
      (n, v) => `set ${n.screaming}=${v}`,
      (n, v) => `setx ${n.screaming} "${v}"`,
    ],
  },
  {
    id: 'bash',
    path: ['scripts/deploy.sh', 'bin/run', '.envrc'],
    head: ['#!/usr/bin/env bash', 'set -euo pipefail'],
    env: (n) => `$(vault kv get -field=${n.snake} secret/acme)`,
    raw: [
      (n, v) => `export ${n.screaming}="${v}"`,
      (n, v) => ['deploy() {', `  local ${n.snake}="${v}"`, '}'],
      (n, v) => `readonly ${n.screaming}='${v}'`,
      (n, v) => `declare -x ${n.screaming}="${v}"`,
      (n, v) => `${n.screaming}="\${${n.screaming}:-${v}}"`,
      (n, v) => `: "\${${n.screaming}:=${v}}"`,
    ],
    negatives: [
      (n) => `export ${n.screaming}="\${${n.screaming}:?${n.screaming} must be set}"`,
      (n) => `read -rsp "${n.pascal}: " ${n.screaming}`,
      (n) => `${n.screaming}="$(cat /run/secrets/${n.snake})"`,
    ],
  },
  {
    id: 'zsh',
    path: ['.zshrc', 'scripts/setup.zsh'],
    env: (n) => `$(security find-generic-password -s ${n.kebab} -w)`,
    raw: [(n, v) => `typeset -x ${n.screaming}="${v}"`, (n, v) => `export ${n.screaming}=${v}`],
  },
  {
    id: 'fish',
    path: ['.config/fish/config.fish', 'conf.d/acme.fish'],
    env: (n) => `(pass show acme/${n.kebab})`,
    raw: [
      (n, v) => `set -x ${n.screaming} "${v}"`,
      (n, v) => `set -gx ${n.screaming} ${v}`,
      (n, v) => `set -Ux ${n.screaming} '${v}'`,
    ],
  },
  {
    id: 'makefile',
    path: ['Makefile', 'build/common.mk'],
    env: (n) => `$(shell cat .secrets/${n.snake})`,
    raw: [
      (n, v) => `${n.screaming} := ${v}`,
      (n, v) => `${n.screaming} ?= ${v}`,
      (n, v) => `export ${n.screaming} = ${v}`,
    ],
    negatives: [(n) => ['deploy:', `\t@test -n "$(${n.screaming})" || (echo "${n.screaming} is not set" && exit 1)`]],
  },
  {
    id: 'dockerfile',
    path: ['Dockerfile', 'docker/api.Dockerfile'],
    head: ['FROM node:20-alpine', 'WORKDIR /app'],
    env: (n) => `\${${n.screaming}}`,
    raw: [
      (n, v) => `ENV ${n.screaming}=${v}`,
      (n, v) => `ARG ${n.screaming}=${v}`,
      (n, v) => `ENV ${n.screaming} ${v}`,
    ],
    negatives: [
      (n) => `ARG ${n.screaming}`,
      (n) => `RUN --mount=type=secret,id=${n.kebab} cat /run/secrets/${n.kebab} > /dev/null`,
    ],
  },
  {
    id: 'cmake',
    path: ['CMakeLists.txt', 'cmake/Config.cmake'],
    env: (n) => `$ENV{${n.screaming}}`,
    raw: [
      (n, v) => `set(${n.screaming} "${v}")`,
      (n, v) => `set(${n.screaming} "${v}" CACHE STRING "Service credential")`,
      (n, v) => `target_compile_definitions(app PRIVATE ${n.screaming}="${v}")`,
    ],
    negatives: [(n) => `set(${n.screaming} "" CACHE STRING "Service credential (pass with -D${n.screaming}=...)")`],
  },
];
