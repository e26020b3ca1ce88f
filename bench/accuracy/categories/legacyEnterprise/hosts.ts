import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * legacy-enterprise positives from mainframe, midrange and older client stacks: JCL job cards and
 * FTP steps, REXX and CL scripts, AS/400 ODBC strings and JT400, Windows FTP scripts, Lotus Notes
 * Java sessions, Delphi .dfm connection properties, Perl CGI/DBI, ColdFusion datasources and tags.
 * Values generated at run time.
 */
export const hostPositives: readonly Template[] = [
  template('jcl-job-card', (g) => {
    const pw = v.hostPass(g);
    return {
      path: g.pick(['JCL/NIGHTLY.jcl', 'PROD.JCL/PAYRL01.txt']),
      lines: [
        sec(`//PAYRL01  JOB (ACCT),'NIGHTLY PAYROLL',CLASS=A,MSGCLASS=X,USER=BATCH01,PASSWORD=${pw}`, pw),
        '//STEP01   EXEC PGM=PAYCALC',
        '//SYSOUT   DD SYSOUT=*',
      ],
    };
  }),
  template('jcl-ftp-step', (g) => {
    const pw = v.hostPass(g);
    return {
      path: 'JCL/FTPOUT.jcl',
      lines: [
        "//FTPSTEP  EXEC PGM=FTP,PARM='(EXIT'",
        '//INPUT    DD *',
        v.host(g),
        sec(`FTPUSER ${pw}`, pw),
        "PUT 'PROD.ORDERS.DAILY' orders.txt",
        'QUIT',
        '/*',
      ],
    };
  }),
  template('rexx-ftp', (g) => {
    const pw = v.hostPass(g);
    return {
      path: 'REXX/SENDRPT.rexx',
      lines: [
        '/* REXX */',
        "user = 'RPTUSER'",
        sec(`pass = '${pw}'`, pw),
        'queue "open" host',
        'queue "user" user pass',
      ],
    };
  }),
  template('as400-cl-usrprf', (g) => {
    const pw = v.hostPass(g);
    return {
      path: 'QCLSRC/SETUPUSR.clle',
      lines: [
        'PGM',
        sec(`             CRTUSRPRF  USRPRF(APPBATCH) PASSWORD(${pw}) USRCLS(*USER) TEXT('Batch user')`, pw),
        'ENDPGM',
      ],
    };
  }),
  template('as400-odbc-string', (g) => {
    const pw = v.hostPass(g);
    return {
      path: g.pick(['Config/as400.udl', 'Interfaces/As400Reader.cs']),
      lines: [
        sec(
          `string cs = "Driver={iSeries Access ODBC Driver};System=${v.host(g)};Uid=${g.pick(['QPGMR', 'APPUSR', 'ODBCUSR'])};Pwd=${pw};DefaultLibraries=PRODLIB;";`,
          pw,
        ),
      ],
    };
  }),
  template('as400-jt400', (g) => {
    const pw = v.hostPass(g);
    return {
      path: 'src/com/acme/as400/Client.java',
      lines: [
        sec(`AS400 system = new AS400("${v.host(g)}", "APPUSR", "${pw}");`, pw),
        'CommandCall cmd = new CommandCall(system);',
      ],
    };
  }),
  template('windows-ftp-script', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['ftp/upload.txt', 'batch/ftp_cmds.txt']),
      lines: [`open ${v.host(g)}`, sec(`user edi_out ${pw}`, pw), 'binary', 'put D:\\edi\\out\\*.x12', 'bye'],
    };
  }),
  template('lotus-notes-java', (g) => {
    const pw = v.pass(g);
    return {
      path: 'src/com/acme/notes/MailReader.java',
      lines: [
        'NotesThread.sinitThread();',
        sec(`Session s = NotesFactory.createSession("${v.host(g)}", "Mail Agent/Acme", "${pw}");`, pw),
        'Database db = s.getDatabase("", "mail/agent.nsf");',
      ],
    };
  }),
  template('delphi-dfm-ado', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['DataModule.dfm', 'uMain.dfm']),
      lines: [
        'object ADOConnection1: TADOConnection',
        sec(
          `  ConnectionString = 'Provider=SQLOLEDB.1;Password=${pw};Persist Security Info=True;User ID=${v.dbUser(g)};Initial Catalog=${v.schema(g)};Data Source=${v.host(g)}'`,
          pw,
        ),
        '  LoginPrompt = False',
        'end',
      ],
    };
  }),
  template('delphi-dfm-params', (g) => {
    const pw = v.plain(g);
    return {
      path: 'dmFirebird.dfm',
      lines: [
        'object IBDatabase1: TIBDatabase',
        `  DatabaseName = '${v.host(g)}:/data/stock.fdb'`,
        '  Params.Strings = (',
        "    'user_name=STOCKAPP'",
        sec(`    'password=${pw}')`, pw),
        '  LoginPrompt = False',
        'end',
      ],
    };
  }),
  template('perl-dbi-connect', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['cgi-bin/report.pl', 'lib/Acme/DB.pm']),
      lines: [
        'use DBI;',
        sec(`my $dbh = DBI->connect("dbi:Oracle:${v.sid(g)}", "${v.dbUser(g)}", "${pw}", { RaiseError => 1 })`, pw),
        '    or die $DBI::errstr;',
      ],
    };
  }),
  template('perl-cgi-vars', (g) => {
    const pw = v.plain(g);
    return {
      path: 'cgi-bin/lib/config.pl',
      lines: [`$db_host = '${v.host(g)}';`, "$db_user = 'webcgi';", sec(`$db_pass = '${pw}';`, pw), '1;'],
    };
  }),
  template('coldfusion-cfquery', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['admin/reports.cfm', 'includes/qryOrders.cfm']),
      lines: [
        sec(`<cfquery name="qOrders" datasource="OrdersDSN" username="cfapp" password="${pw}">`, pw),
        '  SELECT order_id, total FROM orders WHERE status = <cfqueryparam value="#url.status#">',
        '</cfquery>',
      ],
    };
  }),
  template('coldfusion-application-cfc', (g) => {
    const pw = v.pass(g);
    return {
      path: 'Application.cfc',
      lines: [
        'component {',
        '  this.name = "Intranet";',
        '  this.datasources["intranet"] = {',
        '    class: "com.microsoft.sqlserver.jdbc.SQLServerDriver",',
        `    connectionString: "jdbc:sqlserver://${v.host(g)}:1433;databaseName=intranet",`,
        '    username: "cf_intranet",',
        sec(`    password: "${pw}"`, pw),
        '  };',
        '}',
      ],
    };
  }),
  template('coldfusion-cfldap', (g) => {
    const pw = v.pass(g);
    return {
      path: 'login/authenticate.cfm',
      lines: [
        sec(
          `<cfldap action="query" server="dc01.corp.local" username="CN=cfbind,OU=Service,DC=corp,DC=local" password="${pw}" name="qUser" start="DC=corp,DC=local" filter="(sAMAccountName=#form.user#)">`,
          pw,
        ),
      ],
    };
  }),
];
