import { createHash } from 'node:crypto';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../errors.js';
import type { CallCounter } from '../http.js';
import type { IssuedToken, Project, RegionInfo, Viewer } from '../model.js';
import type { CloudProvider, CloudSession, TokenRequest } from '../provider.js';
import { RenewingTokenSource, StaticTokenSource, type TokenSource } from '../token-source.js';
import { KakaoBlockStorage } from './block-storage.js';
import { KakaoClient } from './client.js';
import { KakaoCompute } from './compute.js';
import { issueKakaoToken, listKakaoProjects, validateKakaoToken, type KakaoTokenGrant } from './iam.js';
import { KakaoKubernetes } from './kubernetes.js';
import { KakaoNetwork } from './network.js';
import { KakaoObjectStorage } from './object-storage.js';
import { kakaoRegions } from './regions.js';
import type { KakaoProviderOptions } from './provider-options.js';

/** How many client tokens' projects are remembered (oldest forgotten first). */
const KNOWN_TOKENS = 1000;

/** KakaoCloud behind Hanul's provider interface. */
export class KakaoProvider implements CloudProvider {
  readonly name = 'KAKAO' as const;
  private readonly regionList: RegionInfo[];
  /** The server-held access key's token, shared by every request that uses it. */
  private readonly serverTokens: RenewingTokenSource | undefined;
  private lastGrant: KakaoTokenGrant | undefined;
  /**
   * Which project each token a client brought acts in, by the token's SHA-256. KakaoCloud
   * paths carry no project (it comes from the token, kakaocloud §1.2), so `X-Hanul-Tenant`
   * is checked against IAM once per token rather than trusted: the tenant is the key of
   * watchers and topics. The mapping never changes for a token, so it may outlive requests.
   */
  private readonly knownTokens = new Map<string, Promise<KakaoTokenGrant>>();

  constructor(private readonly options: KakaoProviderOptions) {
    this.regionList = kakaoRegions(options.regions);
    const creds = options.credentials;
    if (creds) {
      this.serverTokens = new RenewingTokenSource(async () => {
        this.lastGrant = await issueKakaoToken(options.upstream, options.endpoints.iam, creds);
        return this.lastGrant;
      }, options.tokenRefreshMarginMs);
    }
  }

  regions(): RegionInfo[] {
    return this.regionList;
  }

  /**
   * The access key id and secret as username and password, or (with `userId`) the key's
   * name and secret; the project comes with the key.
   */
  async issueToken(request: TokenRequest): Promise<IssuedToken> {
    const key = request.userId
      ? { accessKeyName: request.username, userId: request.userId, secret: request.password }
      : { accessKeyId: request.username, secret: request.password };
    const grant = await issueKakaoToken(this.options.upstream, this.options.endpoints.iam, key);
    if (request.tenantId && request.tenantId !== grant.projectId) {
      throw new ValidationError(`The access key belongs to project ${grant.projectId}, not ${request.tenantId}`, ['input', 'tenantId']);
    }
    return { provider: 'KAKAO', token: grant.token, tenantId: grant.projectId, expiresAt: grant.expiresAt };
  }

  serverSession(counter: CallCounter): CloudSession | undefined {
    const creds = this.options.credentials;
    const tokens = this.serverTokens;
    if (!creds || !tokens) return undefined;
    const grant = async (): Promise<KakaoTokenGrant> => {
      await tokens.get();
      return this.lastGrant!;
    };
    const project = async (): Promise<string> => creds.projectId ?? (await grant()).projectId;
    return new KakaoSession({
      owner: this,
      client: this.client(tokens, counter, project),
      // Without a configured project, the access key (scoped to one project) keys the isolation.
      scope: `KAKAO:${creds.projectId ?? `key:${creds.accessKeyId}`}`,
      tenantId: () => creds.projectId ?? this.lastGrant?.projectId ?? '',
      serverHeld: true,
      describe: async () => viewerOf(await grant()),
      projects: async () => this.projectsOf((await tokens.get()).token, await grant(), counter),
    });
  }

  tokenSession(token: string, tenantId: string, counter: CallCounter): CloudSession {
    let verified: Promise<KakaoTokenGrant> | undefined;
    const grant = () => (verified ??= this.identify(token, counter));
    const project = async (): Promise<string> => {
      const g = await grant();
      if (g.projectId !== tenantId) throw new ForbiddenError(`The token acts in KakaoCloud project ${g.projectId}, not in ${tenantId} (X-Hanul-Tenant)`);
      return tenantId;
    };
    return new KakaoSession({
      owner: this,
      client: this.client(new StaticTokenSource(token), counter, project),
      scope: `KAKAO:${tenantId}`,
      tenantId: () => tenantId,
      serverHeld: false,
      describe: async () => {
        await project();
        return viewerOf(await grant());
      },
      projects: async () => {
        await project();
        return this.projectsOf(token, await grant(), counter);
      },
    });
  }

  /** Who a client's token is (one IAM call per token, remembered); an unknown or expired one is UNAUTHENTICATED. */
  private async identify(token: string, counter: CallCounter): Promise<KakaoTokenGrant> {
    const key = createHash('sha256').update(token).digest('base64url');
    let pending = this.knownTokens.get(key);
    if (!pending) {
      pending = validateKakaoToken(this.options.upstream, this.options.endpoints.iam, token, counter);
      this.knownTokens.set(key, pending);
      pending.catch(() => this.knownTokens.delete(key));
      if (this.knownTokens.size > KNOWN_TOKENS) this.knownTokens.delete(this.knownTokens.keys().next().value!);
    }
    const grant = await pending;
    if (grant.expiresAt.getTime() <= Date.now()) {
      this.knownTokens.delete(key);
      throw new UnauthenticatedError('The KakaoCloud token has expired; issue a new one with issueToken');
    }
    return grant;
  }

  /** The token's user's projects; none known when IAM named no user. */
  private async projectsOf(token: string, grant: KakaoTokenGrant, counter: CallCounter): Promise<Project[]> {
    return grant.userId ? listKakaoProjects(this.options.upstream, this.options.endpoints.iam, token, grant.userId, counter) : [];
  }

  private client(tokens: TokenSource, counter: CallCounter, project: () => Promise<string>): KakaoClient {
    return new KakaoClient(this.options.upstream, this.options.endpoints, this.options.regions, tokens, counter, project);
  }
}

function viewerOf(grant: KakaoTokenGrant): Viewer {
  return { provider: 'KAKAO', tenantId: grant.projectId, tenantName: grant.projectName, userId: grant.userId, tokenExpiresAt: grant.expiresAt };
}

interface KakaoSessionParts {
  owner: KakaoProvider;
  client: KakaoClient;
  scope: string;
  tenantId: () => string;
  serverHeld: boolean;
  describe: () => Promise<Viewer>;
  projects: () => Promise<Project[]>;
}

class KakaoSession implements CloudSession {
  readonly provider = 'KAKAO' as const;
  readonly scope: string;
  readonly serverHeld: boolean;
  readonly compute: KakaoCompute;
  readonly network: KakaoNetwork;
  readonly blockStorage: KakaoBlockStorage;
  readonly kubernetes: KakaoKubernetes;
  readonly objectStorage: KakaoObjectStorage;

  constructor(private readonly parts: KakaoSessionParts) {
    this.scope = parts.scope;
    this.serverHeld = parts.serverHeld;
    this.network = new KakaoNetwork(parts.client);
    this.compute = new KakaoCompute(parts.client, this.network);
    this.blockStorage = new KakaoBlockStorage(parts.client);
    this.kubernetes = new KakaoKubernetes(parts.client, () => parts.owner.regions().map((r) => r.region));
    this.objectStorage = new KakaoObjectStorage(parts.client);
  }

  get tenantId(): string {
    return this.parts.tenantId();
  }

  regions(): RegionInfo[] {
    return this.parts.owner.regions();
  }

  viewer(): Promise<Viewer> {
    return this.parts.describe();
  }

  projects(): Promise<Project[]> {
    return this.parts.projects();
  }
}
