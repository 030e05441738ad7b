/** Marker pagination as the OpenStack services do it, shared by the emulated services. */

/**
 * The items after the one whose id is `marker`, in the order given; all items when there
 * is no marker, `undefined` when the marker names no item. Filters are applied by the
 * caller afterwards, so a marker that a filter would hide still positions the page.
 */
export function afterMarker<T extends { id: string }>(sorted: readonly T[], marker: string | null): T[] | undefined {
  if (!marker) return [...sorted];
  const index = sorted.findIndex((item) => item.id === marker);
  return index < 0 ? undefined : sorted.slice(index + 1);
}
