import { describe, expect, it } from 'vitest';
import { exposes, loadConfig } from '../../src/config.js';
import { useStack } from '../e2e/kit.js';
import { gql } from './raw.js';

const INTROSPECT = '{ __schema { queryType { name } } }';
const TYPO = '{ viewr { provider } }';

describe('introspection and suggestions in production', () => {
  // Server-held credentials against the emulator (not the demo), with NODE_ENV=production.
  const stack = useStack({ env: { NODE_ENV: 'production' }, configure: (c) => ({ ...c, demo: { ...c.demo, mode: 'false' } }) });

  it('should refuse introspection by default', async () => {
    const { body } = await gql(stack().hanul.graphqlUrl, INTROSPECT);
    expect(body.data?.__schema).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('should not suggest field names', async () => {
    const { body } = await gql(stack().hanul.graphqlUrl, TYPO);
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "viewr"/);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean/);
  });

  it('should not suggest input field names in variable errors either', async () => {
    const { body } = await gql(stack().hanul.graphqlUrl, 'mutation($input: IssueTokenInput!) { issueToken(input: $input) { token } }', {
      input: { tenantId: 't', username: 'u', passwrd: 'p' },
    });
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean/);
  });
});

describe('introspection in the demo', () => {
  const stack = useStack({ env: { NODE_ENV: 'production' } });

  it('should answer introspection and suggest names', async () => {
    expect((await gql(stack().hanul.graphqlUrl, INTROSPECT)).body.data.__schema.queryType.name).toBe('Query');
    expect((await gql(stack().hanul.graphqlUrl, TYPO)).body.errors?.[0]?.message).toMatch(/Did you mean "viewer"/);
  });
});

describe('exposes()', () => {
  it('should follow the setting when given, and production otherwise', () => {
    const creds = { NHN_TENANT_ID: 't', NHN_USERNAME: 'u', NHN_API_PASSWORD: 'p', TRUSTED_DOCUMENTS: 'off' };
    expect(exposes('auto', loadConfig({ ...creds, NODE_ENV: 'production' }))).toBe(false);
    expect(exposes('auto', loadConfig({ ...creds, NODE_ENV: 'development' }))).toBe(true);
    expect(exposes('true', loadConfig({ ...creds, NODE_ENV: 'production' }))).toBe(true);
    expect(exposes('false', loadConfig({ ...creds }))).toBe(false);
  });
});
