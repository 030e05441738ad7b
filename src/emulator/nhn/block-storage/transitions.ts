import type { EmulatorContext } from '../../context.js';

interface Stateful {
  id: string;
  status: string;
}

/**
 * Runs `finish` one transition later if `item` is still held and still in `status`: a
 * later operation (delete, another action) wins over a stale step.
 */
export function settleLater<T extends Stateful>(ctx: EmulatorContext, items: Map<string, T>, item: T, status: T['status'], finish: () => void): void {
  ctx.scheduler.after(() => {
    if (items.get(item.id) === item && item.status === status) finish();
  });
}

/** Puts `item` in `deleting` and drops it one transition later (then GET answers 404). */
export function deleteLater<T extends Stateful>(ctx: EmulatorContext, items: Map<string, T>, item: T & { status: 'deleting' | T['status'] }): void {
  item.status = 'deleting';
  settleLater(ctx, items, item, 'deleting', () => items.delete(item.id));
}
