import { GraphQLError } from 'graphql';
import type { ObjectFieldBuilder, SchemaTypes } from '@pothos/core';
import type { Placement } from '../cloud/model.js';
import { OPERATION_KINDS, OPERATION_STATUSES, type OperationKind, type OperationRecord } from '../domain/operations/model.js';
import { builder } from './builder.js';
import { pageOf } from './connections.js';
import { sessionFor } from '../domain/session.js';
import type { HanulContext } from '../server/context.js';
import { UserErrorRef } from './errors.js';
import { loadNode } from './node-loaders.js';
import { ViewerRef } from './viewer.js';

/** Starts the operation on first ask and remembers it: a payload's `operation` field. */
export type LazyOperation = () => Promise<OperationRecord | null>;

/**
 * The one line a mutation adds to its payload: the operation that follows `kind` on the
 * target, started only when the client selects `operation` (no poll for those who don't).
 */
export function track(ctx: HanulContext, kind: OperationKind, target: Placement & { id: string }, status?: string): LazyOperation {
  let started: Promise<OperationRecord> | undefined;
  return () => {
    const session = sessionFor(ctx, target.provider);
    started ??= ctx.services.operations.start({
      scope: session.scope,
      kind,
      target: { provider: target.provider, region: target.region, upstreamId: target.id },
      status,
      open: (counter) => {
        const opened = ctx.openSession(target.provider, counter);
        if (!opened) throw new GraphQLError('credentials vanished', { extensions: { code: 'UNAUTHENTICATED' } });
        return opened;
      },
    });
    return started;
  };
}

const OperationStatusEnum = builder.enumType('OperationStatus', { values: OPERATION_STATUSES });
const OperationKindEnum = builder.enumType('OperationKind', { values: Object.keys(OPERATION_KINDS) as OperationKind[] });

const OperationStepRef = builder.objectRef<OperationRecord['steps'][number]>('OperationStep').implement({
  description: 'A status the target passed through, as the status poller saw it.',
  fields: (t) => ({
    status: t.exposeString('status'),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

export const OperationRef = builder.objectRef<OperationRecord>('Operation').implement({
  description: 'Asynchronous work a mutation started, followed to its end by the status pollers. Kept for 24 hours.',
  // A Node so client caches (Apollo, graphcache) key it by its opaque, unique id like any other object.
  interfaces: [builder.nodeInterfaceRef()],
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'kind' in value && 'startedAt' in value && 'target' in value,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Pass to Query.operation or subscription operationUpdated' }),
    kind: t.field({ type: OperationKindEnum, resolve: (op) => op.kind }),
    status: t.field({ type: OperationStatusEnum, resolve: (op) => op.status }),
    target: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description: 'What the operation acts on; null once it is gone',
      resolve: (op, _, ctx) => (op.status === 'SUCCEEDED' && OPERATION_KINDS[op.kind].success === 'gone' ? null : (loadNode(ctx, op.target.typename, op.target.nodeKey) as never)),
    }),
    targetId: t.id({ description: "The target's global id (also after it is gone)", resolve: (op) => Buffer.from(`${op.target.typename}:${op.target.nodeKey}`).toString('base64') }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    error: t.field({ type: UserErrorRef, nullable: true, description: "Why it failed, with the cloud's reason where it gives one", resolve: (op) => op.error }),
    steps: t.field({ type: [OperationStepRef], resolve: (op) => op.steps }),
  }),
});

/** The payload field: `operation` on every payload of a mutation that starts asynchronous work. */
export function operationField<Types extends SchemaTypes, P extends { operation?: LazyOperation }>(t: ObjectFieldBuilder<Types, P>) {
  return t.field({
    type: OperationRef as never,
    nullable: true,
    description: 'Follow the work this mutation started (Query.operation, subscription operationUpdated); null when it failed at once',
    resolve: (p: P) => (p.operation ? p.operation() : null) as never,
  });
}

const scopesOf = (ctx: HanulContext) => [...ctx.sessions.values()].map((s) => s.scope);

builder.queryField('operation', (t) =>
  t.field({
    type: OperationRef,
    nullable: true,
    description: 'An operation by id; null when it is unknown, expired, or not of these credentials',
    authScopes: { credentials: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_, args, ctx) => (await ctx.services.operations.get(scopesOf(ctx), String(args.id))) ?? null,
  }),
);

builder.objectField(ViewerRef, 'operations', (t) =>
  t.connection(
    {
      type: OperationRef,
      description: "This tenant's operations of the last 24 hours, newest first",
      args: { status: t.arg({ type: OperationStatusEnum, required: false }) },
      resolve: async (v, args, ctx) => {
        const session = ctx.sessions.get(v.provider);
        return pageOf(session ? await ctx.services.operations.list(session.scope, args.status) : [], args, (op) => op.id);
      },
    },
    { name: 'OperationConnection' },
    { name: 'OperationEdge' },
  ),
);

builder.subscriptionField('operationUpdated', (t) =>
  t.field({
    type: OperationRef,
    description: 'The operation now, then each change, ending with its final state (at once when it already ended)',
    authScopes: { credentials: true },
    args: { id: t.arg.id({ required: true }) },
    subscribe: async (_, args, ctx) => {
      const stream = await ctx.services.operations.follow(scopesOf(ctx), String(args.id));
      if (!stream) throw new GraphQLError('No such operation for these credentials', { extensions: { code: 'NOT_FOUND' } });
      return stream;
    },
    resolve: (op) => op,
  }),
);
