import type { CallCounter } from '../http.js';
import type { IssuedToken, RegionInfo, Viewer } from '../model.js';
import type { CloudProvider, CloudSession, ObjectStorageApi, StorageCredentials, TokenRequest } from '../provider.js';
import { RenewingTokenSource, StaticTokenSource, type TokenSource } from '../token-source.js';
import { ValidationError } from '../errors.js';
import { NhnClient } from './client.js';
import { NhnCompute } from './compute.js';
import { NhnBlockStorage } from './block-storage.js';
import { NhnNetwork } from './network.js';
import { NhnKubernetes } from './kubernetes.js';
import { MissingObjectStorage, NhnObjectStorage } from './object-storage.js';
import { issueNhnToken, verifyNhnTenant, type NhnTokenGrant } from './identity.js';
import { nhnRegions } from './regions.js';
import type { NhnProviderOptions } from './provider-options.js';

/** NHN Cloud behind Hanul's provider interface. */
export class NhnProvider implements CloudProvider {
  readonly name = 'NHN' as const;
  private readonly regionList: RegionInfo[];
  /** The server-held credentials' token, shared by every request that uses them. */
  private readonly serverTokens: RenewingTokenSource | undefined;
  /** The server-held credentials' token for the object-storage tenant (nhn-object-storage §1.2), when configured. */
  private readonly serverStorageTokens: RenewingTokenSource | undefined;
  private lastGrant: NhnTokenGrant | undefined;

  constructor(private readonly options: NhnProviderOptions) {
    this.regionList = nhnRegions(options.regions);
    const creds = options.credentials;
    if (creds) {
      this.serverTokens = new RenewingTokenSource(async () => {
        this.lastGrant = await issueNhnToken(options.upstream, options.endpoints.identity, creds);
        return this.lastGrant;
      }, options.tokenRefreshMarginMs);
      const storageTenantId = creds.storageTenantId;
      if (storageTenantId) {
        this.serverStorageTokens = new RenewingTokenSource(
          () => issueNhnToken(options.upstream, options.endpoints.identity, { ...creds, tenantId: storageTenantId }),
          options.tokenRefreshMarginMs,
        );
      }
    }
  }

  regions(): RegionInfo[] {
    return this.regionList;
  }

  async issueToken(request: TokenRequest): Promise<IssuedToken> {
    if (!request.tenantId) throw new ValidationError('NHN Cloud needs the tenant id (Compute > Instance > API Endpoint Setting)', ['input', 'tenantId']);
    const grant = await issueNhnToken(this.options.upstream, this.options.endpoints.identity, {
      tenantId: request.tenantId,
      username: request.username,
      password: request.password,
    });
    return { provider: 'NHN', token: grant.token, tenantId: grant.tenantId, expiresAt: grant.expiresAt };
  }

  serverSession(counter: CallCounter): CloudSession | undefined {
    const creds = this.options.credentials;
    if (!creds || !this.serverTokens) return undefined;
    const storage = this.serverStorageTokens && creds.storageTenantId ? this.client(this.serverStorageTokens, creds.storageTenantId, counter) : undefined;
    return new NhnSession(this, this.client(this.serverTokens, creds.tenantId, counter), storage, true, async () => {
      await this.serverTokens!.get();
      const grant = this.lastGrant;
      return {
        provider: 'NHN',
        tenantId: creds.tenantId,
        tenantName: grant?.tenantName ?? null,
        userId: grant?.userId ?? null,
        tokenExpiresAt: grant?.expiresAt ?? null,
      };
    });
  }

  tokenSession(token: string, tenantId: string, counter: CallCounter, storage?: StorageCredentials): CloudSession {
    const storageClient = storage ? this.client(new StaticTokenSource(storage.token), storage.tenantId, counter) : undefined;
    const client = this.client(new StaticTokenSource(token), tenantId, counter);
    // X-Hanul-Tenant is the client's claim: the viewer reports it only once the cloud agreed.
    let verified: Promise<void> | undefined;
    return new NhnSession(this, client, storageClient, false, async () => {
      await (verified ??= verifyNhnTenant(client, this.regionList[0]?.region));
      return { provider: 'NHN', tenantId, tenantName: null, userId: null, tokenExpiresAt: null };
    });
  }

  private client(tokens: TokenSource, tenantId: string, counter: CallCounter): NhnClient {
    return new NhnClient(this.options.upstream, this.options.endpoints, this.options.regions, tokens, tenantId, counter);
  }
}

class NhnSession implements CloudSession {
  readonly provider = 'NHN' as const;
  readonly tenantId: string;
  readonly scope: string;
  readonly compute: NhnCompute;
  readonly kubernetes: NhnKubernetes;
  readonly objectStorage: ObjectStorageApi;
  readonly network: NhnNetwork;
  readonly blockStorage: NhnBlockStorage;

  constructor(
    private readonly owner: NhnProvider,
    client: NhnClient,
    /** A client of the object-storage tenant (its own token and `AUTH_` account), when the session has one. */
    storageClient: NhnClient | undefined,
    readonly serverHeld: boolean,
    private readonly describe: () => Promise<Viewer>,
  ) {
    this.tenantId = client.tenantId;
    this.scope = `NHN:${client.tenantId}`;
    this.network = new NhnNetwork(client);
    this.blockStorage = new NhnBlockStorage(client);
    this.compute = new NhnCompute(client, this.network);
    this.kubernetes = new NhnKubernetes(client);
    this.objectStorage = storageClient ? new NhnObjectStorage(storageClient) : new MissingObjectStorage();
  }

  regions(): RegionInfo[] {
    return this.owner.regions();
  }

  viewer(): Promise<Viewer> {
    return this.describe();
  }

  /** NHN's identity service (Keystone v2) lists no user's projects to Hanul. */
  async projects(): Promise<null> {
    return null;
  }
}

