import { createHash, generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';

/** OpenSSH public-key handling for Nova key pairs. */

const KEY_TYPES = ['ssh-rsa', 'ssh-ed25519', 'ssh-dss', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'];

/**
 * The key blob of an OpenSSH public key line (`type base64 [comment]`), or undefined when
 * the line is not one: unknown type, bad base64, or a blob naming another type.
 */
export function publicKeyBlob(line: string): Buffer | undefined {
  const [type, data] = line.trim().split(/\s+/);
  if (!type || !data || !KEY_TYPES.includes(type) || !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) return undefined;
  const blob = Buffer.from(data, 'base64');
  if (blob.length < 4) return undefined;
  const nameLength = blob.readUInt32BE(0);
  return blob.subarray(4, 4 + nameLength).toString('latin1') === type ? blob : undefined;
}

/** `SHA256:…` fingerprint of a key blob, as NHN shows it (unpadded base64, like ssh-keygen). */
export function fingerprint(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/** A well-formed, deterministic ed25519 public key line for seeded key pairs. */
export function seedPublicKey(name: string): string {
  const blob = Buffer.concat([sshString(Buffer.from('ssh-ed25519')), sshString(createHash('sha256').update(name).digest())]);
  return `ssh-ed25519 ${blob.toString('base64')} ${name}`;
}

/** A new RSA key pair as Nova generates it: OpenSSH public key and PEM private key. */
export async function generateRsaKeyPair(): Promise<{ publicKey: string; privateKey: string }> {
  const { publicKey, privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const blob = Buffer.concat([
    sshString(Buffer.from('ssh-rsa')),
    sshString(mpint(Buffer.from(jwk.e!, 'base64url'))),
    sshString(mpint(Buffer.from(jwk.n!, 'base64url'))),
  ]);
  return {
    publicKey: `ssh-rsa ${blob.toString('base64')} Generated-by-Nova`,
    privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  };
}

function sshString(data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, data]);
}

/** SSH mpint: big-endian, with a leading zero byte when the high bit is set. */
function mpint(bytes: Buffer): Buffer {
  return bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
}
