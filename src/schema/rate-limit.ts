import { tenantOf, type BudgetState } from '../domain/cost/budget.js';
import { builder } from './builder.js';

const RateLimitRef = builder.objectRef<BudgetState>('RateLimit').implement({
  description: "The caller's tenant's upstream budget this minute (GitHub's `rateLimit` is the model).",
  fields: (t) => ({
    limit: t.exposeInt('limit', { description: 'Upstream calls per minute; 0: unlimited' }),
    used: t.exposeInt('used', { description: 'Upstream calls made this minute, by every replica' }),
    remaining: t.exposeInt('remaining', { nullable: true, description: 'Calls left this minute; null when unlimited' }),
    resetAt: t.expose('resetAt', { type: 'DateTime', description: 'When the minute ends and the budget is whole again' }),
  }),
});

builder.queryField('rateLimit', (t) =>
  t.field({
    type: RateLimitRef,
    description: "The upstream call budget of this request's tenant. Costs no upstream call.",
    resolve: (_, __, ctx) => ctx.services.budget.state(tenantOf(ctx.sessions)),
  }),
);
