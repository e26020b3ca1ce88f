import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * legacy-enterprise positives holding several credentials at once: a Java EE app's db.properties
 * with database, LDAP and mail passwords, a web.config with two connection strings, and an
 * operations hand-over note listing the console, SAP and AS/400 logins. Values generated at run time.
 */
export const multiPositives: readonly Template[] = [
  template('legacy-db-properties', (g) => {
    const db = v.plain(g);
    const ldap = v.plain(g);
    const mail = v.plain(g);
    return {
      path: g.pick(['WEB-INF/classes/db.properties', 'conf/application.properties', 'config/env-prod.properties']),
      lines: [
        '# Production settings - do not change without CAB approval',
        `jdbc.url=jdbc:db2://${v.host(g)}:50000/${v.sid(g)}`,
        'jdbc.driver=com.ibm.db2.jcc.DB2Driver',
        `jdbc.username=${v.dbUser(g)}`,
        sec(`jdbc.password=${db}`, db),
        'ldap.url=ldap://dc01.corp.local:389',
        'ldap.manager.dn=CN=svc_portal,OU=Service Accounts,DC=corp,DC=local',
        sec(`ldap.manager.password=${ldap}`, ldap),
        `mail.smtp.host=smtp.${g.pick(['corp.local', 'acme.intra'])}`,
        'mail.smtp.user=portal',
        sec(`mail.smtp.password=${mail}`, mail),
      ],
    };
  }),
  template('webconfig-two-connections', (g) => {
    const a = v.plain(g);
    const b = v.plain(g);
    return {
      path: 'Web.config',
      lines: [
        '<connectionStrings>',
        sec(
          `  <add name="Main" connectionString="Server=${v.host(g)};Database=Intranet;User Id=intranet_app;Password=${a};" providerName="System.Data.SqlClient" />`,
          a,
        ),
        sec(
          `  <add name="Legacy" connectionString="Provider=OraOLEDB.Oracle;Data Source=${v.sid(g)};User Id=${v.dbUser(g)};Password=${b};" providerName="System.Data.OleDb" />`,
          b,
        ),
        '</connectionStrings>',
      ],
    };
  }),
  template('ops-handover-note', (g) => {
    const wls = v.plain(g);
    const sap = v.plain(g);
    const as400 = v.hostPass(g);
    return {
      path: g.pick(['docs/handover.txt', 'ops/RUNBOOK-prod.txt', 'Shared/IT/logins.txt']),
      lines: [
        'Production hand-over (keep internal)',
        '',
        `WebLogic console http://${v.host(g)}:7001/console  user weblogic`,
        sec(`  password: ${wls}`, wls),
        sec(`SAP PRD client 100  user DDIC  password ${sap}`, sap),
        sec(`AS/400 ${v.host(g)}  QSECOFR / ${as400}`, as400),
      ],
    };
  }),
];
