import { badRequest, invalidInput } from './errors.js';
import { validMetadata, validName } from './validation.js';

/** NHN creates at most 10 servers per request (compute guide, `max_count`). */
const MAX_COUNT = 10;
const BOOLEAN_TRUE = [true, 1, '1', 'true', 'True', 'yes'];
const BOOLEAN_FALSE = [false, 0, '0', 'false', 'False', 'no'];

/** One `block_device_mapping_v2` entry after validation. */
export interface BlockDevice {
  sourceType: 'image' | 'blank' | 'volume' | 'snapshot';
  destinationType: 'volume' | 'local';
  uuid: string | undefined;
  bootIndex: number | undefined;
  volumeSize: number | undefined;
  deleteOnTermination: boolean;
}

/** A `POST /servers` body that passed the request schema. */
export interface CreateRequest {
  name: string;
  flavorRef: string;
  imageRef: string | undefined;
  keyName: string;
  networks: { uuid?: string; subnet?: string; port?: string; fixed_ip?: string }[];
  availabilityZone: string | undefined;
  metadata: Record<string, string>;
  securityGroups: string[];
  devices: BlockDevice[];
  min: number;
  max: number;
  returnReservationId: boolean;
}

/**
 * Checks a create body against Nova's request schema plus the fields NHN marks required
 * (compute guide, Create Instance); answers Nova's 400 otherwise.
 */
export function parseCreateRequest(body: unknown): CreateRequest {
  const input = (body as { server?: unknown } | undefined)?.server;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) invalidInput('server', input, "'server' is a required property");
  const server = input as Record<string, unknown>;
  validUserData(server.user_data);
  return {
    name: validName(server.name),
    flavorRef: requiredString(server, 'flavorRef'),
    imageRef: optionalString(server, 'imageRef'),
    // NHN marks key_name and networks required; Nova itself would not.
    keyName: requiredString(server, 'key_name'),
    networks: validNetworks(server.networks),
    availabilityZone: optionalString(server, 'availability_zone'),
    metadata: server.metadata === undefined ? {} : validMetadata(server.metadata),
    securityGroups: validSecurityGroups(server.security_groups),
    devices: validBlockDevices(server.block_device_mapping_v2),
    ...validCounts(server.min_count, server.max_count),
    returnReservationId: BOOLEAN_TRUE.includes(server.return_reservation_id as never),
  };
}

function requiredString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (value === undefined) return invalidInput('server', undefined, `'${field}' is a required property`);
  if (typeof value !== 'string' || value.length === 0) return invalidInput(field, value, "is not a non-empty 'string'");
  return value;
}

function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value !== undefined && typeof value !== 'string') invalidInput(field, value, "is not of type 'string'");
  return value as string | undefined;
}

/** Each entry names a network, subnet, port or fixed IP (compute guide, `networks`). */
function validNetworks(value: unknown): { uuid?: string; subnet?: string; port?: string; fixed_ip?: string }[] {
  if (value === undefined) return invalidInput('server', undefined, "'networks' is a required property");
  if (!Array.isArray(value) || value.length === 0) return invalidInput('networks', value, 'is not a non-empty array');
  for (const entry of value) {
    const keys = ['uuid', 'subnet', 'port', 'fixed_ip'];
    if (typeof entry !== 'object' || entry === null || !keys.some((k) => typeof (entry as Record<string, unknown>)[k] === 'string')) {
      invalidInput('networks', entry, 'needs one of uuid, subnet, port or fixed_ip');
    }
  }
  return value;
}

/** Security group names; the `default` group when none are given. */
function validSecurityGroups(value: unknown): string[] {
  if (value === undefined) return ['default'];
  if (!Array.isArray(value)) return invalidInput('security_groups', value, "is not of type 'array'");
  const names = value.map((g) => {
    const name = (g as { name?: unknown } | null)?.name;
    return typeof name === 'string' && name ? name : invalidInput('security_groups', g, "'name' is a required property");
  });
  return [...new Set(names)];
}

function validUserData(value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'string') return invalidInput('user_data', value, "is not of type 'string'");
  if (value.length > 65535) invalidInput('user_data', value, 'is too long');
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) badRequest('User data needs to be valid base 64.');
}

function validBlockDevices(value: unknown): BlockDevice[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return invalidInput('block_device_mapping_v2', value, "is not of type 'array'");
  return value.map((raw): BlockDevice => {
    if (typeof raw !== 'object' || raw === null) return invalidInput('block_device_mapping_v2', raw, "is not of type 'object'");
    const d = raw as Record<string, unknown>;
    const sourceType = d.source_type;
    if (sourceType !== 'image' && sourceType !== 'blank' && sourceType !== 'volume' && sourceType !== 'snapshot') {
      return invalidInput('source_type', sourceType, "is not one of ['volume', 'image', 'snapshot', 'blank']");
    }
    const destinationType = d.destination_type ?? 'volume';
    if (destinationType !== 'volume' && destinationType !== 'local') return invalidInput('destination_type', destinationType, "is not one of ['local', 'volume']");
    const uuid = d.uuid;
    if (sourceType !== 'blank' && typeof uuid !== 'string') return invalidInput('uuid', uuid, `is required for source_type ${sourceType}`);
    const bootIndex = d.boot_index === undefined || d.boot_index === null ? undefined : Number(d.boot_index);
    if (bootIndex !== undefined && !Number.isInteger(bootIndex)) return invalidInput('boot_index', d.boot_index, "is not of type 'integer'");
    const volumeSize = d.volume_size === undefined ? undefined : Number(d.volume_size);
    if (volumeSize !== undefined && !(Number.isInteger(volumeSize) && volumeSize > 0)) return invalidInput('volume_size', d.volume_size, 'is not a positive integer');
    if (destinationType === 'volume' && (sourceType === 'image' || sourceType === 'blank') && volumeSize === undefined) {
      return invalidInput('block_device_mapping_v2', raw, "'volume_size' is a required property");
    }
    const del = d.delete_on_termination ?? false;
    if (!BOOLEAN_TRUE.includes(del as never) && !BOOLEAN_FALSE.includes(del as never)) return invalidInput('delete_on_termination', del, 'is not a boolean');
    return {
      sourceType,
      destinationType,
      uuid: typeof uuid === 'string' ? uuid : undefined,
      bootIndex,
      volumeSize,
      deleteOnTermination: BOOLEAN_TRUE.includes(del as never),
    };
  });
}

function validCounts(minRaw: unknown, maxRaw: unknown): { min: number; max: number } {
  const min = countField('min_count', minRaw) ?? 1;
  const max = countField('max_count', maxRaw) ?? min;
  if (min > max) badRequest('min_count must be <= max_count');
  return { min, max };
}

function countField(field: string, raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > MAX_COUNT) invalidInput(field, raw, `must be an integer from 1 to ${MAX_COUNT}`);
  return value;
}
