import { block, type CategoryTemplates, sec, template } from '../draft';
import type { Gen } from '../gen';

/**
 * Encoded and wrapped credentials, in base64/hex/percent encoding of known formats (also base64 twice),
 * PEM keys split over string concatenation, inside a one-line JSON value, or base64 of a PEM.
 * Every key and token is generated at run time; no literal key material is committed.
 */
export const encodedWrapped: CategoryTemplates = {
  positives: [
    template('base64-github-token', (g) => {
      const b = b64(g.fake.githubStyle('gh' + 'p_'));
      return {
        path: 'ci/config.yaml',
        lines: ['registry:', '  url: https://npm.pkg.github.com', sec(`  auth: ${b}`, b)],
      };
    }),
    template('base64-twice', (g) => {
      const b = b64(b64('xox' + 'b-' + g.fake.digits(12) + '-' + g.fake.digits(13) + '-' + g.fake.alnum(24)));
      return { path: 'deploy/values.yaml', lines: ['notifier:', '  channel: "#alerts"', sec(`  blob: ${b}`, b)] };
    }),
    template('hex-encoded-token', (g) => {
      const h = Buffer.from('sk_' + 'live_' + g.fake.alnum(32)).toString('hex');
      return { path: 'src/config/keys.go', lines: ['package config', '', sec(`var paymentsKeyHex = "${h}"`, h)] };
    }),
    template('percent-encoded-webhook', (g) => {
      const url = `https://hooks.slack.com/services/T${g.fake.upperAlnum(8)}/B${g.fake.upperAlnum(10)}/${g.fake.alnum(24)}`;
      const enc = encodeURIComponent(url);
      return {
        path: 'infra/alerts.tf',
        lines: [
          'resource "http_check" "deploy" {',
          sec(`  callback = "https://relay.acme.io/forward?target=${enc}"`, enc),
          '}',
        ],
      };
    }),
    template('percent-encoded-password-url', (g) => {
      const raw = g.pick(['Harbor', 'Quartz', 'Nimbus']) + '@' + g.fake.digits(3) + '#' + g.fake.alnum(6);
      const enc = encodeURIComponent(raw);
      return {
        path: '.env',
        lines: [
          'APP_ENV=production',
          sec(`DATABASE_URL=postgres://${g.user()}:${enc}@${g.host()}:5432/${g.dbName()}`, enc),
        ],
      };
    }),
    template('pem-concatenated-js', (g) => {
      const lines = pemBody(g, 'RSA PRIVATE KEY', 8);
      const parts = lines.map((l, i) => {
        const text = `  '${l}\\n'${i < lines.length - 1 ? ' +' : ';'}`;
        return sec(text, l);
      });
      return {
        path: 'src/auth/signing.js',
        lines: ['// TODO load from KMS', 'const privateKey =', block(parts), '', 'module.exports = { privateKey };'],
      };
    }),
    template('pem-concatenated-python', (g) => {
      const lines = pemBody(g, 'PRIVATE KEY', 6);
      const parts = lines.map((l, i) => sec(`    "${l}\\n"${i === lines.length - 1 ? ')' : ''}`, l));
      return {
        path: 'app/keys.py',
        lines: [
          'PRIVATE_KEY = (',
          block(parts),
          '',
          'def signer():',
          '    return load_pem_private_key(PRIVATE_KEY.encode(), None)',
        ],
      };
    }),
    template('pem-one-line-json', (g) => {
      const pem = g.fake.pem('PRIVATE KEY', 10).replace(/\n/g, '\\n') + '\\n';
      return {
        path: 'keys/service-account.json',
        lines: [
          '{',
          '  "type": "service_account",',
          `  "project_id": "acme-${g.word()}-prod",`,
          `  "private_key_id": "${g.fake.hex(40)}",`,
          sec(`  "private_key": "${pem}",`, pem),
          `  "client_email": "deployer@acme-${g.word()}-prod.iam.gserviceaccount.com"`,
          '}',
        ],
      };
    }),
    template('pem-in-long-json-line', (g) => {
      const pem = g.fake.pem('EC PRIVATE KEY', 3).replace(/\n/g, '\\n');
      return {
        path: 'config/tls.min.json',
        lines: [
          sec(
            `{"name":"edge","listen":443,"tls":{"cert_file":"/etc/tls/edge.crt","key":"${pem}","protocols":["TLSv1.2","TLSv1.3"]},"upstreams":[{"host":"10.0.0.4","port":8080}]}`,
            pem,
          ),
        ],
      };
    }),
    template('base64-of-pem', (g) => {
      const b = b64(g.fake.pem('RSA PRIVATE KEY', 8) + '\n');
      return { path: '.env.production', lines: ['NODE_ENV=production', sec(`JWT_PRIVATE_KEY_B64=${b}`, b)] };
    }),
    template('k8s-secret-base64-token', (g) => {
      const b = b64('glpat-' + g.fake.base64url(20));
      return {
        path: 'k8s/gitlab-secret.yaml',
        lines: ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: gitlab', 'data:', sec(`  token: ${b}`, b)],
      };
    }),
    template('docker-config-auth', (g) => {
      const b = b64(`${g.user()}:${g.plainPassword()}`);
      return {
        path: '.docker/config.json',
        lines: ['{', '  "auths": {', '    "registry.acme.io": {', sec(`      "auth": "${b}"`, b), '    }', '  }', '}'],
      };
    }),
    template('raw-pem-file', (g) => {
      const lines = pemBody(g, 'OPENSSH PRIVATE KEY', 6);
      return { path: 'deploy/id_ed25519', lines: [block(lines.map((l) => sec(l, l)))] };
    }),
  ],
  negatives: [
    template('base64-image', (g) => ({
      path: 'src/assets/icons.ts',
      lines: [`export const SPINNER = 'data:image/png;base64,iVBORw0KGgo${g.fake.base64(120)}';`],
    })),
    template('base64-of-json-config', (g) => ({
      path: 'deploy/values.yaml',
      lines: [
        'dashboard:',
        `  settings: ${b64(JSON.stringify({ theme: 'dark', refresh: 30, panels: [g.word(), g.word()] }))}`,
      ],
    })),
    template('public-key-pem', (g) => ({
      path: 'keys/jwt-public.pem',
      lines: g.fake.pem('PUBLIC KEY', 6).split('\n'),
    })),
    template('certificate-pem', (g) => ({ path: 'certs/ca.crt', lines: g.fake.pem('CERTIFICATE', 10).split('\n') })),
    template('certificate-in-json', (g) => ({
      path: 'config/trust.json',
      lines: ['{', `  "ca": "${g.fake.pem('CERTIFICATE', 6).replace(/\n/g, '\\n')}"`, '}'],
    })),
    template('hex-hashes', (g) => ({
      path: 'checksums.txt',
      lines: [`${g.fake.hex(64)}  app-linux-amd64.tar.gz`, `${g.fake.hex(64)}  app-darwin-arm64.tar.gz`],
    })),
    template('percent-encoded-query', (g) => ({
      path: 'src/links.ts',
      lines: [
        `export const SHARE = 'https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(`https://blog.acme.io/${g.word()}s/how-we-ship?utm_source=app`)}';`,
      ],
    })),
    template('pem-headers-only', () => ({
      path: 'src/keys/parse.ts',
      lines: [
        "const BEGIN = '-----BEGIN ' + 'PRIVATE KEY-----';",
        "const END = '-----END ' + 'PRIVATE KEY-----';",
        'export function isPem(text: string): boolean {',
        '  return text.includes(BEGIN) && text.includes(END);',
        '}',
      ],
    })),
    template('base64-uuid', (g) => ({
      path: 'fixtures/cursor.json',
      lines: ['{', `  "nextCursor": "${b64(JSON.stringify({ id: g.fake.uuid(), offset: 50 }))}"`, '}'],
    })),
    template('sri-hashes', (g) => ({
      path: 'public/index.html',
      lines: [
        `<script src="https://cdn.acme.io/app.js" integrity="sha384-${g.fake.base64(64)}" crossorigin="anonymous"></script>`,
      ],
    })),
  ],
};

function b64(text: string): string {
  return Buffer.from(text).toString('base64');
}

/** The lines of a generated PEM block (header, body, footer). */
function pemBody(g: Gen, label: string, bodyLines: number): string[] {
  return g.fake.pem(label, bodyLines).split('\n');
}
