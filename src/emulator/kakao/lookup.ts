import type { EmulatorContext } from '../context.js';
import { badRequest, notFound } from './errors.js';

/**
 * The resource stored under `key`, or a thrown 404. While the post-create window of the
 * eventual-consistency quirk is open (`KakaoSettings.createVisibilityMs`), a new resource
 * also reads as 404, the way Terraform sees it right after a create (§1.6).
 */
export function lookup<T extends { id: string }>(ctx: EmulatorContext, map: ReadonlyMap<string, T>, key: string, kind: string): T {
  const found = map.get(key);
  if (!found || ctx.kakao.isConcealed(found.id, ctx.now())) notFound(kind, key);
  return found;
}

/**
 * A resource another one refers to in a request body (`vpc_id`, `flavor_id`, …): unknown
 * references are the request's fault, so [guess] 400 rather than 404.
 */
export function reference<T>(map: ReadonlyMap<string, T>, key: string, kind: string): T {
  const found = map.get(key);
  if (!found) badRequest(`${kind} ${key} could not be found`);
  return found;
}
