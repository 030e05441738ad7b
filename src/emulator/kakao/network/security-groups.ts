import { z } from 'zod';
import { isoSeconds } from '../../clock.js';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import type { Router } from '../../router.js';
import { empty, json } from '../../router.js';
import { authorize } from '../auth.js';
import { cidrField, readWrapped } from '../body.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { lookup, reference } from '../lookup.js';
import { fieldFilters, pagedList } from '../pagination.js';
import type { KakaoRegionState } from '../state.js';

export type RuleProtocol = 'TCP' | 'UDP' | 'ICMP' | 'IPIP' | 'ALL';

/** A rule as stored: ports are numbers here and become strings in responses (§7.2). */
export interface SecurityGroupRule {
  id: string;
  direction: 'ingress' | 'egress';
  protocol: RuleProtocol;
  port_range_min: number | null;
  port_range_max: number | null;
  remote_ip_prefix: string | null;
  remote_group_id: string | null;
  description: string | null;
  created_at: string;
  updated_at: string;
}

/** A security group; names are unique in a project (§7.2). */
export interface SecurityGroupRecord {
  id: string;
  name: string;
  description: string | null;
  is_stateful: boolean;
  tags: string[];
  project_id: string;
  rules: SecurityGroupRule[];
  created_at: string;
  updated_at: string;
}

const nameField = z.string().min(1).max(255);
const createGroup = z.object({ name: nameField, description: z.string().max(255).optional() });
const updateGroup = z.object({ name: nameField.optional(), description: z.string().max(255).optional() });
const port = z.number().int().min(1).max(65535);
/** Ports are JSON integers in requests: a string port is refused, unlike in responses. */
export const createRule = z.object({
  direction: z.enum(['ingress', 'egress']),
  protocol: z.enum(['TCP', 'UDP', 'ICMP', 'IPIP', 'ALL']),
  port_range_min: port.optional(),
  port_range_max: port.optional(),
  remote_ip_prefix: cidrField.optional(),
  remote_group_id: z.string().optional(),
  description: z.string().max(255).optional(),
});

export function renderRule(state: KakaoRegionState, rule: SecurityGroupRule): Record<string, unknown> {
  return {
    ...rule,
    port_range_min: rule.port_range_min === null ? null : String(rule.port_range_min),
    port_range_max: rule.port_range_max === null ? null : String(rule.port_range_max),
    remote_group_name: rule.remote_group_id ? (state.securityGroups.get(rule.remote_group_id)?.name ?? null) : null,
  };
}

export function renderSecurityGroup(state: KakaoRegionState, group: SecurityGroupRecord): Record<string, unknown> {
  return { ...group, project_name: state.project.name, rules: group.rules.map((r) => renderRule(state, r)) };
}

/**
 * Creates a group with the two egress rules Neutron adds to every new group ([guess]: the
 * reference does not list Kakao's defaults). A taken name is a 409.
 */
export function addSecurityGroup(ctx: EmulatorContext, state: KakaoRegionState, name: string, description: string | null): SecurityGroupRecord {
  requireFreeName(state, name);
  const now = isoSeconds(ctx.now());
  const group: SecurityGroupRecord = {
    id: newUuid(),
    name,
    description,
    is_stateful: true,
    tags: [],
    project_id: state.project.id,
    rules: [],
    created_at: now,
    updated_at: now,
  };
  state.securityGroups.set(group.id, group);
  addRule(ctx, state, group, { direction: 'egress', protocol: 'ALL', remote_ip_prefix: '0.0.0.0/0' });
  return group;
}

function requireFreeName(state: KakaoRegionState, name: string, except?: SecurityGroupRecord): void {
  for (const group of state.securityGroups.values()) {
    if (group.name === name && group !== except) conflict(`Security group name '${name}' is already in use.`);
  }
}

/** Adds a rule after Neutron's checks: consistent ports, one remote, no duplicate (409). */
export function addRule(ctx: EmulatorContext, state: KakaoRegionState, group: SecurityGroupRecord, input: z.infer<typeof createRule>): SecurityGroupRule {
  const hasPorts = input.port_range_min !== undefined || input.port_range_max !== undefined;
  if (hasPorts && input.protocol !== 'TCP' && input.protocol !== 'UDP') badRequest(`Port ranges apply to TCP and UDP only, not ${input.protocol}.`);
  const min = input.port_range_min ?? input.port_range_max ?? null;
  const max = input.port_range_max ?? input.port_range_min ?? null;
  if (min !== null && max !== null && min > max) badRequest('port_range_min must not exceed port_range_max.');
  if (input.remote_ip_prefix !== undefined && input.remote_group_id !== undefined) badRequest('Give remote_ip_prefix or remote_group_id, not both.');
  if (input.remote_group_id !== undefined) reference(state.securityGroups, input.remote_group_id, 'Security group');
  const now = isoSeconds(ctx.now());
  const rule: SecurityGroupRule = {
    id: newUuid(),
    direction: input.direction,
    protocol: input.protocol,
    port_range_min: min,
    port_range_max: max,
    remote_ip_prefix: input.remote_ip_prefix ?? (input.remote_group_id === undefined ? '0.0.0.0/0' : null),
    remote_group_id: input.remote_group_id ?? null,
    description: input.description ?? null,
    created_at: now,
    updated_at: now,
  };
  const same = (r: SecurityGroupRule): boolean =>
    r.direction === rule.direction && r.protocol === rule.protocol && r.port_range_min === rule.port_range_min &&
    r.port_range_max === rule.port_range_max && r.remote_ip_prefix === rule.remote_ip_prefix && r.remote_group_id === rule.remote_group_id;
  const duplicate = group.rules.find(same);
  if (duplicate) conflict(`Security group rule already exists. Rule id is ${duplicate.id}.`);
  group.rules.push(rule);
  group.updated_at = now;
  return rule;
}

/** `/api/v1/security-groups[/{id}[/rules[/{rule_id}]]]`. */
export function addSecurityGroupRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/security-groups', (req) => {
    const { state } = authorize(ctx, req);
    return pagedList('security_groups', [...state.securityGroups.values()].map((g) => renderSecurityGroup(state, g)), req.query, {
      filters: fieldFilters('id', 'name', 'created_at', 'updated_at'),
    });
  });
  router.post('/api/v1/security-groups', (req) => {
    const { state, now } = authorize(ctx, req);
    const body = readWrapped(req, 'security_group', createGroup);
    const group = addSecurityGroup(ctx, state, body.name, body.description ?? null);
    ctx.kakao.conceal(group.id, now);
    return json(201, { security_group: renderSecurityGroup(state, group) });
  });
  router.get('/api/v1/security-groups/:id', (req) => {
    const { state } = authorize(ctx, req);
    return json(200, { security_group: renderSecurityGroup(state, lookup(ctx, state.securityGroups, req.params.id!, 'Security group')) });
  });
  router.put('/api/v1/security-groups/:id', (req) => {
    const { state, now } = authorize(ctx, req);
    const group = lookup(ctx, state.securityGroups, req.params.id!, 'Security group');
    const body = readWrapped(req, 'security_group', updateGroup);
    if (body.name !== undefined) {
      requireFreeName(state, body.name, group);
      group.name = body.name;
    }
    if (body.description !== undefined) group.description = body.description;
    group.updated_at = isoSeconds(now);
    return json(200, { security_group: renderSecurityGroup(state, group) });
  });
  router.delete('/api/v1/security-groups/:id', (req) => {
    const { state } = authorize(ctx, req);
    const group = lookup(ctx, state.securityGroups, req.params.id!, 'Security group');
    // [guess] As in Neutron, a group still used by an interface cannot be deleted.
    const users = [...state.networkInterfaces.values()].filter((n) => n.security_group_ids.includes(group.id));
    if (users.length > 0) conflict(`Security group ${group.id} is in use by ${users.length} network interface(s).`);
    state.securityGroups.delete(group.id);
    return empty(204);
  });
  router.post('/api/v1/security-groups/:id/rules', (req) => {
    const { state } = authorize(ctx, req);
    const group = lookup(ctx, state.securityGroups, req.params.id!, 'Security group');
    const rule = addRule(ctx, state, group, readWrapped(req, 'security_group_rule', createRule));
    return json(201, { security_group_rule: renderRule(state, rule) });
  });
  router.delete('/api/v1/security-groups/:id/rules/:ruleId', (req) => {
    const { state, now } = authorize(ctx, req);
    const group = lookup(ctx, state.securityGroups, req.params.id!, 'Security group');
    if (!group.rules.some((r) => r.id === req.params.ruleId)) notFound('Security group rule', req.params.ruleId!);
    group.rules = group.rules.filter((r) => r.id !== req.params.ruleId);
    group.updated_at = isoSeconds(now);
    return empty(204);
  });
}
