import type { CallCounter } from './http.js';
import type {
  AvailabilityZone,
  CreatedKeypair,
  CreateServerSpec,
  Flavor,
  Image,
  IssuedToken,
  Keypair,
  ProviderName,
  RegionInfo,
  Server,
  ServerAction,
  ServerFilter,
  Viewer,
} from './model.js';

/** Compute: flavors, images, key pairs, availability zones and servers of one region. */
export interface ComputeApi {
  listAvailabilityZones(region: string): Promise<AvailabilityZone[]>;
  listFlavors(region: string): Promise<Flavor[]>;
  getFlavor(region: string, id: string): Promise<Flavor | null>;
  listImages(region: string, filter?: { visibility?: string }): Promise<Image[]>;
  /** Images by id, in one call where the cloud allows it. Missing ids are absent from the result. */
  getImages(region: string, ids: readonly string[]): Promise<Image[]>;
  listKeypairs(region: string): Promise<Keypair[]>;
  createKeypair(region: string, name: string, publicKey?: string): Promise<CreatedKeypair>;
  deleteKeypair(region: string, name: string): Promise<void>;
  listServers(region: string, filter?: ServerFilter): Promise<Server[]>;
  /** Servers by id; the adapter picks per-id reads or one list call. Missing ids are absent. */
  getServers(region: string, ids: readonly string[]): Promise<Server[]>;
  createServer(region: string, spec: CreateServerSpec): Promise<Server>;
  serverAction(region: string, id: string, action: ServerAction): Promise<void>;
  deleteServer(region: string, id: string): Promise<void>;
}

/**
 * One cloud seen through one set of credentials, for one GraphQL operation (or one
 * watcher). Everything it returns belongs to `tenantId`.
 */
export interface CloudSession {
  readonly provider: ProviderName;
  readonly tenantId: string;
  /** Isolation key for caches, watchers and topics: provider and tenant. */
  readonly scope: string;
  /** True for the server-held credentials (trusted); false for a token the client brought. */
  readonly serverHeld: boolean;
  regions(): RegionInfo[];
  viewer(): Promise<Viewer>;
  readonly compute: ComputeApi;
}

export interface TokenRequest {
  /** NHN: tenant id; Kakao: project id (optional for application credentials). */
  tenantId?: string;
  /** NHN: account e-mail or IAM member id; Kakao: access key id. */
  username: string;
  /** NHN: API password; Kakao: access key secret. Never logged, never stored. */
  password: string;
}

/** A cloud Hanul can talk to. */
export interface CloudProvider {
  readonly name: ProviderName;
  regions(): RegionInfo[];
  /** Exchanges credentials for an upstream token (the `issueToken` mutation). */
  issueToken(request: TokenRequest): Promise<IssuedToken>;
  /** A session on the server-held credentials, when there are any. */
  serverSession(counter: CallCounter): CloudSession | undefined;
  /** A session on a token the client brought. */
  tokenSession(token: string, tenantId: string, counter: CallCounter): CloudSession;
}
