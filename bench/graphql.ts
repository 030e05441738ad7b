/** What `X-Hanul-Debug: upstream-calls` adds to an answer. */
export interface UpstreamCalls {
  total: number;
  byService: Record<string, number>;
}

/**
 * Runs one operation over HTTP and answers its data (and upstream cost when asked);
 * any GraphQL error fails the bench, with the operation in the message.
 */
export async function graphql<T>(url: string, query: string, variables: Record<string, unknown> = {}, countCalls = false): Promise<{ data: T; upstreamCalls?: UpstreamCalls }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(countCalls ? { 'x-hanul-debug': 'upstream-calls' } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[]; extensions?: { upstreamCalls?: UpstreamCalls } };
  if (res.status !== 200 || body.errors?.length || !body.data) {
    throw new Error(`GraphQL answered ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}\nin operation:\n${query}`);
  }
  return { data: body.data, upstreamCalls: body.extensions?.upstreamCalls };
}
