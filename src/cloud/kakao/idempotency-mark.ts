import { IDEMPOTENCY_MARK } from '../model.js';

/**
 * KakaoCloud instances and volumes carry no metadata on create (kakaocloud §3, §4), but
 * both take a `description`: a create's idempotency key rides at its end as
 * ` [hanul-idempotency-key=KEY]`, and reads strip it back into `metadata`.
 */
const MARK = new RegExp(`(?:^| )\\[${IDEMPOTENCY_MARK}=([^\\]]+)\\]$`);

/** The description to send: the caller's, with the key from `metadata` appended when there is one. */
export function markedDescription(description: string | undefined, metadata: Record<string, string>): string | undefined {
  const key = metadata[IDEMPOTENCY_MARK];
  if (!key) return description;
  const marked = `${description ? `${description} ` : ''}[${IDEMPOTENCY_MARK}=${key}]`;
  // Descriptions hold 255 characters: past that the key stays in Hanul's store only.
  return marked.length <= 255 ? marked : description;
}

/** The description as the user wrote it, and the key it carried as metadata. */
export function readMark(description: string | null | undefined): { description: string | null; metadata: Record<string, string> } {
  const match = description ? MARK.exec(description) : null;
  if (!match || !description) return { description: description ?? null, metadata: {} };
  return { description: description.slice(0, match.index) || null, metadata: { [IDEMPOTENCY_MARK]: match[1]! } };
}
