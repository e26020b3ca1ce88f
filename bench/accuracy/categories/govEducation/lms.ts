import { type Template, block, sec, template } from '../../draft';
import * as v from './values';

/**
 * gov-education positives from learning platforms and student systems: Moodle `config.php` and web
 * service tokens, Canvas access tokens and developer keys, Blackboard Learn REST application secrets,
 * D2L Brightspace OAuth secrets, Sakai `sakai.properties`, Open edX `lms.yml`/`cms.yml`, LTI 1.1 shared
 * secrets and LTI 1.3 tool private keys, PowerSchool plugin secrets, Infinite Campus OneRoster keys,
 * Ellucian Banner and Ethos, Workday Student integrations, PeopleSoft Campus domains. Client ids,
 * consumer keys and deployment ids beside the secrets are public and stay unlabelled. Values generated
 * at run time.
 */
export const lmsPositives: readonly Template[] = [
  template('moodle-config-php', (g) => {
    const p = v.pass(g).replace(/'/g, '');
    return {
      path: g.pick(['moodle/config.php', 'public_html/moodle/config.php', 'config.php']),
      lines: [
        '<?php  // Moodle configuration file',
        'unset($CFG);',
        'global $CFG;',
        '$CFG = new stdClass();',
        "$CFG->dbtype    = 'pgsql';",
        "$CFG->dblibrary = 'native';",
        `$CFG->dbhost    = '${v.dbHost(g)}';`,
        "$CFG->dbname    = 'moodle';",
        `$CFG->dbuser    = '${v.user(g)}';`,
        sec(`$CFG->dbpass    = '${p}';`, p),
        "$CFG->prefix    = 'mdl_';",
        `$CFG->wwwroot   = 'https://lms.${v.eduDomain(g)}';`,
        "$CFG->dataroot  = '/var/moodledata';",
        "require_once(__DIR__ . '/lib/setup.php');",
      ],
    };
  }),
  template('moodle-config-smtp-salt', (g) => {
    const smtp = v.plain(g);
    const salt = g.fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789#%*+-=?@^_', 32);
    return {
      path: g.pick(['moodle/config.php', 'config.php']),
      lines: [
        '<?php',
        '$CFG = new stdClass();',
        "$CFG->dbtype = 'mariadb';",
        `$CFG->wwwroot = 'https://moodle.${v.eduDomain(g)}';`,
        `$CFG->smtphosts = 'smtp.office365.com:587';`,
        "$CFG->smtpsecure = 'tls';",
        `$CFG->smtpuser = 'moodle-noreply@${v.eduDomain(g)}';`,
        sec(`$CFG->smtppass = '${smtp}';`, smtp),
        sec(`$CFG->passwordsaltmain = '${salt}';`, salt),
        "require_once(__DIR__ . '/lib/setup.php');",
      ],
    };
  }),
  template('moodle-ws-token-python', (g) => {
    const t = v.moodleToken(g);
    return {
      path: g.pick(['scripts/enrol_sync.py', 'moodle_grades_export.py', 'tools/moodle_api.py']),
      lines: [
        'import requests',
        '',
        `MOODLE_URL = "https://lms.${v.eduDomain(g)}/webservice/rest/server.php"`,
        sec(`WSTOKEN = "${t}"`, t),
        '',
        'def call(function, **params):',
        '    params.update({"wstoken": WSTOKEN, "wsfunction": function, "moodlewsrestformat": "json"})',
        '    r = requests.post(MOODLE_URL, data=params, timeout=30)',
        '    r.raise_for_status()',
        '    return r.json()',
        '',
        'courses = call("core_course_get_courses")',
      ],
    };
  }),
  template('moodle-ws-token-curl', (g) => {
    const t = v.moodleToken(g);
    return {
      path: g.pick(['docs/moodle-api.md', 'README.md', 'scripts/get_users.sh']),
      lines: [
        '# list the users of a course through the Moodle REST web service',
        sec(
          `curl "https://moodle.${v.eduDomain(g)}/webservice/rest/server.php?wstoken=${t}&wsfunction=core_enrol_get_enrolled_users&courseid=${g.between(2, 900)}&moodlewsrestformat=json"`,
          t,
        ),
      ],
    };
  }),
  template('canvas-token-env', (g) => {
    const t = v.canvasToken(g);
    return {
      path: g.pick(['.env', 'canvas-sync/.env', 'config/.env.production']),
      lines: [
        `CANVAS_BASE_URL=https://${v.school(g)}.instructure.com`,
        sec(`CANVAS_API_TOKEN=${t}`, t),
        `CANVAS_ACCOUNT_ID=${g.between(1, 400)}`,
        'SIS_IMPORT_BATCH_MODE=true',
      ],
    };
  }),
  template('canvasapi-python', (g) => {
    const t = v.canvasToken(g);
    return {
      path: g.pick(['grade_export.py', 'canvas/sync_sections.py', 'notebooks/canvas_quiz_stats.py']),
      lines: [
        'from canvasapi import Canvas',
        '',
        `API_URL = "https://canvas.${v.eduDomain(g)}"`,
        sec(`API_KEY = "${t}"`, t),
        '',
        'canvas = Canvas(API_URL, API_KEY)',
        `course = canvas.get_course(${g.between(1000, 99999)})`,
        'for a in course.get_assignments():',
        '    print(a.name, a.due_at)',
      ],
    };
  }),
  template('canvas-curl-bearer', (g) => {
    const t = v.canvasToken(g);
    return {
      path: g.pick(['scripts/sis_import.sh', 'docs/runbook-sis-import.md']),
      lines: [
        '#!/bin/bash',
        '# nightly SIS import into Canvas',
        'curl -sS -F attachment=@/data/sis/enrollments.zip \\',
        sec(`  -H "Authorization: Bearer ${t}" \\`, t),
        `  "https://${v.school(g)}.instructure.com/api/v1/accounts/1/sis_imports.json?import_type=instructure_csv&extension=zip"`,
      ],
    };
  }),
  template('canvas-developer-key-yaml', (g) => {
    const k = v.canvasDevKey(g);
    return {
      path: g.pick(['config/canvas.yml', 'lti_tool/config/settings.yml']),
      lines: [
        'canvas:',
        `  url: https://canvas.${v.eduDomain(g)}`,
        `  client_id: "${v.canvasClientId(g)}"`,
        sec(`  client_secret: "${k}"`, k),
        `  redirect_uri: https://tools.${v.eduDomain(g)}/oauth2response`,
      ],
    };
  }),
  template('canvas-lms-security-yml', (g) => {
    const enc = g.fake.hex(g.pick([40, 64]));
    return {
      path: g.pick(['canvas-lms/config/security.yml', 'config/security.yml']),
      lines: [
        'production: &default',
        '  # replace this with a random string of at least 20 characters',
        sec(`  encryption_key: ${enc}`, enc),
        '  lti_iss: "https://canvas.instructure.com"',
        '',
        'development:',
        '  <<: *default',
      ],
    };
  }),
  template('canvas-lms-database-yml', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['canvas-lms/config/database.yml', 'config/database.yml']),
      lines: [
        'production:',
        '  adapter: postgresql',
        '  encoding: utf8',
        '  database: canvas_production',
        `  host: ${v.dbHost(g)}`,
        '  username: canvas',
        sec(`  password: ${p}`, p),
        '  timeout: 5000',
      ],
    };
  }),
  template('blackboard-rest-app', (g) => {
    const s = g.fake.alnum(32);
    return {
      path: g.pick(['bb_rest/config.py', 'blackboard/Config.py', 'src/bbconfig.py']),
      lines: [
        '# Blackboard Learn REST integration registered on developer.blackboard.com',
        'adict = {',
        `    "learn_rest_fqdn": "learn.${v.eduDomain(g)}",`,
        `    "learn_rest_key": "${v.uuid(g)}",`,
        sec(`    "learn_rest_secret": "${s}",`, s),
        '}',
      ],
    };
  }),
  template('blackboard-node-oauth', (g) => {
    const s = g.fake.alnum(32);
    const key = v.uuid(g);
    return {
      path: g.pick(['src/blackboard.js', 'lib/learnClient.js']),
      lines: [
        "const axios = require('axios');",
        '',
        `const APP_KEY = '${key}';`,
        sec(`const APP_SECRET = '${s}';`, s),
        '',
        'async function learnToken() {',
        "  const auth = Buffer.from(`${APP_KEY}:${APP_SECRET}`).toString('base64');",
        `  const r = await axios.post('https://learn.${v.eduDomain(g)}/learn/api/public/v1/oauth2/token', 'grant_type=client_credentials', {`,
        "    headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/x-www-form-urlencoded' },",
        '  });',
        '  return r.data.access_token;',
        '}',
      ],
    };
  }),
  template('brightspace-oauth-json', (g) => {
    const s = v.d2lSecret(g);
    const refresh = 'rt.' + g.pick(['us-east-1', 'ca-central-1']) + '.' + g.fake.base64url(43).replace(/^[-_]/, 'a');
    return {
      path: g.pick(['config/brightspace.json', 'd2l/settings.json']),
      lines: [
        '{',
        `  "lms_url": "https://${v.school(g)}.brightspace.com",`,
        `  "client_id": "${v.uuid(g)}",`,
        sec(`  "client_secret": "${s}",`, s),
        sec(`  "refresh_token": "${refresh}",`, refresh),
        '  "scope": "core:*:* datahub:dataexports:*"',
        '}',
      ],
    };
  }),
  template('d2l-valence-app-key', (g) => {
    const key = g.fake.base64url(22).replace(/^[-_]/, 'Q');
    return {
      path: g.pick(['valence.ini', 'config/d2l.ini']),
      lines: [
        '[valence]',
        `host = ${v.school(g)}.desire2learn.com`,
        `app_id = ${g.fake.base64url(22).replace(/^[-_]/, 'a')}`,
        sec(`app_key = ${key}`, key),
        'api_version = 1.67',
      ],
    };
  }),
  template('sakai-properties', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['sakai/sakai.properties', 'tomcat/sakai/local.properties', 'sakai/security.properties']),
      lines: [
        '## Sakai database',
        'vendor@org.sakaiproject.db.api.SqlService=mysql',
        'driverClassName@javax.sql.BaseDataSource=com.mysql.cj.jdbc.Driver',
        `url@javax.sql.BaseDataSource=jdbc:mysql://${v.dbHost(g)}:3306/sakai?useUnicode=true&characterEncoding=UTF-8`,
        'username@javax.sql.BaseDataSource=sakai',
        sec(`password@javax.sql.BaseDataSource=${p}`, p),
        'hibernate.dialect=org.hibernate.dialect.MySQL8Dialect',
      ],
    };
  }),
  template('sakai-lti-secret', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['sakai/sakai.properties', 'sakai/local.properties']),
      lines: [
        '# LTI provider',
        'basiclti.provider.enabled=true',
        `basiclti.provider.allowedtools=sakai.resources:sakai.site.roster`,
        `basiclti.provider.highly.trusted.consumers=${v.school(g)}-canvas`,
        sec(`basiclti.provider.${v.school(g)}-canvas.secret=${s}`, s),
      ],
    };
  }),
  template('openedx-lms-yml', (g) => {
    const sk = v.djangoKey(g);
    const db = v.plain(g);
    return {
      path: g.pick(['/edx/etc/lms.yml', 'config/lms.yml', 'edx/etc/lms.yml']),
      lines: [
        'LMS_BASE: courses.' + v.eduDomain(g),
        'PLATFORM_NAME: Online Learning',
        sec(`SECRET_KEY: '${sk}'`, sk),
        'DATABASES:',
        '  default:',
        '    ENGINE: django.db.backends.mysql',
        `    HOST: ${v.dbHost(g)}`,
        '    NAME: edxapp',
        '    USER: edxapp001',
        sec(`    PASSWORD: ${db}`, db),
        '    PORT: 3306',
      ],
    };
  }),
  template('openedx-cms-yml-aws', (g) => {
    const id = v.awsKeyId(g);
    const s = v.awsSecret(g);
    return {
      path: g.pick(['/edx/etc/cms.yml', 'config/cms.yml']),
      lines: [
        'CMS_BASE: studio.' + v.eduDomain(g),
        sec(`AWS_ACCESS_KEY_ID: ${id}`, id),
        sec(`AWS_SECRET_ACCESS_KEY: ${s}`, s),
        `AWS_STORAGE_BUCKET_NAME: ${v.school(g)}-edx-uploads`,
        'DEFAULT_FILE_STORAGE: storages.backends.s3boto3.S3Boto3Storage',
      ],
    };
  }),
  template('openedx-jwt-auth', (g) => {
    const s = g.fake.alnum(g.between(32, 48));
    return {
      path: g.pick(['/edx/etc/lms.yml', 'edx/etc/ecommerce.yml']),
      lines: [
        'JWT_AUTH:',
        '  JWT_ALGORITHM: HS256',
        '  JWT_AUDIENCE: lms-key',
        `  JWT_ISSUER: https://courses.${v.eduDomain(g)}/oauth2`,
        sec(`  JWT_SECRET_KEY: ${s}`, s),
        '  JWT_SIGNING_ALGORITHM: RS512',
      ],
    };
  }),
  template('tutor-config-yml', (g) => {
    const p = v.plain(g);
    const sk = g.fake.alnum(24);
    return {
      path: g.pick(['tutor/config.yml', '.local/share/tutor/config.yml']),
      lines: [
        `ID: ${g.fake.alnum(24)}`,
        `LMS_HOST: learn.${v.eduDomain(g)}`,
        sec(`MYSQL_ROOT_PASSWORD: ${p}`, p),
        sec(`OPENEDX_SECRET_KEY: ${sk}`, sk),
        'PLATFORM_NAME: Open Courses',
      ],
    };
  }),
  template('lti11-consumer-secret-php', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['lti/config.php', 'tool/lti_config.php']),
      lines: [
        '<?php',
        '// LTI 1.1 consumers allowed to launch this tool',
        '$lti_consumers = array(',
        `    '${v.school(g)}.instructure.com' => array(`,
        `        'key' => '${v.school(g)}-tool',`,
        sec(`        'secret' => '${s}',`, s),
        '    ),',
        ');',
      ],
    };
  }),
  template('lti11-pylti-flask', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['app/settings.py', 'lti_app/config.py']),
      lines: [
        'PYLTI_CONFIG = {',
        '    "consumers": {',
        `        "${v.school(g)}-lms": {`,
        sec(`            "secret": "${s}",`, s),
        '        }',
        '    }',
        '}',
      ],
    };
  }),
  template('lti11-ims-blti-xml', (g) => {
    const s = g.fake.alnum(g.between(16, 32));
    return {
      path: g.pick(['docs/install-lti.md', 'README.md']),
      lines: [
        '## Adding the tool to Canvas (LTI 1.1)',
        '',
        'Settings > Apps > Add App, configuration type "By URL":',
        '',
        `- Consumer key: \`${v.school(g)}_quizbank\``,
        sec(`- Shared secret: \`${s}\``, s),
        `- Config URL: https://tools.${v.eduDomain(g)}/lti/config.xml`,
      ],
    };
  }),
  template('lti13-tool-private-key', (g) => {
    const key = v.pem(g, 'RSA PRIVATE KEY').split('\n');
    return {
      path: g.pick(['lti/private.key', 'keys/lti13_tool.pem', 'config/lti/private.pem']),
      lines: [block(key.map((l) => sec(l, l)))],
    };
  }),
  template('lti13-pylti1p3-json', (g) => {
    const key = v.pem(g, 'PRIVATE KEY').split('\n');
    return {
      path: g.pick(['configs/lti13.json', 'lti/tool_config.json']),
      lines: [
        '{',
        `  "https://canvas.instructure.com": [{`,
        '    "default": true,',
        `    "client_id": "${v.canvasClientId(g)}",`,
        '    "auth_login_url": "https://sso.canvaslms.com/api/lti/authorize_redirect",',
        '    "auth_token_url": "https://sso.canvaslms.com/login/oauth2/token",',
        '    "key_set_url": "https://sso.canvaslms.com/api/lti/security/jwks",',
        block([sec(`    "private_key": "${key.join('\\n')}",`, key[1]!)]),
        `    "deployment_ids": ["${g.between(1, 999)}:${g.fake.hex(40)}"]`,
        '  }]',
        '}',
      ],
    };
  }),
  template('ltijs-provider-key', (g) => {
    const k = v.longSecret(g);
    const db = v.plain(g);
    return {
      path: g.pick(['index.js', 'src/lti.js', 'server.js']),
      lines: [
        "const lti = require('ltijs').Provider;",
        '',
        sec(`lti.setup('${k}',`, k),
        '  {',
        sec(`    url: 'mongodb://ltiuser:${db}@${v.dbHost(g)}:27017/lti?authSource=admin',`, db),
        '  },',
        '  { appRoute: "/", loginRoute: "/login", cookies: { secure: true, sameSite: "None" } }',
        ');',
      ],
    };
  }),
];
