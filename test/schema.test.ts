import { readFileSync } from 'node:fs';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  print,
  valueFromAST,
  type GraphQLArgument,
  type GraphQLField,
  type InputValueDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { printHanulSchema } from '../scripts/print-schema.js';
import { schema } from '../src/schema/index.js';

describe('schema.graphql', () => {
  it('should be the schema the code builds (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printHanulSchema());
  });
});

/**
 * The public contract, docs/schema-contract.graphql (design/schema-contract.graphql as it was
 * handed to us, kept in the repository so a clean clone checks it), plus the payload shapes
 * its comments describe. Clients, examples and acceptance tests rely on these names; the
 * schema may add to them but not change them.
 */
const CONTRACT_FILE = new URL('../docs/schema-contract.graphql', import.meta.url);
const PAYLOAD_SHAPES = /* GraphQL */ `
  interface UserError { message: String! }
  type ValidationError implements UserError { message: String! }
  type NotFoundError implements UserError { message: String! }
  type ConflictError implements UserError { message: String! currentStatus: String }
  type QuotaExceededError implements UserError { message: String! }
  type UpstreamError implements UserError { message: String! }

  type CreateServerPayload { server: Server errors: [UserError!]! }
  type ServerActionPayload { server: Server errors: [UserError!]! }
  type DeletePayload { deletedId: ID errors: [UserError!]! }
  type IssueTokenPayload { errors: [UserError!]! }
  type CreateVpcPayload { vpc: Vpc errors: [UserError!]! }
  type CreateSubnetPayload { subnet: Subnet errors: [UserError!]! }
  type CreateClusterPayload { cluster: Cluster errors: [UserError!]! }
  type CreateContainerPayload { container: Container errors: [UserError!]! }

  input CreateServerInput { idempotencyKey: String }
`;

const contract = parse(`${readFileSync(CONTRACT_FILE, 'utf8')}\n${PAYLOAD_SHAPES}`);

/**
 * The deliberate exception to the contract: fields whose value needs an upstream call of
 * their region are nullable where the contract says non-null (ARCHITECTURE.md rule 10,
 * issue 13), so one failing region or service is one error at its path, not `data: null`.
 * Names, arguments and item types stay as the contract has them.
 */
const NULLABLE_BY_DESIGN = [
  ...['availabilityZones', 'flavors', 'images', 'keypairs', 'servers', 'vpcs', 'subnets', 'floatingIps', 'securityGroups', 'volumes', 'clusters', 'containers'].map((f) => `Region.${f}`),
  ...['subnets', 'securityGroups', 'volumes'].map((f) => `Server.${f}`),
  'Cluster.nodeGroups',
  'Container.objects',
];

function argumentProblems(field: GraphQLField<unknown, unknown>, wanted: readonly InputValueDefinitionNode[]): string[] {
  const problems: string[] = [];
  for (const arg of wanted) {
    const actual = field.args.find((a) => a.name === arg.name.value);
    if (!actual) {
      problems.push(`argument ${arg.name.value} is missing`);
      continue;
    }
    if (String(actual.type) !== print(arg.type)) problems.push(`argument ${arg.name.value} is ${String(actual.type)}, not ${print(arg.type)}`);
    if (arg.defaultValue && actual.defaultValue !== valueFromAST(arg.defaultValue, actual.type)) {
      problems.push(`argument ${arg.name.value} defaults to ${String(actual.defaultValue)}, not ${print(arg.defaultValue)}`);
    }
  }
  // An argument the contract does not have must be optional, or contract clients break.
  const extra = field.args.filter((a: GraphQLArgument) => !wanted.some((w) => w.name.value === a.name) && isNonNullType(a.type) && a.defaultValue === undefined);
  for (const a of extra) problems.push(`argument ${a.name} is required but not in the contract`);
  return problems;
}

describe('the contract (design/schema-contract.graphql)', () => {
  for (const def of contract.definitions) {
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      const name = def.name.value;
      it(`should have ${name} with the contract's fields, types and arguments`, () => {
        const type = schema.getType(name);
        expect(type, name).toBeDefined();
        expect(def.kind === Kind.OBJECT_TYPE_DEFINITION ? isObjectType(type) : isInterfaceType(type), `${name} kind`).toBe(true);
        if (!isObjectType(type) && !isInterfaceType(type)) return;
        const fields = type.getFields();
        const problems: string[] = [];
        for (const f of def.fields ?? []) {
          const field = fields[f.name.value];
          if (!field) {
            problems.push(`${name}.${f.name.value} is missing`);
            continue;
          }
          const wanted = NULLABLE_BY_DESIGN.includes(`${name}.${f.name.value}`) ? print(f.type).replace(/!$/, '') : print(f.type);
          if (String(field.type) !== wanted) problems.push(`${name}.${f.name.value} is ${String(field.type)}, not ${wanted}`);
          problems.push(...argumentProblems(field, f.arguments ?? []).map((p) => `${name}.${f.name.value}: ${p}`));
        }
        for (const i of def.interfaces ?? []) {
          if (!type.getInterfaces().some((x) => x.name === i.name.value)) problems.push(`${name} does not implement ${i.name.value}`);
        }
        expect(problems).toEqual([]);
      });
    }
    if (def.kind === Kind.ENUM_TYPE_DEFINITION) {
      const name = def.name.value;
      it(`should have every value of ${name}`, () => {
        const type = schema.getType(name);
        expect(isEnumType(type), name).toBe(true);
        const values = isEnumType(type) ? type.getValues().map((v) => v.name) : [];
        expect(values).toEqual(expect.arrayContaining((def.values ?? []).map((v) => v.name.value)));
      });
    }
    if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
      const name = def.name.value;
      it(`should have the contract's fields on ${name}`, () => {
        const type = schema.getType(name);
        expect(isInputObjectType(type), name).toBe(true);
        const fields = isInputObjectType(type) ? type.getFields() : {};
        for (const f of def.fields ?? []) expect(String(fields[f.name.value]?.type), `${name}.${f.name.value}`).toBe(print(f.type));
      });
    }
  }

  it('should make the five error types the implementations of UserError', () => {
    const userError = schema.getType('UserError');
    expect(isInterfaceType(userError)).toBe(true);
    if (!isInterfaceType(userError)) return;
    const implementations = schema.getImplementations(userError).objects.map((t) => t.name);
    expect(implementations).toEqual(expect.arrayContaining(['ValidationError', 'NotFoundError', 'ConflictError', 'QuotaExceededError', 'UpstreamError']));
  });

  it('should give every mutation a payload with errors: [UserError!]!', () => {
    const problems = Object.values(schema.getMutationType()!.getFields())
      .filter((m) => {
        const payload = isNonNullType(m.type) ? m.type.ofType : m.type;
        return !isObjectType(payload) || String(payload.getFields().errors?.type) !== '[UserError!]!';
      })
      .map((m) => `${m.name}: ${String(m.type)}`);
    expect(problems).toEqual([]);
  });
});

/**
 * Normalised states (issue 18 item 5): the contract's `Cluster.status: String!` is the cloud's
 * word and clients compare it, so it keeps its type; the enum goes beside it. Where `status`
 * is a string already (Cluster, NodeGroup, Port) the enum is `state`; where `state` is the
 * string (Vpc, Subnet, RoutingTable, InternetGateway) the enum is `status`, as on Server and
 * Volume. Every one also has `rawStatus: String!`, the cloud's word.
 */
describe('normalised states beside the cloud’s words', () => {
  const typeOf = (object: string, field: string) => {
    const type = schema.getType(object);
    if (!isObjectType(type)) throw new Error(`${object} is not an object type`);
    return String(type.getFields()[field]?.type);
  };
  it.each([
    ['Cluster', 'status', 'state', 'KubernetesState!'],
    ['NodeGroup', 'status', 'state', 'KubernetesState!'],
    ['Port', 'status', 'state', 'PortState!'],
    ['Vpc', 'state', 'status', 'NetworkState!'],
    ['Subnet', 'state', 'status', 'NetworkState!'],
    ['RoutingTable', 'state', 'status', 'NetworkState!'],
    ['InternetGateway', 'state', 'status', 'NetworkState!'],
  ])('should keep %s.%s a String! and add %s and rawStatus', (object, raw, normalised, enumType) => {
    expect(typeOf(object, raw)).toBe('String!');
    expect(typeOf(object, normalised)).toBe(enumType);
    expect(typeOf(object, 'rawStatus')).toBe('String!');
  });
});
