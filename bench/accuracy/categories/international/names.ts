import { type Template, sec, template } from '../../draft';
import type { Gen } from '../../gen';
import {
  type Lang,
  NATIVE_LANGS,
  keyName,
  lang,
  localKey,
  localPassword,
  nativePassword,
  plainLocalPassword,
  pwName,
  styled,
} from './values';

/**
 * international positives, names: passwords and secret keys kept under names in other human
 * languages (German passwort/kennwort, French mot_de_passe/mdp, Spanish contraseña, Portuguese
 * senha, Polish hasło, Turkish şifre, Chinese pinyin mima, Japanese パスワード…), in the code and
 * config syntaxes real repositories use them in, ASCII and native spellings, mixed with English
 * (db_senha, smtpPasswort), often with a comment in the same language. Values generated at run time.
 */

/** A value a person or a generator put there: mostly weak local passwords, sometimes with native letters. */
function value(g: Gen, l: Lang): string {
  return g.chance(0.12) ? nativePassword(g) : localPassword(g, l);
}

/** A native-script or diacritic name for the language (falls back to ASCII when it has none). */
function nativeName(g: Gen): { l: Lang; name: string } {
  const l = g.pick(NATIVE_LANGS);
  return { l, name: g.pick(l.pwNative.filter((w) => /[^\x20-\x7e]/.test(w))) };
}

const hash = (note: string) => `# ${note}`;
const slashes = (note: string) => `// ${note}`;

export const namePositives: readonly Template[] = [
  template('py-module-constant', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    const name = styled(pwName(g, l), 'upper');
    return {
      path: g.pick(['settings.py', 'config/ayarlar.py', 'app/konfiguration.py', 'src/config.py']),
      lines: [hash(l.note), `DB_HOST = "${g.host()}"`, `DB_USER = "${g.user()}"`, sec(`${name} = "${pw}"`, pw)],
    };
  }),
  template('py-dict-config', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    const name = pwName(g, l);
    return {
      path: 'app/db.py',
      lines: [
        'import pymysql',
        '',
        `${l.db.toUpperCase()} = {`,
        `    "host": "${g.host()}",`,
        `    "${l.user}": "${g.user()}",`,
        sec(`    "${name}": "${pw}",  # ${l.note}`, pw),
        '}',
        '',
        `conn = pymysql.connect(host=${l.db.toUpperCase()}["host"], user=${l.db.toUpperCase()}["${l.user}"], password=${l.db.toUpperCase()}["${name}"])`,
      ],
    };
  }),
  template('py-native-identifier', (g) => {
    const { l, name } = nativeName(g);
    const pw = value(g, l);
    return {
      path: 'scripts/sync.py',
      lines: ['# -*- coding: utf-8 -*-', hash(l.note), `${l.user} = "${g.user()}"`, sec(`${name} = "${pw}"`, pw)],
    };
  }),
  template('py-function-default', (g) => {
    const l = lang(g);
    const pw = plainLocalPassword(g, l);
    const name = pwName(g, l);
    return {
      path: 'tools/verbindung.py',
      lines: [
        sec(`def connect(${l.user}="${g.user()}", ${name}="${pw}"):`, pw),
        `    return Client(${l.user}, ${name})`,
      ],
    };
  }),
  template('js-const', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    const name = styled(pwName(g, l), 'camel');
    return {
      path: g.pick(['src/mailer.js', 'server/index.js', 'lib/conexion.js']),
      lines: [slashes(l.note), sec(`const ${name} = '${pw}';`, pw), `module.exports = { ${name} };`],
    };
  }),
  template('ts-config-object', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    return {
      path: 'src/config.ts',
      lines: [
        'export const config = {',
        `  ${styled(l.db, 'camel')}: {`,
        `    host: '${g.host()}',`,
        `    ${styled(l.user, 'camel')}: '${g.user()}',`,
        sec(`    ${styled(pwName(g, l), 'camel')}: '${pw}',`, pw),
        '  },',
        '};',
      ],
    };
  }),
  template('js-native-key', (g) => {
    const { l, name } = nativeName(g);
    const pw = value(g, l);
    return {
      path: 'src/ayarlar.js',
      lines: [
        slashes(l.note),
        g.chance(0.5) ? 'const ayar = {' : 'export default {',
        `  '${l.user}': '${g.user()}',`,
        sec(g.chance(0.5) ? `  ${name}: '${pw}',` : `  '${name}': '${pw}',`, pw),
        '};',
      ],
    };
  }),
  template('java-constant', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    return {
      path: 'src/main/java/com/acme/Konfiguration.java',
      lines: [
        'public final class Konfiguration {',
        `    ${slashes(l.note)}`,
        `    private static final String ${styled(l.user, 'upper')} = "${g.user()}";`,
        sec(`    private static final String ${styled(pwName(g, l), 'upper')} = "${pw}";`, pw),
        '}',
      ],
    };
  }),
  template('java-native-local', (g) => {
    const { l, name } = nativeName(g);
    const pw = value(g, l);
    return {
      path: 'src/main/java/com/acme/Verbindung.java',
      lines: [
        '    public Connection open() throws SQLException {',
        `        String ${styled(l.user, 'camel')} = "${g.user()}";`,
        sec(`        String ${name} = "${pw}";`, pw),
        `        return DriverManager.getConnection(url, ${styled(l.user, 'camel')}, ${name});`,
        '    }',
      ],
    };
  }),
  template('java-setter', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    const setter = 'set' + styled(g.pick(l.pw), 'pascal');
    return {
      path: 'src/main/java/com/acme/DatenquelleConfig.java',
      lines: [
        '        HikariDataSource ds = new HikariDataSource();',
        `        ds.setUsername("${g.user()}");`,
        sec(`        konto.${setter}("${pw}");`, pw),
      ],
    };
  }),
  template('kotlin-val', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    return {
      path: 'app/src/main/kotlin/Ayarlar.kt',
      lines: [slashes(l.note), sec(`val ${styled(pwName(g, l), 'camel')} = "${pw}"`, pw)],
    };
  }),
  template('php-variable', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    const name = pwName(g, l);
    return {
      path: g.pick(['conexao.php', 'includes/config.php', 'baglanti.php']),
      lines: [
        '<?php',
        `$servidor = "${g.host()}";`,
        `$${l.user} = "${g.user()}";`,
        sec(`$${name} = '${pw}'; ${slashes(l.note)}`, pw),
        `$conn = new mysqli($servidor, $${l.user}, $${name});`,
      ],
    };
  }),
  template('php-define', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    return {
      path: 'config.inc.php',
      lines: [
        '<?php',
        `define('DB_${styled(l.user, 'upper')}', '${g.user()}');`,
        sec(`define('${styled(pwName(g, l), 'upper')}', '${pw}');`, pw),
      ],
    };
  }),
  template('php-array', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    return {
      path: 'config/banco.php',
      lines: [
        '<?php',
        'return [',
        `    'host' => '${g.host()}',`,
        `    '${l.user}' => '${g.user()}',`,
        sec(`    '${pwName(g, l)}' => '${pw}',`, pw),
        '];',
      ],
    };
  }),
  template('go-const', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    return {
      path: 'internal/db/ayar.go',
      lines: ['package db', '', slashes(l.note), sec(`const ${styled(pwName(g, l), 'camel')} = "${pw}"`, pw)],
    };
  }),
  template('go-struct-literal', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    return {
      path: 'cmd/server/main.go',
      lines: [
        `\tcfg := Config{`,
        `\t\tHost: "${g.host()}",`,
        `\t\t${styled(l.user, 'pascal')}: "${g.user()}",`,
        sec(`\t\t${styled(g.pick(l.pw), 'pascal')}: "${pw}",`, pw),
        '\t}',
      ],
    };
  }),
  template('csharp-const', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    return {
      path: 'Infrastruktur/Einstellungen.cs',
      lines: [
        '    public static class Einstellungen',
        '    {',
        sec(`        public const string ${styled(pwName(g, l), 'pascal')} = "${pw}";`, pw),
        '    }',
      ],
    };
  }),
  template('csharp-appsettings', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    return {
      path: 'appsettings.Production.json',
      lines: [
        '{',
        `  "${styled(l.db, 'pascal')}": {`,
        `    "Server": "${g.host()}",`,
        `    "${styled(l.user, 'pascal')}": "${g.user()}",`,
        sec(`    "${styled(g.pick(l.pw), 'pascal')}": "${pw}"`, pw),
        '  }',
        '}',
      ],
    };
  }),
  template('yaml-nested', (g) => {
    const l = lang(g);
    const pw = plainLocalPassword(g, l);
    const quoted = g.chance(0.5) || !/^[A-Za-z0-9]/.test(pw) ? `"${pw}"` : pw;
    return {
      path: g.pick(['config/application.yml', 'config.yaml', 'ayarlar.yml']),
      lines: [
        hash(l.note),
        `${l.db}:`,
        `  host: ${g.host()}`,
        `  ${l.user}: ${g.user()}`,
        sec(`  ${pwName(g, l)}: ${quoted}`, pw),
      ],
    };
  }),
  template('yaml-native-key', (g) => {
    const { l, name } = nativeName(g);
    const pw = plainLocalPassword(g, l);
    return {
      path: 'config/settings.yml',
      lines: [hash(l.note), 'smtp:', `  ${l.user}: ${g.user()}`, sec(`  ${name}: "${pw}"`, pw)],
    };
  }),
  template('properties', (g) => {
    const l = lang(g);
    const pw = plainLocalPassword(g, l);
    const base = `${g.pick(['app', 'mail', 'db', 'datasource'])}.`;
    return {
      path: 'src/main/resources/application.properties',
      lines: [
        `${hash(l.note)}`,
        `${base}${styled(l.user, 'dot')}=${g.user()}`,
        sec(`${base}${styled(pwName(g, l), 'dot')}=${pw}`, pw),
      ],
    };
  }),
  template('properties-unicode-escape', (g) => {
    // Java .properties files were ISO-8859-1: tools write native letters as \uXXXX escapes.
    const { l, name } = nativeName(g);
    const pw = plainLocalPassword(g, l);
    const escaped = [...name]
      .map((c) => (c.charCodeAt(0) > 126 ? '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0') : c))
      .join('');
    return {
      path: 'src/main/resources/messages.properties'.replace('messages', 'verbindung'),
      lines: [`db.${l.user}=${g.user()}`, sec(`db.${escaped}=${pw}`, pw)],
    };
  }),
  template('ini-section', (g) => {
    const l = lang(g);
    const pw = plainLocalPassword(g, l);
    return {
      path: g.pick(['config.ini', 'conf/app.ini', 'ayarlar.ini']),
      lines: [
        `; ${l.note}`,
        `[${l.db}]`,
        `host = ${g.host()}`,
        `${l.user} = ${g.user()}`,
        sec(`${pwName(g, l)} = ${pw}`, pw),
      ],
    };
  }),
  template('dotenv', (g) => {
    const l = lang(g);
    const pw = plainLocalPassword(g, l);
    return {
      path: g.pick(['.env', '.env.production', 'docker/.env']),
      lines: [
        hash(l.note),
        `DB_HOST=${g.host()}`,
        `DB_${styled(l.user, 'upper')}=${g.user()}`,
        sec(`${styled(pwName(g, l), 'upper')}=${g.chance(0.3) ? `"${pw}"` : pw}`, pw),
      ],
    };
  }),
  template('json-flat', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    return {
      path: g.pick(['config.json', 'config/prod.json', 'credenciales.json']),
      lines: [
        '{',
        `  "host": "${g.host()}",`,
        `  "${l.user}": "${g.user()}",`,
        sec(`  "${pwName(g, l)}": "${pw}"`, pw),
        '}',
      ],
    };
  }),
  template('json-native-key', (g) => {
    const { l, name } = nativeName(g);
    const pw = value(g, l);
    return {
      path: 'config/local.json',
      lines: ['{', `  "${l.user}": "${g.user()}",`, sec(`  "${name}": "${pw}"`, pw), '}'],
    };
  }),
  template('xml-element', (g) => {
    const l = lang(g);
    const pw = plainLocalPassword(g, l);
    const name = styled(g.pick(l.pw), 'camel');
    return {
      path: g.pick(['config/verbindung.xml', 'conf/configuracion.xml']),
      lines: [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<${styled(l.db, 'camel')}>`,
        `  <host>${g.host()}</host>`,
        `  <${styled(l.user, 'camel')}>${g.user()}</${styled(l.user, 'camel')}>`,
        sec(`  <${name}>${pw}</${name}>`, pw),
        `</${styled(l.db, 'camel')}>`,
      ],
    };
  }),
  template('xml-appsettings', (g) => {
    const l = lang(g);
    const pw = plainLocalPassword(g, l);
    return {
      path: 'Web.config',
      lines: [
        '  <appSettings>',
        `    <add key="${styled(l.user, 'pascal')}" value="${g.user()}" />`,
        sec(`    <add key="${styled(pwName(g, l), 'pascal')}" value="${pw}" />`, pw),
        '  </appSettings>',
      ],
    };
  }),
  template('sql-insert-seed', (g) => {
    const l = lang(g);
    const pw = plainLocalPassword(g, l);
    const pwCol = g.pick(l.pw).replace(/^db_/, '');
    return {
      path: g.pick(['db/seed.sql', 'sql/dados_iniciais.sql', 'migrations/002_seed.sql']),
      lines: [
        `-- ${l.note}`,
        sec(`INSERT INTO ${l.user}s (${l.user}, ${pwCol}, rol) VALUES ('admin', '${pw}', 'admin');`, pw),
      ],
    };
  }),
  template('sql-update', (g) => {
    const l = lang(g);
    const pw = plainLocalPassword(g, l);
    const pwCol = g.pick(l.pw).replace(/^db_/, '');
    return {
      path: 'scripts/reset_admin.sql',
      lines: [sec(`UPDATE ${l.user}s SET ${pwCol} = '${pw}' WHERE ${l.user} = 'admin';`, pw)],
    };
  }),
  template('shell-export', (g) => {
    const l = lang(g);
    const pw = plainLocalPassword(g, l);
    return {
      path: g.pick(['deploy.sh', 'scripts/backup.sh']),
      lines: [
        '#!/usr/bin/env bash',
        hash(l.note),
        sec(`export ${styled(pwName(g, l), 'upper')}='${pw}'`, pw),
        'pg_dump -Fc app > /backup/app.dump',
      ],
    };
  }),
  template('compose-environment', (g) => {
    const l = lang(g);
    const pw = plainLocalPassword(g, l);
    return {
      path: 'docker-compose.yml',
      lines: [
        'services:',
        '  app:',
        '    image: acme/app:1.4',
        '    environment:',
        `      - DB_HOST=${g.host()}`,
        sec(`      - ${styled(pwName(g, l), 'upper')}=${pw}`, pw),
      ],
    };
  }),
  template('ruby-constant', (g) => {
    const l = lang(g);
    const pw = value(g, l);
    return {
      path: 'config/initializers/integracao.rb',
      lines: [hash(l.note), sec(`${styled(pwName(g, l), 'upper')} = '${pw}'.freeze`, pw)],
    };
  }),
  template('key-python', (g) => {
    const l = lang(g);
    const k = localKey(g);
    return {
      path: 'app/integracao.py',
      lines: [hash(l.note), sec(`${styled(keyName(g, l), 'upper')} = "${k}"`, k)],
    };
  }),
  template('key-js', (g) => {
    const l = lang(g);
    const k = localKey(g);
    return {
      path: 'src/api/cliente.js',
      lines: [sec(`const ${styled(keyName(g, l), 'camel')} = "${k}";`, k), 'export default fetchWithKey;'],
    };
  }),
  template('key-yaml', (g) => {
    const l = lang(g);
    const k = localKey(g);
    return {
      path: 'config/servicos.yml',
      lines: [
        'pagamentos:',
        `  url: https://api.${g.pick(['pagos', 'zahlung', 'odeme'])}.acmecorp.net`,
        sec(`  ${keyName(g, l)}: ${k}`, k),
      ],
    };
  }),
  template('key-env', (g) => {
    const l = lang(g);
    const k = localKey(g);
    return {
      path: '.env',
      lines: [hash(l.note), sec(`${styled(keyName(g, l), 'upper')}=${k}`, k)],
    };
  }),
  template('key-java-annotation-default', (g) => {
    const l = lang(g);
    const k = localKey(g);
    const prop = `app.${styled(keyName(g, l), 'kebab')}`;
    return {
      path: 'src/main/java/com/acme/JwtConfig.java',
      lines: [sec(`    @Value("\${${prop}:${k}}")`, k), `    private String ${styled(keyName(g, l), 'camel')};`],
    };
  }),
  template('key-csharp-json', (g) => {
    const l = lang(g);
    const k = localKey(g);
    return {
      path: 'appsettings.json',
      lines: [
        '{',
        '  "Jwt": {',
        `    "Emisor": "acme",`,
        sec(`    "${styled(keyName(g, l), 'pascal')}": "${k}"`, k),
        '  }',
        '}',
      ],
    };
  }),
  template('readme-code-block', (g) => {
    const l = lang(g);
    const pw = plainLocalPassword(g, l);
    return {
      path: g.pick(['LEIAME.md', 'LIESMICH.md', 'docs/instalacion.md']),
      lines: ['## ' + l.note, '', '```ini', `${l.user}=${g.user()}`, sec(`${pwName(g, l)}=${pw}`, pw), '```'],
    };
  }),
];

export { value as intlValue };
