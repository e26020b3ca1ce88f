import { type CategoryTemplates, sec, template } from '../../draft';

/**
 * Credentials in application and deployment configuration: Rails, Spring, Hibernate, log4j, PHP,
 * Django, R, Ansible, Kubernetes, Terraform, Helm, ECS, Postman.
 * Formats from each tool's own documentation; values are generated at run time (no token-shaped
 * literal is committed).
 */
export const appConfig: CategoryTemplates = {
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
    template('dotnet-user-settings', (g) => {
      const pw = g.plainPassword();
      return {
        path: 'Installer/App.config',
        lines: [
          '<userSettings>',
          '  <Installer.Properties.Settings>',
          '    <setting name="ServerName" serializeAs="String">',
          `      <value>${g.host()}</value>`,
          '    </setting>',
          '    <setting name="DbPassword" serializeAs="String">',
          sec(`      <value>${pw}</value>`, pw),
          '    </setting>',
          '  </Installer.Properties.Settings>',
          '</userSettings>',
        ],
      };
    }),
    template('mediawiki-localsettings', (g) => {
      const pw = g.plainPassword();
      const key = g.fake.hex(64);
      return {
        path: 'LocalSettings.php',
        lines: [
          '<?php',
          '$wgDBtype = "mysql";',
          `$wgDBserver = "${g.host()}";`,
          `$wgDBuser = "${g.user()}";`,
          sec(`$wgDBpassword = "${pw}";`, pw),
          sec(`$wgSecretKey = "${key}";`, key),
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
    template('dotnet-settings-empty', () => ({
      path: 'App.config',
      lines: [
        '<userSettings>',
        '    <setting name="DbPassword" serializeAs="String">',
        '      <value />',
        '    </setting>',
        '    <setting name="RememberPassword" serializeAs="String">',
        '      <value>False</value>',
        '    </setting>',
        '</userSettings>',
      ],
    })),
  ],
};
