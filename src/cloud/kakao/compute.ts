import { ValidationError } from '../errors.js';
import { orNull, pickByIds } from '../lookup.js';
import {
  DEFAULT_BOOT_VOLUME_GB,
  serverStatusFrom,
  type AvailabilityZone,
  type CreatedKeypair,
  type CreateServerSpec,
  type Flavor,
  type Image,
  type Keypair,
  type Server,
  type ServerAction,
  type ServerAddress,
  type ServerFilter,
  type ServerStatus,
} from '../model.js';
import type { ComputeApi, NetworkApi } from '../provider.js';
import { toDate } from '../wire.js';
import type { KakaoClient } from './client.js';
import { markedDescription, readMark } from './idempotency-mark.js';
import { segment } from '../url.js';

// --- BCS and image wire shapes (kakaocloud §3, §5; only the fields Hanul reads, nearly all nullable) ---

interface KakaoFlavor {
  id: string;
  name: string;
  vcpus: number;
  memory_mb: number;
  root_gb?: number | null;
  availability_zone?: string[] | null;
  /** Capacity left per zone. */
  available?: Record<string, number> | null;
}

interface KakaoImage {
  id: string;
  name: string | null;
  status: string;
  visibility?: string | null;
  size?: number | null;
  min_disk?: number | null;
  min_ram?: number | null;
  os_info?: { type?: string | null; distro?: string | null } | null;
  created_at?: string | null;
  updated_at?: string | null;
}

interface KakaoKeypair {
  name: string;
  fingerprint: string;
  public_key: string;
  private_key?: string | null;
  type?: string | null;
  created_at?: string | null;
}

interface KakaoInstance {
  id: string;
  name: string;
  description?: string | null;
  status: string;
  task_state?: string | null;
  availability_zone?: string | null;
  key_name?: string | null;
  flavor?: { id?: string | null } | null;
  image?: { id?: string | null } | null;
  addresses?: { private_ip?: string | null; public_ip?: string | null; network_interface_id?: string | null }[] | null;
  attached_volumes?: { id: string }[] | null;
  security_groups?: { id?: string; name: string }[] | null;
  created_at?: string | null;
  updated_at?: string | null;
}

/** KakaoCloud's own status words (kakaocloud §3.2); the rest are Nova's, lower-cased. */
const STATUS_ALIASES: Record<string, ServerStatus> = { STOPPED: 'SHUTOFF' };

/** The ServerStatus filter as BCS spells it. */
function kakaoStatus(status: ServerStatus): string {
  return status === 'SHUTOFF' ? 'stopped' : status.toLowerCase();
}

/** The action paths of `POST /api/v1/instances/{id}/{action}` and their bodies (kakaocloud §3.2). */
function bcsAction(action: ServerAction): { path: string; body?: unknown } {
  switch (action.type) {
    case 'reboot':
      return { path: action.hard ? 'hard-reboot' : 'soft-reboot' };
    case 'resize':
      return { path: 'resize', body: { flavor: { id: action.flavorId } } };
    default:
      return { path: action.type };
  }
}


/**
 * KakaoCloud Beyond Compute Service (instances, flavors, key pairs) and images for one
 * project. A REST API of its own, not Nova (kakaocloud §3.0); returns the neutral model.
 */
export class KakaoCompute implements ComputeApi {
  // BCS takes `key_name` as optional (kakaocloud §3.1).
  readonly keypairRequired = false;

  constructor(
    private readonly client: KakaoClient,
    /** Finds a subnet when a create names none (BCS requires `subnets`). */
    private readonly network: Pick<NetworkApi, 'listSubnets'>,
  ) {}

  /**
   * BCS has no zone list; the flavor catalogue names the zones each flavor runs in and
   * the capacity left there, which is what "available" means for a zone here.
   */
  async listAvailabilityZones(region: string): Promise<AvailabilityZone[]> {
    const zones = new Map<string, boolean>();
    for (const f of await this.client.list<KakaoFlavor>('bcs', region, '/api/v1/flavors', 'flavors')) {
      for (const zone of f.availability_zone ?? []) zones.set(zone, (zones.get(zone) ?? false) || (f.available?.[zone] ?? 1) > 0);
    }
    return [...zones].sort(([a], [b]) => a.localeCompare(b)).map(([name, available]) => ({ provider: 'KAKAO', region, name, available }));
  }

  async listFlavors(region: string): Promise<Flavor[]> {
    return (await this.client.list<KakaoFlavor>('bcs', region, '/api/v1/flavors', 'flavors')).map((f) => this.flavor(region, f));
  }

  async getFlavor(region: string, id: string): Promise<Flavor | null> {
    const body = await orNull(this.client.json<{ flavor: KakaoFlavor }>('bcs', region, { path: `/api/v1/flavors/${segment(id)}`, resourceType: 'Flavor', resourceId: id }));
    return body ? this.flavor(region, body.flavor) : null;
  }

  async listImages(region: string, filter: { visibility?: string } = {}): Promise<Image[]> {
    const images = await this.client.list<KakaoImage>('image', region, '/api/v1/images', 'images', { visibility: filter.visibility });
    return images.map((i) => this.image(region, i));
  }

  async getImages(region: string, ids: readonly string[]): Promise<Image[]> {
    return pickByIds(ids, () => this.listImages(region), async (id) => {
      const body = await this.client.json<{ image: KakaoImage }>('image', region, { path: `/api/v1/images/${segment(id)}`, resourceType: 'Image', resourceId: id });
      return this.image(region, body.image);
    });
  }

  async listKeypairs(region: string): Promise<Keypair[]> {
    return (await this.client.list<KakaoKeypair>('bcs', region, '/api/v1/keypairs', 'keypairs')).map((k) => this.keypair(region, k));
  }

  async createKeypair(region: string, name: string, publicKey?: string): Promise<CreatedKeypair> {
    const body = await this.client.json<{ keypair: KakaoKeypair }>('bcs', region, {
      method: 'POST',
      path: '/api/v1/keypairs',
      body: { keypair: publicKey ? { name, public_key: publicKey } : { name } },
    });
    return { keypair: this.keypair(region, body.keypair), privateKey: body.keypair.private_key ?? null };
  }

  async deleteKeypair(region: string, name: string): Promise<void> {
    // Key pairs are addressed by name (kakaocloud §3.5).
    await this.client.raw('bcs', region, { method: 'DELETE', path: `/api/v1/keypairs/${segment(name)}`, resourceType: 'Keypair', resourceId: name });
  }

  /**
   * One offset-paged list. BCS filters by name (a "contains" match) and status itself;
   * flavor and image ids, and `changedSince` (BCS has no changes-since), are applied to
   * the list here.
   */
  async listServers(region: string, filter: ServerFilter = {}): Promise<Server[]> {
    const instances = await this.client.list<KakaoInstance>('bcs', region, '/api/v1/instances', 'instances', {
      name: filter.name,
      status: filter.status ? kakaoStatus(filter.status) : undefined,
    });
    return instances
      .map((i) => this.server(region, i))
      .filter(
        (s) =>
          (!filter.flavorId || s.flavorId === filter.flavorId) &&
          (!filter.imageId || s.imageId === filter.imageId) &&
          (!filter.changedSince || (s.updatedAt ?? s.createdAt ?? filter.changedSince) >= filter.changedSince),
      );
  }

  async getServers(region: string, ids: readonly string[]): Promise<Server[]> {
    return pickByIds(ids, () => this.listServers(region), async (id) => {
      const body = await this.client.json<{ instance: KakaoInstance }>('bcs', region, { path: `/api/v1/instances/${segment(id)}`, resourceType: 'Server', resourceId: id });
      return this.server(region, body.instance);
    });
  }

  async createServer(region: string, spec: CreateServerSpec): Promise<Server> {
    const subnetIds = spec.networkIds.length ? spec.networkIds : [await this.defaultSubnetId(region, spec.availabilityZone)];
    const body = await this.client.json<{ instance: { id: string } }>('bcs', region, {
      method: 'POST',
      path: '/api/v1/instances',
      body: {
        instance: {
          name: spec.name,
          image_id: spec.imageId,
          flavor_id: spec.flavorId,
          ...(spec.keyName ? { key_name: spec.keyName } : {}),
          ...(spec.availabilityZone ? { availability_zone: spec.availabilityZone } : {}),
          subnets: subnetIds.map((id) => ({ id })),
          // The root volume, from the image and deleted with the instance (kakaocloud §3.1).
          volumes: [{ size: spec.bootVolumeSizeGb ?? DEFAULT_BOOT_VOLUME_GB }],
          // Required, and by name; every project has `default`.
          security_groups: (spec.securityGroupNames.length ? spec.securityGroupNames : ['default']).map((name) => ({ name })),
          // BCS instances carry no metadata: the idempotency key rides in the description.
          description: markedDescription(undefined, spec.metadata),
        },
      },
    });
    const id = body.instance.id;
    // A new instance may read as 404 for a moment (kakaocloud §1.6): then it is, as accepted, building.
    const [server] = await this.getServers(region, [id]);
    return server ?? this.accepted(region, id, spec);
  }

  /** The subnet a server lands in when the create names none: the oldest in the zone asked for (or any). */
  private async defaultSubnetId(region: string, zone: string | undefined): Promise<string> {
    const subnets = (await this.network.listSubnets(region)).filter((s) => !zone || s.availabilityZone === zone);
    subnets.sort((a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0));
    const chosen = subnets[0];
    if (!chosen) throw new ValidationError(`${region} has no subnet${zone ? ` in ${zone}` : ''} to put the server in; create one first or pass subnetIds`, ['input', 'subnetIds']);
    return chosen.id;
  }

  /** The server as the cloud accepted it, while it cannot be read back yet. */
  private accepted(region: string, id: string, spec: CreateServerSpec): Server {
    return {
      provider: 'KAKAO',
      region,
      id,
      name: spec.name,
      status: 'BUILD',
      rawStatus: 'build',
      taskState: null,
      flavorId: spec.flavorId,
      imageId: spec.imageId,
      keyName: spec.keyName ?? null,
      availabilityZone: spec.availabilityZone ?? null,
      addresses: [],
      securityGroupNames: spec.securityGroupNames.length ? spec.securityGroupNames : ['default'],
      volumeIds: [],
      metadata: readMark(markedDescription(undefined, spec.metadata)).metadata,
      createdAt: new Date(),
      updatedAt: null,
    };
  }

  async serverAction(region: string, id: string, action: ServerAction): Promise<void> {
    const { path, body } = bcsAction(action);
    await this.client.raw('bcs', region, { method: 'POST', path: `/api/v1/instances/${segment(id)}/${path}`, body, resourceType: 'Server', resourceId: id });
  }

  async deleteServer(region: string, id: string): Promise<void> {
    await this.client.raw('bcs', region, { method: 'DELETE', path: `/api/v1/instances/${segment(id)}`, resourceType: 'Server', resourceId: id });
  }

  private flavor(region: string, f: KakaoFlavor): Flavor {
    return { provider: 'KAKAO', region, id: f.id, name: f.name, vcpus: f.vcpus, ramMb: f.memory_mb, diskGb: f.root_gb ?? 0, isPublic: true, disabled: false };
  }

  private image(region: string, i: KakaoImage): Image {
    return {
      provider: 'KAKAO',
      region,
      id: i.id,
      name: i.name ?? i.id,
      status: i.status,
      visibility: i.visibility ?? 'public',
      sizeBytes: i.size ?? null,
      minDiskGb: i.min_disk ?? 0,
      minRamMb: i.min_ram ?? 0,
      osType: i.os_info?.type ?? null,
      osDistro: i.os_info?.distro ?? null,
      osVersion: null,
      createdAt: toDate(i.created_at),
      updatedAt: toDate(i.updated_at),
    };
  }

  private keypair(region: string, k: KakaoKeypair): Keypair {
    return { provider: 'KAKAO', region, name: k.name, fingerprint: k.fingerprint, publicKey: k.public_key, type: k.type ?? null, createdAt: toDate(k.created_at) };
  }

  private server(region: string, s: KakaoInstance): Server {
    // BCS lists each interface's private and public address; the interface stands for Nova's network name.
    const addresses: ServerAddress[] = (s.addresses ?? []).flatMap((a) => {
      const portId = a.network_interface_id ?? null;
      const base = { version: 4, macAddress: null, networkName: portId ?? '', portId };
      return [
        ...(a.private_ip ? [{ ...base, address: a.private_ip, type: 'FIXED' as const }] : []),
        ...(a.public_ip ? [{ ...base, address: a.public_ip, type: 'FLOATING' as const }] : []),
      ];
    });
    return {
      provider: 'KAKAO',
      region,
      id: s.id,
      name: s.name,
      status: serverStatusFrom(s.status, STATUS_ALIASES),
      rawStatus: s.status,
      taskState: s.task_state ?? null,
      flavorId: s.flavor?.id ?? null,
      imageId: s.image?.id ?? null,
      keyName: s.key_name || null,
      availabilityZone: s.availability_zone ?? null,
      addresses,
      securityGroupNames: [...new Set((s.security_groups ?? []).map((g) => g.name))],
      volumeIds: (s.attached_volumes ?? []).map((v) => v.id),
      metadata: readMark(s.description).metadata,
      createdAt: toDate(s.created_at),
      updatedAt: toDate(s.updated_at),
    };
  }
}
