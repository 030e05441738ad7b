/** Time formats the clouds use, in one place so every service formats alike. */

/** `2020-04-29T15:31:21Z` (Keystone `expires`, Nova `created`). */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `2020-04-29T03:32:28.000405` (Keystone `issued_at`, Cinder timestamps): microseconds, no zone. */
export function isoMicrosNoZone(d: Date): string {
  return d.toISOString().replace(/Z$/, '000').replace(/(\.\d{6})\d*$/, '$1');
}

/** `2020-04-29 03:32:28` (Neutron VPC-native `create_time`). */
export function spaceSeconds(d: Date): string {
  return d.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
}

/** `2020-04-29T03:32:28+00:00` (Magnum/NKS). */
export function isoOffset(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
