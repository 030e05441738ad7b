import type { EmulatorContext } from '../../context.js';
import { HttpError } from '../../errors.js';
import { Router, type EmuRequest, type EmuResponse } from '../../router.js';
import {
  createContainer,
  deleteContainer,
  headAccount,
  headContainer,
  listContainers,
  listObjects,
  updateAccount,
  updateContainer,
} from './containers.js';
import { swiftInfo } from './info.js';
import { copyObject, deleteObject, getObject, putObject, updateObject } from './objects.js';
import { swiftAnswer } from './swift-http.js';

type SwiftHandler = (ctx: EmulatorContext, req: EmuRequest) => EmuResponse;

/**
 * NHN Object Storage (Swift API), mounted at `/nhn/{region}/object-storage`; every path
 * starts with `/v1/AUTH_{storageTenantId}` (nhn-object-storage.md). Object GET also
 * answers HEAD, with the body left out by the server.
 */
export function objectStorageRouter(ctx: EmulatorContext): Router {
  const swift =
    (handler: SwiftHandler) =>
    (req: EmuRequest): EmuResponse => {
      try {
        return swiftAnswer(handler(ctx, req), ctx.now());
      } catch (err) {
        if (err instanceof HttpError) return swiftAnswer(err.response, ctx.now());
        throw err;
      }
    };
  const account = '/v1/:account';
  const container = `${account}/:container`;
  const object = `${container}/*object`;
  return new Router()
    .get('/info', swift(swiftInfo))
    .head(account, swift(headAccount))
    .get(account, swift(listContainers))
    .post(account, swift(updateAccount))
    .put(container, swift(createContainer))
    .post(container, swift(updateContainer))
    .head(container, swift(headContainer))
    .get(container, swift(listObjects))
    .delete(container, swift(deleteContainer))
    .put(object, swift(putObject))
    .get(object, swift(getObject))
    .post(object, swift(updateObject))
    .delete(object, swift(deleteObject))
    .add('COPY', object, swift(copyObject));
}
