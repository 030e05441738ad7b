import { z } from 'zod';
import type { EmulatorContext } from '../../context.js';
import { newUuid } from '../../ids.js';
import { empty, type Router } from '../../router.js';
import { networkCall } from './access.js';
import { conflict } from './errors.js';
import { networkBody, resourceName } from './fields.js';
import { itemResponse, listResponse } from './listing.js';
import { checkQuota } from './quotas.js';
import { renderRule } from './security-group-rules.js';
import { addRule, openRule, type NetworkState, type SecurityGroup } from './state.js';
import { ownSecurityGroup } from './topology.js';

const createGroup = z.object({ name: resourceName.optional(), description: z.string().optional() });
const updateGroup = createGroup;

export function renderSecurityGroup(state: NetworkState, group: SecurityGroup): Record<string, unknown> {
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    tenant_id: group.tenantId,
    project_id: group.tenantId,
    security_group_rules: [...state.securityGroupRules.values()].filter((r) => r.securityGroupId === group.id).map(renderRule),
  };
}

/** Creates a group holding the two egress rules NHN gives every new group (nhn-network §8). */
export function addSecurityGroup(state: NetworkState, fields: Pick<SecurityGroup, 'name' | 'description' | 'tenantId'> & Partial<SecurityGroup>): SecurityGroup {
  const group: SecurityGroup = { id: newUuid(), ...fields };
  state.securityGroups.set(group.id, group);
  addRule(state, openRule(group, 'egress', 'IPv4'));
  addRule(state, openRule(group, 'egress', 'IPv6'));
  return group;
}

/** `/v2.0/security-groups`: CRUD; `default` can be neither renamed nor deleted. */
export function registerSecurityGroupRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/v2.0/security-groups', (req) => {
    const { state } = networkCall(ctx, req);
    return listResponse(ctx, req, 'security_groups', [...state.securityGroups.values()].map((g) => renderSecurityGroup(state, g)));
  });

  router.get('/v2.0/security-groups/:id', (req) => {
    const { state } = networkCall(ctx, req);
    return itemResponse(req, 'security_group', renderSecurityGroup(state, ownSecurityGroup(state, req.params.id!)));
  });

  router.post('/v2.0/security-groups', (req) => {
    const { tenantId, state } = networkCall(ctx, req);
    const body = networkBody(req, 'security_group', createGroup);
    refuseDefaultName(body.name);
    checkQuota('security_group', state.securityGroups.size);
    // The two default egress rules count against the rule quota too.
    checkQuota('security_group_rule', state.securityGroupRules.size + 1);
    const group = addSecurityGroup(state, { name: body.name ?? '', description: body.description ?? '', tenantId });
    return itemResponse(req, 'security_group', renderSecurityGroup(state, group), 201);
  });

  router.put('/v2.0/security-groups/:id', (req) => {
    const { state } = networkCall(ctx, req);
    const group = ownSecurityGroup(state, req.params.id!);
    const body = networkBody(req, 'security_group', updateGroup);
    if (group.name === 'default' && body.name !== undefined && body.name !== 'default') {
      throw conflict('SecurityGroupCannotUpdateDefault', 'Updating default security group not allowed.');
    }
    if (group.name !== 'default') refuseDefaultName(body.name);
    if (body.name !== undefined) group.name = body.name;
    if (body.description !== undefined) group.description = body.description;
    return itemResponse(req, 'security_group', renderSecurityGroup(state, group));
  });

  router.delete('/v2.0/security-groups/:id', (req) => {
    const { state } = networkCall(ctx, req);
    const group = ownSecurityGroup(state, req.params.id!);
    if (group.name === 'default') throw conflict('SecurityGroupCannotRemoveDefault', 'Insufficient rights for removing default security group.');
    if ([...state.ports.values()].some((p) => p.securityGroups.includes(group.id))) {
      throw conflict('SecurityGroupInUse', `Security Group ${group.id} in use.`);
    }
    // Rules of this group, and rules of other groups naming it as remote, go with it.
    for (const rule of state.securityGroupRules.values()) {
      if (rule.securityGroupId === group.id || rule.remoteGroupId === group.id) state.securityGroupRules.delete(rule.id);
    }
    state.securityGroups.delete(group.id);
    return empty(204);
  });
}

/** Only the tenant's own default group may be called `default`. */
function refuseDefaultName(name: string | undefined): void {
  if (name === 'default') throw conflict('SecurityGroupDefaultAlreadyExists', 'Default security group already exists.');
}
