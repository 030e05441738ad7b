import type { EmulatorContext } from '../../context.js';
import { HttpError } from '../../errors.js';
import { newUuid } from '../../ids.js';
import { json, type EmuRequest, type EmuResponse, type Handler } from '../../router.js';
import { requireToken } from '../auth.js';
import type { NhnRegion } from '../state.js';
import { magnumError } from './errors.js';
import type { NksState } from './state.js';
import type { Scope } from './validation.js';

/** NKS exists in these regions only (nhn-nks §1.1). */
export const NKS_REGIONS: readonly NhnRegion[] = ['kr1', 'kr2', 'kr3'];

/** Who calls NKS, where, and the state they own there (no tenant in the path: the token decides). */
export interface NksCall extends Scope {
  req: EmuRequest;
  userId: string;
  state: NksState;
}

// [guess] upstream Magnum's microversion range; NHN's fork does not publish its own.
export const MIN_VERSION = [1, 1] as const;
export const MAX_VERSION = [1, 14] as const;
const SERVICE_NAMES = ['container-infrastructure-management', 'container-infrastructure', 'container-infra'];
export const format = (v: readonly number[]) => v.join('.');

/**
 * The microversion asked for in `OpenStack-API-Version`. A missing header means Magnum's
 * oldest version (accepted, as the reference asks); a malformed or unsupported one is 406.
 */
function requestedVersion(req: EmuRequest): readonly number[] {
  const value = req.headers['openstack-api-version'];
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined) return MIN_VERSION;
  const words = text.trim().split(/\s+/);
  if (words.length !== 2 || !SERVICE_NAMES.includes(words[0]!)) {
    throw magnumError(406, 'Invalid service type for OpenStack-API-Version header');
  }
  if (words[1]!.toLowerCase() === 'latest') return MAX_VERSION;
  if (!/^\d+\.\d+$/.test(words[1]!)) throw magnumError(406, 'Invalid value for OpenStack-API-Version header');
  const version = words[1]!.split('.').map(Number);
  const [major, minor] = version as [number, number];
  if (major !== MIN_VERSION[0] || minor < MIN_VERSION[1] || minor > MAX_VERSION[1]) {
    const detail =
      `Version ${words[1]} was requested but the minor version is not supported by this service. ` +
      `The supported version range is: [${format(MIN_VERSION)}, ${format(MAX_VERSION)}].`;
    // Magnum formats this refusal itself, with the supported range, instead of the generic error entry.
    throw new HttpError(
      json(406, {
        errors: [
          {
            request_id: '',
            code: 'magnum.microversion-unsupported',
            status: 406,
            title: 'Requested microversion is unsupported',
            detail,
            links: [{ rel: 'help', href: 'http://docs.openstack.org/api-guide/compute/microversions.html' }],
            max_version: format(MAX_VERSION),
            min_version: format(MIN_VERSION),
          },
        ],
      }),
    );
  }
  return version;
}

function withHeaders(response: EmuResponse, headers: Record<string, string>): EmuResponse {
  return { ...response, headers: { ...response.headers, ...headers } };
}

/**
 * Wraps an NKS handler: regions without NKS answer like a host that does not exist, the
 * token is required (keystonemiddleware's JSON 401), the microversion is checked, and every
 * answer carries Magnum's request-id and version headers.
 */
export function nksRoute(ctx: EmulatorContext, handler: (call: NksCall) => EmuResponse): Handler {
  return (req) => {
    const region = req.region as NhnRegion;
    if (!NKS_REGIONS.includes(region)) {
      // There is no NKS host outside kr1/kr2/kr3: answer as the emulator does for any unknown host.
      return json(404, { error: { code: 404, message: `No emulated service at /nhn/${region}/kubernetes${req.path}` } });
    }
    const headers: Record<string, string> = { 'x-openstack-request-id': `req-${newUuid()}` };
    try {
      const token = requireToken(ctx, req, 'json');
      const version = requestedVersion(req);
      Object.assign(headers, {
        'openstack-api-version': `container-infra ${format(version)}`,
        'openstack-api-minimum-version': `container-infra ${format(MIN_VERSION)}`,
        'openstack-api-maximum-version': `container-infra ${format(MAX_VERSION)}`,
        vary: 'OpenStack-API-Version',
      });
      const state = ctx.nhn.region(token.tenantId, region).nks;
      return withHeaders(handler({ ctx, req, tenantId: token.tenantId, userId: token.account.userId, region, state }), headers);
    } catch (err) {
      if (err instanceof HttpError) return withHeaders(err.response, headers);
      throw err;
    }
  };
}
