import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { record, wsClient } from '../support/subscriptions.js';
import { baselinePolled, expectEventShape } from '../support/watching.js';
import { execute, useStack } from './kit.js';
import { regionId } from './network-fixtures.js';

/** volumeStatusChanged over WebSocket with the real graphql-ws client. */

const stack = useStack({ emulator: { transitionMs: 400 }, env: { WATCH_FAST_INTERVAL_MS: '50', WATCH_SLOW_INTERVAL_MS: '200' } });
const REGION = 'kr2';

const VolumeStatusChanged = graphql(`
  subscription StorageVolumeStatusChanged($regionId: ID!) {
    volumeStatusChanged(regionId: $regionId) {
      previousStatus
      status
      at
      node { __typename id ... on Volume { name sizeGb status volumeType { name } } }
    }
  }
`);

const CreateVolume = graphql(`
  mutation StorageSubCreate($input: CreateVolumeInput!) { createVolume(input: $input) { volume { id status } errors { message } } }
`);
const DeleteVolume = graphql(`
  mutation StorageSubDelete($id: ID!) { deleteVolume(id: $id) { deletedId errors { message } } }
`);

const opened: { dispose(): void | Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.dispose()));
});

describe('volumeStatusChanged', () => {
  it('should report a new volume as null → CREATING, CREATING → AVAILABLE, then → DELETED after deleteVolume', async () => {
    const s = stack();
    const client = wsClient(s.hanul.graphqlUrl);
    opened.push(client);
    const sub = record(client, VolumeStatusChanged, { regionId: regionId(REGION) });
    await baselinePolled(s.hanul.watchers, 1);

    const created = (await execute(s.client, CreateVolume, { variables: { input: { regionId: regionId(REGION), name: 'watched', sizeGb: 10 } } })).expectNoGraphQLErrors().createVolume;
    expect(created.errors).toEqual([]);
    expect(created.volume!.status).toBe('CREATING');
    const id = created.volume!.id;
    const mine = () => sub.events.map((e) => e.volumeStatusChanged).filter((e) => e.node.id === id);

    const appeared = (await sub.event((e) => e.volumeStatusChanged.node.id === id, 'the new volume')).volumeStatusChanged;
    expect(appeared).toMatchObject({ previousStatus: null, status: 'CREATING', node: { __typename: 'Volume', id, name: 'watched', sizeGb: 10, volumeType: { name: 'General HDD' } } });
    expectEventShape(appeared);
    const ready = (await sub.event((e) => e.volumeStatusChanged.node.id === id && e.volumeStatusChanged.status === 'AVAILABLE', 'the volume AVAILABLE')).volumeStatusChanged;
    expect(ready).toMatchObject({ previousStatus: 'CREATING', node: { status: 'AVAILABLE' } });

    expect((await execute(s.client, DeleteVolume, { variables: { id } })).expectNoGraphQLErrors().deleteVolume.errors).toEqual([]);
    await sub.event((e) => e.volumeStatusChanged.node.id === id && e.volumeStatusChanged.status === 'DELETED', 'the volume DELETED');
    expect(mine().map((e) => [e.previousStatus, e.status])).toEqual([
      [null, 'CREATING'],
      ['CREATING', 'AVAILABLE'],
      ['AVAILABLE', 'DELETING'],
      ['DELETING', 'DELETED'],
    ]);
    expect(sub.errors).toEqual([]);
  });
});
