import { createHash, generateKeyPairSync } from 'node:crypto';
import { z } from 'zod';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import type { Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { authorize } from '../auth.js';
import { readWrapped } from '../body.js';
import { badRequest, conflict } from '../errors.js';
import { lookup } from '../lookup.js';
import { fieldFilters, pagedList } from '../pagination.js';

/** A keypair, addressed by its name (§3.5). */
export interface KeypairRecord {
  id: string;
  name: string;
  user_id: string;
  fingerprint: string;
  public_key: string;
  type: 'ssh';
  created_at: string;
}

const createKeypair = z.object({
  name: z.string().regex(/^[A-Za-z0-9_.-]{1,255}$/, 'letters, digits, "_", "." and "-" only'),
  public_key: z.string().optional(),
});

/** Nova's fingerprint: MD5 of the key blob, as colon-separated hex. */
function fingerprint(blob: Buffer): string {
  return createHash('md5').update(blob).digest('hex').match(/../g)!.join(':');
}

/** The blob of an OpenSSH public key line, or undefined when it is not one. */
function publicKeyBlob(line: string): Buffer | undefined {
  const match = /^(ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+) ([A-Za-z0-9+/]+={0,2})(?: .*)?$/.exec(line.trim());
  return match ? Buffer.from(match[2]!, 'base64') : undefined;
}

/** A fresh Ed25519 pair: the OpenSSH public line and the PEM private key. */
function generatePair(comment: string): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const field = (b: Buffer): Buffer => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  const blob = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]);
  return {
    publicKey: `ssh-ed25519 ${blob.toString('base64')} ${comment}`,
    privateKey: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
}

/** Creates a keypair in the caller's project; a taken name is a 409 (§3.5). */
export function addKeypair(keypairs: Map<string, KeypairRecord>, userId: string, name: string, now: Date, publicKey?: string): { record: KeypairRecord; privateKey?: string } {
  if (keypairs.has(name)) conflict(`Key pair '${name}' already exists.`);
  const generated = publicKey === undefined ? generatePair(name) : undefined;
  const line = publicKey ?? generated!.publicKey;
  const blob = publicKeyBlob(line);
  if (!blob) badRequest('public_key is not an OpenSSH public key.');
  const record: KeypairRecord = {
    id: newUuid(),
    name,
    user_id: userId,
    fingerprint: fingerprint(blob),
    public_key: line.trim(),
    type: 'ssh',
    created_at: isoSeconds(now),
  };
  keypairs.set(name, record);
  return { record, privateKey: generated?.privateKey };
}

/** `/api/v1/keypairs[/{keypair_name}]`. */
export function addKeypairRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/keypairs', (req) => {
    const { state } = authorize(ctx, req);
    return pagedList('keypairs', [...state.keypairs.values()], req.query, {
      filters: fieldFilters<KeypairRecord>('id', 'name', 'type', 'fingerprint', 'created_at'),
    });
  });
  router.post('/api/v1/keypairs', (req) => {
    const { state, token, now } = authorize(ctx, req);
    const body = readWrapped(req, 'keypair', createKeypair);
    const { record, privateKey } = addKeypair(state.keypairs, token.user.id, body.name, now, body.public_key);
    ctx.kakao.conceal(record.id, now);
    // [guess] The private key is returned only when the server generated the pair.
    return json(201, { keypair: { ...record, private_key: privateKey ?? null } });
  });
  router.get('/api/v1/keypairs/:name', (req) => {
    const { state } = authorize(ctx, req);
    return json(200, { keypair: lookup(ctx, state.keypairs, req.params.name!, 'Keypair') });
  });
  router.delete('/api/v1/keypairs/:name', (req) => {
    const { state } = authorize(ctx, req);
    lookup(ctx, state.keypairs, req.params.name!, 'Keypair');
    state.keypairs.delete(req.params.name!);
    return empty(204);
  });
}
