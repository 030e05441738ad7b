import { SwiftObjectStorage } from '../swift.js';
import type { KakaoClient } from './client.js';

/**
 * KakaoCloud Object Storage through its Swift interface: `/v1/{project id}` (no `AUTH_`
 * prefix) with the project's token (kakaocloud §10). Buckets are Swift containers; the
 * wire format is shared with NHN (`../swift.ts`), the client adds the URL and token.
 */
export class KakaoObjectStorage extends SwiftObjectStorage {
  constructor(client: KakaoClient) {
    super('KAKAO', (region, call) => client.raw('objectstorage', region, call));
  }
}
