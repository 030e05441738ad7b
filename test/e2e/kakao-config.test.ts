import { describe, expect, it } from 'vitest';
import { ConfigError, isDemo, loadConfig } from '../../src/config.js';
import { withEmulator } from '../../src/demo.js';
import { DEMO_KAKAO } from '../../src/emulator/seed.js';

describe('KakaoCloud configuration', () => {
  it('should default to kr-central-2 on the public hosts, with no server-held key', () => {
    const config = loadConfig({});
    expect(config.kakao).toEqual({
      regions: ['kr-central-2'],
      endpoints: {
        iam: 'https://iam.kakaocloud.com',
        service: 'https://{service}.{region}.kakaocloud.com',
        objectStorage: 'https://objectstorage.{region}.kakaocloud.com',
      },
      credentials: undefined,
    });
  });

  it('should read the access key, project and regions, and leave demo mode for them', () => {
    const config = loadConfig({ KAKAO_ACCESS_KEY_ID: 'id', KAKAO_ACCESS_KEY_SECRET: 'secret', KAKAO_PROJECT_ID: 'p1', KAKAO_REGIONS: 'kr-central-1, kr-central-2' });
    expect(config.kakao.credentials).toEqual({ accessKeyId: 'id', secret: 'secret', projectId: 'p1' });
    expect(config.kakao.regions).toEqual(['kr-central-1', 'kr-central-2']);
    expect(isDemo(config)).toBe(false);
    expect(isDemo(loadConfig({}))).toBe(true);
  });

  it('should refuse an access key id without its secret, and URL templates without their placeholders', () => {
    expect(() => loadConfig({ KAKAO_ACCESS_KEY_ID: 'id' })).toThrow(ConfigError);
    expect(() => loadConfig({ KAKAO_SERVICE_URL: 'https://bcs.example.com' })).toThrow(/KAKAO_SERVICE_URL: must contain \{service\} and \{region\}/);
    expect(() => loadConfig({ KAKAO_OBJECT_STORAGE_URL: 'https://os.example.com' })).toThrow(/KAKAO_OBJECT_STORAGE_URL/);
  });

  it('should point KakaoCloud at the emulator with the demo project in demo mode', () => {
    const config = withEmulator(loadConfig({}), 'http://127.0.0.1:9');
    expect(config.kakao.endpoints).toEqual({
      iam: 'http://127.0.0.1:9/kakao/iam',
      service: 'http://127.0.0.1:9/kakao/{service}/{region}',
      objectStorage: 'http://127.0.0.1:9/kakao/objectstorage/{region}',
    });
    expect(config.kakao.credentials).toEqual({ accessKeyId: DEMO_KAKAO.accessKeyId, secret: DEMO_KAKAO.secretAccessKey, projectId: DEMO_KAKAO.projectId });
  });
});
