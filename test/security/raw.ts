/** Raw HTTP against Hanul, for the requests a well-behaved client library would never send. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
  json(): any;
}

export async function raw(url: string, init: RequestInit & { json?: unknown } = {}): Promise<RawAnswer> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const res = await fetch(url, { method: json !== undefined ? 'POST' : 'GET', ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}

/** Sends a JSON GraphQL request and returns its parsed answer with the status. */
export async function gql(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const answer = await raw(url, { json: { query, variables }, headers });
  return { status: answer.status, body: JSON.parse(answer.text) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } };
}
