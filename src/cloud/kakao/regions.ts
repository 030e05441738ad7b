import type { RegionInfo } from '../model.js';

/**
 * Display names of the regions KakaoCloud's tooling knows (kakaocloud §1.1). The reference
 * names no city for any of them, so none is given here.
 */
const DISPLAY_NAMES: Record<string, string> = {
  'kr-central-1': 'Korea Central 1',
  'kr-central-2': 'Korea Central 2',
  'kr-central-3': 'Korea Central 3',
};

export function kakaoRegions(names: readonly string[]): RegionInfo[] {
  return names.map((name) => ({ provider: 'KAKAO', region: name, displayName: DISPLAY_NAMES[name] ?? name }));
}
