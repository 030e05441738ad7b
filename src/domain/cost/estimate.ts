import { decodeGlobalID } from '@pothos/plugin-relay';
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import type { Placement, ProviderName } from '../../cloud/model.js';
import { DEFAULT_MUTATION_COST, FIELD_COSTS, KEYED_FIND_CALLS, type FieldCost } from './annotations.js';

/**
 * Upstream calls an operation is expected to make, from its selection and variables
 * alone, before it runs. Region-scoped lists and batched relations count once per
 * (region, kind), as the per-operation memo and DataLoaders make them; per-object fields
 * count once per expected object (a connection's `first`, one per plain list entry per
 * region). Token issuance is left out: a session issues one rarely, not per operation.
 */
export function estimateUpstreamCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined | null,
  visibleRegions: readonly Placement[],
): number {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const walk = new Walk(schema, fragments, variables ?? {}, visibleRegions, operation.operation === 'mutation');
  walk.selections(operation.selectionSet, root, [], 1);
  return walk.total();
}

class Walk {
  private readonly keys = new Set<string>();
  private extra = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly visible: readonly Placement[],
    private readonly mutation: boolean,
  ) {}

  total(): number {
    return this.keys.size + Math.round(this.extra);
  }

  selections(set: SelectionSetNode, type: GraphQLCompositeType, scope: readonly Placement[], objects: number): void {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) this.field(selection, type, scope, objects);
      else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments.get(selection.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition ? this.schema.getType(fragment.typeCondition.name.value) : type;
        this.selections(fragment.selectionSet, (condition as GraphQLCompositeType | undefined) ?? type, scope, objects);
      }
    }
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, scope: readonly Placement[], objects: number): void {
    if (node.name.value.startsWith('__') || !('getFields' in parent)) return;
    const def = parent.getFields()[node.name.value] as GraphQLField<unknown, unknown> | undefined;
    if (!def) return;
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(def, node, this.variables);
    } catch {
      // Validation refuses the operation anyway; it costs nothing upstream.
      return;
    }
    const key = `${parent.name}.${def.name}`;
    const cost: FieldCost = FIELD_COSTS[key] ?? (this.mutation && parent === this.schema.getMutationType() ? DEFAULT_MUTATION_COST : {});
    const own = this.scopeOf(cost, args, scope);
    for (const p of own) for (const kind of cost.kinds ?? []) this.keys.add(`${p.provider}:${p.region}:${kind}`);
    if (def.name === 'node' || def.name === 'nodes') {
      for (const [typename, p] of idsOf(args)) this.keys.add(`${p.provider}:${p.region}:node:${typename}`);
    }
    this.extra += (cost.calls ?? 0) + (cost.perObject ?? 0) * objects;
    const input = args.input as { idempotencyKey?: unknown } | undefined;
    if (this.mutation && input && typeof input.idempotencyKey === 'string') this.extra += KEYED_FIND_CALLS;
    if (!node.selectionSet) return;
    const named = getNamedType(def.type);
    // An abstract type's selection names its concrete types through fragments; the
    // fields selected directly belong to the interface.
    if (!isObjectType(named) && !isAbstractType(named)) return;
    this.selections(node.selectionSet, named, own, objects * this.multiplicity(def, args, cost, own));
  }

  /** How many objects one parent object yields through this field, as far as the selection says. */
  private multiplicity(def: GraphQLField<unknown, unknown>, args: Record<string, unknown>, cost: FieldCost, scope: readonly Placement[]): number {
    const perRegion = cost.scope === 'regions' ? Math.max(1, scope.length) : 1;
    // A plain list counts as one object per region: the selection cannot say more.
    if (isListType(getNullableType(def.type))) return perRegion;
    const first = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;
    return first ?? perRegion;
  }

  private scopeOf(cost: FieldCost, args: Record<string, unknown>, inherited: readonly Placement[]): readonly Placement[] {
    switch (cost.scope) {
      case 'regions':
        return this.visible.filter((p) => !args.provider || p.provider === args.provider);
      case 'regionArg':
        return typeof args.provider === 'string' && typeof args.name === 'string' ? [{ provider: args.provider as ProviderName, region: args.name }] : [];
      case 'ids': {
        const seen = new Map<string, Placement>();
        for (const [, p] of idsOf(args)) seen.set(`${p.provider}:${p.region}`, p);
        return [...seen.values()];
      }
      default:
        return inherited;
    }
  }
}

/** Every Hanul id in `value` (arguments and input objects, at any depth): its type and placement. */
function idsOf(value: unknown, out: [string, Placement][] = []): [string, Placement][] {
  if (typeof value === 'string') {
    const placement = placementOf(value);
    if (placement) out.push(placement);
  } else if (Array.isArray(value)) for (const v of value) idsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) idsOf(v, out);
  return out;
}

function placementOf(globalId: string): [string, Placement] | undefined {
  if (globalId.length > 1024) return undefined;
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    return undefined;
  }
  const [provider, region] = decoded.id.split(':');
  if ((provider !== 'NHN' && provider !== 'KAKAO') || !region || !/^[a-z0-9-]{1,32}$/.test(region)) return undefined;
  return [decoded.typename, { provider, region }];
}
