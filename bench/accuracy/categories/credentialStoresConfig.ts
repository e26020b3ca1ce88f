import { type CategoryTemplates, sec, template } from '../draft';

/**
 * Credentials in application and system configuration as repositories hold them: Spring,
 * Hibernate, log4j, PHP and Python settings, Rails YAML, kubeconfig, cloud-init, Ansible, Wi-Fi and
 * VPN files, game-server ini files, rclone, Postman environments, ECS task definitions. Formats from
 * each tool's own documentation; values are generated at run time.
 */
export const credentialStoresConfig: CategoryTemplates = {
  positives: [
    template('mongoid-yml', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'config/mongoid.yml',
        lines: [
          'production:',
          '  clients:',
          '    default:',
          '      database: app_production',
          '      hosts:',
          `        - ${g.host()}:27017`,
          '      options:',
          `        user: ${g.user()}`,
          sec(`        password: ${pw}`, pw),
          '        auth_source: admin',
        ],
      };
    }),
    template('rails-database-yml', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'config/database.yml',
        lines: [
          'production:',
          '  <<: *default',
          `  database: ${g.dbName()}_production`,
          `  username: ${g.user()}`,
          sec(`  password: ${pw}`, pw),
          `  host: ${g.host()}`,
        ],
      };
    }),
    template('ventrilo-ini', (g) => {
      const admin = g.plainPassword();
      const pw = g.plainPassword();
      return {
        path: 'ventrilo/ventrilo_srv.ini',
        lines: [
          '[Server]',
          'Name=Guild voice',
          'Phonetic=Guild voice',
          sec(`Password=${pw}`, pw),
          sec(`AdminPassword=${admin}`, admin),
          'MaxClients=16',
          'Port=3784',
        ],
      };
    }),
    template('teamspeak-ini', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'teamspeak/ts3server.ini',
        lines: [
          'machine_id=',
          'default_voice_port=9987',
          'voice_ip=0.0.0.0',
          'query_port=10011',
          sec(`serveradmin_password=${pw}`, pw),
          'dbplugin=ts3db_sqlite3',
        ],
      };
    }),
    template('rclone-conf', (g) => {
      const pass = g.fake.base64url(g.between(30, 50));
      return {
        path: '.config/rclone/rclone.conf',
        lines: [
          '[backup]',
          'type = sftp',
          `host = ${g.host()}`,
          `user = ${g.user()}`,
          sec(`pass = ${pass}`, pass),
          'shell_type = unix',
        ],
      };
    }),
    template('rclone-s3', (g) => {
      const secret = g.fake.base64(40);
      return {
        path: 'rclone.conf',
        lines: [
          '[wasabi]',
          'type = s3',
          'provider = Wasabi',
          `access_key_id = ${g.fake.upperAlnum(20)}`,
          sec(`secret_access_key = ${secret}`, secret),
          'endpoint = s3.eu-central-1.wasabisys.com',
        ],
      };
    }),
    template('ovpn-inline-auth', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'vpn/office.ovpn',
        lines: [
          'client',
          'dev tun',
          'proto udp',
          `remote ${g.host()} 1194`,
          '<auth-user-pass>',
          g.user(),
          sec(pw, pw),
          '</auth-user-pass>',
          'cipher AES-256-GCM',
        ],
      };
    }),
    template('wpa-supplicant', (g) => {
      const psk = g.plainPassword();
      return {
        path: 'boot/wpa_supplicant.conf',
        lines: [
          'ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev',
          'update_config=1',
          'country=GB',
          '',
          'network={',
          '    ssid="OfficeWiFi"',
          sec(`    psk="${psk}"`, psk),
          '    key_mgmt=WPA-PSK',
          '}',
        ],
      };
    }),
    template('wpa-supplicant-eap', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'etc/wpa_supplicant/wpa_supplicant.conf',
        lines: [
          'network={',
          '    ssid="eduroam"',
          '    key_mgmt=WPA-EAP',
          '    eap=PEAP',
          `    identity="${g.user()}@uni.internal"`,
          sec(`    password="${pw}"`, pw),
          '    phase2="auth=MSCHAPV2"',
          '}',
        ],
      };
    }),
    template('nmconnection-psk', (g) => {
      const psk = g.plainPassword();
      return {
        path: 'etc/NetworkManager/system-connections/Office.nmconnection',
        lines: [
          '[connection]',
          'id=Office',
          'type=wifi',
          '',
          '[wifi]',
          'ssid=Office',
          '',
          '[wifi-security]',
          'key-mgmt=wpa-psk',
          sec(`psk=${psk}`, psk),
        ],
      };
    }),
    template('ansible-vars', (g) => {
      const pw = g.plainPassword();
      const root = g.plainPassword();
      return {
        path: 'group_vars/dbservers.yml',
        lines: [
          '---',
          `ansible_user: ${g.user()}`,
          sec(`ansible_become_pass: ${pw}`, pw),
          'mysql_root_user: root',
          sec(`mysql_root_password: ${root}`, root),
          'mysql_port: 3306',
        ],
      };
    }),
    template('ansible-inventory-ini', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'inventory/hosts',
        lines: [
          '[web]',
          sec(`${g.host()} ansible_user=${g.user()} ansible_ssh_pass=${pw}`, pw),
          '',
          '[web:vars]',
          'ansible_python_interpreter=/usr/bin/python3',
        ],
      };
    }),
    template('cloud-init-chpasswd-list', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'cloud-init/user-data.yaml',
        lines: [
          '#cloud-config',
          'ssh_pwauth: true',
          'chpasswd:',
          '  expire: false',
          '  list: |',
          sec(`    ${g.user()}:${pw}`, pw),
        ],
      };
    }),
    template('cloud-init-users-password', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'user-data',
        lines: [
          '#cloud-config',
          'users:',
          `  - name: ${g.user()}`,
          '    sudo: ALL=(ALL) NOPASSWD:ALL',
          '    lock_passwd: false',
          sec(`    plain_text_passwd: ${pw}`, pw),
        ],
      };
    }),
    template('ecs-task-pretty', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'ecs/task-definition.json',
        lines: [
          '{',
          '  "containerDefinitions": [',
          '    {',
          '      "name": "api",',
          '      "environment": [',
          '        {',
          '          "name": "DB_HOST",',
          `          "value": "${g.host()}"`,
          '        },',
          '        {',
          '          "name": "DB_PASSWORD",',
          sec(`          "value": "${pw}"`, pw),
          '        }',
          '      ]',
          '    }',
          '  ]',
          '}',
        ],
      };
    }),
    template('kubeconfig-token', (g) => {
      const token = g.fake.jwt({ iss: 'kubernetes/serviceaccount' });
      return {
        path: '.kube/config',
        lines: ['apiVersion: v1', 'kind: Config', 'users:', '- name: ci', '  user:', sec(`    token: ${token}`, token)],
      };
    }),
    template('kubeconfig-basic', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'clusters/dev/kubeconfig',
        lines: ['users:', '- name: admin', '  user:', `    username: ${g.user()}`, sec(`    password: ${pw}`, pw)],
      };
    }),
    template('tfvars', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'env/prod.tfvars',
        lines: ['region        = "eu-west-1"', 'instance_type = "t3.medium"', sec(`db_password   = "${pw}"`, pw)],
      };
    }),
    template('spring-application-yml', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/main/resources/application.yml',
        lines: [
          'spring:',
          '  datasource:',
          `    url: jdbc:postgresql://${g.host()}:5432/${g.dbName()}`,
          `    username: ${g.user()}`,
          sec(`    password: ${pw}`, pw),
        ],
      };
    }),
    template('spring-application-properties', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/main/resources/application-prod.properties',
        lines: [
          `spring.datasource.url=jdbc:mysql://${g.host()}:3306/${g.dbName()}`,
          `spring.datasource.username=${g.user()}`,
          sec(`spring.datasource.password=${pw}`, pw),
          'spring.jpa.hibernate.ddl-auto=validate',
        ],
      };
    }),
    template('hibernate-cfg-xml', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/main/resources/hibernate.cfg.xml',
        lines: [
          '<hibernate-configuration>',
          '  <session-factory>',
          '    <property name="hibernate.connection.driver_class">com.mysql.cj.jdbc.Driver</property>',
          `    <property name="hibernate.connection.url">jdbc:mysql://${g.host()}:3306/${g.dbName()}</property>`,
          `    <property name="hibernate.connection.username">${g.user()}</property>`,
          sec(`    <property name="hibernate.connection.password">${pw}</property>`, pw),
          '  </session-factory>',
          '</hibernate-configuration>',
        ],
      };
    }),
    template('log4j-jdbc-param', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/main/resources/log4j.xml',
        lines: [
          '<appender name="DB" class="org.apache.log4j.jdbc.JDBCAppender">',
          `  <param name="URL" value="jdbc:mysql://${g.host()}/logs"/>`,
          `  <param name="user" value="${g.user()}"/>`,
          sec(`  <param name="password" value="${pw}"/>`, pw),
          '</appender>',
        ],
      };
    }),
    template('log4j2-drivermanager', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'src/main/resources/log4j2.xml',
        lines: [
          '<JDBC name="databaseAppender" tableName="LOGS">',
          sec(
            `  <DriverManager connectionString="jdbc:postgresql://${g.host()}:5432/logs" userName="${g.user()}" password="${pw}"/>`,
            pw,
          ),
          '</JDBC>',
        ],
      };
    }),
    template('php-config-array', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'config/database.php',
        lines: [
          '<?php',
          'return [',
          "    'driver'    => 'mysql',",
          `    'host'      => '${g.host()}',`,
          `    'username'  => '${g.user()}',`,
          sec(`    'password'  => '${pw}',`, pw),
          '];',
        ],
      };
    }),
    template('python-settings-dict', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'mysite/settings.py',
        lines: [
          'DATABASES = {',
          "    'default': {",
          "        'ENGINE': 'django.db.backends.postgresql',",
          `        'NAME': '${g.dbName()}',`,
          `        'USER': '${g.user()}',`,
          sec(`        'PASSWORD': '${pw}',`, pw),
          `        'HOST': '${g.host()}',`,
          '    }',
          '}',
        ],
      };
    }),
    template('renviron', (g) => {
      const token = g.fake.githubStyle('gh' + 'p_');
      const key = g.apiKey();
      return {
        path: '.Renviron',
        lines: [sec(`GITHUB_PAT=${token}`, token), sec(`CENSUS_API_KEY=${key}`, key), 'R_LIBS_USER=~/R/library'],
      };
    }),
    template('rprofile-setenv', (g) => {
      const key = g.apiKey();
      return {
        path: '.Rprofile',
        lines: [
          'options(repos = c(CRAN = "https://cloud.r-project.org"))',
          sec(`Sys.setenv(OPENWEATHER_KEY = "${key}")`, key),
        ],
      };
    }),
    template('postman-environment', (g) => {
      const k = g.apiKey();
      return {
        path: 'postman/prod.postman_environment.json',
        lines: [
          '{',
          '\t"name": "prod",',
          '\t"values": [',
          '\t\t{',
          '\t\t\t"key": "baseUrl",',
          '\t\t\t"value": "https://api.acme.internal",',
          '\t\t\t"enabled": true',
          '\t\t},',
          '\t\t{',
          '\t\t\t"key": "apiKey",',
          sec(`\t\t\t"value": "${k}",`, k),
          '\t\t\t"type": "secret",',
          '\t\t\t"enabled": true',
          '\t\t}',
          '\t]',
          '}',
        ],
      };
    }),
    template('helm-values-auth', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'charts/app/values.yaml',
        lines: [
          'postgresql:',
          '  enabled: true',
          '  auth:',
          `    username: ${g.user()}`,
          sec(`    password: "${pw}"`, pw),
          '    database: app',
        ],
      };
    }),
  ],
  negatives: [
    template('database-yml-erb', () => ({
      path: 'config/database.yml',
      lines: [
        'production:',
        '  database: app_production',
        '  username: app',
        "  password: <%= ENV['APP_DATABASE_PASSWORD'] %>",
      ],
    })),
    template('spring-placeholder', () => ({
      path: 'src/main/resources/application.yml',
      lines: [
        'spring:',
        '  datasource:',
        '    url: jdbc:postgresql://localhost:5432/app',
        '    username: ${DB_USER}',
        '    password: ${DB_PASSWORD:}',
      ],
    })),
    template('hibernate-no-password', () => ({
      path: 'hibernate.cfg.xml',
      lines: [
        '<session-factory>',
        '  <property name="hibernate.connection.username">sa</property>',
        '  <property name="hibernate.connection.password"></property>',
        '  <property name="hibernate.show_sql">true</property>',
        '</session-factory>',
      ],
    })),
    template('helm-existing-secret', () => ({
      path: 'charts/app/values.yaml',
      lines: [
        'auth:',
        '  # -- Password for the user; ignored when existingSecret is set',
        '  password: ""',
        '  existingSecret: app-db',
        '  secretKeys:',
        '    userPasswordKey: password',
      ],
    })),
    template('ecs-secrets-from', () => ({
      path: 'ecs/task-definition.json',
      lines: [
        '{',
        '  "secrets": [',
        '    {',
        '      "name": "DB_PASSWORD",',
        '      "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/app/db-password"',
        '    }',
        '  ],',
        '  "environment": [',
        '    {',
        '      "name": "PASSWORD_MIN_LENGTH",',
        '      "value": "12"',
        '    }',
        '  ]',
        '}',
      ],
    })),
    template('ansible-vault-vars', () => ({
      path: 'group_vars/all.yml',
      lines: [
        'ansible_become_pass: "{{ vault_become_pass }}"',
        "mysql_root_password: \"{{ lookup('env', 'MYSQL_ROOT_PASSWORD') }}\"",
        'db_password: !vault |',
        '  $ANSIBLE_VAULT;1.1;AES256',
      ],
    })),
    template('cloud-init-hashed-lock', () => ({
      path: 'user-data',
      lines: [
        '#cloud-config',
        'users:',
        '  - name: ops',
        '    lock_passwd: true',
        '    ssh_authorized_keys:',
        '      - ssh-ed25519 AAAA ops',
      ],
    })),
    template('wpa-supplicant-open', () => ({
      path: 'wpa_supplicant.conf',
      lines: ['network={', '    ssid="Guest"', '    key_mgmt=NONE', '}'],
    })),
    template('kubeconfig-exec', () => ({
      path: '.kube/config',
      lines: [
        'users:',
        '- name: eks',
        '  user:',
        '    exec:',
        '      apiVersion: client.authentication.k8s.io/v1beta1',
        '      command: aws',
        '      args: ["eks", "get-token", "--cluster-name", "prod"]',
      ],
    })),
    template('php-config-env', () => ({
      path: 'config/database.php',
      lines: [
        'return [',
        "    'password' => env('DB_PASSWORD', ''),",
        "    'username' => env('DB_USERNAME', 'forge'),",
        '];',
      ],
    })),
    template('postman-env-empty', () => ({
      path: 'postman/local.postman_environment.json',
      lines: [
        '{',
        '\t"values": [',
        '\t\t{',
        '\t\t\t"key": "apiKey",',
        '\t\t\t"value": "",',
        '\t\t\t"enabled": true',
        '\t\t}',
        '\t]',
        '}',
      ],
    })),
    template('tfvars-non-secret', () => ({
      path: 'env/dev.tfvars',
      lines: ['region = "eu-west-1"', 'password_length = 24', 'db_password_secret_name = "app/db"'],
    })),
  ],
};
