import { ValidationError } from '../cloud/errors.js';
import type { IssuedToken, Project, Viewer } from '../cloud/model.js';
import { builder } from './builder.js';
import { outcome, UserErrorRef, type Outcome } from './errors.js';
import { CloudProviderEnum } from './region.js';

const ProjectRef = builder.objectRef<Project>('Project').implement({
  description: 'A project (tenant) the signed-in user belongs to.',
  fields: (t) => ({
    provider: t.field({ type: CloudProviderEnum, resolve: (p) => p.provider }),
    projectId: t.exposeString('id', { description: "The cloud's project id (send it as X-Hanul-Tenant with a token that acts in it)" }),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    enabled: t.exposeBoolean('enabled'),
  }),
});

export const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'Who the credentials of this request are, in one cloud.',
  fields: (t) => ({
    provider: t.field({ type: CloudProviderEnum, resolve: (v) => v.provider }),
    tenantId: t.exposeString('tenantId', { description: 'NHN tenant (project) id, or KakaoCloud project id' }),
    tenantName: t.exposeString('tenantName', { nullable: true }),
    userId: t.exposeString('userId', { nullable: true }),
    tokenExpiresAt: t.expose('tokenExpiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the upstream token expires; null for a token the client brought (Hanul cannot know)',
    }),
    projects: t.field({
      type: [ProjectRef],
      nullable: true,
      description: "The user's projects (KakaoCloud IAM); null on NHN, whose identity service lists none",
      resolve: (v, _, ctx) => ctx.sessions.get(v.provider)?.projects() ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: ViewerRef,
    description: 'The credentials of this request: of the given provider, or of the first one it has.',
    authScopes: { credentials: true },
    args: { provider: t.arg({ type: CloudProviderEnum, required: false }) },
    resolve: async (_, args, ctx) => {
      const sessions = [...ctx.sessions.values()];
      const session = args.provider ? ctx.sessions.get(args.provider) : sessions[0];
      if (!session) throw new ValidationError(`This request has no ${args.provider} credentials`, ['provider']);
      return session.viewer();
    },
  }),
  viewers: t.field({
    type: [ViewerRef],
    description: 'The credentials of this request in every cloud it reaches.',
    authScopes: { credentials: true },
    resolve: (_, __, ctx) => Promise.all([...ctx.sessions.values()].map((s) => s.viewer())),
  }),
}));

const IssueTokenInput = builder.inputType('IssueTokenInput', {
  fields: (t) => ({
    provider: t.field({ type: CloudProviderEnum, required: false, defaultValue: 'NHN' }),
    tenantId: t.string({ required: false, description: 'NHN: the tenant id from "API Endpoint Setting". KakaoCloud: the project id.' }),
    username: t.string({ required: true, description: 'NHN: account e-mail or IAM member id. KakaoCloud: access key id, or its name when userId is given.' }),
    userId: t.string({ required: false, description: 'KakaoCloud only: the user the access key belongs to; then username is the access key name' }),
    password: t.string({ required: true, description: 'NHN: the API password. KakaoCloud: the access key secret. Never stored or logged.' }),
  }),
});

const IssueTokenPayload = builder.objectRef<Outcome<{ issued: IssuedToken | null }>>('IssueTokenPayload').implement({
  fields: (t) => ({
    token: t.string({ nullable: true, description: 'Send as "Authorization: Bearer <token>" with "X-Hanul-Tenant"', resolve: (p) => p.issued?.token ?? null }),
    tenantId: t.string({ nullable: true, resolve: (p) => p.issued?.tenantId ?? null }),
    provider: t.field({ type: CloudProviderEnum, nullable: true, resolve: (p) => p.issued?.provider ?? null }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.issued?.expiresAt ?? null }),
    errors: t.field({ type: [UserErrorRef], resolve: (p) => p.errors }),
  }),
});

builder.mutationField('issueToken', (t) =>
  t.field({
    type: IssueTokenPayload,
    description: 'Exchanges cloud credentials for an upstream token. Hanul keeps neither the password nor the token.',
    skipTypeScopes: true,
    args: { input: t.arg({ type: IssueTokenInput, required: true }) },
    resolve: (_, { input }, ctx) =>
      outcome({ issued: null as IssuedToken | null }, async () => {
        const providerName = input.provider ?? 'NHN';
        const provider = ctx.services.providers.get(providerName);
        if (!provider) throw new ValidationError(`${providerName} is not configured on this server`, ['input', 'provider']);
        if (!input.username.trim()) throw new ValidationError('username must not be empty', ['input', 'username']);
        if (!input.password) throw new ValidationError('password must not be empty', ['input', 'password']);
        if (input.userId != null && providerName !== 'KAKAO') throw new ValidationError('userId is for KakaoCloud access keys named by name', ['input', 'userId']);
        if (input.userId != null && !input.userId.trim()) throw new ValidationError('userId must not be empty', ['input', 'userId']);
        return {
          issued: await provider.issueToken({ tenantId: input.tenantId ?? undefined, username: input.username, password: input.password, userId: input.userId ?? undefined }),
        };
      }),
  }),
);
