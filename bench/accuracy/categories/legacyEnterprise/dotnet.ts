import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * legacy-enterprise positives from .NET Framework applications: web.config/app.config
 * connectionStrings and appSettings, machineKey keys, impersonation identities, SSIS .dtsConfig
 * files, Settings.settings values, WCF client credentials and SqlConnection/NetworkCredential/
 * OleDb code in C# and VB.NET, classic ASP ADODB and VB6. Values generated at run time.
 */
export const dotnetPositives: readonly Template[] = [
  template('webconfig-connectionstring', (g) => {
    const pw = v.pass(g);
    const key = g.pick(['Password', 'Pwd', 'password']);
    return {
      path: g.pick(['Web.config', 'web.config', 'App.config', 'OrdersService.exe.config']),
      lines: [
        '<configuration>',
        '  <connectionStrings>',
        sec(
          `    <add name="${v.schema(g)}Db" connectionString="Data Source=${v.host(g)};Initial Catalog=${v.schema(g)};User ID=${v.dbUser(g)};${key}=${pw};" providerName="System.Data.SqlClient" />`,
          pw,
        ),
        '  </connectionStrings>',
        '</configuration>',
      ],
    };
  }),
  template('webconfig-ef-connectionstring', (g) => {
    const pw = v.plain(g);
    return {
      path: 'Web.config',
      lines: [
        '<connectionStrings>',
        sec(
          `  <add name="CrmEntities" connectionString="metadata=res://*/CrmModel.csdl|res://*/CrmModel.ssdl|res://*/CrmModel.msl;provider=System.Data.SqlClient;provider connection string=&quot;data source=${v.host(g)};initial catalog=CRM;user id=crm_app;password=${pw};MultipleActiveResultSets=True;App=EntityFramework&quot;" providerName="System.Data.EntityClient" />`,
          pw,
        ),
        '</connectionStrings>',
      ],
    };
  }),
  template('webconfig-appsettings', (g) => {
    const pw = v.pass(g);
    const name = g.pick([
      'SmtpPassword',
      'LdapBindPassword',
      'FtpPassword',
      'ServiceAccountPassword',
      'ReportServerPwd',
    ]);
    return {
      path: g.pick(['Web.config', 'App.config']),
      lines: [
        '<appSettings>',
        '  <add key="webpages:Version" value="2.0.0.0" />',
        `  <add key="SmtpServer" value="smtp.${g.pick(['corp.local', 'acme.intra'])}" />`,
        sec(`  <add key="${name}" value="${pw}" />`, pw),
        '  <add key="EnableAudit" value="true" />',
        '</appSettings>',
      ],
    };
  }),
  template('webconfig-machinekey', (g) => {
    const vk = v.machineHex(g, 128);
    const dk = v.machineHex(g, g.pick([48, 64]));
    return {
      path: 'Web.config',
      lines: [
        '<system.web>',
        '  <compilation debug="false" targetFramework="4.5" />',
        '  <machineKey',
        sec(`    validationKey="${vk}"`, vk),
        sec(`    decryptionKey="${dk}"`, dk),
        '    validation="HMACSHA256" decryption="AES" />',
        '</system.web>',
      ],
    };
  }),
  template('webconfig-machinekey-oneline', (g) => {
    const vk = v.machineHex(g, 128);
    return {
      path: 'web.config',
      lines: [
        '<system.web>',
        sec(`  <machineKey validationKey="${vk}" decryptionKey="AutoGenerate,IsolateApps" validation="SHA1" />`, vk),
        '</system.web>',
      ],
    };
  }),
  template('webconfig-identity-impersonate', (g) => {
    const pw = v.pass(g);
    return {
      path: 'Web.config',
      lines: [
        '<system.web>',
        '  <authentication mode="Windows" />',
        sec(`  <identity impersonate="true" userName="${v.domainUser(g)}" password="${pw}" />`, pw),
        '</system.web>',
      ],
    };
  }),
  template('wcf-client-credentials-cs', (g) => {
    const pw = v.pass(g);
    return {
      path: 'Integration/ErpClientFactory.cs',
      lines: [
        'var client = new ErpServiceClient("BasicHttpBinding_IErpService");',
        'client.ClientCredentials.UserName.UserName = "erp_integration";',
        sec(`client.ClientCredentials.UserName.Password = "${pw}";`, pw),
        'var result = client.GetOpenOrders(DateTime.Today);',
      ],
    };
  }),
  template('ssis-dtsconfig-connection', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['SSIS/LoadWarehouse.dtsConfig', 'Packages/Config/Staging.dtsConfig']),
      lines: [
        '<?xml version="1.0"?>',
        '<DTSConfiguration>',
        '  <Configuration ConfiguredType="Property" Path="\\Package.Connections[Staging].Properties[ConnectionString]" ValueType="String">',
        sec(
          `    <ConfiguredValue>Data Source=${v.host(g)};User ID=etl_load;Password=${pw};Initial Catalog=Staging;Provider=SQLNCLI11.1;Auto Translate=False;</ConfiguredValue>`,
          pw,
        ),
        '  </Configuration>',
        '</DTSConfiguration>',
      ],
    };
  }),
  template('ssis-dtsconfig-password-property', (g) => {
    const pw = v.pass(g);
    return {
      path: 'SSIS/FtpDownload.dtsConfig',
      lines: [
        '<DTSConfiguration>',
        '  <Configuration ConfiguredType="Property" Path="\\Package.Connections[FTP Partner].Properties[ServerPassword]" ValueType="String">',
        sec(`    <ConfiguredValue>${pw}</ConfiguredValue>`, pw),
        '  </Configuration>',
        '</DTSConfiguration>',
      ],
    };
  }),
  template('settings-settings-password', (g) => {
    const pw = v.pass(g);
    return {
      path: g.pick(['App.config', 'Properties/Settings.settings']),
      lines: [
        '<applicationSettings>',
        '  <Acme.Batch.Properties.Settings>',
        `    <setting name="${g.pick(['FtpPassword', 'ExchangePassword', 'DbPassword'])}" serializeAs="String">`,
        sec(`      <value>${pw}</value>`, pw),
        '    </setting>',
        '  </Acme.Batch.Properties.Settings>',
        '</applicationSettings>',
      ],
    };
  }),
  template('csharp-sqlconnection', (g) => {
    const pw = v.plain(g);
    return {
      path: 'DataAccess/OrderRepository.cs',
      lines: [
        'public class OrderRepository',
        '{',
        sec(
          `    private const string ConnStr = "Server=${v.host(g)};Database=${v.schema(g)};User Id=${v.dbUser(g)};Password=${pw};";`,
          pw,
        ),
        '',
        '    public DataTable Load() { using (var cn = new SqlConnection(ConnStr)) { /* ... */ } }',
        '}',
      ],
    };
  }),
  template('csharp-networkcredential', (g) => {
    const pw = v.pass(g);
    return {
      path: g.pick(['Jobs/ReportMailer.cs', 'Services/SharePointUploader.cs']),
      lines: [
        `var smtp = new SmtpClient("mail.${g.pick(['corp.local', 'acme.intra'])}", 25);`,
        sec(`smtp.Credentials = new NetworkCredential("${g.pick(['svc_reports', 'noreply'])}", "${pw}", "CORP");`, pw),
        'smtp.Send(message);',
      ],
    };
  }),
  template('vbnet-sqlconnection', (g) => {
    const pw = v.plain(g);
    return {
      path: 'Module1.vb',
      lines: [
        'Imports System.Data.SqlClient',
        'Module Module1',
        '    Sub Main()',
        sec(
          `        Dim conn As New SqlConnection("Server=${v.host(g)};Database=${v.schema(g)};Uid=${v.dbUser(g)};Pwd=${pw};")`,
          pw,
        ),
        '        conn.Open()',
        '    End Sub',
        'End Module',
      ],
    };
  }),
  template('vbnet-networkcredential', (g) => {
    const pw = v.pass(g);
    return {
      path: 'FtpTransfer.vb',
      lines: [
        `Dim request As FtpWebRequest = CType(WebRequest.Create("ftp://${v.host(g)}/outbound/orders.csv"), FtpWebRequest)`,
        'request.Method = WebRequestMethods.Ftp.UploadFile',
        sec(`request.Credentials = New NetworkCredential("edi_partner", "${pw}")`, pw),
      ],
    };
  }),
  template('oledb-jet-password', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['Legacy/AccessImport.cs', 'Import.vb']),
      lines: [
        sec(
          `Dim cs As String = "Provider=Microsoft.Jet.OLEDB.4.0;Data Source=\\\\fileserver\\finance\\ledger.mdb;Jet OLEDB:Database Password=${pw};"`,
          pw,
        ),
        'Dim cn As New OleDbConnection(cs)',
      ],
    };
  }),
  template('classic-asp-adodb', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['includes/conn.asp', 'global.asa', 'admin/db.inc']),
      lines: [
        '<%',
        'Dim conn',
        'Set conn = Server.CreateObject("ADODB.Connection")',
        sec(
          `conn.Open "Provider=SQLOLEDB;Data Source=${v.host(g)};Initial Catalog=${v.schema(g)};User Id=${v.dbUser(g)};Password=${pw};"`,
          pw,
        ),
        '%>',
      ],
    };
  }),
  template('vb6-ado-dsn', (g) => {
    const pw = v.plain(g);
    return {
      path: g.pick(['modDatabase.bas', 'frmLogin.frm']),
      lines: [
        'Public cn As ADODB.Connection',
        'Public Sub OpenDb()',
        '    Set cn = New ADODB.Connection',
        sec(
          `    cn.ConnectionString = "DSN=${g.pick(['ORDERS', 'PAYROLL', 'STOCK'])};UID=${v.dbUser(g)};PWD=${pw};"`,
          pw,
        ),
        '    cn.Open',
        'End Sub',
      ],
    };
  }),
];
