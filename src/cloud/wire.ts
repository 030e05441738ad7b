/**
 * Timestamps as the clouds write them, read into Dates. NHN writes them several ways
 * (nhn-notes §4): `2020-04-29T15:31:21Z`, ISO with microseconds and no zone (UTC),
 * `2020-04-29 03:32:28` (UTC), `+00:00` offsets; KakaoCloud writes ISO 8601 in UTC
 * (kakaocloud §1.3) and Keystone's `…T15:31:21.000000Z` in IAM. All are UTC; this reads
 * any of them.
 */
export function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  let v = value.trim().replace(' ', 'T');
  if (!/(Z|[+-]\d\d:?\d\d)$/.test(v)) v += 'Z';
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}
