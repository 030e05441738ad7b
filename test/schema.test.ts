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
 * The compute part of the public contract, verbatim from design/schema-contract.graphql
 * (plus the payload shapes its comments describe). Clients, examples and acceptance tests
 * rely on these names; the schema may add to them but not change them.
 */
const COMPUTE_CONTRACT = /* GraphQL */ `
  interface Node { id: ID! }

  enum CloudProvider { NHN KAKAO }

  type Query {
    node(id: ID!): Node
    nodes(ids: [ID!]!): [Node]!
    regions(provider: CloudProvider): [Region!]!
    region(provider: CloudProvider!, name: String!): Region
    viewer: Viewer!
  }

  type Region implements Node {
    id: ID!
    provider: CloudProvider!
    name: String!
    displayName: String!
    availabilityZones: [AvailabilityZone!]!
    flavors(minVcpus: Int, minRamMb: Int): [Flavor!]!
    images(first: Int, after: String, visibility: String): ImageConnection!
    keypairs: [Keypair!]!
    servers(first: Int, after: String, filter: ServerFilter): ServerConnection!
  }

  type Server implements Node {
    id: ID!
    name: String!
    status: ServerStatus!
    region: Region!
    flavor: Flavor
    image: Image
    keypair: Keypair
    availabilityZone: String
    addresses: [ServerAddress!]!
    createdAt: DateTime
    updatedAt: DateTime
  }

  enum ServerStatus { ACTIVE BUILD DELETED ERROR HARD_REBOOT MIGRATING PASSWORD PAUSED REBOOT
    REBUILD RESCUE RESIZE REVERT_RESIZE VERIFY_RESIZE SHELVED_OFFLOADED SHUTOFF SUSPENDED UNKNOWN }

  type Mutation {
    issueToken(input: IssueTokenInput!): IssueTokenPayload!
    createServer(input: CreateServerInput!): CreateServerPayload!
    startServer(id: ID!): ServerActionPayload!
    stopServer(id: ID!): ServerActionPayload!
    rebootServer(id: ID!, hard: Boolean = false): ServerActionPayload!
    resizeServer(id: ID!, flavorId: ID!): ServerActionPayload!
    shelveServer(id: ID!): ServerActionPayload!
    unshelveServer(id: ID!): ServerActionPayload!
    deleteServer(id: ID!): DeletePayload!
  }

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

  input CreateServerInput { idempotencyKey: String }
`;

const contract = parse(COMPUTE_CONTRACT);

/**
 * The deliberate exception to the contract: fields whose value needs an upstream call of
 * their region are nullable where the contract says non-null (ARCHITECTURE.md rule 10,
 * issue 13), so one failing region or service is one error at its path, not `data: null`.
 * Names, arguments and item types stay as the contract has them.
 */
const NULLABLE_BY_DESIGN = ['Region.availabilityZones', 'Region.flavors', 'Region.images', 'Region.keypairs', 'Region.servers'];

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

describe('the compute contract (design/schema-contract.graphql)', () => {
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
