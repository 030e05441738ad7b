import type { EmuResponse } from './router.js';

/**
 * Thrown by a handler to answer with a ready response (an error body in the service's
 * own format). The server catches it and sends `response` as it is.
 */
export class HttpError extends Error {
  constructor(readonly response: EmuResponse) {
    super(`emulated HTTP ${response.status}`);
  }
}
