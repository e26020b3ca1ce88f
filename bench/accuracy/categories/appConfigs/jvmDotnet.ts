import { type Template, sec, template } from '../../draft';
import { appHost, clientSecret, configPassword, signingSecret } from './values';

/**
 * Credentials in JVM and .NET application configuration, in the shapes each framework documents:
 * Spring Boot `application.properties` / `application.yml` (datasource, mail, OAuth2 client
 * registrations, app-defined JWT secrets), Quarkus and Micronaut, and ASP.NET Core
 * `appsettings*.json` and user-secrets `secrets.json`.
 */
export const jvmDotnetPositives: readonly Template[] = [
  template('spring-properties-datasource', (g) => {
    const pw = configPassword(g);
    const db = g.dbName();
    return {
      path: 'src/main/resources/application.properties',
      lines: [
        `spring.application.name=${db}-service`,
        `spring.datasource.url=jdbc:postgresql://${appHost(g)}:5432/${db}`,
        `spring.datasource.username=${g.user()}`,
        sec(`spring.datasource.password=${pw}`, pw),
        'spring.jpa.hibernate.ddl-auto=validate',
        'spring.jpa.open-in-view=false',
      ],
    };
  }),
  template('spring-properties-mail', (g) => {
    const pw = configPassword(g);
    return {
      path: 'src/main/resources/application-prod.properties',
      lines: [
        'spring.mail.host=smtp.office365.com',
        'spring.mail.port=587',
        `spring.mail.username=notifications@${g.pick(['acme.io', 'contoso.com', 'globex.co'])}`,
        sec(`spring.mail.password=${pw}`, pw),
        'spring.mail.properties.mail.smtp.auth=true',
        'spring.mail.properties.mail.smtp.starttls.enable=true',
      ],
    };
  }),
  template('spring-yaml-datasource', (g) => {
    const pw = configPassword(g);
    const db = g.dbName();
    return {
      path: 'src/main/resources/application.yml',
      lines: [
        'server:',
        '  port: 8080',
        'spring:',
        '  datasource:',
        `    url: jdbc:mysql://${appHost(g)}:3306/${db}?useSSL=true`,
        `    username: ${g.user()}`,
        sec(`    password: ${g.chance(0.5) ? pw : `'${pw}'`}`, pw),
        '    hikari:',
        '      maximum-pool-size: 10',
        '  jpa:',
        '    show-sql: false',
      ],
    };
  }),
  template('spring-yaml-oauth2-client-secret', (g) => {
    const secret = clientSecret(g);
    const provider = g.pick(['github', 'google', 'okta', 'azure', 'gitlab']);
    return {
      path: 'src/main/resources/application.yml',
      lines: [
        'spring:',
        '  security:',
        '    oauth2:',
        '      client:',
        '        registration:',
        `          ${provider}:`,
        `            client-id: ${g.fake.alnum(20)}`,
        sec(`            client-secret: ${secret}`, secret),
        '            scope: openid,profile,email',
      ],
    };
  }),
  template('spring-properties-oauth2-client-secret', (g) => {
    const secret = clientSecret(g);
    const reg = g.pick(['keycloak', 'okta', 'auth0', 'cognito']);
    return {
      path: 'src/main/resources/application.properties',
      lines: [
        `spring.security.oauth2.client.registration.${reg}.client-id=${g.pick(['web-portal', 'backoffice', g.fake.alnum(24)])}`,
        sec(`spring.security.oauth2.client.registration.${reg}.client-secret=${secret}`, secret),
        `spring.security.oauth2.client.registration.${reg}.authorization-grant-type=authorization_code`,
        `spring.security.oauth2.client.provider.${reg}.issuer-uri=https://sso.${g.pick(['acme.io', 'contoso.com'])}/realms/main`,
      ],
    };
  }),
  template('spring-app-jwt-secret', (g) => {
    const secret = signingSecret(g);
    const yaml = g.chance(0.5);
    const name = g.pick(['secret', 'secret-key', 'signing-key']);
    return yaml
      ? {
          path: 'src/main/resources/application.yml',
          lines: [
            'app:',
            '  jwt:',
            sec(`    ${name}: ${secret}`, secret),
            '    expiration-ms: 86400000',
            '    issuer: orders-api',
          ],
        }
      : {
          path: 'src/main/resources/application.properties',
          lines: [
            'server.port=8081',
            sec(`${g.pick(['app.jwt', 'security.jwt', 'jwt'])}.${name}=${secret}`, secret),
            'app.jwt.expiration-ms=3600000',
          ],
        };
  }),
  template('quarkus-properties', (g) => {
    const pw = configPassword(g);
    const secret = clientSecret(g);
    return {
      path: 'src/main/resources/application.properties',
      lines: [
        'quarkus.datasource.db-kind=postgresql',
        `quarkus.datasource.username=${g.user()}`,
        sec(`quarkus.datasource.password=${pw}`, pw),
        `quarkus.datasource.jdbc.url=jdbc:postgresql://${appHost(g)}:5432/${g.dbName()}`,
        `quarkus.oidc.auth-server-url=https://sso.acme.io/realms/quarkus`,
        'quarkus.oidc.client-id=backend-service',
        sec(`quarkus.oidc.credentials.secret=${secret}`, secret),
      ],
    };
  }),
  template('micronaut-yaml', (g) => {
    const pw = configPassword(g);
    const secret = signingSecret(g);
    return {
      path: 'src/main/resources/application.yml',
      lines: [
        'micronaut:',
        '  application:',
        '    name: catalog',
        '  security:',
        '    authentication: bearer',
        '    token:',
        '      jwt:',
        '        signatures:',
        '          secret:',
        '            generator:',
        sec(`              secret: '${secret}'`, secret),
        'datasources:',
        '  default:',
        `    url: jdbc:postgresql://${appHost(g)}:5432/catalog`,
        `    username: ${g.user()}`,
        sec(`    password: ${pw}`, pw),
      ],
    };
  }),
  template('aspnet-appsettings-connection-string', (g) => {
    const pw = configPassword(g);
    const db = g.dbName();
    const conn = g.pick([
      `Server=${appHost(g)};Database=${db};User Id=${g.user()};Password=${pw};TrustServerCertificate=True`,
      `Host=${appHost(g)};Port=5432;Database=${db};Username=${g.user()};Password=${pw}`,
      `Data Source=${appHost(g)},1433;Initial Catalog=${db};User ID=${g.user()};Password=${pw};Encrypt=True`,
    ]);
    return {
      path: g.pick(['appsettings.json', 'appsettings.Production.json', 'src/Api/appsettings.Development.json']),
      lines: [
        '{',
        '  "Logging": {',
        '    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }',
        '  },',
        '  "ConnectionStrings": {',
        sec(`    "DefaultConnection": "${conn}"`, pw),
        '  },',
        '  "AllowedHosts": "*"',
        '}',
      ],
    };
  }),
  template('aspnet-appsettings-jwt-key', (g) => {
    const key = signingSecret(g);
    return {
      path: g.pick(['appsettings.json', 'src/WebApi/appsettings.Development.json']),
      lines: [
        '{',
        '  "Jwt": {',
        sec(`    "Key": "${key}",`, key),
        '    "Issuer": "https://api.acme.io",',
        '    "Audience": "acme-clients",',
        '    "ExpiryMinutes": 60',
        '  },',
        '  "AllowedHosts": "*"',
        '}',
      ],
    };
  }),
  template('aspnet-appsettings-smtp', (g) => {
    const pw = configPassword(g);
    return {
      path: 'appsettings.Production.json',
      lines: [
        '{',
        '  "EmailSettings": {',
        '    "SmtpServer": "smtp.sendgrid.net",',
        '    "SmtpPort": 587,',
        '    "SenderEmail": "no-reply@contoso.com",',
        `    "UserName": "${g.user()}",`,
        sec(`    "Password": "${pw}"`, pw),
        '  }',
        '}',
      ],
    };
  }),
  template('aspnet-user-secrets', (g) => {
    const secret = clientSecret(g);
    const key = g.apiKey();
    return {
      path: `.microsoft/usersecrets/${g.fake.uuid()}/secrets.json`,
      lines: [
        '{',
        `  "Authentication:Google:ClientId": "${g.fake.digits(12)}-${g.fake.lowerAlnum(32)}.apps.googleusercontent.com",`,
        sec(`  "Authentication:Google:ClientSecret": "${secret}",`, secret),
        sec(`  "${g.pick(['Movies:ServiceApiKey', 'Weather:ApiKey', 'Geocoding:ApiKey'])}": "${key}"`, key),
        '}',
      ],
    };
  }),
];
