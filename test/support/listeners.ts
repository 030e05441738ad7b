/**
 * Counts live EventTarget listeners by event type in this process. Hanul's in-process
 * pub/sub (graphql-yoga's createPubSub) registers one listener per subscribed topic
 * (`status:{key}`, `poke:{key}`) on a plain EventTarget, so after every subscriber has
 * gone the count of those must be back to zero: nothing left listening, nothing leaking.
 *
 * It observes the real EventTarget (wrapping, not replacing, add/removeEventListener);
 * install it before the server starts so that every registration is seen.
 */
const live = new WeakMap<EventTarget, Map<string, Set<unknown>>>();
const counts = new Map<string, number>();
let installed = false;

export function trackEventListeners(): void {
  if (installed) return;
  installed = true;
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: AddEventListenerOptions | boolean) {
    if (listener) {
      let byType = live.get(this);
      if (!byType) live.set(this, (byType = new Map()));
      let set = byType.get(type);
      if (!set) byType.set(type, (set = new Set()));
      if (!set.has(listener)) {
        set.add(listener);
        counts.set(type, (counts.get(type) ?? 0) + 1);
      }
    }
    return add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: EventListenerOptions | boolean) {
    const set = listener ? live.get(this)?.get(type) : undefined;
    if (set?.delete(listener)) counts.set(type, (counts.get(type) ?? 1) - 1);
    return remove.call(this, type, listener, options);
  };
}

/** Live listeners whose event type starts with `prefix` (e.g. `status:` or `poke:`). */
export function liveListeners(prefix: string): number {
  if (!installed) throw new Error('call trackEventListeners() before the server starts');
  let total = 0;
  for (const [type, n] of counts) if (type.startsWith(prefix)) total += n;
  return total;
}
