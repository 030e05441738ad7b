import SchemaBuilder, { BasePlugin, PothosValidationError, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { getNullableType, GraphQLError, GraphQLInputObjectType, GraphQLList, type GraphQLArgument, type GraphQLFieldResolver, type GraphQLInputType } from 'graphql';
import { ValidationError } from '../cloud/errors.js';
import { userErrorData, type UserErrorData } from './user-error-data.js';

/**
 * Mutation payloads (ARCHITECTURE.md, rule 5) and id arguments, in one place instead of in
 * every resolver:
 * - a field whose type is a payload (`payloadType`) resolves to `{ ...result, errors: [] }`;
 *   a user-facing error thrown by its resolver, or by the decoding of its arguments, becomes
 *   `{ errors: [error] }`. A ValidationError naming a domain field (`['sizeGb']`) is reported
 *   at its input path (`['input', 'sizeGb']`).
 * - a global id argument (`t.arg.globalID({ for })`) of the wrong type, malformed, or with an
 *   upstream id no node of its type can have is a ValidationError at its path: in the payload
 *   for a mutation, a BAD_USER_INPUT error elsewhere. The id is never echoed.
 */

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      payloadErrors: PayloadErrorsPlugin<Types>;
    }
  }
}

const payloadRefs = new WeakSet<object>();

/** Marks an object ref as a mutation payload (see `payloadType`). */
export function markPayload(ref: object): void {
  payloadRefs.add(ref);
}

/** What a node type's id `parse` answers for a key no node of that type can have. */
export const INVALID_NODE_KEY = '';

type Path = string[];

/** The decoded ids in mapped arguments whose key `parse` refused, with their paths. */
function* refusedKeys(value: unknown, path: Path = []): Generator<[string, Path]> {
  if (!value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* refusedKeys(v, [...path, String(i)]);
    return;
  }
  const { typename, id } = value as { typename?: unknown; id?: unknown };
  if (typeof typename === 'string' && id === INVALID_NODE_KEY && Object.keys(value).length === 2) {
    yield [typename, path];
    return;
  }
  for (const [k, v] of Object.entries(value)) yield* refusedKeys(v, [...path, k]);
}

const named = (path: Path) => path.findLast((p) => !/^\d+$/.test(p)) ?? 'id';

type GlobalIdFor = { typename: string }[] | null | undefined;

/** Every string in an argument, with its path and the `for` types of the global id field it fills. */
function* typedLeaves(value: unknown, type: GraphQLInputType, path: Path, forTypes: GlobalIdFor): Generator<[string, Path, GlobalIdFor]> {
  const named = getNullableType(type);
  if (value === null || value === undefined) return;
  if (named instanceof GraphQLList) {
    if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* typedLeaves(v, named.ofType as GraphQLInputType, [...path, String(i)], forTypes);
    else yield* typedLeaves(value, named.ofType as GraphQLInputType, path, forTypes);
  } else if (named instanceof GraphQLInputObjectType) {
    for (const [k, field] of Object.entries(named.getFields())) {
      yield* typedLeaves((value as Record<string, unknown>)[k], field.type, [...path, k], field.extensions?.['relayGlobalIDFor'] as GlobalIdFor);
    }
  } else if (typeof value === 'string') yield [value, path, forTypes];
}

function typenameOf(globalId: string): string | undefined {
  try {
    return decodeGlobalID(globalId).typename;
  } catch {
    return undefined;
  }
}

/**
 * The ValidationError for a global id of the wrong type (relay's `for` check): the first
 * id argument or input field whose value is not of one of its `for` types.
 */
function wrongTypeError(args: Record<string, unknown>, argDefs: readonly GraphQLArgument[], err: unknown): ValidationError | undefined {
  if (!(err instanceof PothosValidationError)) return undefined;
  for (const arg of argDefs) {
    const leaves = typedLeaves(args[arg.name], arg.type, [arg.name], arg.extensions?.['relayGlobalIDFor'] as GlobalIdFor);
    for (const [value, path, forTypes] of leaves) {
      if (!forTypes?.length) continue;
      const typename = typenameOf(value);
      if (typename !== undefined && forTypes.some((t) => t.typename === typename)) continue;
      const message = typename === undefined ? 'is not a Hanul id' : `is not the id of a ${forTypes.map((t) => t.typename).join(' or ')}`;
      return new ValidationError(`${named(path)} ${message}`, path);
    }
  }
  return undefined;
}

function refusedKeyError(args: object, anyNode: ReadonlySet<string>): ValidationError | undefined {
  for (const [name, value] of Object.entries(args)) {
    if (anyNode.has(name)) continue;
    for (const [typename, path] of refusedKeys(value, [name])) return new ValidationError(`${named(path)} is not the id of a ${typename}`, path);
  }
  return undefined;
}

/** Arguments that take an id of any node (`node(id:)`, `nodes(ids:)`): a key no node has is null there, not an error. */
function anyNodeArgs(fieldConfig: PothosOutputFieldConfig<SchemaTypes>): ReadonlySet<string> {
  return new Set(Object.entries(fieldConfig.args).filter(([, arg]) => arg.extensions?.['relayGlobalIDAlwaysParse']).map(([name]) => name));
}

/** A domain field's error at its input path: `['sizeGb']` of a field taking `input` is `['input', 'sizeGb']`. */
function atInputPath(data: UserErrorData, argNames: readonly string[]): UserErrorData {
  if (data.code !== 'VALIDATION' || !data.field.length || argNames.includes(data.field[0]!) || !argNames.includes('input')) return data;
  return { ...data, field: ['input', ...data.field] };
}

const badInput = (err: ValidationError) => new GraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT' } });

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

export class PayloadErrorsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  private isPayload(fieldConfig: PothosOutputFieldConfig<Types>): boolean {
    return fieldConfig.type.kind === 'Object' && payloadRefs.has(fieldConfig.type.ref as object);
  }

  override wrapResolve(resolver: GraphQLFieldResolver<unknown, Types['Context'], object>, fieldConfig: PothosOutputFieldConfig<Types>) {
    const hasIds = fieldConfig.argMappers.length > 0;
    const anyNode = anyNodeArgs(fieldConfig as never);
    if (!this.isPayload(fieldConfig)) {
      if (!hasIds) return resolver;
      return (parent: unknown, args: object, ctx: Types['Context'], info: Parameters<typeof resolver>[3]) => {
        const refused = refusedKeyError(args, anyNode);
        if (refused) throw badInput(refused);
        return resolver(parent, args, ctx, info);
      };
    }
    const argNames = Object.keys(fieldConfig.args);
    const asPayload = (err: unknown) => {
      const data = userErrorData(err);
      if (!data) throw err;
      return { errors: [atInputPath(data, argNames)] };
    };
    return async (parent: unknown, args: object, ctx: Types['Context'], info: Parameters<typeof resolver>[3]) => {
      try {
        const refused = hasIds ? refusedKeyError(args, anyNode) : undefined;
        if (refused) throw refused;
        return { errors: [], ...((await resolver(parent, args, ctx, info)) as object) };
      } catch (err) {
        return asPayload(err);
      }
    };
  }

  override wrapSubscribe(subscribe: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined, fieldConfig: PothosOutputFieldConfig<Types>) {
    if (!subscribe || !fieldConfig.argMappers.length) return subscribe;
    const anyNode = anyNodeArgs(fieldConfig as never);
    return (parent: unknown, args: object, ctx: Types['Context'], info: Parameters<typeof subscribe>[3]) => {
      const refused = refusedKeyError(args, anyNode);
      if (refused) throw badInput(refused);
      return subscribe(parent, args, ctx, info);
    };
  }

  /** Arguments are decoded outside `wrapResolve`: a wrong-typed id is refused here. */
  override wrapArgMappers(resolver: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined, fieldConfig: PothosOutputFieldConfig<Types>) {
    if (!resolver || !fieldConfig.argMappers.length) return resolver;
    const payload = this.isPayload(fieldConfig);
    return (parent: unknown, args: object, ctx: Types['Context'], info: Parameters<typeof resolver>[3]) => {
      const refuse = (err: unknown) => {
        const wrong = wrongTypeError(args as Record<string, unknown>, info.parentType.getFields()[info.fieldName]?.args ?? [], err);
        if (!wrong) throw err;
        if (payload) return { errors: [userErrorData(wrong)] };
        throw badInput(wrong);
      };
      try {
        const result = resolver(parent, args, ctx, info);
        return isPromiseLike(result) ? Promise.resolve(result).catch(refuse) : result;
      } catch (err) {
        return refuse(err);
      }
    };
  }
}

SchemaBuilder.registerPlugin('payloadErrors', PayloadErrorsPlugin);
