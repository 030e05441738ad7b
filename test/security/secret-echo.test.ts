import { describe, expect, it } from 'vitest';
import { redactUpstreamMessage } from '../../src/cloud/http.js';
import { DEMO_NHN } from '../../src/emulator/seed.js';
import { useStack } from '../e2e/kit.js';
import { gql, raw } from './raw.js';

const ISSUE = 'mutation($input: IssueTokenInput!) { issueToken(input: $input) { token errors { message } } }';
const SECRET = 'Sup3r-Secret-Passw0rd-value';

describe('what a client sent is never quoted back', () => {
  const stack = useStack();

  it('should not echo the input of a mistyped IssueTokenInput field (passwrd), but say what is wrong', async () => {
    const { body } = await gql(stack().hanul.graphqlUrl, ISSUE, { input: { tenantId: DEMO_NHN.tenantId, username: DEMO_NHN.username, passwrd: SECRET } });
    const text = JSON.stringify(body);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(DEMO_NHN.username);
    const messages = body.errors!.map((e) => e.message);
    expect(messages.every((m) => m.startsWith('Variable "$input" got an invalid value; '))).toBe(true);
    expect(messages).toContain('Variable "$input" got an invalid value; Field "passwrd" is not defined by type "IssueTokenInput". Did you mean "password"?');
  });

  it('should not echo a scalar value it cannot coerce', async () => {
    const { body } = await gql(stack().hanul.graphqlUrl, ISSUE, { input: { tenantId: DEMO_NHN.tenantId, username: DEMO_NHN.username, password: 424242424242 } });
    const text = JSON.stringify(body);
    expect(text).not.toContain('424242424242');
    expect(body.errors![0]!.message).toMatch(/input\.password/);
  });

  it('should not echo a value of any variable, secret-looking or not', async () => {
    const { body } = await gql(stack().hanul.graphqlUrl, 'query($n: Int!) { region(provider: NHN, name: "kr1") { flavors(minVcpus: $n) { id } } }', { n: 'my-private-value' });
    expect(JSON.stringify(body)).not.toContain('my-private-value');
  });

  it('should cut upstream messages and blank anything shaped like a credential in them', async () => {
    const token = 'gAAAAABk7f3kYz4Lq9Xw2Rr8Tt1Vv0Nn5Mm6Pp7Qq8Ss9Uu0Ww1Yy2Zz3';
    const message = redactUpstreamMessage(`Token ${token} is not valid for server 8b5c7f2e-1d3a-4c5b-9e6f-7a8b9c0d1e2f. ${'x'.repeat(500)}`);
    expect(message).not.toContain(token);
    expect(message).toContain('8b5c7f2e-1d3a-4c5b-9e6f-7a8b9c0d1e2f');
    expect(message.length).toBeLessThanOrEqual(200);
  });

  it('should not pass an upstream error body holding a token through to the client', async () => {
    const token = 'a'.repeat(12) + 'f3c29d81e04b4b7aa0c9e6b1d2f4a8c7e5d3b1a9';
    await raw(`${stack().emulator.url}/_emulator/faults`, {
      json: { match: 'GET /nhn/kr1/compute', status: 400, body: JSON.stringify({ badRequest: { code: 400, message: `Invalid X-Auth-Token ${token} for request` } }), times: 5 },
    });
    const { body } = await gql(stack().hanul.graphqlUrl, '{ region(provider: NHN, name: "kr1") { servers(first: 1) { totalCount } } }');
    await raw(`${stack().emulator.url}/_emulator/faults`, { method: 'DELETE' });
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toContain(token);
  });
});
