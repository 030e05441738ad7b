import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { setMaxListeners } from 'node:events';
import { createPubSub, type PubSub, type PubSubEventTarget } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { reviveDates, type StatusTopics } from './events.js';

export interface StatusBus {
  pubsub: PubSub<StatusTopics>;
  /** The Redis connection for leases, when replicas share the bus. */
  redis: Redis | undefined;
  close(): Promise<void>;
}

/**
 * The event bus of status changes: in-process by default; through Redis pub/sub when
 * `redisUrl` is set, so that a subscriber on one replica sees what another replica polled.
 * Redis needs separate publish and subscribe connections.
 */
export function createStatusBus(redisUrl: string | undefined): StatusBus {
  if (!redisUrl) {
    // Every subscriber listens on its topic: thousands of listeners on one target are normal here.
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    return { pubsub: createPubSub<StatusTopics>({ eventTarget: eventTarget as PubSubEventTarget<StatusTopics> }), redis: undefined, close: async () => undefined };
  }
  const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  const eventTarget = createRedisEventTarget({
    publishClient,
    subscribeClient,
    serializer: { stringify: JSON.stringify, parse: (message) => JSON.parse(message, reviveDates) },
  });
  return {
    pubsub: createPubSub<StatusTopics>({ eventTarget }),
    redis: publishClient,
    async close() {
      subscribeClient.disconnect();
      publishClient.disconnect();
    },
  };
}
