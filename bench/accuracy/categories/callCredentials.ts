import { type CategoryTemplates, sec, template } from '../draft';
import { cmdPassword } from './commandCredentials';

/**
 * Credentials passed to code calls as each library's documentation writes them: keyword and
 * positional password arguments of HTTP, mail, SSH, SFTP and database clients (Python, Java, C#,
 * Go, Ruby, PHP, Node, Perl, C, Rust), weak and strong. Hard negatives: the same calls given
 * variables, environment reads, prompts and empty strings. Part of command-credentials.
 */
export const callCredentials: CategoryTemplates = {
  positives: [
    template('python-http-basic-auth', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'tools/export.py',
        lines: [
          'from requests.auth import HTTPBasicAuth',
          sec(`resp = requests.get(url, auth=HTTPBasicAuth("${g.user()}", "${pw}"))`, pw),
        ],
      };
    }),
    template('python-paramiko-connect', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'ops/remote.py',
        lines: [
          'ssh = paramiko.SSHClient()',
          'ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())',
          sec(`ssh.connect("${g.host()}", username="${g.user()}", password="${pw}")`, pw),
        ],
      };
    }),
    template('python-pysftp', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'jobs/upload.py',
        lines: [
          sec(`with pysftp.Connection('${g.host()}', username='${g.user()}', password='${pw}') as sftp:`, pw),
          '    sftp.put("report.csv")',
        ],
      };
    }),
    template('python-mongoclient', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'app/db.py',
        lines: [sec(`client = MongoClient("${g.host()}", 27017, username="${g.user()}", password="${pw}")`, pw)],
      };
    }),
    template('python-positional-db-connect', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'scripts/load.py',
        lines: [
          'import MySQLdb',
          sec(`db = MySQLdb.connect("${g.host()}", "${g.user()}", "${pw}", "${g.dbName()}")`, pw),
        ],
      };
    }),
    template('python-psycopg-conninfo', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'etl/extract.py',
        lines: [
          sec(`conn = psycopg2.connect("host=${g.host()} dbname=${g.dbName()} user=${g.user()} password=${pw}")`, pw),
        ],
      };
    }),
    template('python-ftplib-ctor', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'jobs/ftp_pull.py',
        lines: [
          sec(`ftp = FTP('${g.host()}', '${g.user()}', '${pw}')`, pw),
          "ftp.retrbinary('RETR data.csv', out.write)",
        ],
      };
    }),
    template('python-cx-oracle', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'reports/oracle.py',
        lines: [sec(`conn = cx_Oracle.connect("${g.user().replace('-', '_')}", "${pw}", "${g.host()}/ORCLPDB1")`, pw)],
      };
    }),
    template('java-mail-transport', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'src/main/java/com/acme/mail/Sender.java',
        lines: [
          'Transport transport = session.getTransport("smtp");',
          sec(`transport.connect("${g.host()}", "${g.user()}", "${pw}");`, pw),
        ],
      };
    }),
    template('java-jsch-session', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'src/main/java/com/acme/ssh/Remote.java',
        lines: [
          `Session session = jsch.getSession("${g.user()}", "${g.host()}", 22);`,
          sec(`session.setPassword("${pw}");`, pw),
        ],
      };
    }),
    template('java-drivermanager', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'src/main/java/com/acme/db/Db.java',
        lines: [
          sec(
            `Connection c = DriverManager.getConnection("jdbc:mysql://${g.host()}:3306/${g.dbName()}", "${g.user()}", "${pw}");`,
            pw,
          ),
        ],
      };
    }),
    template('csharp-network-credential', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'src/Mail/Mailer.cs',
        lines: [
          `var smtp = new SmtpClient("${g.host()}", 587)`,
          '{',
          sec(`    Credentials = new NetworkCredential("${g.user()}", "${pw}"),`, pw),
          '    EnableSsl = true',
          '};',
        ],
      };
    }),
    template('csharp-securestring-loop', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'src/Remote/Session.cs',
        lines: ['var secure = new SecureString();', sec(`foreach (char c in "${pw}") secure.AppendChar(c);`, pw)],
      };
    }),
    template('go-ssh-password', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'internal/remote/ssh.go',
        lines: [
          'config := &ssh.ClientConfig{',
          `\tUser: "${g.user()}",`,
          sec(`\tAuth: []ssh.AuthMethod{ssh.Password("${pw}")},`, pw),
          '}',
        ],
      };
    }),
    template('go-smtp-plain-auth', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'internal/mail/send.go',
        lines: [sec(`auth := smtp.PlainAuth("", "${g.user()}@acme.io", "${pw}", "${g.host()}")`, pw)],
      };
    }),
    template('ruby-net-smtp', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'lib/mailer.rb',
        lines: [
          sec(`Net::SMTP.start('${g.host()}', 587, 'acme.io', '${g.user()}', '${pw}', :login) do |smtp|`, pw),
          '  smtp.send_message msg, from, to',
          'end',
        ],
      };
    }),
    template('ruby-mysql2-client', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'lib/db.rb',
        lines: [
          sec(`client = Mysql2::Client.new(host: "${g.host()}", username: "${g.user()}", password: "${pw}")`, pw),
        ],
      };
    }),
    template('php-pdo-positional', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'src/Db.php',
        lines: [
          '<?php',
          sec(`$pdo = new PDO("mysql:host=${g.host()};dbname=${g.dbName()}", '${g.user()}', '${pw}');`, pw),
        ],
      };
    }),
    template('perl-dbi-connect', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'bin/report.pl',
        lines: [
          'use DBI;',
          sec(
            `my $dbh = DBI->connect("DBI:mysql:database=${g.dbName()};host=${g.host()}", "${g.user()}", "${pw}", { RaiseError => 1 });`,
            pw,
          ),
        ],
      };
    }),
    template('c-mysql-real-connect', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'src/db.c',
        lines: [
          sec(
            `if (!mysql_real_connect(conn, "${g.host()}", "${g.user()}", "${pw}", "${g.dbName()}", 0, NULL, 0)) {`,
            pw,
          ),
          '    fprintf(stderr, "%s\\n", mysql_error(conn));',
          '}',
        ],
      };
    }),
    template('node-nodemailer', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'src/mailer.js',
        lines: [
          'const transporter = nodemailer.createTransport({',
          `  host: '${g.host()}',`,
          `  auth: { user: '${g.user()}@acme.io', pass: '${pw}' },`,
          '});',
        ].map((l) => (l.includes(pw) ? sec(l, pw) : l)),
      };
    }),
    template('node-sequelize', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'src/db.js',
        lines: [
          sec(
            `const sequelize = new Sequelize('${g.dbName()}', '${g.user()}', '${pw}', { host: '${g.host()}', dialect: 'mysql' });`,
            pw,
          ),
        ],
      };
    }),
    template('node-knex', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'knexfile.js',
        lines: [
          'module.exports = {',
          "  client: 'pg',",
          `  connection: { host: '${g.host()}', user: '${g.user()}', password: '${pw}', database: '${g.dbName()}' },`,
          '};',
        ].map((l) => (l.includes(pw) ? sec(l, pw) : l)),
      };
    }),
    template('rust-pg-options', (g) => {
      const pw = cmdPassword(g);
      return {
        path: 'src/db.rs',
        lines: [
          'let options = PgConnectOptions::new()',
          `    .host("${g.host()}")`,
          `    .username("${g.user()}")`,
          sec(`    .password("${pw}");`, pw),
        ],
      };
    }),
  ],
  negatives: [
    template('calls-from-variables', () => ({
      path: 'app/clients.py',
      lines: [
        'resp = requests.get(url, auth=HTTPBasicAuth(user, os.environ["API_PASSWORD"]))',
        'ssh.connect(host, username=user, password=getpass.getpass())',
        "with pysftp.Connection(host, username=cfg['user'], password=cfg['password']) as sftp:",
        'client = MongoClient(host, username=settings.MONGO_USER, password=settings.MONGO_PASSWORD)',
        'db = MySQLdb.connect(host, user, passwd, name)',
        'conn = psycopg2.connect(f"host={host} dbname={db} user={user} password={password}")',
        "ftp = FTP(host, user, os.getenv('FTP_PASSWORD'))",
        'conn = cx_Oracle.connect(user, password, dsn)',
        'server.login(SMTP_USER, "")',
      ],
    })),
    template('jvm-calls-from-variables', () => ({
      path: 'src/main/java/com/acme/Clients.java',
      lines: [
        'transport.connect(host, user, System.getenv("SMTP_PASSWORD"));',
        'session.setPassword(config.getPassword());',
        'Connection c = DriverManager.getConnection(url, props.getProperty("user"), props.getProperty("password"));',
        'Connection c2 = DriverManager.getConnection(url, "sa", "");',
        'var cred = new NetworkCredential(userName, securePassword);',
      ],
    })),
    template('go-calls-from-variables', () => ({
      path: 'internal/clients/clients.go',
      lines: [
        'auth := smtp.PlainAuth("", cfg.User, cfg.Password, cfg.Host)',
        'auth2 := smtp.PlainAuth("", user, os.Getenv("SMTP_PASSWORD"), host)',
        'methods := []ssh.AuthMethod{ssh.Password(pass)}',
        'db, err := sql.Open("mysql", fmt.Sprintf("%s:%s@tcp(%s)/app", user, pass, host))',
      ],
    })),
    template('script-calls-from-variables', () => ({
      path: 'lib/clients.rb',
      lines: [
        "Net::SMTP.start(host, 587, 'acme.io', ENV['SMTP_USER'], ENV['SMTP_PASSWORD'], :login)",
        "client = Mysql2::Client.new(host: ENV['DB_HOST'], username: ENV['DB_USER'], password: ENV['DB_PASSWORD'])",
        '# my $dbh = DBI->connect($dsn, $user, $password);',
        'const sequelize = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASS);',
        'auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },',
      ],
    })),
  ],
};
