import { z } from 'zod';
import { ConflictError, NotFoundError, ValidationError } from '../cloud/errors.js';
import type { SecurityGroup, SecurityGroupRule } from '../cloud/model.js';
import { builder } from './builder.js';
import { changed } from '../domain/changes.js';
import { formatCidr } from '../ipv4.js';
import { cidrBlock } from './cidr.js';
import { ServerRef } from './compute.js';
import { sessionFor } from '../domain/session.js';
import type { HanulContext } from '../server/context.js';
import { outcome, UserErrorRef, type Outcome } from './errors.js';
import { lists } from '../domain/lists.js';
import { changedKinds, describePortUsers, fromList, PortRef, resourceName, serverPorts } from './network.js';
import { registerNodeLoader } from './node-loaders.js';
import { DeletePayloadRef } from './payloads.js';
import { loadGrouped, parseGlobalId, parseRegionId, sameRegion, type Ref } from './refs.js';
import { refKey } from '../domain/keys.js';
import { RegionRef } from './region.js';
import { idempotencyKeyDescription } from './idempotency.js';
import { keyedCreate } from '../domain/create-once.js';
import { validate } from '../domain/validate.js';

/** Security groups and their rules: stateful firewalls on ports. */

const DirectionEnum = builder.enumType('SecurityGroupRuleDirection', {
  values: { INGRESS: { description: 'Traffic into the port' }, EGRESS: { description: 'Traffic out of the port' } } as const,
});

const regionOf = (x: { provider: string; region: string }) => `${x.provider}:${x.region}`;

export const SecurityGroupRuleRef = builder.loadableNode('SecurityGroupRule', {
  description: 'One allow rule of a security group.',
  id: { resolve: (r: SecurityGroupRule) => refKey(r, r.id) },
  load: (keys: string[], ctx: HanulContext) =>
    loadGrouped(keys, async (p, ids) => (await lists.securityGroups(ctx, p)).flatMap((g) => g.rules).filter((r) => ids.includes(r.id)), ctx, (r: SecurityGroupRule) => refKey(r, r.id)),
  fields: (t) => ({
    direction: t.field({ type: DirectionEnum, resolve: (r) => r.direction }),
    etherType: t.exposeString('etherType', { description: 'IPv4 or IPv6' }),
    protocol: t.exposeString('protocol', { nullable: true, description: 'tcp, udp, icmp or a protocol number; null for any' }),
    portRangeMin: t.exposeInt('portRangeMin', { nullable: true, description: 'First port (ICMP: type)' }),
    portRangeMax: t.exposeInt('portRangeMax', { nullable: true, description: 'Last port (ICMP: code)' }),
    remoteIpPrefix: t.exposeString('remoteIpPrefix', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
  }),
});

export const SecurityGroupRef = builder.loadableNode('SecurityGroup', {
  description: 'A set of allow rules applied to ports (and so to servers).',
  id: { resolve: (g: SecurityGroup) => refKey(g, g.id) },
  load: fromList(lists.securityGroups),
  fields: (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    region: t.field({ type: RegionRef, resolve: regionOf }),
    ports: t.field({ type: [PortRef], nullable: true, upstream: true, description: 'Ports the group applies to', resolve: async (g, _, ctx) => (await lists.ports(ctx, g)).filter((p) => p.securityGroupIds.includes(g.id)) }),
  }),
});

// Relations are added after both types exist (mutually referring refs cannot infer their own types).
builder.objectFields(SecurityGroupRuleRef, (t) => ({
  remoteSecurityGroup: t.field({ type: SecurityGroupRef, nullable: true, upstream: true, resolve: (r) => (r.remoteGroupId ? refKey(r, r.remoteGroupId) : null) }),
  securityGroup: t.field({ type: SecurityGroupRef, nullable: true, upstream: true, resolve: (r) => refKey(r, r.securityGroupId) }),
}));

builder.objectField(SecurityGroupRef, 'rules', (t) => t.field({ type: [SecurityGroupRuleRef], resolve: (g) => g.rules }));

builder.objectField(RegionRef, 'securityGroups', (t) => t.field({ type: [SecurityGroupRef], nullable: true, upstream: true, resolve: (r, _, ctx) => lists.securityGroups(ctx, r) }));

builder.objectField(PortRef, 'securityGroups', (t) =>
  t.field({ type: [SecurityGroupRef], nullable: true, upstream: true, resolve: (p) => p.securityGroupIds.map((id) => refKey(p, id)) }),
);

builder.objectField(ServerRef, 'securityGroups', (t) =>
  t.field({
    type: [SecurityGroupRef],
    nullable: true,
    upstream: true,
    description: "The groups on the server's ports",
    resolve: async (s, _, ctx) => {
      const ports = await serverPorts(ctx, s);
      if (ports.length) return [...new Set(ports.flatMap((p) => p.securityGroupIds))].map((id) => refKey(s, id));
      // No port seen (yet): the cloud's server record names its groups; names are unique in practice.
      const groups = await lists.securityGroups(ctx, s);
      return s.securityGroupNames.flatMap((name) => groups.filter((g) => g.name === name).slice(0, 1));
    },
  }),
);

// --- mutations ---

const SecurityGroupPayload = builder.objectRef<Outcome<{ securityGroup: SecurityGroup | null }>>('SecurityGroupPayload').implement({
  fields: (t) => ({
    securityGroup: t.field({ type: SecurityGroupRef, nullable: true, resolve: (p) => p.securityGroup }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

const SecurityGroupRulePayload = builder.objectRef<Outcome<{ rule: SecurityGroupRule | null }>>('SecurityGroupRulePayload').implement({
  fields: (t) => ({
    rule: t.field({ type: SecurityGroupRuleRef, nullable: true, resolve: (p) => p.rule }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

const CreateSecurityGroupInput = builder.inputType('CreateSecurityGroupInput', {
  fields: (t) => ({
    regionId: t.id({ required: true }),
    name: t.string({ required: true }),
    description: t.string({ required: false }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('security group') }),
  }),
});

const UpdateSecurityGroupInput = builder.inputType('UpdateSecurityGroupInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ required: false }),
    description: t.string({ required: false }),
  }),
});

const CreateSecurityGroupRuleInput = builder.inputType('CreateSecurityGroupRuleInput', {
  fields: (t) => ({
    securityGroupId: t.id({ required: true }),
    direction: t.field({ type: DirectionEnum, required: true }),
    protocol: t.string({ required: false, description: 'tcp, udp, icmp or 0–255; omit (or "any") for any protocol' }),
    portRangeMin: t.int({ required: false, description: 'TCP/UDP: first port; ICMP: type' }),
    portRangeMax: t.int({ required: false, description: 'TCP/UDP: last port (the first when omitted); ICMP: code' }),
    remoteIpPrefix: t.string({ required: false, description: 'Peer block (CIDR or a single address)' }),
    remoteSecurityGroupId: t.id({ required: false, description: 'Peer group (instead of remoteIpPrefix)' }),
    description: t.string({ required: false }),
    idempotencyKey: t.string({ required: false, description: idempotencyKeyDescription('rule') }),
  }),
});

/** Security-group names: free text, but `default` belongs to the cloud's own group. */
const groupName = resourceName.refine((name) => name !== 'default', 'must not be "default": every tenant already has that group');

const protocol = z
  .string()
  .trim()
  .toLowerCase()
  .refine((p) => ['any', 'tcp', 'udp', 'icmp'].includes(p) || (/^\d{1,3}$/.test(p) && Number(p) <= 255), 'must be tcp, udp, icmp, any or a protocol number 0–255')
  .transform((p) => (p === 'any' ? null : p));

const port = (field: string) => z.number().int(`${field} must be an integer`);

/** A peer block; a bare address means just that address (/32). */
const remotePrefix = z
  .string()
  .trim()
  .transform((text) => (text.includes('/') ? text : `${text}/32`))
  .pipe(cidrBlock)
  .transform(formatCidr);

interface RuleSpec {
  protocol: string | null;
  portRangeMin: number | null;
  portRangeMax: number | null;
}

/** Neutron's port-range rules (nhn-network §9), checked here with messages a person can act on. */
function checkPorts(spec: RuleSpec): RuleSpec {
  const { protocol: proto } = spec;
  let { portRangeMin: min, portRangeMax: max } = spec;
  if (min === null && max === null) return spec;
  if (proto === null || !['tcp', 'udp', 'icmp'].includes(proto)) {
    throw new ValidationError('ports can be given only with protocol tcp, udp or icmp', ['input', 'portRangeMin']);
  }
  if (proto === 'icmp') {
    if (min === null) throw new ValidationError('ICMP rules need the type (portRangeMin) when a code is given', ['input', 'portRangeMin']);
    for (const [value, field] of [[min, 'portRangeMin'], [max, 'portRangeMax']] as const) {
      if (value !== null && (value < 0 || value > 255)) throw new ValidationError(`${field} must be an ICMP type/code between 0 and 255`, ['input', field]);
    }
    return { protocol: proto, portRangeMin: min, portRangeMax: max };
  }
  min ??= max;
  max ??= min;
  for (const [value, field] of [[min, 'portRangeMin'], [max, 'portRangeMax']] as const) {
    if (value! < 1 || value! > 65535) throw new ValidationError(`${field} must be a port between 1 and 65535`, ['input', field]);
  }
  if (min! > max!) throw new ValidationError('portRangeMin must not be larger than portRangeMax', ['input', 'portRangeMin']);
  return { protocol: proto, portRangeMin: min, portRangeMax: max };
}

function sameRule(a: SecurityGroupRule, b: Omit<SecurityGroupRule, 'id' | 'provider' | 'region' | 'etherType' | 'description'>): boolean {
  return (
    a.direction === b.direction &&
    a.etherType === 'IPv4' &&
    a.protocol === b.protocol &&
    a.portRangeMin === b.portRangeMin &&
    a.portRangeMax === b.portRangeMax &&
    (a.remoteIpPrefix ?? null) === (b.remoteIpPrefix ?? null) &&
    (a.remoteGroupId ?? null) === (b.remoteGroupId ?? null)
  );
}

async function findGroup(ctx: HanulContext, ref: Ref): Promise<SecurityGroup> {
  const group = (await lists.securityGroups(ctx, ref)).find((g) => g.id === ref.id);
  if (!group) throw new NotFoundError('SecurityGroup', ref.id, `SecurityGroup ${ref.id} does not exist in ${ref.region}`);
  return group;
}

builder.mutationFields((t) => ({
  createSecurityGroup: t.field({
    type: SecurityGroupPayload,
    description: 'Creates a security group; the cloud gives it rules allowing all egress.',
    args: { input: t.arg({ type: CreateSecurityGroupInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ securityGroup: null as SecurityGroup | null }, async () => {
        const region = parseRegionId(String(input.regionId), ['input', 'regionId']);
        const name = validate(groupName, input.name, ['input', 'name']);
        const description = input.description == null ? undefined : validate(z.string().max(255, 'must be at most 255 characters'), input.description, ['input', 'description']);
        const session = sessionFor(ctx, region.provider);
        const securityGroup = await keyedCreate(ctx, session, region, input, {
          kind: 'SecurityGroup',
          create: () => session.network.createSecurityGroup(region.region, { name, description }),
          id: (made) => made.id,
          read: async (id) => (await lists.securityGroups(ctx, region)).find((g) => g.id === id),
        });
        changed(ctx, region, 'securityGroups');
        return { securityGroup };
      }),
  }),
  updateSecurityGroup: t.field({
    type: SecurityGroupPayload,
    args: { input: t.arg({ type: UpdateSecurityGroupInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ securityGroup: null as SecurityGroup | null }, async () => {
        const ref = parseGlobalId(String(input.id), 'SecurityGroup', ['input', 'id']);
        const name = input.name == null ? undefined : validate(groupName, input.name, ['input', 'name']);
        const description = input.description == null ? undefined : validate(z.string().max(255, 'must be at most 255 characters'), input.description, ['input', 'description']);
        if (name === undefined && description === undefined) throw new ValidationError('Give a new name or description', ['input']);
        const group = await findGroup(ctx, ref);
        if (group.name === 'default' && name !== undefined) throw new ConflictError('The default security group cannot be renamed');
        const securityGroup = await sessionFor(ctx, ref.provider).network.updateSecurityGroup(ref.region, ref.id, { name, description });
        changed(ctx, ref, 'securityGroups');
        return { securityGroup };
      }),
  }),
  deleteSecurityGroup: t.field({
    type: DeletePayloadRef,
    description: 'Deletes a security group. Refused (ConflictError) for `default` and while ports (servers) use it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ deletedId: null as string | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'SecurityGroup', ['id']);
        const [group, ports] = await Promise.all([findGroup(ctx, ref), lists.ports(ctx, ref)]);
        if (group.name === 'default') throw new ConflictError('The default security group cannot be deleted');
        const users = ports.filter((p) => p.securityGroupIds.includes(group.id));
        if (users.length) throw new ConflictError(`Security group "${group.name}" is in use by ${await describePortUsers(ctx, ref, users)}`);
        await sessionFor(ctx, ref.provider).network.deleteSecurityGroup(ref.region, ref.id);
        changed(ctx, ref, 'securityGroups');
        return { deletedId: String(args.id) };
      }),
  }),
  createSecurityGroupRule: t.field({
    type: SecurityGroupRulePayload,
    description: 'Adds an IPv4 allow rule to a security group.',
    args: { input: t.arg({ type: CreateSecurityGroupRuleInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ rule: null as SecurityGroupRule | null }, async () => {
        const ref = parseGlobalId(String(input.securityGroupId), 'SecurityGroup', ['input', 'securityGroupId']);
        const proto = input.protocol == null ? null : validate(protocol, input.protocol, ['input', 'protocol']);
        const ports = checkPorts({
          protocol: proto,
          portRangeMin: input.portRangeMin == null ? null : validate(port('portRangeMin'), input.portRangeMin, ['input', 'portRangeMin']),
          portRangeMax: input.portRangeMax == null ? null : validate(port('portRangeMax'), input.portRangeMax, ['input', 'portRangeMax']),
        });
        const remoteIpPrefix = input.remoteIpPrefix == null ? null : validate(remotePrefix, input.remoteIpPrefix, ['input', 'remoteIpPrefix']);
        let remoteGroupId: string | null = null;
        if (input.remoteSecurityGroupId != null) {
          if (remoteIpPrefix) throw new ValidationError('Give remoteIpPrefix or remoteSecurityGroupId, not both', ['input', 'remoteSecurityGroupId']);
          const remote = parseGlobalId(String(input.remoteSecurityGroupId), 'SecurityGroup', ['input', 'remoteSecurityGroupId']);
          sameRegion(ref, remote, ['input', 'remoteSecurityGroupId']);
          remoteGroupId = (await findGroup(ctx, remote)).id;
        }
        const description = input.description == null ? null : validate(z.string().max(255, 'must be at most 255 characters'), input.description, ['input', 'description']);
        const session = sessionFor(ctx, ref.provider);
        const rule = await keyedCreate(ctx, session, ref, input, {
          kind: 'SecurityGroupRule',
          // The duplicate check runs inside: a replay must not trip over the rule its first attempt made.
          create: async () => {
            const group = await findGroup(ctx, ref);
            const spec = { securityGroupId: group.id, direction: input.direction, ...ports, remoteIpPrefix, remoteGroupId, description };
            const existing = group.rules.find((r) => sameRule(r, spec));
            if (existing) throw new ConflictError(`Security group "${group.name}" already has this rule (${refKey(existing, existing.id)})`);
            return session.network.createSecurityGroupRule(ref.region, spec);
          },
          id: (made) => made.id,
          read: async (id) => (await findGroup(ctx, ref)).rules.find((r) => r.id === id),
        });
        changed(ctx, ref, 'securityGroups');
        return { rule };
      }),
  }),
  deleteSecurityGroupRule: t.field({
    type: DeletePayloadRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) =>
      outcome({ deletedId: null as string | null }, async () => {
        const ref = parseGlobalId(String(args.id), 'SecurityGroupRule', ['id']);
        await sessionFor(ctx, ref.provider).network.deleteSecurityGroupRule(ref.region, ref.id);
        changedKinds(ctx, ref, 'securityGroups');
        return { deletedId: String(args.id) };
      }),
  }),
}));

registerNodeLoader('SecurityGroup', SecurityGroupRef);
registerNodeLoader('SecurityGroupRule', SecurityGroupRuleRef);
