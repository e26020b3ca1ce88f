import { type Template, sec, template } from '../../draft';
import * as v from './values';

/**
 * windows-admin positives, tools that drive Windows from outside and what admins paste: Ansible
 * for Windows (inventory and group_vars with `ansible_password`, WinRM), Packer and Vagrant Windows
 * builders (`winrm_password`), ARM parameter files and Terraform Windows VMs, VBScript (ADO
 * connection strings, WMI ConnectServer), AutoIt and AutoHotkey scripts typing passwords,
 * secretsdump-style NTLM hash lines and Kerberos keys, `netsh wlan show profile key=clear`
 * output, BitLocker recovery passwords, T-SQL logins, Chocolatey API keys (a GUID that is a key).
 * Values generated at run time.
 */
export const automationPositives: readonly Template[] = [
  template('ansible-inventory-ini-winrm', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'inventory/windows.ini',
      lines: [
        '[windows]',
        `${v.server(g).toLowerCase()} ansible_host=${v.ip(g)}`,
        `${v.server(g).toLowerCase()} ansible_host=${v.ip(g)}`,
        '',
        '[windows:vars]',
        `ansible_user=${v.svcUser(g)}@${v.dnsDomain(g).toUpperCase()}`,
        sec(`ansible_password=${p}`, p),
        'ansible_connection=winrm',
        'ansible_winrm_transport=kerberos',
        'ansible_winrm_server_cert_validation=ignore',
      ],
    };
  }),
  template('ansible-group-vars-yaml', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'group_vars/windows.yml',
      lines: [
        '---',
        'ansible_user: Administrator',
        sec(`ansible_password: "${p}"`, p),
        'ansible_connection: winrm',
        'ansible_port: 5986',
        'ansible_winrm_transport: ntlm',
      ],
    };
  }),
  template('ansible-win-user-task', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'roles/baseline/tasks/users.yml',
      lines: [
        '- name: Ensure local support account',
        '  ansible.windows.win_user:',
        '    name: support',
        sec(`    password: "${p}"`, p),
        '    state: present',
        '    groups:',
        '      - Administrators',
      ],
    };
  }),
  template('ansible-win-domain-membership', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'playbooks/join-domain.yml',
      lines: [
        '- hosts: new_servers',
        '  tasks:',
        '    - name: Join the domain',
        '      microsoft.ad.membership:',
        `        dns_domain_name: ${v.dnsDomain(g)}`,
        `        domain_admin_user: ${v.svcUser(g)}@${v.dnsDomain(g)}`,
        sec(`        domain_admin_password: ${p}`, p),
        '        state: domain',
        '      register: join',
      ],
    };
  }),
  template('packer-json-winrm', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'packer/windows-2022.json',
      lines: [
        '{',
        '  "builders": [',
        '    {',
        '      "type": "hyperv-iso",',
        '      "communicator": "winrm",',
        '      "winrm_username": "Administrator",',
        sec(`      "winrm_password": "${p}",`, p),
        '      "winrm_timeout": "6h",',
        '      "shutdown_command": "shutdown /s /t 10 /f"',
        '    }',
        '  ]',
        '}',
      ],
    };
  }),
  template('packer-hcl-winrm', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'packer/win11.pkr.hcl',
      lines: [
        'source "vsphere-iso" "win11" {',
        '  communicator   = "winrm"',
        '  winrm_username = "Administrator"',
        sec(`  winrm_password = "${p}"`, p),
        '  winrm_insecure = true',
        '  winrm_use_ssl  = true',
        '}',
      ],
    };
  }),
  template('packer-hcl-variable-default', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'packer/variables.pkr.hcl',
      lines: [
        'variable "admin_password" {',
        '  type      = string',
        sec(`  default   = "${p}"`, p),
        '  sensitive = true',
        '}',
      ],
    };
  }),
  template('vagrant-winrm', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'Vagrantfile',
      lines: [
        'Vagrant.configure("2") do |config|',
        '  config.vm.box = "gusztavvargadr/windows-server"',
        '  config.vm.communicator = "winrm"',
        '  config.winrm.username = "vagrant"',
        sec(`  config.winrm.password = "${p}"`, p),
        'end',
      ],
    };
  }),
  template('arm-parameters-adminpassword', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'infra/vm.parameters.json',
      lines: [
        '{',
        '  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",',
        '  "contentVersion": "1.0.0.0",',
        '  "parameters": {',
        '    "adminUsername": { "value": "azureadmin" },',
        sec(`    "adminPassword": { "value": "${p}" },`, p),
        '    "vmSize": { "value": "Standard_D2s_v5" }',
        '  }',
        '}',
      ],
    };
  }),
  template('terraform-windows-vm', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'terraform/vm.tf',
      lines: [
        'resource "azurerm_windows_virtual_machine" "jump" {',
        '  name                = "jump-01"',
        '  resource_group_name = azurerm_resource_group.rg.name',
        '  size                = "Standard_B2ms"',
        '  admin_username      = "azureadmin"',
        sec(`  admin_password      = "${p}"`, p),
        '}',
      ],
    };
  }),
  template('vbs-ado-connection', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'legacy/report.vbs',
      lines: [
        'Set objConnection = CreateObject("ADODB.Connection")',
        sec(
          `objConnection.Open "Provider=SQLOLEDB;Data Source=${v.server(g)};Initial Catalog=${g.dbName()};User ID=sa;Password=${p};"`,
          p,
        ),
        'Set objRecordSet = objConnection.Execute("SELECT COUNT(*) FROM Orders")',
      ],
    };
  }),
  template('vbs-adsi-properties', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'legacy/ldap-export.vbs',
      lines: [
        'Set objConnection = CreateObject("ADODB.Connection")',
        'objConnection.Provider = "ADsDSOObject"',
        `objConnection.Properties("User ID") = "${v.domain(g)}\\${v.svcUser(g)}"`,
        sec(`objConnection.Properties("Password") = "${p}"`, p),
        'objConnection.Properties("Encrypt Password") = True',
        'objConnection.Open "Active Directory Provider"',
      ],
    };
  }),
  template('vbs-wmi-connectserver', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'legacy/remote-inventory.vbs',
      lines: [
        'Set objLocator = CreateObject("WbemScripting.SWbemLocator")',
        sec(
          `Set objService = objLocator.ConnectServer("${v.server(g)}", "root\\cimv2", "${v.domain(g)}\\${v.svcUser(g)}", "${p}")`,
          p,
        ),
        'Set colItems = objService.ExecQuery("Select * from Win32_BIOS")',
      ],
    };
  }),
  template('vbs-strpassword', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'logon/mapdrives.vbs',
      lines: [
        'Dim objNetwork, strUser, strPassword',
        'Set objNetwork = CreateObject("WScript.Network")',
        `strUser = "${v.domain(g)}\\${v.svcUser(g)}"`,
        sec(`strPassword = "${p}"`, p),
        `objNetwork.MapNetworkDrive "S:", "\\\\${v.server(g)}\\shared", False, strUser, strPassword`,
      ],
    };
  }),
  template('autoit-runas', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'installers/install-client.au3',
      lines: [
        '#RequireAdmin',
        `Local $sUser = "${v.svcUser(g)}"`,
        sec(`Local $sPass = "${p}"`, p),
        `RunAs($sUser, "${v.domain(g)}", $sPass, 0, "msiexec /i \\\\${v.server(g)}\\apps\\client.msi /qn")`,
      ],
    };
  }),
  template('autoit-runas-literal', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'tools/elevate.au3',
      lines: [sec(`RunAsWait("Administrator", @ComputerName, "${p}", 0, @ComSpec & " /c gpupdate /force")`, p)],
    };
  }),
  template('autohotkey-send-password', (g) => {
    const p = g.fake.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', g.between(10, 16));
    return {
      path: 'hotkeys/logins.ahk',
      lines: [
        '#SingleInstance Force',
        '; Ctrl+Alt+P types the console password',
        '^!p::',
        sec(`Send, ${p}{Enter}`, p),
        'return',
      ],
    };
  }),
  template('autohotkey-runas', (g) => {
    const p = v.cmdPass(g);
    return {
      path: 'hotkeys/admin-tools.ahk',
      lines: [sec(`RunAs, ${v.svcUser(g)}, ${p}, ${v.domain(g)}`, p), 'Run, mmc.exe dsa.msc', 'RunAs'],
    };
  }),
  template('secretsdump-ntlm-lines', (g) => {
    const a = v.ntHash(g);
    const b = v.ntHash(g);
    const k = v.ntHash(g);
    return {
      path: `engagements/${g.pick(['acme', 'q3-internal', 'lab'])}/ntds-dump.txt`,
      lines: [
        '[*] Dumping Domain Credentials (domain\\uid:rid:lmhash:nthash)',
        '[*] Using the DRSUAPI method to get NTDS.DIT secrets',
        sec(`Administrator:500:aad3b435b51404eeaad3b435b51404ee:${a}:::`, a),
        'Guest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::',
        sec(`krbtgt:502:aad3b435b51404eeaad3b435b51404ee:${k}:::`, k),
        sec(`${v.dnsDomain(g)}\\${v.svcUser(g)}:1104:aad3b435b51404eeaad3b435b51404ee:${b}:::`, b),
      ],
    };
  }),
  template('secretsdump-kerberos-keys', (g) => {
    const a = v.aes256Key(g);
    const r = v.ntHash(g);
    return {
      path: 'engagements/dc01-kerberos.txt',
      lines: [
        '[*] Kerberos keys grabbed',
        sec(`krbtgt:aes256-cts-hmac-sha1-96:${a}`, a),
        sec(`krbtgt:aes128-cts-hmac-sha1-96:${r}`, r),
      ],
    };
  }),
  template('sam-dump-hashcat', (g) => {
    const h = v.ntHash(g);
    return {
      path: 'notes/cracking.md',
      lines: [
        '## Local admin hash from WS-114',
        '',
        '```',
        sec(`${g.pick(['Administrator', 'localadmin', 'support'])}:500:aad3b435b51404eeaad3b435b51404ee:${h}:::`, h),
        '```',
        '',
        'Reused on 40 workstations; LAPS rollout tracked in CHG-2291.',
      ],
    };
  }),
  template('netsh-wlan-key-clear', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'tickets/wifi-audit.txt',
      lines: [
        'C:\\> netsh wlan show profile name="Corp-Staff" key=clear',
        'Security settings',
        '-----------------',
        '    Authentication         : WPA2-Personal',
        '    Cipher                 : CCMP',
        '    Security key           : Present',
        sec(`    Key Content            : ${p}`, p),
      ],
    };
  }),
  template('bitlocker-recovery', (g) => {
    const r = v.bitlockerRecovery(g);
    return {
      path: 'helpdesk/bitlocker-recovery.txt',
      lines: [
        `PS C:\\> manage-bde -protectors -get C:`,
        'Volume C: [OSDisk]',
        'All Key Protectors',
        '    Numerical Password:',
        `      ID: {${v.upperGuid(g)}}`,
        '      Password:',
        sec(`        ${r}`, r),
      ],
    };
  }),
  template('tsql-login', (g) => {
    const p = v.adminPass(g).replace(/'/g, '');
    return {
      path: 'sql/create-logins.sql',
      lines: [
        'USE [master];',
        'GO',
        sec(
          `CREATE LOGIN [${g.pick(['app_orders', 'report_reader', 'etl_loader'])}] WITH PASSWORD = N'${p}', CHECK_POLICY = OFF;`,
          p,
        ),
        'GO',
      ],
    };
  }),
  template('tsql-alter-sa', (g) => {
    const p = v.adminPass(g).replace(/'/g, '');
    return {
      path: 'sql/post-install.sql',
      lines: [sec(`ALTER LOGIN [sa] WITH PASSWORD = '${p}';`, p), 'ALTER LOGIN [sa] ENABLE;', 'GO'],
    };
  }),
  template('chocolatey-apikey', (g) => {
    const k = v.guid(g);
    return {
      path: 'build/choco-push.ps1',
      lines: [
        'choco pack .\\contoso-agent.nuspec',
        sec(`choco apikey --key ${k} --source https://push.chocolatey.org/`, k),
        'choco push contoso-agent.1.4.2.nupkg --source https://push.chocolatey.org/',
      ],
    };
  }),
  template('winrm-python-pywinrm', (g) => {
    const p = v.adminPass(g);
    return {
      path: 'tools/restart_iis.py',
      lines: [
        'import winrm',
        '',
        sec(
          `session = winrm.Session("${v.fqdn(g)}", auth=("${v.domain(g)}\\\\${v.svcUser(g)}", "${p}"), transport="ntlm")`,
          p,
        ),
        'result = session.run_ps("iisreset /restart")',
        'print(result.status_code)',
      ],
    };
  }),
];
