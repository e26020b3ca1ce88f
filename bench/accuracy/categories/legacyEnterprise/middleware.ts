import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * legacy-enterprise positives from ERP and middleware: SAP JCo destination files, sapnwrfc.ini,
 * hdbuserstore and hdbsql commands, Oracle sqlplus/exp/rman connect strings, Informatica parameter
 * files and pmcmd, ODI agents, IBM MQ client code, TIBCO global variables and tibemsadmin, BizTalk
 * binding files, Oracle Forms/Reports, PeopleSoft domain configs and Siebel srvrmgr. Values
 * generated at run time.
 */
export const middlewarePositives: readonly Template[] = [
  template('sap-jco-destination', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['ABAP_AS_WITH_POOL.jcoDestination', 'conf/ERP_PRD.jcoDestination']),
      lines: [
        `jco.client.ashost=${v.host(g)}`,
        `jco.client.sysnr=${g.pick(['00', '01', '10'])}`,
        `jco.client.client=${g.pick(['100', '200', '800'])}`,
        `jco.client.user=${g.pick(['RFC_USER', 'JCO_ORDERS', 'BATCH_RFC'])}`,
        sec(`jco.client.passwd=${pw}`, pw),
        'jco.client.lang=en',
        'jco.destination.pool_capacity=3',
      ],
    };
  }),
  template('sap-jco-java', (g) => {
    const pw = v.pass(g);
    return {
      path: 'src/com/acme/sap/DestinationProvider.java',
      lines: [
        'Properties p = new Properties();',
        `p.setProperty(DestinationDataProvider.JCO_ASHOST, "${v.host(g)}");`,
        'p.setProperty(DestinationDataProvider.JCO_CLIENT, "100");',
        'p.setProperty(DestinationDataProvider.JCO_USER, "RFC_ORDERS");',
        sec(`p.setProperty(DestinationDataProvider.JCO_PASSWD, "${pw}");`, pw),
      ],
    };
  }),
  template('sap-nwrfc-ini', (g) => {
    const pw = v.plain(g);
    return {
      path: 'sapnwrfc.ini',
      lines: [
        'DEST=ERP_PRD',
        `ASHOST=${v.host(g)}`,
        'SYSNR=00',
        'CLIENT=100',
        'USER=RFC_PYRFC',
        sec(`PASSWD=${pw}`, pw),
        'LANG=EN',
      ],
    };
  }),
  template('sap-hdbuserstore', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['scripts/setup_hana_keys.sh', 'README-hana.txt']),
      lines: [
        '# store the backup user key once per host (as <sid>adm)',
        sec(`hdbuserstore SET BACKUPKEY ${v.host(g)}:30015 ${g.pick(['SYSTEM', 'BACKUP_OPERATOR'])} ${pw}`, pw),
        'hdbuserstore LIST',
      ],
    };
  }),
  template('sap-hdbsql', (g) => {
    const pw = v.plain(g);
    return {
      path: 'cron/hana_export.sh',
      lines: [
        '#!/bin/sh',
        sec(`hdbsql -n ${v.host(g)}:30015 -u SYSTEM -p ${pw} -o /tmp/users.txt "SELECT USER_NAME FROM USERS"`, pw),
      ],
    };
  }),
  template('oracle-sqlplus-script', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['bin/nightly_load.sh', 'scripts/refresh_mv.ksh']),
      lines: [
        '#!/bin/ksh',
        'export ORACLE_HOME=/u01/app/oracle/product/11.2.0/dbhome_1',
        `sqlplus -s ${v.dbUser(g)}/${pw}@${v.sid(g)} <<EOF`,
        'SET HEADING OFF FEEDBACK OFF',
        "EXEC dbms_mview.refresh('MV_SALES');",
        'EXIT',
        'EOF',
      ].map((l) => (l.startsWith('sqlplus') ? sec(l, pw) : l)),
    };
  }),
  template('oracle-exp-imp', (g) => {
    const pw = v.plain(g);
    const tool = g.pick(['exp', 'expdp', 'imp']);
    return {
      path: 'backup/export_schema.bat',
      lines: [
        '@echo off',
        'set NLS_LANG=AMERICAN_AMERICA.WE8MSWIN1252',
        sec(
          `${tool} system/${pw}@${v.sid(g)} owner=${v.schema(g).toUpperCase()} file=D:\\exports\\nightly.dmp log=D:\\exports\\nightly.log`,
          pw,
        ),
      ],
    };
  }),
  template('informatica-param-file', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['infa_shared/BWParam/wf_load_dwh.par', 'params/s_m_load_orders.prm']),
      lines: [
        '[Global]',
        '$PMSessionLogCount=5',
        '[DWH.WF:wf_load_dwh.ST:s_m_load_orders]',
        '$DBConnection_SRC=ORA_ERP_SRC',
        '$$FTP_User=infa_ftp',
        sec(`$$FTP_Password=${pw}`, pw),
        '$InputFile_Orders=/data/in/orders.dat',
      ],
    };
  }),
  template('informatica-pmcmd', (g) => {
    const pw = v.plain(g);
    return {
      path: 'scripts/run_wf.sh',
      lines: [
        '#!/bin/sh',
        sec(`pmcmd startworkflow -sv IS_PRD -d Domain_PRD -u Administrator -p ${pw} -f DWH -wait wf_load_dwh`, pw),
        'echo "workflow finished: $?"',
      ],
    };
  }),
  template('odi-agent-params', (g) => {
    const pw = v.plain(g);
    return {
      path: 'oracledi/agent/bin/odiparams.sh',
      lines: [
        `ODI_MASTER_URL=jdbc:oracle:thin:@${v.host(g)}:1521:ODIREP`,
        'ODI_MASTER_USER=ODI_MASTER',
        sec(`ODI_MASTER_ENCODED_PASS=${pw}`, pw),
        'ODI_SUPERVISOR=SUPERVISOR',
      ],
    };
  }),
  template('ibm-mq-java-client', (g) => {
    const pw = v.pass(g);
    return {
      path: 'src/com/acme/mq/OrderSender.java',
      lines: [
        `MQEnvironment.hostname = "${v.host(g)}";`,
        'MQEnvironment.port = 1414;',
        'MQEnvironment.channel = "APP.SVRCONN";',
        'MQEnvironment.userID = "mqapp";',
        sec(`MQEnvironment.password = "${pw}";`, pw),
        'MQQueueManager qmgr = new MQQueueManager("QM_ORDERS");',
      ],
    };
  }),
  template('ibm-mq-jms-cf', (g) => {
    const pw = v.pass(g);
    return {
      path: 'src/main/java/com/acme/jms/Connector.java',
      lines: [
        'JmsConnectionFactory cf = JmsFactoryFactory.getInstance(WMQConstants.WMQ_PROVIDER).createConnectionFactory();',
        'cf.setStringProperty(WMQConstants.WMQ_QUEUE_MANAGER, "QM1");',
        'cf.setBooleanProperty(WMQConstants.USER_AUTHENTICATION_MQCSP, true);',
        'cf.setStringProperty(WMQConstants.USERID, "app");',
        sec(`cf.setStringProperty(WMQConstants.PASSWORD, "${pw}");`, pw),
      ],
    };
  }),
  template('tibco-global-variable', (g) => {
    const pw = v.pass(g);
    return {
      path: 'defaultVars/JMS/defaultVars.substvar',
      lines: [
        '<globalVariables>',
        '  <globalVariable>',
        '    <name>JMS_Password</name>',
        sec(`    <value>${pw}</value>`, pw),
        '    <deploymentSettable>true</deploymentSettable>',
        '    <type>Password</type>',
        '  </globalVariable>',
        '</globalVariables>',
      ],
    };
  }),
  template('tibco-ems-admin', (g) => {
    const pw = v.plain(g);
    return {
      path: 'ems/setup_queues.sh',
      lines: [
        '#!/bin/sh',
        sec(`tibemsadmin -server tcp://${v.host(g)}:7222 -user admin -password ${pw} -script /opt/ems/queues.txt`, pw),
      ],
    };
  }),
  template('biztalk-binding-password', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['Deployment/BindingInfo.PROD.xml', 'Bindings/Orders.BindingInfo.xml']),
      lines: [
        '<SendPort Name="spSFTP_Partner" IsStatic="true" IsTwoWay="false">',
        '  <PrimaryTransport>',
        `    <Address>sftp://${v.host(g)}:22/outbound/%MessageID%.xml</Address>`,
        sec(
          `    <TransportTypeData>&lt;CustomProps&gt;&lt;UserName vt="8"&gt;btsftp&lt;/UserName&gt;&lt;Password vt="8"&gt;${pw}&lt;/Password&gt;&lt;/CustomProps&gt;</TransportTypeData>`,
          pw,
        ),
        '  </PrimaryTransport>',
        '</SendPort>',
      ],
    };
  }),
  template('oracle-forms-formsweb', (g) => {
    const pw = v.plain(g);
    return {
      path: 'forms/server/formsweb.cfg',
      lines: [
        '[finapp]',
        'form=main_menu.fmx',
        sec(`userid=${g.pick(['apps', 'finance', 'scott'])}/${pw}@${v.sid(g)}`, pw),
        'lookAndFeel=oracle',
      ],
    };
  }),
  template('oracle-reports-rwrun', (g) => {
    const pw = v.plain(g);
    return {
      path: 'reports/run_invoice.bat',
      lines: [
        sec(
          `rwrun report=invoice.rdf userid=reports/${pw}@${v.sid(g)} desformat=PDF destype=file desname=D:\\out\\invoice.pdf`,
          pw,
        ),
      ],
    };
  }),
  template('peoplesoft-appserver-cfg', (g) => {
    const pw = v.plain(g);
    const conn = v.plain(g);
    return {
      path: 'appserv/HRPRD/psappsrv.cfg',
      lines: [
        '[Startup]',
        'DBName=HRPRD',
        'DBType=ORACLE',
        'UserId=PS',
        sec(`UserPswd=${pw}`, pw),
        'ConnectId=people',
        sec(`ConnectPswd=${conn}`, conn),
      ],
    };
  }),
  template('siebel-srvrmgr', (g) => {
    const pw = v.plain(g);
    return {
      path: 'scripts/restart_comp.sh',
      lines: [
        '#!/bin/sh',
        sec(
          `srvrmgr /g ${v.host(g)}:2320 /e SBA_ENT /s sbl_app01 /u SADMIN /p ${pw} /c "restart comp EAIObjMgr_enu"`,
          pw,
        ),
      ],
    };
  }),
];
