import { randomBytes } from 'node:crypto';
import { freeAddress, parseCidr } from '../../ipv4.js';
import type { InstanceRecord } from './bcs/instances.js';
import type { KeypairRecord } from './bcs/keypairs.js';
import type { ImageRecord } from './image/images.js';
import type { ClusterRecord } from './kubernetes-engine/clusters.js';
import type { PublicIpRecord } from './network/public-ips.js';
import type { SecurityGroupRecord } from './network/security-groups.js';
import type { ContainerRecord } from './object-storage/containers.js';
import type { SnapshotRecord } from './volume/snapshots.js';
import type { VolumeRecord } from './volume/volumes.js';
import type { NetworkInterfaceRecord } from './vpc/network-interfaces.js';
import type { RouteTableRecord } from './vpc/route-tables.js';
import type { SubnetRecord } from './vpc/subnets.js';
import type { VpcRecord } from './vpc/vpcs.js';

/**
 * The regions the Terraform provider accepts (§1.1). Only kr-central-2 is documented with
 * hosts; [guess] the two others follow the same `{service}.{region}` pattern.
 */
export const KAKAO_REGIONS = ['kr-central-1', 'kr-central-2', 'kr-central-3'] as const;
export type KakaoRegion = (typeof KAKAO_REGIONS)[number];

/** The region every SDK default points at. */
export const DEFAULT_KAKAO_REGION: KakaoRegion = 'kr-central-2';

/** `kr-central-2-a` … `-c` (§1.1); [guess] the same three letters in the other regions. */
export function availabilityZones(region: string): string[] {
  return ['a', 'b', 'c'].map((letter) => `${region}-${letter}`);
}

export interface KakaoDomain {
  id: string;
  name: string;
}

export interface KakaoProject {
  id: string;
  name: string;
  description: string;
  domain: KakaoDomain;
}

export interface KakaoUser {
  id: string;
  name: string;
  domain: KakaoDomain;
  /** The projects the user is a member of, for `GET /users/{id}/projects`. */
  projectIds: string[];
}

/** An IAM access key ("application credential"): project-scoped, owned by one user. */
export interface KakaoAccessKey {
  id: string;
  name: string;
  /** The secret access key (never logged). */
  secret: string;
  userId: string;
  projectId: string;
}

export interface KakaoToken {
  id: string;
  accessKey: KakaoAccessKey;
  user: KakaoUser;
  project: KakaoProject;
  auditId: string;
  issuedAt: Date;
  expiresAt: Date;
}

/** Everything one project owns in one region, one map per resource kind. */
export interface KakaoRegionState {
  region: KakaoRegion;
  project: KakaoProject;
  instances: Map<string, InstanceRecord>;
  /** Keyed by name: keypairs are addressed by name (§3.5). */
  keypairs: Map<string, KeypairRecord>;
  volumes: Map<string, VolumeRecord>;
  snapshots: Map<string, SnapshotRecord>;
  /** The project's own images (`image_type=my`); provider images live in the catalog. */
  images: Map<string, ImageRecord>;
  vpcs: Map<string, VpcRecord>;
  subnets: Map<string, SubnetRecord>;
  routeTables: Map<string, RouteTableRecord>;
  networkInterfaces: Map<string, NetworkInterfaceRecord>;
  publicIps: Map<string, PublicIpRecord>;
  securityGroups: Map<string, SecurityGroupRecord>;
  /** Keyed by name: clusters are addressed by name (§9). */
  clusters: Map<string, ClusterRecord>;
  containers: Map<string, ContainerRecord>;
}

function createRegionState(project: KakaoProject, region: KakaoRegion): KakaoRegionState {
  return {
    region,
    project,
    instances: new Map(),
    keypairs: new Map(),
    volumes: new Map(),
    snapshots: new Map(),
    images: new Map(),
    vpcs: new Map(),
    subnets: new Map(),
    routeTables: new Map(),
    networkInterfaces: new Map(),
    publicIps: new Map(),
    securityGroups: new Map(),
    clusters: new Map(),
    containers: new Map(),
  };
}

/** Behaviour switches of the Kakao side; the quirks that make tests flaky are off by default. */
export interface KakaoSettings {
  tokenLifetimeMs: number;
  /**
   * For this long after a create, reading the new resource answers 404, as the real
   * cloud briefly does (§1.6, §14.4). 0 turns the quirk off.
   */
  createVisibilityMs: number;
  /**
   * Share of service requests answered 429 (§14.2), from 0 to 1. Spread evenly rather
   * than at random (every 4th request at 0.25) so that tests are repeatable.
   */
  injected429Rate: number;
}

/** [guess] The pool public IPs are drawn from; the reference names no range. */
const PUBLIC_IP_POOL = parseCidr('210.109.0.0/16')!;

/** The whole KakaoCloud side of the emulator: IAM, issued tokens and per-region state. */
export class KakaoCloud {
  readonly projects = new Map<string, KakaoProject>();
  readonly users = new Map<string, KakaoUser>();
  readonly accessKeys = new Map<string, KakaoAccessKey>();
  readonly tokens = new Map<string, KakaoToken>();
  private readonly regions = new Map<string, KakaoRegionState>();
  private readonly hiddenUntil = new Map<string, number>();
  private readonly publicAddresses = new Set<string>();
  private throttleCredit = 0;

  constructor(readonly settings: KakaoSettings) {}

  addProject(project: KakaoProject): void {
    this.projects.set(project.id, project);
  }

  addUser(user: KakaoUser): void {
    this.users.set(user.id, user);
  }

  addAccessKey(key: KakaoAccessKey): void {
    this.accessKeys.set(key.id, key);
  }

  /** The access key a token request names: by id, or by name within the user's keys. */
  findAccessKey(ref: { id?: string; name?: string; userId?: string }): KakaoAccessKey | undefined {
    if (ref.id !== undefined) return this.accessKeys.get(ref.id);
    return [...this.accessKeys.values()].find((k) => k.name === ref.name && k.userId === ref.userId);
  }

  issueToken(accessKey: KakaoAccessKey, now: Date): KakaoToken {
    const token: KakaoToken = {
      // Real tokens are long opaque strings (Fernet); the length does not matter here.
      id: `gAAAAA${randomBytes(48).toString('base64url')}`,
      accessKey,
      user: this.users.get(accessKey.userId)!,
      project: this.projects.get(accessKey.projectId)!,
      auditId: randomBytes(16).toString('base64url').slice(0, 22),
      issuedAt: now,
      expiresAt: new Date(now.getTime() + this.settings.tokenLifetimeMs),
    };
    this.tokens.set(token.id, token);
    return token;
  }

  /** The live token with this id, or undefined when unknown, expired or its key is gone. */
  validToken(id: string | undefined, now: Date): KakaoToken | undefined {
    if (!id) return undefined;
    const token = this.tokens.get(id);
    if (!token || token.expiresAt <= now || !this.accessKeys.has(token.accessKey.id)) return undefined;
    return token;
  }

  isRegion(name: string): name is KakaoRegion {
    return (KAKAO_REGIONS as readonly string[]).includes(name);
  }

  region(projectId: string, region: KakaoRegion): KakaoRegionState {
    const key = `${projectId}/${region}`;
    let state = this.regions.get(key);
    if (!state) {
      const project = this.projects.get(projectId);
      if (!project) throw new Error(`unknown Kakao project ${projectId}`);
      state = createRegionState(project, region);
      this.regions.set(key, state);
    }
    return state;
  }

  /** Every project's state in one region (image sharing looks across projects). */
  statesIn(region: KakaoRegion): KakaoRegionState[] {
    return [...this.regions.values()].filter((s) => s.region === region);
  }

  /** Starts the post-create 404 window of a new resource, when the quirk is on. */
  conceal(id: string, now: Date): void {
    if (this.settings.createVisibilityMs > 0) this.hiddenUntil.set(id, now.getTime() + this.settings.createVisibilityMs);
  }

  /** True while a just-created resource still reads as 404. */
  isConcealed(id: string, now: Date): boolean {
    const until = this.hiddenUntil.get(id);
    if (until === undefined) return false;
    if (until > now.getTime()) return true;
    this.hiddenUntil.delete(id);
    return false;
  }

  /** Decides whether this service request is answered 429, spreading them evenly. */
  throttled(): boolean {
    if (this.settings.injected429Rate <= 0) return false;
    this.throttleCredit += this.settings.injected429Rate;
    if (this.throttleCredit < 1) return false;
    this.throttleCredit -= 1;
    return true;
  }

  /** Allocates a public address unique across projects and regions. */
  allocatePublicAddress(): string {
    const address = freeAddress(PUBLIC_IP_POOL, this.publicAddresses);
    if (!address) throw new Error('public IP pool exhausted');
    this.publicAddresses.add(address);
    return address;
  }

  releasePublicAddress(address: string): void {
    this.publicAddresses.delete(address);
  }
}
