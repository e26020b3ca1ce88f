import { type Template, sec, template } from '../draft';
import type { Gen } from '../gen';

/**
 * prose-notes positives outside documents: TODO/FIXME and leftover comments in code, commit
 * messages and patches, chat and mail transcripts, filled-in issue templates, changelogs and
 * notebook Markdown cells. Every value is generated at run time.
 */
export const proseInCode: readonly Template[] = [
  template('ts-todo-remove-api-key', (g) => {
    const k = g.apiKey();
    return {
      path: 'src/services/geocoder.ts',
      lines: [
        "import { request } from './http';",
        '',
        sec(`// TODO remove: api key ${k}`, k),
        'export async function geocode(address: string) {',
        "  return request('/geocode', { address });",
        '}',
      ],
    };
  }),
  template('python-old-password-comment', (g) => {
    const pw = g.password();
    return {
      path: 'app/db.py',
      lines: ['import os', '', sec(`# old password was ${pw}`, pw), 'PASSWORD = os.environ["DB_PASSWORD"]'],
    };
  }),
  template('c-block-temp-token', (g) => {
    const k = g.fake.alnum(g.between(28, 40));
    return {
      path: 'firmware/upload.c',
      lines: ['#include "upload.h"', '', sec(`/* temp token ${k} until provisioning works */`, k), 'int upload(void);'],
    };
  }),
  template('fixme-comment-secret', (g) => {
    const { noun, value } = spokenSecret(g);
    return {
      path: 'lib/sync.rb',
      lines: ['module Sync', sec(`  # FIXME hardcoded ${noun} for now: ${value}`, value), '  def self.run; end', 'end'],
    };
  }),
  template('go-comment-creds-pair', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'internal/ldap/client.go',
      lines: [
        'package ldap',
        '',
        sec(`// test with ${g.user()} / ${pw} against the staging directory`, pw),
        'func Bind(user, password string) error { return nil }',
      ],
    };
  }),
  template('sql-comment-password', (g) => {
    const pw = g.password();
    return {
      path: 'db/migrations/0042_reporting_user.sql',
      lines: [sec(`-- password for the reporting user: ${pw}`, pw), 'CREATE ROLE reporting LOGIN;'],
    };
  }),
  template('python-docstring-credentials', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'etl/extract.py',
      lines: [
        'def extract():',
        sec(`    """Pulls yesterday's orders. Connects as etl with password ${pw}."""`, pw),
        '    ...',
      ],
    };
  }),
  template('shell-comment-old-token', (g) => {
    const k = g.fake.hex(40);
    return {
      path: 'scripts/release.sh',
      lines: ['#!/bin/sh', sec(`# previous release token: ${k}`, k), 'set -eu', 'npm publish'],
    };
  }),
  template('patch-commit-message', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'patches/0001-Add-deploy-script.patch',
      lines: [
        `From ${g.fake.hex(40)} Mon Sep 17 00:00:00 2001`,
        'From: Dana Ops <dana@acme.io>',
        'Subject: [PATCH] Add deploy script',
        '',
        sec(`Temporarily set the admin password to ${pw} so QA can log in.`, pw),
        '---',
        ' scripts/deploy.sh | 12 ++++++++++++',
      ],
    };
  }),
  template('commit-message-text', (g) => {
    const k = g.apiKey();
    return {
      path: 'docs/release-notes/commit-msg.txt',
      lines: ['Switch geocoder to the paid plan', '', sec(`New key: ${k} (old one revoked)`, k)],
    };
  }),
  template('slack-export-json', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'slack-export/ops/2024-03-12.json',
      lines: [
        '[',
        '  {',
        '    "type": "message",',
        `    "user": "U0${g.fake.upperAlnum(8)}",`,
        sec(`    "text": "here's the prod db password: ${pw}",`, pw),
        '    "ts": "1710241234.000200"',
        '  }',
        ']',
      ],
    };
  }),
  template('eml-password-lines', (g) => {
    const pw = g.password();
    return {
      path: 'mail/welcome.eml',
      lines: [
        'From: it-support@acme.io',
        'To: new.hire@acme.io',
        'Subject: Your account',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Hi,',
        '',
        `Username: ${g.user()}`,
        sec(`Password: ${pw}`, pw),
        '',
        'Please change it on first login.',
      ],
    };
  }),
  template('chat-transcript-txt', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'notes/chat-2024-02-01.txt',
      lines: [
        '[10:41] priya: anyone have the router login?',
        sec(`[10:42] tom: admin, the pw is ${pw}`, pw),
        '[10:42] priya: thx',
      ],
    };
  }),
  template('issue-template-filled', (g) => {
    const pw = g.plainPassword();
    return {
      path: '.github/ISSUE_TEMPLATE/bug-1234.md',
      lines: [
        '### Steps to reproduce',
        '1. Open the dashboard',
        '',
        '### Test account',
        sec(`${g.user()} / ${pw}`, pw),
        '',
        '### Expected behaviour',
      ],
    };
  }),
  template('changelog-default-password', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'CHANGELOG.md',
      lines: ['## 1.4.0', '', '- Faster exports', sec(`- Changed the default admin password to \`${pw}\``, pw)],
    };
  }),
  template('notebook-markdown-cell', (g) => {
    const k = g.apiKey();
    return {
      path: 'notebooks/explore.ipynb',
      lines: [
        '{',
        ' "cells": [',
        '  {',
        '   "cell_type": "markdown",',
        '   "metadata": {},',
        '   "source": [',
        '    "## Setup\\n",',
        sec(`    "API key: ${k}\\n"`, k),
        '   ]',
        '  }',
        ' ],',
        ' "nbformat": 4',
        '}',
      ],
    };
  }),
  template('yaml-comment-old-secret', (g) => {
    const { noun, value } = spokenSecret(g);
    return {
      path: 'deploy/values.yaml',
      lines: ['image: registry.acme.io/api:1.9.2', sec(`# old ${noun}: ${value}`, value), 'replicas: 2'],
    };
  }),
  template('java-comment-credentials', (g) => {
    const pw = g.plainPassword();
    return {
      path: 'src/main/java/com/acme/Mailer.java',
      lines: [
        'package com.acme;',
        '',
        '/**',
        ` * Sends via ${g.host()}.`,
        sec(` * SMTP login: ${g.user()}, password: ${pw}`, pw),
        ' */',
        'public class Mailer {}',
      ],
    };
  }),
];

/** A credential named in words: a password, an API key or a token, with the noun people write. */
export function spokenSecret(g: Gen): { noun: string; value: string } {
  switch (g.fake.int(3)) {
    case 0:
      return { noun: g.pick(['password', 'pw', 'passwd', 'pass']), value: g.plainPassword() };
    case 1:
      return { noun: g.pick(['api key', 'API key', 'apikey']), value: g.apiKey() };
    default:
      return { noun: g.pick(['token', 'access token', 'auth token']), value: g.fake.alnum(g.between(24, 40)) };
  }
}
