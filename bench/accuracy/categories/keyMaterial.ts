import { createHash } from 'node:crypto';
import { block, sec, type Template, template } from '../draft';
import { base64Key, escapedBytes, fernetKey, hexByteList, randomBytes, rsaXmlParts } from './keyMaterialValues';

/**
 * Secret key material that is no provider token, as it is hard-coded in real code and config:
 * symmetric keys in hex, base64 and byte arrays, HMAC and signing secrets, session and cookie
 * secrets, peppers and application salts, JWKs with private members, private keys in odd places.
 * Decisions (what a reviewer calls a credential): a hard-coded pepper and an application-wide salt
 * used as a secret (CakePHP's Security.salt) are credentials; an IV is public by design, so only the
 * key next to it is labelled. Values are generated at run time (keyMaterialValues.ts).
 */
export const symmetricKeyPositives: readonly Template[] = [
  template('env-encryption-key-hex', (g) => {
    const k = g.fake.hex(64);
    return { path: '.env', lines: ['APP_ENV=production', sec(`ENCRYPTION_KEY=${k}`, k), 'LOG_LEVEL=info'] };
  }),
  template('python-bytes-fromhex', (g) => {
    const k = g.fake.hex(64);
    return {
      path: 'app/crypto.py',
      lines: [
        'from cryptography.hazmat.primitives.ciphers.aead import AESGCM',
        '',
        sec(`aes_key = bytes.fromhex("${k}")`, k),
        'aead = AESGCM(aes_key)',
      ],
    };
  }),
  template('node-buffer-from-hex', (g) => {
    const k = g.fake.hex(64);
    const iv = g.fake.hex(32);
    return {
      path: 'src/lib/encrypt.js',
      lines: [
        "const crypto = require('crypto');",
        sec(`const key = Buffer.from('${k}', 'hex');`, k),
        `const iv = Buffer.from('${iv}', 'hex');`,
        "const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);",
      ],
    };
  }),
  template('fernet-key-python', (g) => {
    const k = fernetKey(g);
    return {
      path: 'services/tokens.py',
      lines: ['from cryptography.fernet import Fernet', '', sec(`FERNET_KEY = b"${k}"`, k), 'f = Fernet(FERNET_KEY)'],
    };
  }),
  template('fernet-call-literal', (g) => {
    const k = fernetKey(g);
    return {
      path: 'worker/vault.py',
      lines: [
        'from cryptography.fernet import Fernet',
        sec(`cipher = Fernet(b'${k}')`, k),
        'token = cipher.encrypt(data)',
      ],
    };
  }),
  template('java-byte-array-key', (g) => {
    const bytes = hexByteList(randomBytes(g, 16), '(byte) ');
    return {
      path: 'src/main/java/com/acme/crypto/Codec.java',
      lines: [
        'public final class Codec {',
        sec(`    private static final byte[] KEY = new byte[] { ${bytes} };`, bytes),
        '    private static final String ALGO = "AES/GCM/NoPadding";',
        '}',
      ],
    };
  }),
  template('go-byte-slice-key', (g) => {
    const bytes = hexByteList(randomBytes(g, 32));
    return {
      path: 'internal/crypt/key.go',
      lines: ['package crypt', '', sec(`var aesKey = []byte{${bytes}}`, bytes), '', 'func Block() {}'],
    };
  }),
  template('python-escaped-bytes-key', (g) => {
    const bytes = escapedBytes(randomBytes(g, 16));
    return {
      path: 'lib/secure_store.py',
      lines: ['from Crypto.Cipher import AES', sec(`KEY = b"${bytes}"`, bytes), 'cipher = AES.new(KEY, AES.MODE_EAX)'],
    };
  }),
  template('csharp-base64-key', (g) => {
    const k = base64Key(g);
    return {
      path: 'Services/Protector.cs',
      lines: [
        'internal static class Protector',
        '{',
        sec(`    private static readonly byte[] Key = Convert.FromBase64String("${k}");`, k),
        '}',
      ],
    };
  }),
  template('secret-key-spec-ascii', (g) => {
    const k = g.fake.alnum(16);
    return {
      path: 'app/src/main/java/com/acme/util/CryptoUtil.java',
      lines: [
        'Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");',
        sec(`SecretKeySpec keySpec = new SecretKeySpec("${k}".getBytes(StandardCharsets.UTF_8), "AES");`, k),
      ],
    };
  }),
  template('yaml-cipher-key', (g) => {
    const k = base64Key(g);
    return { path: 'config/application.yml', lines: ['storage:', '  encryption:', sec(`    cipher_key: ${k}`, k)] };
  }),
  template('php-defuse-key', (g) => {
    const body = Buffer.from('def0' + '0000' + g.fake.hex(64), 'hex');
    const k = body.toString('hex') + createHash('sha256').update(body).digest('hex');
    return {
      path: 'src/Security/Crypto.php',
      lines: ['<?php', 'use Defuse\\Crypto\\Key;', sec(`$key = Key::loadFromAsciiSafeString('${k}');`, k)],
    };
  }),
  template('ruby-pack-hex', (g) => {
    const k = g.fake.hex(64);
    return {
      path: 'lib/box.rb',
      lines: [sec(`SECRET = ["${k}"].pack("H*")`, k), 'CRYPT = ActiveSupport::MessageEncryptor.new(SECRET)'],
    };
  }),
  template('nacl-uint8array-key', (g) => {
    const bytes = [...randomBytes(g, 32)].join(', ');
    return {
      path: 'src/crypto/box.ts',
      lines: [
        "import nacl from 'tweetnacl';",
        sec(`const secretKey = new Uint8Array([${bytes}]);`, bytes),
        'export const seal = (m: Uint8Array, n: Uint8Array) => nacl.secretbox(m, n, secretKey);',
      ],
    };
  }),
  template('rails-secret-key-base', (g) => {
    const k = g.fake.hex(128);
    return { path: 'config/secrets.yml', lines: ['production:', sec(`  secret_key_base: ${k}`, k)] };
  }),
];

export const signingSecretPositives: readonly Template[] = [
  template('env-jwt-secret', (g) => {
    const k = g.fake.base64url(48);
    return { path: '.env.production', lines: ['PORT=8080', sec(`JWT_SECRET=${k}`, k)] };
  }),
  template('signing-key-yaml', (g) => {
    const k = g.fake.hex(64);
    return { path: 'deploy/values.yaml', lines: ['auth:', '  issuer: acme', sec(`  signing_key: "${k}"`, k)] };
  }),
  template('webhook-secret-toml', (g) => {
    const k = g.fake.alnum(40);
    return { path: 'config.toml', lines: ['[webhooks]', 'url = "/hooks/build"', sec(`webhook_secret = "${k}"`, k)] };
  }),
  template('hmac-key-python', (g) => {
    const k = g.fake.base64(44);
    return { path: 'api/signature.py', lines: ['import hmac, hashlib', sec(`HMAC_KEY = "${k}"`, k)] };
  }),
  template('hmac-new-literal', (g) => {
    const k = g.fake.alnum(32);
    return {
      path: 'api/verify.py',
      lines: ['def sign(body):', sec(`    return hmac.new(b"${k}", body, hashlib.sha256).hexdigest()`, k)],
    };
  }),
  template('go-jwt-key-bytes', (g) => {
    const k = g.fake.alnum(32);
    return { path: 'auth/jwt.go', lines: ['package auth', '', sec(`var jwtKey = []byte("${k}")`, k)] };
  }),
  template('flask-secret-key-bytes', (g) => {
    const bytes = escapedBytes(randomBytes(g, 16));
    return {
      path: 'app/__init__.py',
      lines: ['app = Flask(__name__)', sec(`app.secret_key = b'${bytes}'`, bytes)],
    };
  }),
  template('tornado-cookie-secret', (g) => {
    const k = base64Key(g);
    return {
      path: 'server.py',
      lines: ['application = tornado.web.Application(', '    handlers,', sec(`    cookie_secret="${k}",`, k), ')'],
    };
  }),
  template('express-session-secret', (g) => {
    const k = g.fake.alnum(24);
    return {
      path: 'src/app.js',
      lines: [
        'app.use(session({',
        sec(`  secret: '${k}',`, k),
        '  resave: false,',
        '  saveUninitialized: true,',
        '}));',
      ],
    };
  }),
  template('password-pepper', (g) => {
    const k = g.fake.base64(32);
    return { path: 'src/auth/hashing.ts', lines: [sec(`const PASSWORD_PEPPER = "${k}";`, k)] };
  }),
  template('cakephp-security-salt', (g) => {
    const k = g.fake.hex(64);
    return { path: 'config/app.php', lines: ["    'Security' => [", sec(`        'salt' => '${k}',`, k), '    ],'] };
  }),
];

export const jwkAndKeyBlockPositives: readonly Template[] = [
  template('jwk-oct-key', (g) => {
    const k = g.fake.base64url(43);
    return {
      path: 'config/jwk.json',
      lines: [sec(`{"kty":"oct","kid":"hs-${g.fake.digits(4)}","k":"${k}","alg":"HS256"}`, k)],
    };
  }),
  template('jwk-rsa-private', (g) => {
    const b = (n: number) => randomBytes(g, n).toString('base64url');
    const d = b(256);
    return {
      path: 'keys/jwks.private.json',
      lines: [
        '{"keys": [{',
        '  "kty": "RSA",',
        `  "kid": "${g.fake.hex(16)}",`,
        `  "n": "${b(256)}",`,
        '  "e": "AQAB",',
        sec(`  "d": "${d}",`, d),
        `  "p": "${b(128)}",`,
        `  "q": "${b(128)}"`,
        '}]}',
      ],
    };
  }),
  template('jwk-ec-private-js', (g) => {
    const b = (n: number) => randomBytes(g, n).toString('base64url');
    const d = b(32);
    return {
      path: 'src/keys.js',
      lines: [
        sec(`export const signingJwk = { kty: 'EC', crv: 'P-256', x: '${b(32)}', y: '${b(32)}', d: '${d}' };`, d),
      ],
    };
  }),
  template('pem-escaped-env', (g) => {
    const pem = g.fake.pem('PRIVATE KEY', 4).replace(/\n/g, '\\n');
    return { path: '.env', lines: [sec(`APNS_KEY="${pem}"`, pem)] };
  }),
  template('rsa-xml-key', (g) => {
    const parts = rsaXmlParts(g);
    return {
      path: 'App_Data/signing-key.xml',
      lines: [
        '<RSAKeyValue>',
        ...parts.slice(0, 2).map(([n, v]) => `  <${n}>${v}</${n}>`),
        block(parts.slice(2).map(([n, v]) => sec(`  <${n}>${v}</${n}>`, v))),
        '</RSAKeyValue>',
      ],
    };
  }),
  template('rsa-from-xml-string', (g) => {
    const xml = `<RSAKeyValue>${rsaXmlParts(g)
      .map(([n, v]) => `<${n}>${v}</${n}>`)
      .join('')}</RSAKeyValue>`;
    return {
      path: 'src/Licensing/Signer.cs',
      lines: ['var rsa = RSA.Create();', sec(`rsa.FromXmlString("${xml}");`, xml)],
    };
  }),
  template('ansible-ssh-key-block', (g) => {
    const lines = g.fake.pem('OPENSSH PRIVATE KEY', 5).split('\n');
    return {
      path: 'group_vars/all/vars.yml',
      lines: ['deploy_user: ci', 'deploy_ssh_private_key: |', block(lines.map((l) => sec(`  ${l}`, l)))],
    };
  }),
  template('pgp-key-in-json', (g) => {
    const pem = g.fake.pem('PGP PRIVATE KEY BLOCK', 6).replace('\n', '\n\n').replace(/\n/g, '\\n');
    return { path: 'release/signing.json', lines: ['{', sec(`  "gpg_private_key": "${pem}"`, pem), '}'] };
  }),
  template('ppk-v3-file', (g) => {
    const priv = g.fake.base64(64);
    return {
      path: 'keys/deploy.ppk',
      lines: [
        block([
          sec('PuTTY-User-Key-File-3: ssh-ed25519', 'ssh-ed25519'),
          ...['Encryption: none', 'Comment: ed25519-key-20240115', 'Public-Lines: 2'].map((l) => sec(l, l)),
          ...[g.fake.base64(64), g.fake.base64(4) + '=', 'Private-Lines: 1', priv].map((l) => sec(l, l)),
        ]),
        `Private-MAC: ${g.fake.hex(64)}`,
      ],
    };
  }),
];
