import { randomBytes } from 'node:crypto';
import { createBlockStorageState, type BlockStorageState } from './block-storage/state.js';
import { createComputeState, type ComputeRegionState } from './compute/state.js';
import { createImageState, type ImageRegionState } from './image/state.js';
import { createNetworkState, type NetworkState } from './network/state.js';
import { createNksState, type NksState } from './nks/state.js';
import { createObjectStorageState, type ObjectStorageState } from './object-storage/state.js';

/** The regions NHN documents; us1 is kept although newer pages drop it (nhn-notes §1). */
export const NHN_REGIONS = ['kr1', 'kr2', 'kr3', 'jp1', 'us1'] as const;
export type NhnRegion = (typeof NHN_REGIONS)[number];

/** One NHN project (tenant) and the API-password user allowed into it. */
export interface NhnAccount {
  tenantId: string;
  tenantName: string;
  /** The account e-mail or IAM member id used as `passwordCredentials.username`. */
  username: string;
  /** The API password (never logged). */
  password: string;
  /** Keystone's internal user id. */
  userId: string;
  /** Object Storage uses its own tenant id and token (nhn-object-storage.md). */
  storageTenantId: string;
  enabled: boolean;
}

export interface NhnToken {
  id: string;
  /** The tenant the token is scoped to (the project, or the storage tenant). */
  tenantId: string;
  account: NhnAccount;
  issuedAt: Date;
  expiresAt: Date;
}

/**
 * Everything one tenant owns in one region. Each service module adds its own slice and
 * creates it in `createRegionState`.
 */
export interface NhnRegionState {
  region: NhnRegion;
  tenantId: string;
  network: NetworkState;
  blockStorage: BlockStorageState;
  compute: ComputeRegionState;
  /** Images the tenant owns (public images are a shared catalog). */
  images: ImageRegionState;
  nks: NksState;
  /** Keyed by the project; reached through its storage tenant (`AUTH_{storageTenantId}`). */
  objectStorage: ObjectStorageState;
}

export function createRegionState(tenantId: string, region: NhnRegion): NhnRegionState {
  return {
    region,
    tenantId,
    network: createNetworkState(tenantId, region),
    blockStorage: createBlockStorageState(),
    compute: createComputeState(),
    images: createImageState(),
    nks: createNksState(),
    objectStorage: createObjectStorageState(),
  };
}

/** The whole NHN side of the emulator: accounts, issued tokens and per-region state. */
export class NhnCloud {
  readonly accounts = new Map<string, NhnAccount>();
  readonly tokens = new Map<string, NhnToken>();
  private readonly regions = new Map<string, NhnRegionState>();

  /** Lifetime of tokens issued from now on (changed by the emulator's admin API or a scenario file). */
  constructor(public tokenLifetimeMs: number) {}

  addAccount(account: NhnAccount): void {
    this.accounts.set(account.tenantId, account);
  }

  /** The account owning a tenant id, whether it is the project or its storage tenant. */
  accountFor(tenantId: string): NhnAccount | undefined {
    return this.accounts.get(tenantId) ?? [...this.accounts.values()].find((a) => a.storageTenantId === tenantId);
  }

  issueToken(account: NhnAccount, tenantId: string, now: Date): NhnToken {
    const token: NhnToken = {
      id: randomBytes(16).toString('hex'),
      tenantId,
      account,
      issuedAt: now,
      expiresAt: new Date(now.getTime() + this.tokenLifetimeMs),
    };
    this.tokens.set(token.id, token);
    return token;
  }

  /** The live token with this id, or undefined when unknown or expired. */
  validToken(id: string | undefined, now: Date): NhnToken | undefined {
    if (!id) return undefined;
    const token = this.tokens.get(id);
    if (!token || token.expiresAt <= now) return undefined;
    return token;
  }

  region(tenantId: string, region: NhnRegion): NhnRegionState {
    const key = `${tenantId}/${region}`;
    let state = this.regions.get(key);
    if (!state) {
      state = createRegionState(tenantId, region);
      this.regions.set(key, state);
    }
    return state;
  }

  isRegion(name: string): name is NhnRegion {
    return (NHN_REGIONS as readonly string[]).includes(name);
  }
}
