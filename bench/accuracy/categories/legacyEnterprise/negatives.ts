import { type Template, template } from '../../draft';
import * as v from './values';

/**
 * legacy-enterprise hard negatives from the same stacks: build-time and server placeholders
 * (`${db.password}`, `@@PASSWORD@@`, `@db.password@`, JBoss `${VAULT::...}`, `${env.X}`), empty and
 * masked values (`{AES}` with nothing after it, `********`, BizTalk's exported `vt="1"`), integrated
 * Windows authentication, Oracle external auth (`/@TNS`, `/ as sysdba`), tnsnames entries, JNDI
 * names and resource references, property keys and password policies, class names, project and
 * assembly GUIDs, PublicKeyToken values, strong-name public keys, certificate thumbprints, SOAP
 * action URLs, schema ids and XSD elements named password, JAR manifest digests and checksums.
 * Generated at run time.
 */
export const enterpriseNegatives: readonly Template[] = [
  template('tomcat-context-placeholders', (g) => ({
    path: 'conf/context.xml',
    lines: [
      '<Context>',
      `  <Resource name="jdbc/${v.schema(g)}DB" auth="Container" type="javax.sql.DataSource"`,
      '            username="${db.username}"',
      '            password="${db.password}"',
      '            url="${db.url}" driverClassName="oracle.jdbc.OracleDriver"/>',
      '</Context>',
    ],
  })),
  template('spring-xml-property-placeholder', (g) => ({
    path: 'src/main/resources/applicationContext.xml',
    lines: [
      '<context:property-placeholder location="classpath:jdbc.properties"/>',
      `<bean id="${g.pick(['dataSource', 'erpDataSource'])}" class="org.apache.commons.dbcp.BasicDataSource">`,
      '    <property name="url" value="${jdbc.url}"/>',
      '    <property name="username" value="${jdbc.username}"/>',
      '    <property name="password" value="${jdbc.password}"/>',
      '</bean>',
    ],
  })),
  template('ant-filter-tokens', (g) => ({
    path: g.pick(['build/templates/weblogic-ds.xml.tmpl', 'deploy/jboss-ds.xml.template']),
    lines: [
      '<datasource jndi-name="java:/OrdersDS" pool-name="OrdersDS">',
      '  <connection-url>@@DB_URL@@</connection-url>',
      '  <security>',
      '    <user-name>@@DB_USER@@</user-name>',
      `    <password>${g.pick(['@@PASSWORD@@', '@db.password@', '@@DB_PASSWORD@@'])}</password>`,
      '  </security>',
      '</datasource>',
    ],
  })),
  template('jboss-vault-reference', () => ({
    path: 'standalone/configuration/standalone.xml',
    lines: [
      '<security>',
      '    <user-name>claims_app</user-name>',
      '    <password>${VAULT::ds_ClaimsDS::password::1}</password>',
      '</security>',
      '<vault>',
      '    <vault-option name="KEYSTORE_URL" value="${jboss.server.config.dir}/vault.keystore"/>',
      '    <vault-option name="KEYSTORE_PASSWORD" value="${env.VAULT_KEYSTORE_PASSWORD}"/>',
      '    <vault-option name="ITERATION_COUNT" value="50"/>',
      '</vault>',
    ],
  })),
  template('weblogic-boot-empty-aes', () => ({
    path: 'servers/AdminServer/security/boot.properties.template',
    lines: ['# filled in by the installer', 'username={AES}', 'password={AES}'],
  })),
  template('masked-export', (g) => ({
    path: g.pick(['export/datasources-report.xml', 'docs/was-config-export.xml']),
    lines: [
      `<authDataEntries alias="${g.pick(['DB2Auth', 'OraAuth'])}" userId="${v.dbUser(g)}" password="********" description="masked by the admin console"/>`,
      `<property name="password" value="${g.pick(['********', '******', '**********'])}"/>`,
    ],
  })),
  template('biztalk-binding-masked', (g) => ({
    path: 'Deployment/BindingInfo.xml',
    lines: [
      '<SendPort Name="spFTP_Partner" IsStatic="true" IsTwoWay="false">',
      `  <Address>ftp://${v.host(g)}:21/inbound/%MessageID%.xml</Address>`,
      '  <TransportTypeData>&lt;CustomProps&gt;&lt;UserName vt="8"&gt;btftp&lt;/UserName&gt;&lt;Password vt="1" /&gt;&lt;/CustomProps&gt;</TransportTypeData>',
      '</SendPort>',
    ],
  })),
  template('webconfig-integrated-security', (g) => ({
    path: 'Web.config',
    lines: [
      '<connectionStrings>',
      `  <add name="${v.schema(g)}" connectionString="Data Source=${v.host(g)};Initial Catalog=${v.schema(g)};Integrated Security=SSPI;" providerName="System.Data.SqlClient" />`,
      `  <add name="Reports" connectionString="Server=${v.host(g)};Database=Reports;Trusted_Connection=yes;" />`,
      '</connectionStrings>',
    ],
  })),
  template('webconfig-assemblies-tokens', (g) => ({
    path: 'Web.config',
    lines: [
      '<compilation debug="false" targetFramework="4.0">',
      '  <assemblies>',
      `    <add assembly="System.Web.Extensions, Version=4.0.0.0, Culture=neutral, PublicKeyToken=${v.keyToken(g)}" />`,
      `    <add assembly="Acme.Common, Version=2.3.0.0, Culture=neutral, PublicKeyToken=${v.keyToken(g)}" />`,
      '  </assemblies>',
      '</compilation>',
      '<runtime>',
      '  <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">',
      '    <dependentAssembly>',
      `      <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="${v.keyToken(g)}" culture="neutral" />`,
      '      <bindingRedirect oldVersion="0.0.0.0-6.0.0.0" newVersion="6.0.0.0" />',
      '    </dependentAssembly>',
      '  </assemblyBinding>',
      '</runtime>',
    ],
  })),
  template('webconfig-machinekey-autogenerate', () => ({
    path: 'web.config',
    lines: [
      '<system.web>',
      '  <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="SHA1" />',
      '  <sessionState mode="InProc" timeout="20" />',
      '</system.web>',
    ],
  })),
  template('vs-solution-guids', (g) => ({
    path: g.pick(['Acme.Erp.sln', 'Legacy.sln']),
    lines: [
      'Microsoft Visual Studio Solution File, Format Version 11.00',
      `Project("{${v.guid(g)}}") = "Acme.Erp.Web", "Acme.Erp.Web\\Acme.Erp.Web.csproj", "{${v.guid(g)}}"`,
      'EndProject',
      `Project("{${v.guid(g)}}") = "Acme.Erp.Data", "Acme.Erp.Data\\Acme.Erp.Data.vbproj", "{${v.guid(g)}}"`,
      'EndProject',
    ],
  })),
  template('assemblyinfo-guid-strongname', (g) => ({
    path: 'Properties/AssemblyInfo.cs',
    lines: [
      '[assembly: AssemblyTitle("Acme.Erp.Data")]',
      '[assembly: ComVisible(false)]',
      `[assembly: Guid("${v.guid(g).toLowerCase()}")]`,
      '[assembly: AssemblyVersion("3.1.0.0")]',
      `[assembly: InternalsVisibleTo("Acme.Erp.Tests, PublicKey=0024000004800000940000000602000000240000525341310004000001000100${g.fake.hex(256)}")]`,
    ],
  })),
  template('wcf-endpoint-identity', (g) => ({
    path: 'App.config',
    lines: [
      '<client>',
      `  <endpoint address="https://${v.host(g)}/ErpService.svc" binding="wsHttpBinding" bindingConfiguration="WSHttpBinding_IErpService" contract="ErpRef.IErpService" name="WSHttpBinding_IErpService">`,
      '    <identity>',
      `      <certificateReference storeName="My" storeLocation="LocalMachine" x509FindType="FindByThumbprint" findValue="${v.thumbprint(g)}" />`,
      '    </identity>',
      '  </endpoint>',
      '</client>',
    ],
  })),
  template('wsdl-soap-actions', (g) => ({
    path: g.pick(['Service References/ErpRef/ErpService.wsdl', 'wsdl/OrderService.wsdl']),
    lines: [
      '<wsdl:operation name="ChangePassword">',
      '  <soap:operation soapAction="http://tempuri.org/IErpService/ChangePassword" style="document" />',
      '</wsdl:operation>',
      '<wsdl:operation name="ValidateToken">',
      '  <soap:operation soapAction="urn:acme:erp:2009:ValidateToken" style="document" />',
      '</wsdl:operation>',
    ],
  })),
  template('xsd-password-elements', (g) => ({
    path: 'schemas/UserAccount.xsd',
    lines: [
      `<xs:schema id="UserAccount" targetNamespace="http://acme.com/schemas/${g.between(2004, 2012)}/UserAccount" xmlns:xs="http://www.w3.org/2001/XMLSchema">`,
      '  <xs:element name="UserName" type="xs:string" />',
      '  <xs:element name="Password" type="xs:string" />',
      '  <xs:element name="PasswordHint" type="xs:string" minOccurs="0" />',
      '</xs:schema>',
    ],
  })),
  template('xsd-hash-and-checksums', (g) => ({
    path: g.pick(['Schemas/Orders.xsd.sha1', 'lib/checksums.txt']),
    lines: [`${g.fake.hex(40)}  Orders.xsd`, `${g.fake.hex(40)}  ojdbc6.jar`, `${g.fake.hex(32)}  xmlbeans-2.6.0.jar`],
  })),
  template('jar-manifest-digests', (g) => ({
    path: 'META-INF/MANIFEST.MF',
    lines: [
      'Manifest-Version: 1.0',
      'Created-By: 1.6.0_45 (Sun Microsystems Inc.)',
      '',
      'Name: com/acme/erp/security/PasswordValidator.class',
      `SHA-256-Digest: ${g.fake.base64(43)}=`,
      '',
      'Name: com/acme/erp/security/CredentialStore.class',
      `SHA1-Digest: ${g.fake.base64(27)}=`,
    ],
  })),
  template('jndi-names-and-refs', (g) => ({
    path: 'WEB-INF/web.xml',
    lines: [
      '<resource-ref>',
      `  <res-ref-name>jdbc/${v.schema(g)}DS</res-ref-name>`,
      '  <res-type>javax.sql.DataSource</res-type>',
      '  <res-auth>Container</res-auth>',
      '</resource-ref>',
      '<env-entry>',
      '  <env-entry-name>passwordResetUrl</env-entry-name>',
      '  <env-entry-type>java.lang.String</env-entry-type>',
      '  <env-entry-value>/account/reset</env-entry-value>',
      '</env-entry>',
    ],
  })),
  template('java-class-names-keys', () => ({
    path: 'src/com/acme/security/SecurityConfig.java',
    lines: [
      'import com.ibm.websphere.crypto.PasswordUtil;',
      'import org.springframework.security.authentication.encoding.ShaPasswordEncoder;',
      'public static final String PASSWORD_KEY = "jco.client.passwd";',
      'public static final String CREDENTIALS_PROPERTY = "java.naming.security.credentials";',
      'String decoded = PasswordUtil.passwordDecode(props.getProperty(PASSWORD_KEY));',
    ],
  })),
  template('password-policy-properties', (g) => ({
    path: 'conf/security.properties',
    lines: [
      `password.policy.minLength=${g.between(8, 12)}`,
      'password.policy.requireDigit=true',
      'password.expiry.days=90',
      'password.history.count=5',
      'password.hash.algorithm=SHA-256',
    ],
  })),
  template('tnsnames-entry', (g) => ({
    path: 'network/admin/tnsnames.ora',
    lines: [
      `${v.sid(g)} =`,
      '  (DESCRIPTION =',
      `    (ADDRESS = (PROTOCOL = TCP)(HOST = ${v.host(g)})(PORT = 1521))`,
      `    (CONNECT_DATA = (SERVER = DEDICATED)(SERVICE_NAME = ${v.sid(g).toLowerCase()}.corp.local))`,
      '  )',
    ],
  })),
  template('oracle-external-auth', (g) => ({
    path: 'scripts/stats.sh',
    lines: [
      '#!/bin/ksh',
      `sqlplus -s /@${v.sid(g)} @gather_stats.sql`,
      'sqlplus / as sysdba <<EOF',
      'SHUTDOWN IMMEDIATE;',
      'EOF',
    ],
  })),
  template('sap-jco-empty-securestore', (g) => ({
    path: 'conf/ERP_DEV.jcoDestination',
    lines: [
      `jco.client.ashost=${v.host(g)}`,
      'jco.client.client=100',
      'jco.client.user=',
      'jco.client.passwd=',
      'jco.client.lang=en',
    ],
  })),
  template('jcl-no-password', () => ({
    path: 'JCL/REORG.jcl',
    lines: [
      "//REORG01  JOB (ACCT),'DB2 REORG',CLASS=A,MSGCLASS=X,NOTIFY=&SYSUID",
      '//STEP01   EXEC DSNUPROC,SYSTEM=DB2P,UID=REORG01',
      '//SYSIN    DD *',
      '  REORG TABLESPACE DBPAY01.TSPAY01',
      '/*',
    ],
  })),
  template('ssis-dtsconfig-empty', () => ({
    path: 'SSIS/LoadWarehouse.dtsConfig',
    lines: [
      '<DTSConfiguration>',
      '  <DTSConfigurationHeading><DTSConfigurationFileInfo GeneratedBy="CORP\\devuser" GeneratedFromPackageName="LoadWarehouse" /></DTSConfigurationHeading>',
      '  <Configuration ConfiguredType="Property" Path="\\Package.Connections[Staging].Properties[Password]" ValueType="String">',
      '    <ConfiguredValue></ConfiguredValue>',
      '  </Configuration>',
      '</DTSConfiguration>',
    ],
  })),
  template('settings-designer-default', () => ({
    path: 'Properties/Settings.Designer.cs',
    lines: [
      '[global::System.Configuration.ApplicationScopedSettingAttribute()]',
      '[global::System.Configuration.DefaultSettingValueAttribute("")]',
      'public string FtpPassword {',
      '    get { return ((string)(this["FtpPassword"])); }',
      '}',
    ],
  })),
  template('coldfusion-env-reads', () => ({
    path: 'Application.cfc',
    lines: [
      'this.datasources["intranet"] = {',
      '  class: "com.microsoft.sqlserver.jdbc.SQLServerDriver",',
      '  username: server.system.environment.CF_DB_USER,',
      '  password: server.system.environment.CF_DB_PASS',
      '};',
    ],
  })),
  template('perl-dbi-env', (g) => ({
    path: 'cgi-bin/report.pl',
    lines: [
      'use DBI;',
      `my $dsn = "dbi:Oracle:${v.sid(g)}";`,
      'my $dbh = DBI->connect($dsn, $ENV{DB_USER}, $ENV{DB_PASS}, { RaiseError => 1 });',
    ],
  })),
  template('mq-chlauth', () => ({
    path: 'mqsc/QM_ORDERS.mqsc',
    lines: [
      "DEFINE CHANNEL('APP.SVRCONN') CHLTYPE(SVRCONN) TRPTYPE(TCP) MCAUSER('mqapp')",
      "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('10.20.*') USERSRC(CHANNEL) CHCKCLNT(REQUIRED)",
      'ALTER AUTHINFO(SYSTEM.DEFAULT.AUTHINFO.IDPWOS) AUTHTYPE(IDPWOS) CHCKCLNT(REQUIRED)',
      'REFRESH SECURITY TYPE(CONNAUTH)',
    ],
  })),
  template('tibco-global-variable-empty', () => ({
    path: 'defaultVars/defaultVars.substvar',
    lines: [
      '<globalVariable>',
      '  <name>JMS_Password</name>',
      '  <value></value>',
      '  <deploymentSettable>true</deploymentSettable>',
      '  <type>Password</type>',
      '</globalVariable>',
    ],
  })),
  template('csharp-password-prompt', () => ({
    path: 'Forms/LoginForm.cs',
    lines: [
      'private void btnLogin_Click(object sender, EventArgs e)',
      '{',
      '    var cred = new NetworkCredential(txtUser.Text, txtPassword.Text, "CORP");',
      '    client.ClientCredentials.UserName.Password = txtPassword.Text;',
      '}',
    ],
  })),
  template('websphere-xor-empty', (g) => ({
    path: 'config/cells/DevCell/security.xml',
    lines: [
      `<authDataEntries xmi:id="JAASAuthData_${g.fake.digits(13)}" alias="DevAuth" userId="" password="{xor}" description="to be set by the admin"/>`,
    ],
  })),
];
