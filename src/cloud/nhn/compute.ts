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
} from '../model.js';
import { orNull, pickByIds } from '../lookup.js';
import type { ComputeApi, NetworkApi } from '../provider.js';
import { NotFoundError, ValidationError } from '../errors.js';
import type { NhnClient } from './client.js';
import { toDate } from './wire.js';
import { segment } from '../url.js';

// --- Nova and Glance wire shapes (only the fields Hanul reads; NHN adds more) ---

interface NovaFlavor {
  id: string;
  name: string;
  vcpus: number;
  ram: number;
  disk: number;
  'os-flavor-access:is_public'?: boolean;
  'OS-FLV-DISABLED:disabled'?: boolean;
}

interface NovaKeypair {
  name: string;
  fingerprint: string;
  public_key: string;
  private_key?: string;
  type?: string;
  created_at?: string;
}

interface NovaAddress {
  addr: string;
  version: number;
  'OS-EXT-IPS:type'?: string;
  'OS-EXT-IPS-MAC:mac_addr'?: string;
}

interface NovaServer {
  id: string;
  name: string;
  status: string;
  /** Present on a server in ERROR: why. */
  fault?: { message?: string };
  created?: string;
  updated?: string;
  key_name?: string | null;
  flavor?: { id?: string };
  /** An empty string for servers booted from a volume. */
  image?: { id?: string } | string;
  addresses?: Record<string, NovaAddress[]>;
  security_groups?: { name: string }[];
  metadata?: Record<string, string>;
  'OS-EXT-AZ:availability_zone'?: string;
  'OS-EXT-STS:task_state'?: string | null;
  'os-extended-volumes:volumes_attached'?: { id: string }[];
}

interface GlanceImage {
  id: string;
  name: string | null;
  status: string;
  visibility: string;
  size?: number | null;
  min_disk?: number;
  min_ram?: number;
  os_type?: string;
  os_distro?: string;
  os_version?: string;
  created_at?: string;
  updated_at?: string;
}

/** Nova's `limit` ceiling (nhn-notes §3.3). */
const PAGE = 1000;
/** The subnet NHN creates with every project's first VPC (VPC console guide). */
const DEFAULT_SUBNET_NAME = 'Default Network';

/**
 * NHN compute (Nova) and image (Glance) for one tenant. Knows the wire format; returns the
 * provider-neutral model.
 */
export class NhnCompute implements ComputeApi {
  // NHN marks `key_name` required on server create (seed 003: `server.key_name … O`).
  readonly keypairRequired = true;

  constructor(
    private readonly client: NhnClient,
    /** Finds the default subnet when a create names none (NHN requires `networks`). */
    private readonly network: Pick<NetworkApi, 'listSubnets'>,
  ) {}

  async listAvailabilityZones(region: string): Promise<AvailabilityZone[]> {
    const body = await this.client.json<{ availabilityZoneInfo: { zoneName: string; zoneState?: { available?: boolean } }[] }>('compute', region, {
      path: '/os-availability-zone',
    });
    return body.availabilityZoneInfo.map((z) => ({ provider: 'NHN', region, name: z.zoneName, available: z.zoneState?.available ?? true }));
  }

  async listFlavors(region: string): Promise<Flavor[]> {
    const body = await this.client.json<{ flavors: NovaFlavor[] }>('compute', region, { path: '/flavors/detail' });
    return body.flavors.map((f) => this.flavor(region, f));
  }

  async getFlavor(region: string, id: string): Promise<Flavor | null> {
    try {
      const body = await this.client.json<{ flavor: NovaFlavor }>('compute', region, { path: `/flavors/${segment(id)}`, resourceType: 'Flavor', resourceId: id });
      return this.flavor(region, body.flavor);
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }

  async listImages(region: string, filter: { visibility?: string } = {}): Promise<Image[]> {
    return this.imagePages(region, { visibility: filter.visibility });
  }

  async getImages(region: string, ids: readonly string[]): Promise<Image[]> {
    if (ids.length === 0) return [];
    if (ids.length === 1) {
      // One image: GET it by id, lighter for Glance than a filtered list and still one call.
      const id = ids[0]!;
      const image = await orNull(this.client.json<GlanceImage>('image', region, { path: `/v2/images/${segment(id)}`, resourceType: 'Image', resourceId: id }));
      return image ? [this.image(region, image)] : [];
    }
    // Glance's `in:` operator fetches many ids in one call (nhn-image.md).
    return this.imagePages(region, { id: `in:${ids.map(encodeURIComponent).join(',')}` });
  }

  private async imagePages(region: string, query: Record<string, string | undefined>): Promise<Image[]> {
    const images: Image[] = [];
    let marker: string | undefined;
    for (;;) {
      const body = await this.client.json<{ images: GlanceImage[]; next?: string }>('image', region, {
        path: '/v2/images',
        query: { ...query, limit: PAGE, marker },
      });
      images.push(...body.images.map((i) => this.image(region, i)));
      if (!body.next || body.images.length === 0) return images;
      marker = body.images[body.images.length - 1]!.id;
    }
  }

  async listKeypairs(region: string): Promise<Keypair[]> {
    const body = await this.client.json<{ keypairs: { keypair: NovaKeypair }[] }>('compute', region, { path: '/os-keypairs' });
    return body.keypairs.map(({ keypair }) => this.keypair(region, keypair));
  }

  async createKeypair(region: string, name: string, publicKey?: string): Promise<CreatedKeypair> {
    const body = await this.client.json<{ keypair: NovaKeypair }>('compute', region, {
      method: 'POST',
      path: '/os-keypairs',
      body: { keypair: publicKey ? { name, public_key: publicKey } : { name } },
    });
    return { keypair: this.keypair(region, body.keypair), privateKey: body.keypair.private_key ?? null };
  }

  async deleteKeypair(region: string, name: string): Promise<void> {
    await this.client.raw('compute', region, { method: 'DELETE', path: `/os-keypairs/${segment(name)}`, resourceType: 'Keypair', resourceId: name });
  }

  async listServers(region: string, filter: ServerFilter = {}): Promise<Server[]> {
    const servers: Server[] = [];
    let marker: string | undefined;
    for (;;) {
      const body = await this.client.json<{ servers: NovaServer[] }>('compute', region, {
        path: '/servers/detail',
        query: {
          limit: PAGE,
          marker,
          name: filter.name,
          status: filter.status,
          flavor: filter.flavorId,
          image: filter.imageId,
          'changes-since': filter.changedSince?.toISOString(),
        },
      });
      servers.push(...body.servers.map((s) => this.server(region, s)));
      if (body.servers.length < PAGE) return servers;
      marker = body.servers[body.servers.length - 1]!.id;
    }
  }

  async getServers(region: string, ids: readonly string[]): Promise<Server[]> {
    return pickByIds(ids, () => this.listServers(region), async (id) => {
      const body = await this.client.json<{ server: NovaServer }>('compute', region, { path: `/servers/${segment(id)}`, resourceType: 'Server', resourceId: id });
      return this.server(region, body.server);
    });
  }

  async createServer(region: string, spec: CreateServerSpec): Promise<Server> {
    // NHN marks `networks` required (compute guide, Create Instance): name the default subnet.
    const networkIds = spec.networkIds.length ? spec.networkIds : [await this.defaultSubnetId(region)];
    const body = await this.client.json<{ server: { id: string } }>('compute', region, {
      method: 'POST',
      path: '/servers',
      body: {
        server: {
          name: spec.name,
          imageRef: spec.imageId,
          flavorRef: spec.flavorId,
          key_name: spec.keyName,
          availability_zone: spec.availabilityZone,
          metadata: spec.metadata,
          networks: networkIds.map((id) => ({ subnet: id })),
          ...(spec.securityGroupNames.length ? { security_groups: spec.securityGroupNames.map((name) => ({ name })) } : {}),
          block_device_mapping_v2: [
            {
              source_type: 'image',
              uuid: spec.imageId,
              boot_index: 0,
              destination_type: 'volume',
              volume_size: spec.bootVolumeSizeGb ?? DEFAULT_BOOT_VOLUME_GB,
              delete_on_termination: true,
            },
          ],
          min_count: 1,
          max_count: 1,
        },
      },
    });
    // Nova answers with the id only; read the server back in its BUILD state.
    const [server] = await this.getServers(region, [body.server.id]);
    if (!server) throw new NotFoundError('Server', body.server.id, 'The server was accepted but is not visible yet');
    return server;
  }

  /**
   * The subnet a server lands in when the create names none: the `Default Network` subnet
   * NHN creates for every project (VPC console guide), else the first subnet there is.
   */
  private async defaultSubnetId(region: string): Promise<string> {
    const subnets = await this.network.listSubnets(region);
    const chosen = subnets.find((s) => s.name === DEFAULT_SUBNET_NAME) ?? subnets[0];
    if (!chosen) throw new ValidationError(`${region} has no subnet to put the server in; create one first or pass subnetIds`, ['input', 'subnetIds']);
    return chosen.id;
  }

  async serverAction(region: string, id: string, action: ServerAction): Promise<void> {
    await this.client.raw('compute', region, {
      method: 'POST',
      path: `/servers/${segment(id)}/action`,
      body: novaAction(action),
      resourceType: 'Server',
      resourceId: id,
    });
  }

  async deleteServer(region: string, id: string): Promise<void> {
    await this.client.raw('compute', region, { method: 'DELETE', path: `/servers/${segment(id)}`, resourceType: 'Server', resourceId: id });
  }

  private flavor(region: string, f: NovaFlavor): Flavor {
    return {
      provider: 'NHN',
      region,
      id: f.id,
      name: f.name,
      vcpus: f.vcpus,
      ramMb: f.ram,
      diskGb: f.disk,
      isPublic: f['os-flavor-access:is_public'] ?? true,
      disabled: f['OS-FLV-DISABLED:disabled'] ?? false,
    };
  }

  private image(region: string, i: GlanceImage): Image {
    return {
      provider: 'NHN',
      region,
      id: i.id,
      name: i.name ?? i.id,
      status: i.status,
      visibility: i.visibility,
      sizeBytes: i.size ?? null,
      minDiskGb: i.min_disk ?? 0,
      minRamMb: i.min_ram ?? 0,
      osType: i.os_type ?? null,
      osDistro: i.os_distro ?? null,
      osVersion: i.os_version ?? null,
      createdAt: toDate(i.created_at),
      updatedAt: toDate(i.updated_at),
    };
  }

  private keypair(region: string, k: NovaKeypair): Keypair {
    return {
      provider: 'NHN',
      region,
      name: k.name,
      fingerprint: k.fingerprint,
      publicKey: k.public_key,
      type: k.type ?? null,
      createdAt: toDate(k.created_at),
    };
  }

  private server(region: string, s: NovaServer): Server {
    const addresses: ServerAddress[] = Object.entries(s.addresses ?? {}).flatMap(([networkName, list]) =>
      list.map((a) => ({
        address: a.addr,
        version: a.version,
        type: a['OS-EXT-IPS:type'] === 'floating' ? 'FLOATING' : 'FIXED',
        macAddress: a['OS-EXT-IPS-MAC:mac_addr'] ?? null,
        networkName,
      })),
    );
    const imageId = typeof s.image === 'object' && s.image?.id ? s.image.id : null;
    return {
      provider: 'NHN',
      region,
      id: s.id,
      name: s.name,
      status: serverStatusFrom(s.status),
      rawStatus: s.status,
      taskState: s['OS-EXT-STS:task_state'] ?? null,
      flavorId: s.flavor?.id ?? null,
      imageId,
      keyName: s.key_name || null,
      availabilityZone: s['OS-EXT-AZ:availability_zone'] ?? null,
      addresses,
      securityGroupNames: [...new Set((s.security_groups ?? []).map((g) => g.name))],
      volumeIds: (s['os-extended-volumes:volumes_attached'] ?? []).map((v) => v.id),
      metadata: s.metadata ?? {},
      createdAt: toDate(s.created),
      updatedAt: toDate(s.updated),
      fault: s.fault?.message ?? null,
    };
  }
}

/** The body of `POST /servers/{id}/action` for each action (compute guide). */
function novaAction(action: ServerAction): unknown {
  switch (action.type) {
    case 'start':
      return { 'os-start': null };
    case 'stop':
      return { 'os-stop': null };
    case 'reboot':
      return { reboot: { type: action.hard ? 'HARD' : 'SOFT' } };
    case 'resize':
      return { resize: { flavorRef: action.flavorId } };
    case 'shelve':
      return { shelve: null };
    case 'unshelve':
      return { unshelve: null };
  }
}
