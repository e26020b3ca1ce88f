import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * gov-education hard negatives from the same repositories: rosters and OneRoster CSVs (student
 * numbers, state ids, sourcedIds), LTI launch parameters and LTI 1.3 registrations (client ids,
 * deployment ids, issuers, public JWKS), IMS Common Cartridge manifests, Moodle backups, SAML metadata
 * with public certificates, shipped samples (Moodle `config-dist.php`, SimpleSAMLphp's `config.php.dist`,
 * FreeRADIUS `testing123`), references (`%{idp.sealer.storePassword}`, env reads, Ansible Vault
 * lookups), Socrata app tokens given to the browser, ArcGIS item ids, GovCloud ARNs, SAM.gov UEIs and
 * CAGE codes, grant numbers, Census FIPS codes, masked values. Generated at run time.
 */
export const govEduNegatives: readonly Template[] = [
  template('oneroster-users-csv', (g) => ({
    path: g.pick(['exports/oneroster/users.csv', 'rostering/out/users.csv']),
    lines: [
      'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,identifier,email,grades',
      ...Array.from(
        { length: 4 },
        () =>
          `${v.uuid(g)},active,2026-08-1${g.between(0, 9)}T04:00:00Z,true,${v.uuid(g)},student,${g.fake.lower(6)}${g.fake.digits(3)},{SIS:${v.studentId(g)}},Ana,Lopez,${v.ssid(g)},${g.fake.lower(6)}@${v.eduDomain(g)},0${g.between(6, 9)}`,
      ),
    ],
  })),
  template('clever-students-csv', (g) => ({
    path: g.pick(['clever/students.csv', 'sftp-out/students.csv']),
    lines: [
      'School_id,Student_id,Student_number,State_id,Last_name,First_name,Grade,DOB,Student_email',
      ...Array.from(
        { length: 3 },
        () =>
          `${v.objectId(g)},${v.studentId(g)},${g.fake.digits(6)},${v.ssid(g)},Nguyen,Bao,${g.between(1, 12)},0${g.between(1, 9)}/1${g.between(0, 9)}/201${g.between(0, 8)},bnguyen${g.fake.digits(3)}@${v.eduDomain(g)}`,
      ),
    ],
  })),
  template('lti11-launch-log', (g) => ({
    path: g.pick(['logs/lti_launch.log', 'debug/launch_params.txt']),
    lines: [
      `oauth_consumer_key=${v.school(g)}-quizbank`,
      `oauth_nonce=${g.fake.alnum(32)}`,
      'oauth_signature_method=HMAC-SHA1',
      `oauth_signature=${encodeURIComponent(g.fake.base64(27) + '=')}`,
      `oauth_timestamp=17${g.fake.digits(8)}`,
      'lti_message_type=basic-lti-launch-request',
      `resource_link_id=${g.fake.hex(40)}`,
      `context_id=${g.fake.hex(40)}`,
      `user_id=${g.fake.hex(40)}`,
      `lis_result_sourcedid=${g.fake.alnum(60)}`,
    ],
  })),
  template('lti13-registration-json', (g) => ({
    path: g.pick(['lti/registration.json', 'configs/platforms.json']),
    lines: [
      '{',
      '  "issuer": "https://canvas.instructure.com",',
      `  "client_id": "${v.canvasClientId(g)}",`,
      `  "deployment_id": "${g.between(1, 999)}:${g.fake.hex(40)}",`,
      '  "auth_login_url": "https://sso.canvaslms.com/api/lti/authorize_redirect",',
      '  "key_set_url": "https://sso.canvaslms.com/api/lti/security/jwks",',
      '  "private_key_file": "/run/secrets/lti_private.key"',
      '}',
    ],
  })),
  template('lti13-public-jwks', (g) => ({
    path: g.pick(['public/.well-known/jwks.json', 'lti/jwks.json']),
    lines: [
      '{"keys":[{',
      '  "kty": "RSA", "alg": "RS256", "use": "sig",',
      `  "kid": "${g.fake.base64url(43)}",`,
      `  "n": "${g.fake.base64url(342)}",`,
      '  "e": "AQAB"',
      '}]}',
    ],
  })),
  template('canvas-lti-config-xml', (g) => ({
    path: g.pick(['public/lti/config.xml', 'lti_config.xml']),
    lines: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<cartridge_basiclti_link xmlns="http://www.imsglobal.org/xsd/imslticc_v1p0">',
      '  <blti:title>Quiz Bank</blti:title>',
      `  <blti:launch_url>https://tools.${v.eduDomain(g)}/lti/launch</blti:launch_url>`,
      '  <blti:extensions platform="canvas.instructure.com">',
      '    <lticm:property name="privacy_level">public</lticm:property>',
      `    <lticm:property name="tool_id">${g.fake.lower(8)}</lticm:property>`,
      '  </blti:extensions>',
      '</cartridge_basiclti_link>',
    ],
  })),
  template('imscc-manifest', (g) => ({
    path: g.pick(['course_export/imsmanifest.xml', 'cc/imsmanifest.xml']),
    lines: [
      `<manifest identifier="${v.ccIdentifier(g)}" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">`,
      '  <organizations><organization identifier="org_1" structure="rooted-hierarchy">',
      `    <item identifier="${v.ccIdentifier(g)}"><title>Week 1</title>`,
      `      <item identifier="${v.ccIdentifier(g)}" identifierref="${v.ccIdentifier(g)}"><title>Syllabus</title></item>`,
      '    </item>',
      '  </organization></organizations>',
      `  <resources><resource identifier="${v.ccIdentifier(g)}" type="webcontent" href="web_resources/syllabus.pdf"/></resources>`,
      '</manifest>',
    ],
  })),
  template('moodle-backup-xml', (g) => ({
    path: g.pick(['backup/moodle_backup.xml', 'mbz/moodle_backup.xml']),
    lines: [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<moodle_backup>',
      '  <information>',
      '    <name>backup-moodle2-course-' +
        g.between(2, 900) +
        '-' +
        v.course(g).toLowerCase().replace(/\s/g, '') +
        '.mbz</name>',
      `    <backup_release>4.3</backup_release>`,
      `    <backup_id>${g.fake.hex(32)}</backup_id>`,
      `    <original_site_identifier_hash>${g.fake.hex(32)}</original_site_identifier_hash>`,
      `    <original_wwwroot>https://moodle.${v.eduDomain(g)}</original_wwwroot>`,
      '  </information>',
      '</moodle_backup>',
    ],
  })),
  template('moodle-config-dist', (g) => ({
    path: g.pick(['moodle/config-dist.php', 'config-dist.php']),
    lines: [
      '<?php',
      "$CFG->dbtype    = 'pgsql';",
      "$CFG->dbhost    = 'localhost';",
      "$CFG->dbname    = 'moodle';",
      "$CFG->dbuser    = 'username';",
      "$CFG->dbpass    = 'password';",
      "$CFG->prefix    = 'mdl_';",
      "$CFG->wwwroot   = 'http://example.com/moodle';",
    ],
  })),
  template('moodle-config-env', (g) => ({
    path: g.pick(['moodle/config.php', 'docker/moodle/config.php']),
    lines: [
      '<?php',
      '$CFG = new stdClass();',
      "$CFG->dbhost = getenv('MOODLE_DB_HOST');",
      "$CFG->dbuser = getenv('MOODLE_DB_USER');",
      "$CFG->dbpass = getenv('MOODLE_DB_PASSWORD');",
      `$CFG->wwwroot = 'https://moodle.${v.eduDomain(g)}';`,
      "require_once(__DIR__ . '/lib/setup.php');",
    ],
  })),
  template('shibboleth-idp-properties-refs', (g) => ({
    path: g.pick(['idp/conf/idp.properties', '/opt/shibboleth-idp/conf/idp.properties']),
    lines: [
      'idp.additionalProperties= /conf/ldap.properties, /conf/saml-nameid.properties, /credentials/secrets.properties',
      `idp.entityID= https://idp.${v.eduDomain(g)}/idp/shibboleth`,
      `idp.scope= ${v.eduDomain(g)}`,
      'idp.sealer.storeResource= %{idp.home}/credentials/sealer.jks',
      'idp.sealer.versionResource= %{idp.home}/credentials/sealer.kver',
      'idp.sealer.storePassword= %{idp.sealer.password}',
      'idp.sealer.keyPassword= %{idp.sealer.password}',
      'idp.persistentId.sourceAttribute = employeeNumber',
    ],
  })),
  template('saml-metadata-public-cert', (g) => ({
    path: g.pick(['metadata/idp-metadata.xml', 'sp/metadata/incommon-idp.xml']),
    lines: [
      `<EntityDescriptor entityID="https://idp.${v.eduDomain(g)}/idp/shibboleth" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">`,
      '  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">',
      '    <KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>',
      ...Array.from({ length: 5 }, () => g.fake.base64(64)),
      '    </ds:X509Certificate></ds:X509Data></ds:KeyInfo></KeyDescriptor>',
      `    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.${v.eduDomain(g)}/idp/profile/SAML2/Redirect/SSO"/>`,
      '  </IDPSSODescriptor>',
      '</EntityDescriptor>',
    ],
  })),
  template('simplesamlphp-config-dist', () => ({
    path: 'simplesamlphp/config/config.php.dist',
    lines: [
      '<?php',
      '$config = [',
      "    'baseurlpath' => 'simplesaml/',",
      '    /*',
      '     * This is a secret salt used by SimpleSAMLphp when it needs to generate a secure hash.',
      '     * A possible way to generate a random salt is by running the following command from a unix shell:',
      "     * LC_ALL=C tr -c -d '0123456789abcdefghijklmnopqrstuvwxyz' </dev/urandom | dd bs=32 count=1 2>/dev/null;echo",
      '     */',
      "    'secretsalt' => 'defaultsecretsalt',",
      "    'auth.adminpassword' => '123',",
      '];',
    ],
  })),
  template('freeradius-clients-sample', () => ({
    path: 'freeradius/clients.conf.sample',
    lines: [
      '#  The default secret below is only for testing, and should',
      '#  not be used in any real environment.',
      'client localhost {',
      '    ipaddr = 127.0.0.1',
      '    proto = *',
      '    secret = testing123',
      '    require_message_authenticator = no',
      '}',
    ],
  })),
  template('eduroam-cat-profile', (g) => ({
    path: g.pick(['eduroam/eduroam-profile.mobileconfig', 'wifi/eduroam-W10.xml']),
    lines: [
      '<dict>',
      '  <key>SSID_STR</key><string>eduroam</string>',
      '  <key>EncryptionType</key><string>WPA2</string>',
      '  <key>EAPClientConfiguration</key><dict>',
      '    <key>AcceptEAPTypes</key><array><integer>25</integer></array>',
      `    <key>TLSTrustedServerNames</key><array><string>radius.${v.eduDomain(g)}</string></array>`,
      `    <key>OuterIdentity</key><string>anonymous@${v.eduDomain(g)}</string>`,
      `    <key>PayloadUUID</key><string>${v.uuid(g).toUpperCase()}</string>`,
      '  </dict>',
      '</dict>',
    ],
  })),
  template('socrata-app-token-browser', (g) => ({
    path: g.pick(['public/js/dashboard.js', 'site/assets/crime-map.js']),
    lines: [
      '// app tokens identify the app for throttling; Socrata documents them as safe to ship to browsers',
      `const url = 'https://data.${v.school(g)}.gov/resource/${v.datasetId(g)}.json?$limit=5000';`,
      `fetch(url, { headers: { 'X-App-Token': '${v.socrataAppToken(g)}' } })`,
      '  .then((r) => r.json())',
      '  .then(draw);',
    ],
  })),
  template('arcgis-webmap-json', (g) => ({
    path: g.pick(['webmaps/zoning.json', 'config/webmap.json']),
    lines: [
      '{',
      '  "operationalLayers": [{',
      `    "id": "Zoning_${g.fake.hex(5)}",`,
      `    "itemId": "${v.itemId(g)}",`,
      `    "url": "https://services${g.between(1, 9)}.arcgis.com/${g.fake.alnum(16)}/arcgis/rest/services/Zoning/FeatureServer/0",`,
      '    "layerType": "ArcGISFeatureLayer"',
      '  }],',
      `  "baseMap": { "baseMapLayers": [{ "id": "World_Hillshade_${g.fake.hex(4)}", "itemId": "${v.itemId(g)}" }] }`,
      '}',
    ],
  })),
  template('govcloud-iam-policy', (g) => ({
    path: g.pick(['iam/lambda-policy.json', 'policies/records-bucket.json']),
    lines: [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [{',
      '    "Effect": "Allow",',
      '    "Action": ["s3:GetObject", "kms:Decrypt"],',
      `    "Resource": ["arn:aws-us-gov:s3:::${v.school(g)}-records/*", "arn:aws-us-gov:kms:us-gov-west-1:${g.fake.digits(12)}:key/${v.uuid(g)}"]`,
      '  }]',
      '}',
    ],
  })),
  template('sam-entity-record', (g) => ({
    path: g.pick(['data/vendors.json', 'procurement/entity_cache.json']),
    lines: [
      '{',
      `  "ueiSAM": "${v.uei(g)}",`,
      `  "cageCode": "${v.cage(g)}",`,
      '  "legalBusinessName": "RIVERBEND CONSULTING LLC",',
      `  "registrationExpirationDate": "2027-0${g.between(1, 9)}-1${g.between(0, 9)}",`,
      '  "naicsCode": ["541511", "541512"],',
      `  "assistanceListing": "84.0${g.between(10, 99)}"`,
      '}',
    ],
  })),
  template('grant-award-yaml', (g) => ({
    path: g.pick(['research/awards.yml', 'data/grants.yaml']),
    lines: [
      '- award: NSF ' + g.fake.digits(7),
      `  fain: ${g.pick(['R01', 'R21', 'U01'])}GM${g.fake.digits(6)}`,
      `  uei: ${v.uei(g)}`,
      `  orcid: 0000-000${g.between(1, 3)}-${g.fake.digits(4)}-${g.fake.digits(3)}X`,
      `  cayuse_proposal_id: ${v.uuid(g)}`,
      `  kc_award_id: ${g.fake.digits(6)}-00001`,
    ],
  })),
  template('census-fips-csv', (g) => ({
    path: g.pick(['data/districts.csv', 'ref/nces_districts.csv']),
    lines: [
      'LEAID,NAME,STATEFP,COUNTYFP,GEOID,CDCODE',
      ...Array.from(
        { length: 4 },
        () =>
          `${g.fake.digits(7)},${v.school(g).toUpperCase()} UNIFIED,${g.fake.digits(2)},${g.fake.digits(3)},${g.fake.digits(11)},${g.fake.digits(4)}`,
      ),
    ],
  })),
  template('env-example-placeholders', (g) => ({
    path: g.pick(['.env.example', 'canvas-sync/.env.sample', 'docs/env.template']),
    lines: [
      `CANVAS_BASE_URL=https://${v.school(g)}.instructure.com`,
      'CANVAS_API_TOKEN=<your canvas access token>',
      'PS_CLIENT_SECRET=',
      'ETHOS_API_KEY=changeme-get-from-ethos-integration',
      'CENSUS_KEY=YOUR_CENSUS_API_KEY',
      'ALMA_API_KEY=l7xx...',
    ],
  })),
  template('ansible-vault-refs', (g) => ({
    path: g.pick(['group_vars/all/main.yml', 'inventories/prod/group_vars/lms.yml']),
    lines: [
      '---',
      'moodle_db_password: "{{ vault_moodle_db_password }}"',
      "shib_idp_sealer_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/idp:sealer') }}\"",
      "canvas_api_token: \"{{ lookup('env', 'CANVAS_API_TOKEN') }}\"",
      `ezproxy_hostname: ezproxy.${v.eduDomain(g)}`,
    ],
  })),
  template('k8s-secret-ref-openedx', (g) => ({
    path: g.pick(['k8s/lms-deployment.yaml', 'deploy/openedx/lms.yaml']),
    lines: [
      '        env:',
      '          - name: MYSQL_PASSWORD',
      '            valueFrom:',
      '              secretKeyRef:',
      `                name: ${g.pick(['edxapp-secrets', 'openedx-mysql'])}`,
      '                key: password',
      '          - name: LMS_HOST',
      `            value: learn.${v.eduDomain(g)}`,
    ],
  })),
  template('ps1-read-host-provisioning', (g) => ({
    path: g.pick(['Scripts/Reset-StudentPassword.ps1', 'provisioning/Reset-Password.ps1']),
    lines: [
      'param([Parameter(Mandatory)] [string] $StudentID)',
      '$cred = Get-Credential -Message "District admin"',
      '$new = Read-Host -AsSecureString "New password for $StudentID"',
      'Set-ADAccountPassword -Identity $StudentID -NewPassword $new -Reset -Credential $cred',
      `Write-Host "Password reset for $StudentID on ${v.school(g).toUpperCase()}-DC01"`,
    ],
  })),
  template('password-policy-doc', (g) => ({
    path: g.pick(['docs/student-accounts.md', 'handbook/it-accounts.md']),
    lines: [
      '## Student account passwords',
      '',
      "- Initial password: the student's birth date as `MMDDYYYY`, changed at first login.",
      '- Staff passwords: at least 14 characters, checked against the breached-password list.',
      `- Reset requests go to helpdesk@${v.eduDomain(g)}; never send passwords by e-mail.`,
      '- MFA (Duo) is required for the SIS, Canvas admin and VPN.',
    ],
  })),
  template('ezproxy-config-txt', (g) => ({
    path: g.pick(['ezproxy/config.txt', '/usr/local/ezproxy/config.txt']),
    lines: [
      `Name ezproxy.${v.eduDomain(g)}`,
      'LoginPortSSL 443',
      'Option ForceHTTPSLogin',
      '',
      'Title JSTOR',
      'URL https://www.jstor.org',
      'DJ jstor.org',
      '',
      'Title Web of Science',
      `URL https://www.webofscience.com/wos/woscc/basic-search?ref=${g.fake.hex(8)}`,
      'DJ webofscience.com',
    ],
  })),
  template('kaltura-embed-player', (g) => ({
    path: g.pick(['templates/lecture.html', 'public/embed.html']),
    lines: [
      `<iframe src="https://cdnapisec.kaltura.com/p/${v.partnerId(g)}/sp/${v.partnerId(g)}00/embedIframeJs/uiconf_id/${g.between(40000000, 49999999)}/partner_id/${v.partnerId(g)}?iframeembed=true&entry_id=1_${g.fake.lowerAlnum(8)}"`,
      '  width="640" height="360" allowfullscreen></iframe>',
      `<iframe src="https://${v.school(g)}.hosted.panopto.com/Panopto/Pages/Embed.aspx?id=${v.uuid(g)}&autoplay=false" width="720" height="405"></iframe>`,
    ],
  })),
  template('jupyterhub-config-env', (g) => ({
    path: g.pick(['jupyterhub_config.py', 'hub/jupyterhub_config.py']),
    lines: [
      'import os',
      "c.JupyterHub.authenticator_class = 'ltiauthenticator.LTIAuthenticator'",
      'c.LTIAuthenticator.consumers = {',
      "    os.environ['LTI_CLIENT_KEY']: os.environ['LTI_CLIENT_SECRET'],",
      '}',
      `c.JupyterHub.base_url = '/${v.course(g).toLowerCase().replace(/[\s-]/g, '')}/'`,
    ],
  })),
  template('canvas-course-api-response', (g) => ({
    path: g.pick(['fixtures/course.json', 'test/data/canvas_course.json']),
    lines: [
      '{',
      `  "id": ${g.between(10000, 99999)},`,
      `  "name": "${v.course(g)} Fall 2026",`,
      `  "sis_course_id": "${v.course(g).replace(/\s/g, '')}-${g.fake.digits(5)}-202690",`,
      `  "uuid": "${g.fake.alnum(40)}",`,
      `  "integration_id": null,`,
      `  "calendar": { "ics": "https://${v.school(g)}.instructure.com/feeds/calendars/course_${g.fake.alnum(40)}.ics" },`,
      '  "workflow_state": "available"',
      '}',
    ],
  })),
  template('logingov-sp-config-public', (g) => ({
    path: g.pick(['config/logingov.yml', 'config/identity.yml']),
    lines: [
      'login_gov:',
      `  client_id: "urn:gov:gsa:openidconnect.profiles:sp:sso:${v.school(g)}:benefits"`,
      '  idp_base_url: https://idp.int.identitysandbox.gov',
      '  acr_values: "urn:acr.login.gov:auth-only"',
      '  private_key_path: /run/secrets/logingov.key',
      `  redirect_uri: https://benefits.${v.school(g)}.gov/auth/logingov/callback`,
    ],
  })),
  template('masked-settings-export', (g) => ({
    path: g.pick(['docs/integration-settings.txt', 'exports/ps_plugin_settings.txt']),
    lines: [
      'PowerSchool plugin: Roster Sync',
      `Client ID:      ${v.uuid(g)}`,
      'Client Secret:  ********-****-****-****-************',
      'Ethos API key:  (stored in Ellucian Ethos Integration, not exported)',
      `Last sync:      2026-09-0${g.between(1, 9)} 03:00`,
    ],
  })),
  template('mef-submission-ack', (g) => ({
    path: g.pick(['mef/acks/ack_batch.xml', 'efile/ack.xml']),
    lines: [
      '<AcknowledgementList>',
      '  <Acknowledgement>',
      `    <SubmissionId>${g.fake.digits(20)}</SubmissionId>`,
      `    <EFIN>${g.fake.digits(6)}</EFIN>`,
      `    <TaxYr>2025</TaxYr>`,
      '    <AcceptanceStatusTxt>Accepted</AcceptanceStatusTxt>',
      `    <SubmissionValidationCompInd>${g.fake.digits(1)}</SubmissionValidationCompInd>`,
      '  </Acknowledgement>',
      '</AcknowledgementList>',
    ],
  })),
];
