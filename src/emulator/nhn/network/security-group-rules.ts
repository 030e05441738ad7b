import { z } from 'zod';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import { empty, type Router } from '../../router.js';
import { networkCall } from './access.js';
import { badRequest, conflict } from './errors.js';
import { intish, networkBody, normalisedCidr } from './fields.js';
import { itemResponse, listResponse } from './listing.js';
import { checkQuota } from './quotas.js';
import { addRule, type NetworkState, type SecurityGroupRule } from './state.js';
import { findOwn, ownSecurityGroup } from './topology.js';

/** A CIDR or bare address (taken as /32), normalised as Neutron does. */
const remotePrefix = z.string().transform((text, ctx) => {
  const cidr = normalisedCidr(text.includes('/') ? text : `${text}/32`);
  if (cidr) return cidr;
  ctx.addIssue({ code: 'custom', message: `'${text}' is not a valid IP subnet` });
  return z.NEVER;
});

const createRule = z.object({
  security_group_id: z.string(),
  direction: z.enum(['ingress', 'egress']),
  ethertype: z.enum(['IPv4', 'IPv6']).optional(),
  protocol: z.string().nullable().optional(),
  port_range_min: intish.nullable().optional(),
  port_range_max: intish.nullable().optional(),
  remote_ip_prefix: remotePrefix.nullable().optional(),
  remote_group_id: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
});

const PORT_PROTOCOLS = new Set(['tcp', 'udp']);

export function renderRule(rule: SecurityGroupRule): Record<string, unknown> {
  return {
    id: rule.id,
    security_group_id: rule.securityGroupId,
    tenant_id: rule.tenantId,
    project_id: rule.tenantId,
    direction: rule.direction,
    ethertype: rule.ethertype,
    protocol: rule.protocol,
    port_range_min: rule.portRangeMin,
    port_range_max: rule.portRangeMax,
    remote_ip_prefix: rule.remoteIpPrefix,
    remote_group_id: rule.remoteGroupId,
    description: rule.description,
  };
}

/** Neutron's protocol check: a few names, or an IP protocol number. */
function normaliseProtocol(protocol: string | null | undefined): string | null {
  if (protocol === null || protocol === undefined || protocol === '' || protocol.toLowerCase() === 'any') return null;
  const name = protocol.toLowerCase();
  if (name === 'icmp' || PORT_PROTOCOLS.has(name)) return name;
  if (/^\d+$/.test(name) && Number(name) <= 255) return name;
  throw badRequest(
    `Security group rule protocol ${protocol} not supported. Only protocol values [None, 'tcp', 'udp', 'icmp'] and integer representations [0 to 255] are supported.`,
    'SecurityGroupRuleInvalidProtocol',
  );
}

/** Neutron's port-range rules: both ends for TCP/UDP, type/code 0–255 for ICMP. */
function checkPortRange(protocol: string | null, min: number | null, max: number | null): void {
  if (min === null && max === null) return;
  if (protocol === null) throw badRequest('Must also specify protocol if port range is given.', 'SecurityGroupProtocolRequiredWithPorts');
  if (PORT_PROTOCOLS.has(protocol)) {
    if (min === 0 || max === 0) throw badRequest('Invalid value for port 0.', 'SecurityGroupInvalidPortValue');
    if (min === null || max === null || min > max || max > 65535) {
      throw badRequest('For TCP/UDP protocols, port_range_min must be <= port_range_max', 'SecurityGroupInvalidPortRange');
    }
  } else if (protocol === 'icmp') {
    for (const [value, field] of [[min, 'type'], [max, 'code']] as const) {
      if (value !== null && value > 255) throw badRequest(`Invalid value for ICMP ${field} (port-range-min/max) ${value}. It must be 0 to 255.`, 'SecurityGroupInvalidIcmpValue');
    }
    if (min === null) throw badRequest(`ICMP code (port-range-max) ${max} is provided but ICMP type (port-range-min) is missing.`, 'SecurityGroupMissingIcmpType');
  }
}

function sameRule(a: SecurityGroupRule, b: SecurityGroupRule): boolean {
  const keys = ['securityGroupId', 'direction', 'ethertype', 'protocol', 'portRangeMin', 'portRangeMax', 'remoteIpPrefix', 'remoteGroupId'] as const;
  return keys.every((k) => a[k] === b[k]);
}

function ownRule(state: NetworkState, id: string): SecurityGroupRule {
  return findOwn(state.securityGroupRules, id, 'SecurityGroupRuleNotFound', `Security group rule ${id} does not exist`);
}

/** `/v2.0/security-group-rules`: list, get, create (IPv4 only), delete; rules have no update. */
export function registerSecurityGroupRuleRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/v2.0/security-group-rules', (req) => {
    const { state } = networkCall(ctx, req);
    return listResponse(ctx, req, 'security_group_rules', [...state.securityGroupRules.values()].map(renderRule));
  });

  router.get('/v2.0/security-group-rules/:id', (req) => {
    const { state } = networkCall(ctx, req);
    return itemResponse(req, 'security_group_rule', renderRule(ownRule(state, req.params.id!)));
  });

  router.post('/v2.0/security-group-rules', (req) => {
    const { tenantId, state } = networkCall(ctx, req);
    const body = networkBody(req, 'security_group_rule', createRule);
    const group = ownSecurityGroup(state, body.security_group_id);
    // IPv6 rules exist only as NHN's defaults (nhn-network §9).
    // [guess] the API refuses them with a 400.
    if (body.ethertype === 'IPv6') throw badRequest('Only IPv4 security group rules can be created.');
    const protocol = normaliseProtocol(body.protocol);
    const min = body.port_range_min ?? null;
    const max = body.port_range_max ?? null;
    checkPortRange(protocol, min, max);
    if (body.remote_ip_prefix && body.remote_group_id) {
      throw badRequest('Only remote_ip_prefix or remote_group_id may be provided.', 'SecurityGroupRemoteGroupAndRemoteIpPrefix');
    }
    if (body.remote_group_id) ownSecurityGroup(state, body.remote_group_id);
    const rule: SecurityGroupRule = {
      id: newUuid(),
      securityGroupId: group.id,
      tenantId,
      direction: body.direction,
      ethertype: 'IPv4',
      protocol,
      portRangeMin: min,
      portRangeMax: max,
      remoteIpPrefix: body.remote_ip_prefix ?? null,
      remoteGroupId: body.remote_group_id ?? null,
      description: body.description ?? '',
    };
    const existing = [...state.securityGroupRules.values()].find((r) => sameRule(r, rule));
    if (existing) throw conflict('SecurityGroupRuleExists', `Security group rule already exists. Rule id is ${existing.id}.`);
    checkQuota('security_group_rule', state.securityGroupRules.size);
    return itemResponse(req, 'security_group_rule', renderRule(addRule(state, rule)), 201);
  });

  router.delete('/v2.0/security-group-rules/:id', (req) => {
    const { state } = networkCall(ctx, req);
    state.securityGroupRules.delete(ownRule(state, req.params.id!).id);
    return empty(204);
  });
}
