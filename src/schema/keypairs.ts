import { z } from 'zod';
import type { Keypair } from '../cloud/model.js';
import { builder } from './builder.js';
import { changed } from '../domain/changes.js';
import { sessionFor } from '../domain/session.js';
import { idempotencyKeyDescription } from './idempotency.js';
import { keyedCreate } from '../domain/create-once.js';
import { lists } from '../domain/lists.js';
import { DeletePayloadRef, deletedIdOf, payloadType } from './payloads.js';
import { address, placement } from './refs.js';
import { fromRegionList, regionalNode } from './regional-node.js';
import { RegionRef } from './region.js';
import { validate } from '../domain/validate.js';

/** Key pairs are addressed by name within their region (Nova has no key pair ids). */
export const KeypairRef = regionalNode<Keypair>('Keypair', {
  description: 'An SSH key pair, addressed by name within its region.',
  upstreamId: (k) => k.name,
  load: fromRegionList(lists.keypairs, (k) => k.name),
});

builder.objectFields(KeypairRef, (t) => ({
  name: t.exposeString('name'),
  fingerprint: t.exposeString('fingerprint'),
  publicKey: t.exposeString('publicKey'),
  type: t.exposeString('type', { nullable: true }),
  createdAt: t.expose('createdAt', { type: 'DateTime', nullable: true }),
}));

builder.objectField(RegionRef, 'keypairs', (t) => t.field({ type: [KeypairRef], nullable: true, upstream: true, resolve: (r, _, ctx) => lists.keypairs(ctx, r) }));

/** Nova accepts letters, digits, spaces, `_` and `-` in key pair names. */
export const keypairName = z
  .string()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .regex(/^[A-Za-z0-9_-][A-Za-z0-9 _-]*$/, 'may hold only letters, digits, spaces, "_" and "-"');

const openSshPublicKey = z.string().regex(/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-\S+) \S+/, 'must be an OpenSSH public key');

const CreateKeypairInput = builder.inputType('CreateKeypairInput', {
  fields: (t) => ({
    regionId: t.globalID({ required: true, for: RegionRef }),
    name: t.string({ required: true }),
    publicKey: t.string({ required: false, description: 'Import this OpenSSH public key; omit to let the cloud generate the pair' }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('key pair') }),
  }),
});

interface CreateKeypairResult {
  keypair: Keypair | null;
  privateKey: string | null;
}

const CreateKeypairPayload = payloadType<CreateKeypairResult>('CreateKeypairPayload', {
  fields: (t) => ({
    keypair: t.field({ type: KeypairRef, nullable: true, resolve: (p) => p.keypair }),
    privateKey: t.exposeString('privateKey', {
      nullable: true,
      description: 'The generated private key, returned this once and never stored by Hanul or the cloud',
    }),
  }),
});

builder.mutationFields((t) => ({
  createKeypair: t.field({
    type: CreateKeypairPayload,
    args: { input: t.arg({ type: CreateKeypairInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const region = placement(input.regionId);
      const name = validate(keypairName, input.name, ['name']);
      const publicKey = input.publicKey ? validate(openSshPublicKey, input.publicKey, ['publicKey']) : undefined;
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
    },
  }),
  deleteKeypair: t.field({
    type: DeletePayloadRef,
    args: { id: t.arg.globalID({ required: true, for: KeypairRef }) },
    resolve: async (_, args, ctx) => {
      const keypair = address(args.id);
      await sessionFor(ctx, keypair.provider).compute.deleteKeypair(keypair.region, keypair.id);
      changed(ctx, keypair, 'keypairs');
      return { deletedId: deletedIdOf(args.id) };
    },
  }),
}));
