import { isoMicrosNoZone } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { empty, json, type EmuResponse, type Router } from '../../router.js';
import { badRequest, conflict, invalidInput, notFound } from './errors.js';
import { computeRoute, type ComputeCall } from './request.js';
import { fingerprint, generateRsaKeyPair, publicKeyBlob } from './ssh-keys.js';
import type { ComputeRegionState, NhnKeypair } from './state.js';

/** Nova's rule for key pair names. */
const SAFE_NAME = /^[a-zA-Z0-9 _-]+$/;

/** Adds `/os-keypairs` (list, create/import) and `/os-keypairs/{name}` (show, delete). */
export function addKeypairRoutes(router: Router, ctx: EmulatorContext): void {
  router
    .get('/v2/:tenantId/os-keypairs', computeRoute(ctx, ({ state }) =>
      json(200, {
        keypairs: [...state.keypairs.values()].map((k) => ({ keypair: { public_key: k.publicKey, name: k.name, fingerprint: k.fingerprint } })),
      }),
    ))
    .post('/v2/:tenantId/os-keypairs', computeRoute(ctx, (call) => createKeypair(ctx, call)))
    .get('/v2/:tenantId/os-keypairs/:name', computeRoute(ctx, ({ req, state, token }) => {
      const k = existing(state, req.params.name!, token.account.userId);
      return json(200, {
        keypair: {
          public_key: k.publicKey,
          user_id: k.userId,
          name: k.name,
          deleted: false,
          created_at: isoMicrosNoZone(k.createdAt),
          updated_at: null,
          fingerprint: k.fingerprint,
          deleted_at: null,
          id: k.id,
        },
      });
    }))
    .delete('/v2/:tenantId/os-keypairs/:name', computeRoute(ctx, ({ req, state, token }) => {
      state.keypairs.delete(existing(state, req.params.name!, token.account.userId).name);
      // [guess] the guide says "no response body"; Nova's v2.1 default answers 202.
      return empty(202);
    }));
}

/** Creates a key pair (generated when no `public_key` is given) or imports one. */
async function createKeypair(ctx: EmulatorContext, { req, state, token }: ComputeCall): Promise<EmuResponse> {
  const body = (req.body ?? {}) as { keypair?: { name?: unknown; public_key?: unknown } };
  const input = body.keypair;
  if (typeof input !== 'object' || input === null) invalidInput('keypair', input, "'keypair' is a required property");
  const { name, public_key: publicKeyInput } = input;
  if (typeof name !== 'string' || name.length === 0 || name.length > 255) invalidInput('name', name, 'Keypair name must be a string of 1 to 255 characters');
  if (!SAFE_NAME.test(name)) badRequest('Keypair data is invalid: Keypair name contains unsafe characters');
  if (publicKeyInput !== undefined && typeof publicKeyInput !== 'string') invalidInput('public_key', publicKeyInput, "is not of type 'string'");
  if (state.keypairs.has(name)) conflict(`Key pair '${name}' already exists.`);

  let privateKey: string | undefined;
  let publicKey = publicKeyInput;
  if (publicKey === undefined) ({ publicKey, privateKey } = await generateRsaKeyPair());
  const blob = publicKeyBlob(publicKey);
  if (!blob) badRequest('Keypair data is invalid: failed to generate fingerprint');
  // A concurrent create of the same name may have finished while the key was generated.
  if (state.keypairs.has(name)) conflict(`Key pair '${name}' already exists.`);

  const keypair = addKeypair(state, { name, publicKey: publicKey.trim(), fingerprint: fingerprint(blob), userId: token.account.userId, createdAt: ctx.now() });
  // [guess] Nova's v2.1 default answers 200 (201 only from microversion 2.2 on).
  return json(200, {
    keypair: {
      fingerprint: keypair.fingerprint,
      name: keypair.name,
      public_key: keypair.publicKey,
      user_id: keypair.userId,
      ...(privateKey ? { private_key: privateKey } : {}),
    },
  });
}

/** Stores a key pair under the next id (seeding uses it too). */
export function addKeypair(state: ComputeRegionState, keypair: Omit<NhnKeypair, 'id'>): NhnKeypair {
  const stored = { id: state.nextKeypairId++, ...keypair };
  state.keypairs.set(stored.name, stored);
  return stored;
}

function existing(state: ComputeRegionState, name: string, userId: string): NhnKeypair {
  return state.keypairs.get(name) ?? notFound(`Keypair ${name} not found for user ${userId}`);
}
