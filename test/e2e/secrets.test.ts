import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_KAKAO, DEMO_NHN, OTHER_KAKAO, OTHER_NHN } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { clearFaults, demoSubnetId, injectFault, regionCatalog } from './compute-fixtures.js';
import { execute, useStack, type Execution } from './kit.js';

/** Every log line Hanul writes during this file, at the most talkative level. */
const logLines: string[] = [];
const logs = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(chunk.toString('utf8'));
    done();
  },
});

const stack = useStack({ env: { LOG_LEVEL: 'trace', UPSTREAM_TIMEOUT_MS: '800' }, logTo: logs });

/** Everything a client received, as one string. */
const bodies: string[] = [];
function keep<R>(execution: Execution<R>): Execution<R> {
  bodies.push(JSON.stringify({ data: execution.data, errors: execution.errors, extensions: execution.extensions }));
  return execution;
}

/** Tokens handed to the client on purpose, in `issueToken.token`. */
const handedOut = new Set<string>();

// Quotes and a backslash: a message that quotes it escapes them, and the scan must still find it.
const WRONG_PASSWORD = 'Wr0ng-"but"-still\\s3cret!';

/** The ways a secret can be written: as it is, inside a JSON string, inside a JSON string in JSON. */
function spellings(secret: string): string[] {
  const once = JSON.stringify(secret).slice(1, -1);
  return [secret, once, JSON.stringify(once).slice(1, -1)];
}

const IssueToken = graphql(`
  mutation SecretsIssueToken($input: IssueTokenInput!) {
    issueToken(input: $input) { token tenantId expiresAt errors { __typename code message } }
  }
`);

const IssueTokenLoose = graphql(`
  mutation SecretsIssueTokenLoose($input: IssueTokenInput!) {
    issueToken(input: $input) { token }
  }
`);

const Servers = graphql(`
  query SecretsServers {
    region(provider: NHN, name: "kr1") { servers(first: 5) { edges { node { id name } } } }
  }
`);

const Viewers = graphql(`
  query SecretsViewers {
    viewers { provider tenantId tokenExpiresAt }
  }
`);

const CreateServer = graphql(`
  mutation SecretsCreateServer($input: CreateServerInput!) {
    createServer(input: $input) { server { id } errors { __typename code message } }
  }
`);

async function issueToken(input: { tenantId?: string; username: string; password: string }) {
  const r = keep(await execute(stack().client, IssueToken, { variables: { input } }));
  const token = r.data?.issueToken.token;
  if (token) {
    handedOut.add(token);
    // The token field is the one place a token may appear: blank it before the scan.
    bodies[bodies.length - 1] = bodies.at(-1)!.replace(token, '<issued token>');
  }
  return r;
}

const DEMO_CREDS = { tenantId: DEMO_NHN.tenantId, username: DEMO_NHN.username, password: DEMO_NHN.password };

afterAll(() => {
  logs.destroy();
});

describe('secrets', () => {
  it('should issue a token, and refuse wrong or malformed credentials, without echoing the password', async () => {
    const ok = await issueToken(DEMO_CREDS);
    expect(ok.data?.issueToken.token).toBeTruthy();

    const wrong = await issueToken({ ...DEMO_CREDS, password: WRONG_PASSWORD });
    expect(wrong.errorCode()).toBe('UNAUTHENTICATED');

    const noTenant = await issueToken({ username: DEMO_NHN.username, password: WRONG_PASSWORD });
    expect(noTenant.data?.issueToken.errors).toMatchObject([{ __typename: 'ValidationError' }]);

    // A field the input type does not have: graphql-js quotes the whole variable in its message.
    const loose = keep(
      await execute(stack().client, IssueTokenLoose, {
        variables: { input: { ...DEMO_CREDS, password: WRONG_PASSWORD, tenantName: 'hanul-demo' } as unknown as typeof DEMO_CREDS },
      }),
    );
    expect(loose.errors.length).toBeGreaterThan(0);
    expect(loose.errors[0]!.message).toMatch(/tenantName/);
  });

  it('should not echo the password when the identity service fails or is slow', async () => {
    const { emulator } = stack();
    await injectFault(emulator, { match: 'POST /nhn/identity', status: 500, times: 1 });
    const failed = await issueToken({ ...DEMO_CREDS, password: WRONG_PASSWORD });
    expect(failed.data?.issueToken.errors).toMatchObject([{ __typename: 'UpstreamError' }]);

    await injectFault(emulator, { match: 'POST /nhn/identity', status: 200, delayMs: 2000, times: 1 });
    const late = await issueToken({ ...DEMO_CREDS, password: WRONG_PASSWORD });
    expect(late.errorCode()).toBe('UPSTREAM_UNAVAILABLE');
    await clearFaults(emulator);
  });

  it('should not echo a bearer token in the errors of refused or failing requests', async () => {
    const { emulator, client } = stack();
    const demo = (await issueToken(DEMO_CREDS)).data!.issueToken.token!;
    const other = (await issueToken({ tenantId: OTHER_NHN.tenantId, username: OTHER_NHN.username, password: OTHER_NHN.password })).data!.issueToken.token!;

    const ok = keep(await execute(client, Servers, { headers: { authorization: `Bearer ${demo}`, 'x-hanul-tenant': DEMO_NHN.tenantId } }));
    expect(ok.errors).toEqual([]);

    const mismatched = keep(await execute(client, Servers, { headers: { authorization: `Bearer ${other}`, 'x-hanul-tenant': DEMO_NHN.tenantId } }));
    expect(mismatched.errorCode()).toBe('FORBIDDEN');

    const noTenant = keep(await execute(client, Servers, { headers: { authorization: `Bearer ${demo}` } }));
    expect(noTenant.errorCode()).toBe('BAD_USER_INPUT');

    const badScheme = keep(await execute(client, Servers, { headers: { authorization: `Token ${demo}`, 'x-hanul-tenant': DEMO_NHN.tenantId } }));
    expect(badScheme.errorCode()).toBe('BAD_USER_INPUT');

    await injectFault(emulator, { match: 'GET /nhn/kr1/compute', status: 500, times: 1, body: '{"computeFault":{"code":500,"message":"boom"}}' });
    const failing = keep(await execute(client, Servers, { headers: { authorization: `Bearer ${demo}`, 'x-hanul-tenant': DEMO_NHN.tenantId } }));
    expect(failing.errorCode()).toBe('UPSTREAM');

    await injectFault(emulator, { match: 'GET /nhn/kr1/compute', garbage: true, times: 1 });
    const garbage = keep(await execute(client, Servers, { headers: { authorization: `Bearer ${demo}`, 'x-hanul-tenant': DEMO_NHN.tenantId } }));
    expect(garbage.errorCode()).toBe('UPSTREAM_UNAVAILABLE');
    await clearFaults(emulator);
  });

  it('should not echo the server-held token when the cloud refuses it or a create fails', async () => {
    const { emulator, client } = stack();
    await injectFault(emulator, { match: 'GET /nhn/kr1/compute', status: 401, times: 2 });
    const refused = keep(await execute(client, Servers));
    expect(refused.errorCode()).toBe('UNAUTHENTICATED');

    // Both clouds' server-held sessions, so both hold a token by the end of the file.
    const viewers = keep(await execute(client, Viewers));
    expect(viewers.errors).toEqual([]);
    expect(viewers.data?.viewers.map((v) => v.provider).sort()).toEqual(['KAKAO', 'NHN']);

    const catalog = await regionCatalog(client, 'kr1');
    const input = {
      regionId: catalog.regionId,
      name: 'secrets-create',
      flavorId: catalog.flavor('m2.c1m2'),
      imageId: catalog.image('Ubuntu Server 22.04'),
      keypairId: catalog.keypair('demo-key'),
      subnetIds: [await demoSubnetId(emulator, 'kr1')],
    };
    await injectFault(emulator, { match: 'POST /nhn/kr1/compute', status: 500, times: 1 });
    const failed = keep(await execute(client, CreateServer, { variables: { input } }));
    expect(failed.data?.createServer.errors).toMatchObject([{ __typename: 'UpstreamError' }]);
    await injectFault(emulator, { match: 'POST /nhn/kr1/compute', garbage: true, times: 1 });
    const garbled = keep(await execute(client, CreateServer, { variables: { input: { ...input, name: 'secrets-garbled' } } }));
    expect(garbled.errorCode()).toBe('UPSTREAM_UNAVAILABLE');
    await clearFaults(emulator);
  });

  it('should have kept every password and token out of the responses and the logs', () => {
    const { emulator } = stack();
    const tokens = [...emulator.ctx.nhn.tokens.keys(), ...emulator.ctx.kakao.tokens.keys()];
    // The scan means something: the server-held token and the client tokens were all issued, and Hanul logged.
    expect(tokens.length).toBeGreaterThan(handedOut.size);
    expect(logLines.length).toBeGreaterThan(5);
    expect(bodies.length).toBeGreaterThan(10);

    const secrets = [DEMO_NHN.password, OTHER_NHN.password, DEMO_KAKAO.secretAccessKey, OTHER_KAKAO.secretAccessKey, WRONG_PASSWORD, ...tokens];
    const responses = bodies.join('\n');
    const logged = logLines.join('');
    for (const secret of secrets) {
      for (const spelling of spellings(secret)) {
        expect(responses.includes(spelling), `a response holds ${secret.slice(0, 4)}…`).toBe(false);
        expect(logged.includes(spelling), `the log holds ${secret.slice(0, 4)}…`).toBe(false);
      }
    }
  });
});
