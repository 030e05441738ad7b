import type { Placement, ProviderName, RegionInfo } from '../cloud/model.js';
import { builder } from './builder.js';
import type { HanulContext } from '../server/context.js';
import { parseRegionKey, regionKeyParser } from './refs.js';
import { regionKey } from '../domain/keys.js';

export const CloudProviderEnum = builder.enumType('CloudProvider', {
  values: { NHN: { description: 'NHN Cloud' }, KAKAO: { description: 'KakaoCloud' } } as const,
});

/** Regions the operation's credentials can see, from every provider it has a session for. */
export function visibleRegions(ctx: HanulContext, provider?: ProviderName | null): RegionInfo[] {
  return [...ctx.sessions.values()].filter((s) => !provider || s.provider === provider).flatMap((s) => s.regions());
}

function findRegion(ctx: HanulContext, p: Placement): RegionInfo | undefined {
  return visibleRegions(ctx, p.provider).find((r) => r.region === p.region);
}

/** Region nodes cost no upstream call: the region list is configuration. */
export const RegionRef = builder.loadableNode('Region', {
  description: "A cloud region, as the cloud names it (kr1, kr2, kr-central-2). Its fields list what it holds.",
  id: { resolve: (r: RegionInfo) => regionKey(r), parse: regionKeyParser },
  load: async (keys: string[], ctx: HanulContext) =>
    keys.map((k) => {
      const p = parseRegionKey(k);
      return (p && findRegion(ctx, p)) ?? null;
    }) as RegionInfo[],
  fields: (t) => ({
    provider: t.field({ type: CloudProviderEnum, resolve: (r) => r.provider }),
    name: t.string({ resolve: (r) => r.region, description: 'The name the cloud uses: kr1, kr2, kr-central-2, …' }),
    displayName: t.exposeString('displayName'),
  }),
});

builder.queryFields((t) => ({
  regions: t.field({
    type: [RegionRef],
    description: 'Every region the credentials reach, of one provider or of all.',
    authScopes: { credentials: true },
    args: { provider: t.arg({ type: CloudProviderEnum, required: false }) },
    resolve: (_, args, ctx) => visibleRegions(ctx, args.provider),
  }),
  region: t.field({
    type: RegionRef,
    nullable: true,
    authScopes: { credentials: true },
    args: {
      provider: t.arg({ type: CloudProviderEnum, required: true }),
      name: t.arg.string({ required: true, description: 'As the cloud spells it: kr1, kr2, kr-central-2' }),
    },
    resolve: (_, args, ctx) => findRegion(ctx, { provider: args.provider, region: args.name }) ?? null,
  }),
}));
