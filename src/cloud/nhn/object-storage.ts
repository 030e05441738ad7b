import { UnauthenticatedError } from '../errors.js';
import type {
  Container,
  ContainerDetails,
  ObjectListing,
  StorageObject,
  StorageUsage,
  StoredObjectContent,
} from '../model.js';
import type { ObjectStorageApi } from '../provider.js';
import { SwiftObjectStorage } from '../swift.js';
import type { NhnClient } from './client.js';

/**
 * NHN Object Storage (Swift) for one storage account: `/v1/AUTH_{storageTenantId}` with
 * a token of the storage tenant. The Swift wire format is shared with KakaoCloud
 * (`../swift.ts`); the client adds NHN's URL and token.
 */
export class NhnObjectStorage extends SwiftObjectStorage {
  constructor(client: NhnClient) {
    super('NHN', (region, call) => client.raw('objectStorage', region, call));
  }
}

/** Object storage for a session that has no storage-tenant token: every call says what to send. */
export class MissingObjectStorage implements ObjectStorageApi {
  private fail(): never {
    throw new UnauthenticatedError(
      'NHN object storage needs a token of the storage tenant: send "X-Hanul-Storage-Token" and "X-Hanul-Storage-Tenant" (issueToken with the storage tenant id gives one), or configure NHN_STORAGE_TENANT_ID',
    );
  }
  async usage(): Promise<StorageUsage> {
    return this.fail();
  }
  async listContainers(): Promise<Container[]> {
    return this.fail();
  }
  async getContainer(): Promise<ContainerDetails | null> {
    return this.fail();
  }
  async createContainer(): Promise<void> {
    return this.fail();
  }
  async updateContainer(): Promise<void> {
    return this.fail();
  }
  async deleteContainer(): Promise<void> {
    return this.fail();
  }
  async listObjects(): Promise<ObjectListing> {
    return this.fail();
  }
  async headObject(): Promise<{ object: StorageObject; metadata: Record<string, string> } | null> {
    return this.fail();
  }
  async getObject(): Promise<StoredObjectContent | null> {
    return this.fail();
  }
  async putObject(): Promise<StorageObject> {
    return this.fail();
  }
  async deleteObject(): Promise<void> {
    return this.fail();
  }
}
