import { newUuid } from '../ids.js';
import type { EmuResponse } from '../router.js';

/** Services whose answers also carry Nova's `x-compute-request-id` (Cinder sets it too: openstack-discovery §5). */
const COMPUTE_STYLE = new Set(['compute', 'volume']);

/**
 * Stamps an NHN answer (errors and faults included) with `x-openstack-request-id`, which the
 * clients print as "Request-ID"; a request id the service set itself (Swift's `X-Trans-Id`
 * twin, Magnum's) is kept. `path` is the request path, `/nhn/{region}/{service}/…`.
 */
export function withRequestIds(path: string, answer: EmuResponse): EmuResponse {
  const [, cloud, , service = ''] = path.split('/');
  if (cloud !== 'nhn') return answer;
  const headers = { ...answer.headers };
  const id = headers['x-openstack-request-id'] ?? `req-${newUuid()}`;
  headers['x-openstack-request-id'] = id;
  if (COMPUTE_STYLE.has(service)) headers['x-compute-request-id'] ??= id;
  return { ...answer, headers };
}
