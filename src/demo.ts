import type { Config } from './config.js';
import { DEMO_KAKAO, DEMO_NHN } from './emulator/seed.js';

/**
 * Points a configuration at an emulator with its demo tenant: every NHN and KakaoCloud
 * endpoint goes to the emulator's URLs, and the built-in demo tenant and project are the
 * server-held credentials, so the demo serves both clouds at once.
 */
export function withEmulator(config: Config, emulatorUrl: string): Config {
  const nhn = (service: string) => `${emulatorUrl}/nhn/{region}/${service}`;
  return {
    ...config,
    // Demo credentials make this the demo, whatever HANUL_DEMO said (introspection stays on).
    demo: { ...config.demo, mode: 'true' },
    nhn: {
      ...config.nhn,
      endpoints: {
        identity: `${emulatorUrl}/nhn/identity/v2.0`,
        compute: nhn('compute'),
        image: nhn('image'),
        network: nhn('network'),
        volume: nhn('volume'),
        objectStorage: nhn('object-storage'),
        kubernetes: nhn('kubernetes'),
      },
      credentials: { tenantId: DEMO_NHN.tenantId, username: DEMO_NHN.username, password: DEMO_NHN.password, storageTenantId: DEMO_NHN.storageTenantId },
    },
    kakao: {
      ...config.kakao,
      endpoints: {
        iam: `${emulatorUrl}/kakao/iam`,
        service: `${emulatorUrl}/kakao/{service}/{region}`,
        objectStorage: `${emulatorUrl}/kakao/objectstorage/{region}`,
      },
      credentials: { accessKeyId: DEMO_KAKAO.accessKeyId, secret: DEMO_KAKAO.secretAccessKey, projectId: DEMO_KAKAO.projectId },
    },
  };
}
