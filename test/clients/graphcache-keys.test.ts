import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { KEYLESS_TYPES } from '../../src/client/graphcache-keys.js';
import { schema } from '../../src/schema/index.js';

describe('graphcache keys', () => {
  it('should list exactly the object types without an id, so graphcache never warns "Invalid key"', () => {
    const keyless = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((t) => !t.name.startsWith('__') && t !== schema.getQueryType() && t !== schema.getMutationType() && t !== schema.getSubscriptionType())
      .filter((t) => !t.getFields().id)
      .map((t) => t.name)
      .sort();
    const listed = [...KEYLESS_TYPES].sort();
    expect(keyless.filter((t) => !listed.includes(t as never)), 'keyless types to add to src/client/graphcache-keys.ts').toEqual([]);
    expect(listed.filter((t) => !keyless.includes(t)), 'types to remove from src/client/graphcache-keys.ts (they have an id now, or are gone)').toEqual([]);
  });

  it('should key every other object type by a global id, as a Node', () => {
    const keyed = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((t) => t.getFields().id && !t.name.startsWith('__'));
    expect(keyed.length).toBeGreaterThan(10);
    expect(keyed.filter((t) => !t.getInterfaces().some((i) => i.name === 'Node')).map((t) => t.name)).toEqual([]);
  });
});
