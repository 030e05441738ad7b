import type { RegionInfo } from '../model.js';

const DISPLAY_NAMES: Record<string, string> = {
  kr1: 'Korea (Pangyo)',
  kr2: 'Korea (Pyeongchon)',
  kr3: 'Korea (Gwangju)',
  jp1: 'Japan (Tokyo)',
  us1: 'USA (California)',
};

export function nhnRegions(names: readonly string[]): RegionInfo[] {
  return names.map((name) => ({ provider: 'NHN', region: name, displayName: DISPLAY_NAMES[name] ?? name }));
}

/** NKS is offered in these regions only (nhn-nks §1.1): no NKS URL is made for another. */
export const NKS_REGIONS: readonly string[] = ['kr1', 'kr2', 'kr3'];
