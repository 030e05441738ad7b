import { z } from 'zod';
import type { Keypair } from '../cloud/model.js';
import { builder } from './builder.js';
import { registerNodeLoader } from './node-loaders.js';
import { sessionFor, type HanulContext } from './context.js';
import { outcome, UserErrorRef, type Outcome } from './errors.js';
import { DeletePayloadRef } from './payloads.js';
import { changed } from './changes.js';
import { lists } from './lists.js';
import { loadGrouped, parseGlobalId, parseRegionId, refKey } from './refs.js';
import { RegionRef } from './region.js';
import { idempotencyKeyDescription, keyedCreate } from './idempotency.js';
import { validate } from './validate.js';

export const KeypairRef = builder.loadableNode('Keypair', {
  description: 'An SSH key pair, addressed by name within its region.',
  id: { resolve: (k: Keypair) => refKey(k, k.name) },
  load: (keys: string[], ctx: HanulContext) =>
    loadGrouped(keys, async (p, names) => (await lists.keypairs(ctx, p)).filter((k) => names.includes(k.name)), ctx, (k: Keypair) => refKey(k, k.name)),
  fields: (t) => ({
    name: t.exposeString('name'),
    fingerprint: t.exposeString('fingerprint'),
    publicKey: t.exposeString('publicKey'),
    type: t.exposeString('type', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
    region: t.field({ type: RegionRef, resolve: (k) => `${k.provider}:${k.region}` }),
  }),
});

builder.objectField(RegionRef, 'keypairs', (t) => t.field({ type: [KeypairRef], nullable: true, upstream: true, resolve: (r, _, ctx) => lists.keypairs(ctx, r) }));

/** Nova accepts letters, digits, spaces, `_` and `-` in key pair names. */
export const keypairName = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9 _-]*$/, 'may hold only letters, digits, spaces, "_" and "-"');

const CreateKeypairInput = builder.inputType('CreateKeypairInput', {
  fields: (t) => ({
    regionId: t.id({ required: true }),
    name: t.string({ required: true }),
    publicKey: t.string({ required: false, description: 'Import this OpenSSH public key; omit to let the cloud generate the pair' }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('key pair') }),
  }),
});

interface CreateKeypairResult {
  keypair: Keypair | null;
  privateKey: string | null;
}

const CreateKeypairPayload = builder.objectRef<Outcome<CreateKeypairResult>>('CreateKeypairPayload').implement({
  fields: (t) => ({
    keypair: t.field({ type: KeypairRef, nullable: true, resolve: (p) => p.keypair }),
    privateKey: t.exposeString('privateKey', {
      nullable: true,
      description: 'The generated private key, returned this once and never stored by Hanul or the cloud',
    }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

builder.mutationFields((t) => ({
  createKeypair: t.field({
    type: CreateKeypairPayload,
    args: { input: t.arg({ type: CreateKeypairInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome<CreateKeypairResult>({ keypair: null, privateKey: null }, async () => {
        const region = parseRegionId(String(input.regionId), ['input', 'regionId']);
        const name = validate(keypairName, input.name, ['input', 'name']);
        const publicKey = input.publicKey
          ? validate(z.string().regex(/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-\S+) \S+/, 'must be an OpenSSH public key'), input.publicKey, ['input', 'publicKey'])
          : undefined;
        const session = sessionFor(ctx, region.provider);
        const created = await keyedCreate(ctx, session, region, input, {
          kind: 'Keypair',
          create: () => session.compute.createKeypair(region.region, name, publicKey),
          id: (made) => made.keypair.name,
          // A replay has no private key to give: the cloud returned it once, to the first attempt.
          read: async (id) => {
            const keypair = (await lists.keypairs(ctx, region)).find((k) => k.name === id);
            return keypair && { keypair, privateKey: null };
          },
        });
        changed(ctx, region, 'keypairs');
        return created;
      }),
  }),
  deleteKeypair: t.field({
    type: DeletePayloadRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ deletedId: null as string | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'Keypair', ['id']);
        await sessionFor(ctx, ref.provider).compute.deleteKeypair(ref.region, ref.id);
        changed(ctx, ref, 'keypairs');
        return { deletedId: String(args.id) };
      }),
  }),
}));

registerNodeLoader('Keypair', KeypairRef);
