// Formats: Kubernetes docs "Organizing cluster access using kubeconfig files" (client-key-data holds a
// base64-encoded PEM private key) and "Authenticating with Bootstrap Tokens" (tokens [a-z0-9]{6}.[a-z0-9]{16}).
import type { Rule } from '../types';
import { decodeBase64, hasLetterAndDigit } from '../valueChecks';

/** True when `secret` decodes to a PEM private key with a real body (not a truncated placeholder). */
function hasPemPrivateKey(secret: string): boolean {
  const pem = decodeBase64(secret)?.toString('latin1') ?? '';
  const body =
    /-----BEGIN [A-Z ]{0,20}PRIVATE KEY-----([\s\S]{0,20000}?)-----END /.exec(pem)?.[1]?.replace(/\s/g, '') ?? '';
  return body.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(body);
}

export const kubernetesRules: readonly Rule[] = [
  {
    id: 'kubernetes-client-key-data',
    title: 'Kubernetes kubeconfig client key (client-key-data)',
    provider: 'Kubernetes',
    keywords: ['client-key-data'],
    pattern:
      /client-key-data["']?\s{0,4}:\s{0,4}["']?(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{60,16000}={0,2})(?![A-Za-z0-9+/=])/,
    confidence: 'high',
    envVar: 'KUBE_CLIENT_KEY_DATA',
    docs: 'https://kubernetes.io/docs/tasks/tls/manual-rotation-of-ca-certificates/',
    risk: 'Authenticates to the cluster API server as the certificate user (often cluster-admin); client certificates cannot be revoked without rotating the CA.',
    skipPlaceholderFilter: true,
    validate: hasPemPrivateKey,
    examples: {
      embed: false,
      positives: (fake) => [
        `    client-key-data: ${Buffer.from(fake.pem('RSA PRIVATE KEY')).toString('base64')}`,
        `"client-key-data": "${Buffer.from(fake.pem('EC PRIVATE KEY', 3)).toString('base64')}"`,
      ],
      negatives: [
        { text: '    client-key-data: REDACTED', why: 'redacted' },
        {
          text: (fake) => `    client-certificate-data: ${Buffer.from(fake.pem('CERTIFICATE')).toString('base64')}`,
          why: 'certificates are public',
        },
        {
          text: (fake) => `    client-key-data: LS0tLS1CRUdJTi${fake.base64(80)}`,
          why: 'does not decode to a private key',
        },
        {
          text: `    client-key-data: ${Buffer.from('-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n').toString('base64')}`,
          why: 'encodes a placeholder key',
        },
      ],
    },
  },
  {
    id: 'kubernetes-bootstrap-token',
    title: 'Kubernetes bootstrap token (kubeadm join)',
    provider: 'Kubernetes',
    keywords: ['kubeadm'],
    // The keyword puts "kubeadm" on the line; the flag and the token's shape do the rest.
    pattern:
      /(?<![A-Za-z0-9-])--(?:discovery-|tls-bootstrap-)?token[= ]["']?(?<secret>[a-z0-9]{6}\.[a-z0-9]{16})(?![a-z0-9])/,
    minEntropy: 3.3,
    confidence: 'medium',
    envVar: 'KUBEADM_TOKEN',
    docs: 'https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/',
    risk: 'Joins machines to the cluster (and reads cluster bootstrap data) until the token expires or is deleted.',
    validate: (secret) => hasLetterAndDigit(secret.slice(7)),
    examples: {
      embed: false,
      positives: (fake) => [
        `kubeadm join 10.0.0.10:6443 --token ${fake.lowerAlnum(6)}.${fake.lowerAlnum(15)}${fake.digits(1)} --discovery-token-ca-cert-hash sha256:${fake.hex(64)}`,
        `sudo kubeadm join --token=${fake.lowerAlnum(6)}.${fake.lowerAlnum(15)}${fake.digits(1)} 10.0.0.10:6443`,
        `kubeadm join 10.0.0.10:6443 --discovery-token ${fake.lowerAlnum(6)}.${fake.lowerAlnum(15)}${fake.digits(1)} --discovery-token-unsafe-skip-ca-verification`,
      ],
      negatives: [
        {
          text: `kubeadm join 192.168.0.10:6443 --token ${'abcdef.' + '0123456789abcdef'} --discovery-token-ca-cert-hash sha256:1234`,
          why: "kubeadm documentation's example token",
        },
        { text: 'kubeadm join 10.0.0.10:6443 --token $TOKEN', why: 'environment reference' },
      ],
    },
  },
];
