import type { Emulator } from '../../src/emulator/server.js';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';

/** Shared documents and counters of the object storage e2e tests. */

/** Requests that reached a region's object storage for the demo storage account, by method (all methods when omitted). */
export function storageRequests(emulator: Emulator, region: string, method?: string): number {
  const account = `/nhn/${region}/object-storage/v1/AUTH_${DEMO_NHN.storageTenantId}`;
  let n = 0;
  for (const [key, count] of emulator.requests) {
    const [m, path] = key.split(' ');
    if ((!method || m === method) && path?.startsWith(account)) n += count;
  }
  return n;
}

export const CreateContainer = graphql(`
  mutation StorageCreateContainer($input: CreateContainerInput!) {
    createContainer(input: $input) {
      container { id name objectCount bytesUsed storagePolicy publicRead metadata { key value } region { name } }
      errors {
        __typename
        code
        message
        ... on ValidationError { field }
        ... on ConflictError { currentStatus }
        ... on NotFoundError { resourceType resourceId }
      }
    }
  }
`);

export const PutObject = graphql(`
  mutation StoragePutObject($input: PutObjectInput!) {
    putObject(input: $input) {
      object { id name size contentType etag lastModified metadata { key value } container { id name } }
      errors { __typename code message ... on ValidationError { field } ... on NotFoundError { resourceType resourceId } }
    }
  }
`);

export const DeleteContainer = graphql(`
  mutation StorageDeleteContainer($id: ID!) {
    deleteContainer(id: $id) { deletedId errors { __typename code message ... on ConflictError { currentStatus } ... on NotFoundError { resourceType } } }
  }
`);

export const DeleteObject = graphql(`
  mutation StorageDeleteObject($id: ID!) {
    deleteObject(id: $id) { deletedId errors { __typename code message ... on NotFoundError { resourceType } } }
  }
`);
