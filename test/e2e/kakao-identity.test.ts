import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_KAKAO, OTHER_KAKAO } from '../../src/emulator/seed.js';
import { graphql } from '../gql/index.js';
import { kakaoBearer } from './kakao-fixtures.js';
import { execute, useStack } from './kit.js';

/**
 * KakaoCloud's second token method (an access key by name, with its user's id) through
 * `issueToken`, and the user's projects on the viewer, read from IAM with the token in use.
 */
const stack = useStack();

const IssueToken = graphql(`
  mutation IdentityIssueToken($input: IssueTokenInput!) {
    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message ... on ValidationError { field } } }
  }
`);
const ViewerProjects = graphql(`
  query IdentityViewerProjects($provider: CloudProvider) {
    viewer(provider: $provider) { provider tenantId userId projects { provider projectId name enabled } }
  }
`);

const byName = (secret: string = DEMO_KAKAO.secretAccessKey, userId: string = DEMO_KAKAO.userId) => ({
  provider: 'KAKAO' as const,
  username: DEMO_KAKAO.accessKeyName,
  password: secret,
  userId,
});

describe('KakaoCloud token by access key name and user id', () => {
  it('should issue a token acting in the key’s project, whose viewer lists the user’s projects', async () => {
    const { client } = stack();
    const issued = (await execute(client, IssueToken, { variables: { input: byName() } })).expectNoGraphQLErrors().issueToken;
    expect(issued).toMatchObject({ provider: 'KAKAO', tenantId: DEMO_KAKAO.projectId, errors: [] });
    expect(issued.token).toBeTruthy();

    const viewer = (await execute(client, ViewerProjects, { variables: { provider: 'KAKAO' }, headers: kakaoBearer(issued.token!) })).expectNoGraphQLErrors().viewer!;
    expect(viewer).toEqual({
      provider: 'KAKAO',
      tenantId: DEMO_KAKAO.projectId,
      userId: DEMO_KAKAO.userId,
      projects: [{ provider: 'KAKAO', projectId: DEMO_KAKAO.projectId, name: DEMO_KAKAO.projectName, enabled: true }],
    });
  });

  it('should refuse the key name with another user’s id, or a wrong secret, as UNAUTHENTICATED without echoing the secret', async () => {
    for (const input of [byName(DEMO_KAKAO.secretAccessKey, OTHER_KAKAO.userId), byName('not-the-secret')]) {
      const result = await execute(stack().client, IssueToken, { variables: { input } });
      expect(result.errorCode()).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(result.errors)).not.toContain(DEMO_KAKAO.secretAccessKey);
      expect(JSON.stringify(result.errors)).not.toContain('not-the-secret');
    }
  });

  it('should refuse userId for NHN, and an empty one, with ValidationError on input.userId', async () => {
    for (const input of [{ ...byName(), provider: 'NHN' as const, tenantId: 'abc' }, byName(DEMO_KAKAO.secretAccessKey, ' ')]) {
      const issued = (await execute(stack().client, IssueToken, { variables: { input } })).expectNoGraphQLErrors().issueToken;
      expect(issued.token).toBeNull();
      expect(issued.errors).toMatchObject([{ __typename: 'ValidationError', field: ['input', 'userId'] }]);
    }
  });
});

describe('Viewer.projects', () => {
  it('should list the server-held KakaoCloud user’s projects, and be null on NHN', async () => {
    const { client } = stack();
    const kakao = (await execute(client, ViewerProjects, { variables: { provider: 'KAKAO' } })).expectNoGraphQLErrors().viewer!;
    expect(kakao.projects).toEqual([{ provider: 'KAKAO', projectId: DEMO_KAKAO.projectId, name: DEMO_KAKAO.projectName, enabled: true }]);
    const nhn = (await execute(client, ViewerProjects, { variables: { provider: 'NHN' } })).expectNoGraphQLErrors().viewer!;
    expect(nhn).toMatchObject({ provider: 'NHN', projects: null });
  });
});

describe('the README examples', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const example = (name: string) => {
    const query = new RegExp('```graphql\\n((?:mutation|query) ' + name + ' \\{[\\s\\S]*?)```').exec(readme)?.[1];
    expect(query, `the ${name} example in README.md`).toBeDefined();
    return query!;
  };
  const post = async (query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(stack().hanul.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    return (await res.json()) as { errors?: unknown; data?: Record<string, any> };
  };

  it('should issue a token with KakaoTokenByName as pasted, and list its projects with MyProjects', async () => {
    const issued = await post(example('KakaoTokenByName'));
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issueToken).toMatchObject({ tenantId: DEMO_KAKAO.projectId, errors: [] });
    const mine = await post(example('MyProjects'), kakaoBearer(issued.data!.issueToken.token));
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.viewer).toEqual({ tenantId: DEMO_KAKAO.projectId, userId: DEMO_KAKAO.userId, projects: [{ projectId: DEMO_KAKAO.projectId, name: DEMO_KAKAO.projectName, enabled: true }] });
  });
});
