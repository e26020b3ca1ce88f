import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * gov-education positives from campus services: lecture capture and video (Zoom server-to-server apps,
 * Kaltura admin secrets, Panopto API clients, YuJa), library systems (Koha `koha-conf.xml`, Alma and
 * Primo API keys, EZproxy `user.txt` logins and `config.txt` admin users, OCLC WorldShare keys,
 * FOLIO), teaching Jupyter hubs (LTI authenticator consumers, nbgrader exchange, GitHub Classroom
 * tokens), research administration (Cayuse, Kuali Coeus, InfoEd, grants.gov S2S certificates).
 * Values generated at run time.
 */
export const servicePositives: readonly Template[] = [
  template('zoom-s2s-lecture-capture', (g) => {
    const s = v.zoomSecret(g);
    return {
      path: g.pick(['config/zoom.json', 'lecture-archive/zoom.json']),
      lines: [
        '{',
        `  "account_id": "${v.zoomId(g)}",`,
        `  "client_id": "${v.zoomId(g)}",`,
        sec(`  "client_secret": "${s}",`, s),
        '  "download_dir": "/mnt/lecture-archive/zoom"',
        '}',
      ],
    };
  }),
  template('kaltura-admin-secret-python', (g) => {
    const s = v.kalturaSecret(g);
    return {
      path: g.pick(['kaltura/upload_lectures.py', 'scripts/kaltura_categories.py']),
      lines: [
        'from KalturaClient import KalturaClient, KalturaConfiguration',
        'from KalturaClient.Plugins.Core import KalturaSessionType',
        '',
        `PARTNER_ID = ${v.partnerId(g)}`,
        sec(`ADMIN_SECRET = "${s}"`, s),
        '',
        'config = KalturaConfiguration()',
        'config.serviceUrl = "https://www.kaltura.com/"',
        'client = KalturaClient(config)',
        `ks = client.session.start(ADMIN_SECRET, "mediaspace@${v.eduDomain(g)}", KalturaSessionType.ADMIN, PARTNER_ID, 86400, "disableentitlement")`,
        'client.setKs(ks)',
      ],
    };
  }),
  template('kaltura-mediaspace-ini', (g) => {
    const s = v.kalturaSecret(g);
    return {
      path: g.pick(['mediaspace/configs/client.ini', 'kms/config/client.ini']),
      lines: [
        '[client]',
        `partnerId = ${v.partnerId(g)}`,
        'serviceUrl = "https://www.kaltura.com"',
        sec(`adminSecret = "${s}"`, s),
        `userSecret = ""`,
      ],
    };
  }),
  template('panopto-api-client', (g) => {
    const s = v.panoptoSecret(g);
    return {
      path: g.pick(['panopto/config.ini', 'config/panopto.ini']),
      lines: [
        '[panopto]',
        `server = ${v.school(g)}.hosted.panopto.com`,
        `client_id = ${v.uuid(g)}`,
        sec(`client_secret = ${s}`, s),
        'username = api_lecture_sync',
      ],
    };
  }),
  template('panopto-soap-user-password', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['PanoptoSync/App.config', 'Panopto/Web.config']),
      lines: [
        '<configuration>',
        '  <appSettings>',
        `    <add key="PanoptoServer" value="panopto.${v.eduDomain(g)}" />`,
        '    <add key="PanoptoUser" value="admin_sync" />',
        sec(`    <add key="PanoptoPassword" value="${p}" />`, p),
        '  </appSettings>',
        '</configuration>',
      ],
    };
  }),
  template('koha-conf-xml', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['/etc/koha/sites/library/koha-conf.xml', 'koha/koha-conf.xml']),
      lines: [
        '<yazgfs>',
        '<config>',
        ' <db_scheme>mysql</db_scheme>',
        ' <database>koha_library</database>',
        ` <hostname>${v.dbHost(g)}</hostname>`,
        ' <port>3306</port>',
        ' <user>koha_library</user>',
        sec(` <pass>${p}</pass>`, p),
        ' <zebra_bib_index_mode>dom</zebra_bib_index_mode>',
        '</config>',
        '</yazgfs>',
      ],
    };
  }),
  template('koha-passwd-file', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['/etc/koha/passwd', 'koha/passwd']),
      lines: [
        '# instance:mysqluser:mysqlpass:mysqldb:mysqlhost',
        sec(`library:koha_library:${p}:koha_library:${v.dbHost(g)}`, p),
      ],
    };
  }),
  template('alma-api-key-python', (g) => {
    const k = v.exlibrisKey(g);
    return {
      path: g.pick(['alma/bib_update.py', 'scripts/alma_items.py', 'library/alma_client.py']),
      lines: [
        'import requests',
        '',
        'ALMA = "https://api-na.hosted.exlibrisgroup.com/almaws/v1"',
        sec(`API_KEY = "${k}"`, k),
        '',
        'def get_item(barcode):',
        '    r = requests.get(f"{ALMA}/items", params={"item_barcode": barcode, "apikey": API_KEY, "format": "json"})',
        '    return r.json()',
      ],
    };
  }),
  template('alma-api-key-url', (g) => {
    const k = v.exlibrisKey(g);
    return {
      path: g.pick(['docs/alma-api.md', 'notes/primo.txt', 'analytics/report_url.txt']),
      lines: [
        'Analytics report for the fund balances:',
        sec(
          `https://api-na.hosted.exlibrisgroup.com/almaws/v1/analytics/reports?path=%2Fshared%2F${v.school(g)}%2FReports%2FFunds&limit=1000&apikey=${k}`,
          k,
        ),
      ],
    };
  }),
  template('primo-ve-env', (g) => {
    const k = v.exlibrisKey(g);
    return {
      path: g.pick(['.env', 'primo-search/.env']),
      lines: [
        'PRIMO_BASE=https://api-na.hosted.exlibrisgroup.com/primo/v1/search',
        `PRIMO_VID=01${v.school(g).toUpperCase()}_INST:Services`,
        sec(`PRIMO_API_KEY=${k}`, k),
      ],
    };
  }),
  template('ezproxy-user-txt', (g) => {
    const admin = v.plain(g);
    const staff = v.plain(g);
    return {
      path: g.pick(['ezproxy/user.txt', '/usr/local/ezproxy/user.txt']),
      lines: [
        '# local accounts for EZproxy administrators and walk-in users',
        sec(`libadmin:${admin}:Admin`, admin),
        sec(`walkin:${staff}`, staff),
        '',
        `::LDAP`,
        `URL ldaps://ldap.${v.eduDomain(g)}/ou=people,dc=${v.school(g)},dc=edu?uid?sub?(objectClass=person)`,
        'IfUnauthenticated; Stop',
        '/LDAP',
      ],
    };
  }),
  template('ezproxy-ldap-bind', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['ezproxy/user.txt', 'ezproxy/config/user.txt']),
      lines: [
        '::LDAP',
        `BindUser CN=svc-ezproxy,OU=Service,DC=${v.school(g)},DC=edu`,
        sec(`BindPassword ${p}`, p),
        `URL ldaps://ad.${v.eduDomain(g)}:636/DC=${v.school(g)},DC=edu?sAMAccountName?sub?(objectClass=user)`,
        '/LDAP',
      ],
    };
  }),
  template('oclc-worldshare-wskey', (g) => {
    const secret = g.fake.base64(24).replace(/[+/]/g, 'o');
    return {
      path: g.pick(['config/oclc.yml', 'illiad/oclc.yml']),
      lines: [
        'oclc:',
        `  wskey: ${g.fake.alnum(80)}`,
        sec(`  secret: ${secret}`, secret),
        `  institution_id: ${g.between(10000, 99999)}`,
      ],
    };
  }),
  template('folio-okapi-login', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['folio/login.sh', 'scripts/folio_token.sh']),
      lines: [
        'curl -s -X POST \\',
        `  -H "X-Okapi-Tenant: ${v.school(g)}" \\`,
        '  -H "Content-Type: application/json" \\',
        sec(`  -d '{"username":"folio_batch","password":"${p}"}' \\`, p),
        `  https://okapi.${v.eduDomain(g)}/authn/login`,
      ],
    };
  }),
  template('jupyterhub-lti-consumers', (g) => {
    const s = v.longSecret(g);
    return {
      path: g.pick(['jupyterhub_config.py', '/etc/jupyterhub/jupyterhub_config.py']),
      lines: [
        "c.JupyterHub.authenticator_class = 'ltiauthenticator.LTIAuthenticator'",
        'c.LTIAuthenticator.consumers = {',
        sec(`    "${g.fake.hex(32)}": "${s}"`, s),
        '}',
        "c.LTIAuthenticator.username_key = 'custom_canvas_user_login_id'",
      ],
    };
  }),
  template('jupyterhub-lti13-helm', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['helm/values.yaml', 'jhub/config.yaml']),
      lines: [
        'hub:',
        '  config:',
        '    JupyterHub:',
        '      authenticator_class: ltiauthenticator.lti13.authenticator.LTI13Authenticator',
        '  db:',
        '    type: postgres',
        `    url: postgresql://jupyterhub@${v.dbHost(g)}:5432/jupyterhub`,
        sec(`    password: ${p}`, p),
      ],
    };
  }),
  template('github-classroom-token', (g) => {
    const t = 'gh' + 'p_' + g.fake.alnum(36);
    return {
      path: g.pick(['grading/fetch_submissions.sh', 'scripts/clone_classroom.sh']),
      lines: [
        '#!/bin/bash',
        `ORG=${v.school(g)}-cs101-fall26`,
        sec(`export GITHUB_TOKEN=${t}`, t),
        'gh classroom clone student-repos -a 612345',
      ],
    };
  }),
  template('kuali-coeus-datasource', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['kc-config.xml', 'kuali/kc-config.xml']),
      lines: [
        '<config>',
        `  <param name="datasource.url">jdbc:oracle:thin:@${v.dbHost(g)}:1521:KCPRD</param>`,
        '  <param name="datasource.username">kcuser</param>',
        sec(`  <param name="datasource.password">${p}</param>`, p),
        '  <param name="datasource.ojb.platform">Oracle9i</param>',
        '</config>',
      ],
    };
  }),
  template('grants-gov-s2s-keystore', (g) => {
    const p = v.plain(g);
    return {
      path: g.pick(['s2s/grants-gov.properties', 'config/s2s.properties']),
      lines: [
        '# grants.gov system-to-system submission',
        's2s.endpoint=https://ws07.grants.gov:446/grantsws-applicant/services/v2/ApplicantWebServicesSoapPort',
        's2s.keystore=/etc/pki/grantsgov/s2s-client.p12',
        sec(`s2s.keystore.password=${p}`, p),
        's2s.truststore=/etc/pki/grantsgov/truststore.jks',
      ],
    };
  }),
];
