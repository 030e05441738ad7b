import { describe, expect, it } from 'vitest';
import { useStack } from './kit.js';

/**
 * GraphQL over HTTP (graphql.github.io/graphql-over-http): media types and status codes,
 * as a table. GET requests carry `graphql-preflight: 1`, the header CSRF prevention asks of them.
 */

const stack = useStack();

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';

interface Case {
  name: string;
  method: 'GET' | 'POST';
  accept?: string;
  /** POST: the JSON body (a string is sent as it is); GET: the search parameters. */
  body?: unknown;
  contentType?: string;
  status: number;
  /** The media type of the answer (without parameters). */
  type?: string;
  /** What the answer's body must hold. */
  expectBody?: (body: any) => void;
  headers?: Record<string, string>;
}

const VALID = '{ regions { name } }';
const hasData = (body: any) => expect(body.data.regions.length).toBeGreaterThan(0);
const requestError = (body: any) => {
  expect(body.data).toBeUndefined();
  expect(body.errors?.length).toBeGreaterThan(0);
};

const cases: Case[] = [
  { name: 'POST asking for graphql-response+json gets it', method: 'POST', accept: GRAPHQL_RESPONSE, body: { query: VALID }, status: 200, type: GRAPHQL_RESPONSE, expectBody: hasData },
  { name: 'POST asking for application/json gets it', method: 'POST', accept: JSON_TYPE, body: { query: VALID }, status: 200, type: JSON_TYPE, expectBody: hasData },
  { name: 'POST preferring graphql-response+json over json gets it', method: 'POST', accept: `${GRAPHQL_RESPONSE}, ${JSON_TYPE};q=0.9`, body: { query: VALID }, status: 200, type: GRAPHQL_RESPONSE, expectBody: hasData },
  { name: 'POST without Accept is answered as application/json', method: 'POST', body: { query: VALID }, status: 200, type: JSON_TYPE, expectBody: hasData },
  { name: 'POST with */* is answered', method: 'POST', accept: '*/*', body: { query: VALID }, status: 200, expectBody: hasData },
  { name: 'parse error with graphql-response+json is 400', method: 'POST', accept: GRAPHQL_RESPONSE, body: { query: '{ regions {' }, status: 400, type: GRAPHQL_RESPONSE, expectBody: requestError },
  { name: 'validation error with graphql-response+json is 400', method: 'POST', accept: GRAPHQL_RESPONSE, body: { query: '{ noSuchField }' }, status: 400, type: GRAPHQL_RESPONSE, expectBody: requestError },
  {
    name: 'variables that do not coerce, with graphql-response+json, are 400',
    method: 'POST',
    accept: GRAPHQL_RESPONSE,
    body: { query: 'query($n: String!) { region(provider: NHN, name: $n) { name } }', variables: { n: 5 } },
    status: 400,
    type: GRAPHQL_RESPONSE,
    expectBody: requestError,
  },
  { name: 'parse error with application/json is 200', method: 'POST', accept: JSON_TYPE, body: { query: '{ regions {' }, status: 200, type: JSON_TYPE, expectBody: requestError },
  { name: 'validation error with application/json is 200', method: 'POST', accept: JSON_TYPE, body: { query: '{ noSuchField }' }, status: 200, type: JSON_TYPE, expectBody: requestError },
  {
    name: 'a field error (partial data) with graphql-response+json is 200',
    method: 'POST',
    accept: GRAPHQL_RESPONSE,
    body: { query: '{ regions { name } node(id: "not-an-id") { id } }' },
    status: 200,
    type: GRAPHQL_RESPONSE,
    expectBody: (body) => {
      expect(body.data.regions.length).toBeGreaterThan(0);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    },
  },
  { name: 'a body that is not JSON is 400', method: 'POST', accept: GRAPHQL_RESPONSE, body: '{"query": ', status: 400 },
  { name: 'a body without query is 400', method: 'POST', accept: GRAPHQL_RESPONSE, body: { variables: {} }, status: 400, expectBody: requestError },
  { name: 'an Accept it cannot serve is 406', method: 'POST', accept: 'application/xml', body: { query: VALID }, status: 406 },
  { name: 'GET query with graphql-response+json gets it', method: 'GET', accept: GRAPHQL_RESPONSE, body: { query: VALID }, status: 200, type: GRAPHQL_RESPONSE, expectBody: hasData },
  { name: 'GET query with application/json gets it', method: 'GET', accept: JSON_TYPE, body: { query: VALID }, status: 200, type: JSON_TYPE, expectBody: hasData },
  { name: 'GET parse error with graphql-response+json is 400', method: 'GET', accept: GRAPHQL_RESPONSE, body: { query: '{ regions {' }, status: 400, type: GRAPHQL_RESPONSE, expectBody: requestError },
  {
    name: 'GET mutation is 405, allowing POST',
    method: 'GET',
    accept: GRAPHQL_RESPONSE,
    body: { query: 'mutation { stopServer(id: "x") { errors { code } } }' },
    status: 405,
    headers: { allow: 'POST' },
  },
  {
    name: 'GET mutation with application/json is 405 too',
    method: 'GET',
    accept: JSON_TYPE,
    body: { query: 'mutation { stopServer(id: "x") { errors { code } } }' },
    status: 405,
    headers: { allow: 'POST' },
  },
];

async function send(c: Case): Promise<Response> {
  const url = stack().hanul.graphqlUrl;
  const headers: Record<string, string> = c.accept ? { accept: c.accept } : {};
  if (c.method === 'GET') {
    const params = new URLSearchParams(c.body as Record<string, string>);
    return fetch(`${url}?${params}`, { headers: { ...headers, 'graphql-preflight': '1' } });
  }
  const body = typeof c.body === 'string' ? c.body : JSON.stringify(c.body);
  return fetch(url, { method: 'POST', headers: { ...headers, 'content-type': c.contentType ?? JSON_TYPE }, body });
}

describe('GraphQL over HTTP', () => {
  it.each(cases)('$name', async (c) => {
    const res = await send(c);
    const text = await res.text();
    expect(res.status, text).toBe(c.status);
    if (c.type) expect(res.headers.get('content-type')?.split(';')[0]).toBe(c.type);
    for (const [name, value] of Object.entries(c.headers ?? {})) expect(res.headers.get(name)).toContain(value);
    if (c.expectBody) c.expectBody(JSON.parse(text));
  });
});
