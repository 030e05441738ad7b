/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ClientsRegionServers($first: Int!, $after: String) {\n    region(provider: NHN, name: \"kr1\") {\n      id\n      name\n      servers(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id name status taskState flavor { id name } addresses { address type } } }\n      }\n    }\n  }\n": typeof types.ClientsRegionServersDocument,
    "\n  mutation ClientsStopServer($id: ID!) {\n    stopServer(id: $id) {\n      server { id status taskState }\n      errors { __typename message }\n    }\n  }\n": typeof types.ClientsStopServerDocument,
    "\n  subscription ClientsServerStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      node { id ... on Server { status taskState } }\n    }\n  }\n": typeof types.ClientsServerStatusChangedDocument,
    "\n  query ClientsViewer { viewer { provider tenantId } }\n": typeof types.ClientsViewerDocument,
    "\n  mutation AuthIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) {\n      token\n      tenantId\n      provider\n      expiresAt\n      errors { __typename code message ... on ValidationError { field } }\n    }\n  }\n": typeof types.AuthIssueTokenDocument,
    "\n  query AuthViewer {\n    viewer(provider: NHN) { provider tenantId tokenExpiresAt }\n  }\n": typeof types.AuthViewerDocument,
    "\n  query AuthServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100) { edges { node { id name status } } }\n    }\n  }\n": typeof types.AuthServersDocument,
    "\n  query AuthServerNode($id: ID!) {\n    node(id: $id) { id ... on Server { name status } }\n  }\n": typeof types.AuthServerNodeDocument,
    "\n  mutation AuthStopServer($id: ID!) {\n    stopServer(id: $id) { server { id status } errors { __typename code } }\n  }\n": typeof types.AuthStopServerDocument,
    "\n  mutation BadInputCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on NotFoundError { resourceType resourceId }\n        ... on UpstreamError { status service }\n      }\n    }\n  }\n": typeof types.BadInputCreateServerDocument,
    "\n  mutation BadInputResize($id: ID!, $flavorId: ID!) {\n    resizeServer(id: $id, flavorId: $flavorId) {\n      server { id }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on NotFoundError { resourceType resourceId }\n      }\n    }\n  }\n": typeof types.BadInputResizeDocument,
    "\n  mutation BadInputStop($id: ID!) {\n    stopServer(id: $id) {\n      server { id }\n      errors { __typename code ... on NotFoundError { resourceType resourceId } ... on ValidationError { field } }\n    }\n  }\n": typeof types.BadInputStopDocument,
    "\n  query BadInputServers($region: String!, $first: Int) {\n    region(provider: NHN, name: $region) {\n      servers(first: $first) { totalCount edges { node { id name status flavor { id name } } } }\n    }\n  }\n": typeof types.BadInputServersDocument,
    "\n  query BadInputNode($id: ID!) {\n    node(id: $id) { id }\n  }\n": typeof types.BadInputNodeDocument,
    "\n  query FixtureCatalog($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      flavors { id name }\n      images(first: 100) { edges { node { id name } } }\n      keypairs { id name }\n    }\n  }\n": typeof types.FixtureCatalogDocument,
    "\n  fragment LifecycleActionResult on ServerActionPayload {\n    server { id status taskState flavor { id name } }\n    errors {\n      __typename\n      code\n      message\n      ... on ConflictError { currentStatus }\n    }\n  }\n": typeof types.LifecycleActionResultFragmentDoc,
    "\n  mutation LifecycleCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status flavor { name } image { name } keypair { name } region { name } }\n      errors { __typename code message }\n    }\n  }\n": typeof types.LifecycleCreateServerDocument,
    "\n  query LifecycleServerNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Server { name status taskState updatedAt flavor { id name } addresses { address type } }\n    }\n  }\n": typeof types.LifecycleServerNodeDocument,
    "\n  mutation LifecycleStop($id: ID!) { stopServer(id: $id) { ...LifecycleActionResult } }\n": typeof types.LifecycleStopDocument,
    "\n  mutation LifecycleStart($id: ID!) { startServer(id: $id) { ...LifecycleActionResult } }\n": typeof types.LifecycleStartDocument,
    "\n  mutation LifecycleReboot($id: ID!, $hard: Boolean) { rebootServer(id: $id, hard: $hard) { ...LifecycleActionResult } }\n": typeof types.LifecycleRebootDocument,
    "\n  mutation LifecycleResize($id: ID!, $flavorId: ID!) { resizeServer(id: $id, flavorId: $flavorId) { ...LifecycleActionResult } }\n": typeof types.LifecycleResizeDocument,
    "\n  mutation LifecycleShelve($id: ID!) { shelveServer(id: $id) { ...LifecycleActionResult } }\n": typeof types.LifecycleShelveDocument,
    "\n  mutation LifecycleUnshelve($id: ID!) { unshelveServer(id: $id) { ...LifecycleActionResult } }\n": typeof types.LifecycleUnshelveDocument,
    "\n  mutation LifecycleDelete($id: ID!) {\n    deleteServer(id: $id) { deletedId errors { __typename code message } }\n  }\n": typeof types.LifecycleDeleteDocument,
    "\n  query LifecycleServersNamed($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100, filter: { name: $name }) { totalCount edges { node { id name } } }\n    }\n  }\n": typeof types.LifecycleServersNamedDocument,
    "\n  mutation LifecycleCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) {\n      keypair { id name fingerprint publicKey region { name } }\n      privateKey\n      errors { __typename code message }\n    }\n  }\n": typeof types.LifecycleCreateKeypairDocument,
    "\n  mutation LifecycleDeleteKeypair($id: ID!) {\n    deleteKeypair(id: $id) { deletedId errors { __typename code message } }\n  }\n": typeof types.LifecycleDeleteKeypairDocument,
    "\n  query LifecycleRegionKeypairs($region: String!) {\n    region(provider: NHN, name: $region) { keypairs { id name fingerprint publicKey } }\n  }\n": typeof types.LifecycleRegionKeypairsDocument,
    "\n  query LifecycleKeypairNode($id: ID!) {\n    node(id: $id) { id ... on Keypair { name publicKey fingerprint } }\n  }\n": typeof types.LifecycleKeypairNodeDocument,
    "\n  query RegionServers($provider: CloudProvider!, $name: String!, $first: Int) {\n    region(provider: $provider, name: $name) {\n      id\n      name\n      displayName\n      servers(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            status\n            flavor { id name vcpus ramMb }\n            image { id name }\n            keypair { id name }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegionServersDocument,
    "\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Server { name status region { name } }\n    }\n  }\n": typeof types.NodeLookupDocument,
    "\n  mutation CostCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename message } }\n  }\n": typeof types.CostCreateServerDocument,
    "\n  mutation CostCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id } errors { __typename message } }\n  }\n": typeof types.CostCreateKeypairDocument,
    "\n  query CostRegionServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100) {\n        totalCount\n        edges { node { id name flavor { name } image { name } keypair { name } } }\n      }\n    }\n  }\n": typeof types.CostRegionServersDocument,
    "\n  query CostServerNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Server { name flavor { name } image { name } keypair { name } }\n    }\n  }\n": typeof types.CostServerNodesDocument,
    "\n  fragment KakaoActionResult on ServerActionPayload {\n    server { id status rawStatus taskState flavor { id name } }\n    errors { __typename code message ... on ConflictError { currentStatus } }\n  }\n": typeof types.KakaoActionResultFragmentDoc,
    "\n  mutation KakaoIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message ... on ValidationError { field } } }\n  }\n": typeof types.KakaoIssueTokenDocument,
    "\n  query KakaoViewer { viewer(provider: KAKAO) { provider tenantId tenantName userId tokenExpiresAt } regions { provider name } }\n": typeof types.KakaoViewerDocument,
    "\n  query KakaoServers($name: String!) {\n    region(provider: KAKAO, name: $name) {\n      servers(first: 100) { totalCount edges { node { id name status rawStatus flavor { name } image { name } keypair { name } addresses { address type } } } }\n    }\n  }\n": typeof types.KakaoServersDocument,
    "\n  mutation KakaoCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status rawStatus flavor { name } image { name } keypair { name } region { provider name } }\n      errors { __typename code message }\n    }\n  }\n": typeof types.KakaoCreateServerDocument,
    "mutation KakaoStop($id: ID!) { stopServer(id: $id) { ...KakaoActionResult } }": typeof types.KakaoStopDocument,
    "mutation KakaoStart($id: ID!) { startServer(id: $id) { ...KakaoActionResult } }": typeof types.KakaoStartDocument,
    "mutation KakaoReboot($id: ID!, $hard: Boolean) { rebootServer(id: $id, hard: $hard) { ...KakaoActionResult } }": typeof types.KakaoRebootDocument,
    "mutation KakaoResize($id: ID!, $flavorId: ID!) { resizeServer(id: $id, flavorId: $flavorId) { ...KakaoActionResult } }": typeof types.KakaoResizeDocument,
    "mutation KakaoShelve($id: ID!) { shelveServer(id: $id) { ...KakaoActionResult } }": typeof types.KakaoShelveDocument,
    "mutation KakaoUnshelve($id: ID!) { unshelveServer(id: $id) { ...KakaoActionResult } }": typeof types.KakaoUnshelveDocument,
    "mutation KakaoDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename code message } } }": typeof types.KakaoDeleteServerDocument,
    "\n  mutation KakaoCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id name fingerprint publicKey region { provider name } } privateKey errors { __typename code message } }\n  }\n": typeof types.KakaoCreateKeypairDocument,
    "mutation KakaoDeleteKeypair($id: ID!) { deleteKeypair(id: $id) { deletedId errors { __typename code message } } }": typeof types.KakaoDeleteKeypairDocument,
    "\n  mutation KakaoCostCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename message } }\n  }\n": typeof types.KakaoCostCreateServerDocument,
    "\n  query KakaoCostRegionServers($region: String!) {\n    region(provider: KAKAO, name: $region) {\n      servers(first: 100) { totalCount edges { node { id name flavor { name } image { name } keypair { name } } } }\n    }\n  }\n": typeof types.KakaoCostRegionServersDocument,
    "\n  query KakaoCostServerNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Server { name flavor { name } image { name } keypair { name } } }\n  }\n": typeof types.KakaoCostServerNodesDocument,
    "\n  query KakaoBothClouds {\n    regions {\n      id\n      provider\n      name\n      displayName\n      servers(first: 100) { totalCount edges { node { id name status region { provider name } flavor { name } } } }\n    }\n    viewers { provider tenantId }\n  }\n": typeof types.KakaoBothCloudsDocument,
    "\n  query KakaoOneCloud($provider: CloudProvider!) { regions(provider: $provider) { provider name } }\n": typeof types.KakaoOneCloudDocument,
    "\n  query KakaoNodesAcross($ids: [ID!]!) { nodes(ids: $ids) { id ... on Server { name region { provider name } } } }\n": typeof types.KakaoNodesAcrossDocument,
    "\n  fragment KakaoUserErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n  }\n": typeof types.KakaoUserErrorsFragmentDoc,
    "\n  mutation KakaoFixtureIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message } }\n  }\n": typeof types.KakaoFixtureIssueTokenDocument,
    "\n  query KakaoFixtureCatalog($name: String!) {\n    region(provider: KAKAO, name: $name) {\n      id\n      flavors { id name }\n      images(first: 100) { edges { node { id name } } }\n      keypairs { id name }\n      vpcs { id name state subnets { id name availabilityZone } }\n      securityGroups { id name }\n    }\n  }\n": typeof types.KakaoFixtureCatalogDocument,
    "\n  query KakaoFixtureServerNode($id: ID!) {\n    node(id: $id) { id ... on Server { name status rawStatus taskState flavor { id name } } }\n  }\n": typeof types.KakaoFixtureServerNodeDocument,
    "\n  mutation IdentityIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message ... on ValidationError { field } } }\n  }\n": typeof types.IdentityIssueTokenDocument,
    "\n  query IdentityViewerProjects($provider: CloudProvider) {\n    viewer(provider: $provider) { provider tenantId userId projects { provider projectId name enabled } }\n  }\n": typeof types.IdentityViewerProjectsDocument,
    "\n  query KakaoKubeVersions { region(provider: KAKAO, name: \"kr-central-2\") { kubernetesVersions { version creatable } clusters { id name status nodeCount } } }\n": typeof types.KakaoKubeVersionsDocument,
    "\n  query KakaoClusterNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Cluster { name status kubernetesVersion nodeCount publicEndpoint cniDriver apiAddress kubeconfig vpc { id } subnet { id } nodeGroups { id name status nodeCount } }\n    }\n  }\n": typeof types.KakaoClusterNodeDocument,
    "\n  query KakaoNodeGroupNode($id: ID!) {\n    node(id: $id) { id ... on NodeGroup { name status nodeCount kubernetesVersion flavor { name } cluster { id } } }\n  }\n": typeof types.KakaoNodeGroupNodeDocument,
    "\n  mutation KakaoCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) { cluster { id name status kubernetesVersion nodeCount publicEndpoint region { provider } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoCreateClusterDocument,
    "mutation KakaoDeleteCluster($id: ID!) { deleteCluster(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeleteClusterDocument,
    "\n  mutation KakaoUpgradeCluster($id: ID!, $version: String!) { upgradeCluster(id: $id, kubernetesVersion: $version) { cluster { id kubernetesVersion } errors { ...KakaoUserErrors } } }\n": typeof types.KakaoUpgradeClusterDocument,
    "\n  mutation KakaoCreateNodeGroup($input: CreateNodeGroupInput!) {\n    createNodeGroup(input: $input) { nodeGroup { id name status nodeCount flavor { name } cluster { id } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoCreateNodeGroupDocument,
    "\n  mutation KakaoResizeNodeGroup($id: ID!, $count: Int!) { resizeNodeGroup(id: $id, nodeCount: $count) { nodeGroup { id status nodeCount } errors { ...KakaoUserErrors } } }\n": typeof types.KakaoResizeNodeGroupDocument,
    "\n  mutation KakaoUpgradeNodeGroup($id: ID!) { upgradeNodeGroup(id: $id) { nodeGroup { id status kubernetesVersion } errors { ...KakaoUserErrors } } }\n": typeof types.KakaoUpgradeNodeGroupDocument,
    "mutation KakaoDeleteNodeGroup($id: ID!) { deleteNodeGroup(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeleteNodeGroupDocument,
    "\n  query KakaoNetworkNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Vpc { name state }\n      ... on Subnet { name state routingTable { id isDefault } routingTableExplicit }\n      ... on RoutingTable { name state isDefault internetGateway { id } routes { id cidr gateway isLocal targetType targetServer { id } } }\n    }\n  }\n": typeof types.KakaoNetworkNodeDocument,
    "\n  mutation KakaoCreateVpc($input: CreateVpcInput!) {\n    createVpc(input: $input) { vpc { id name cidr state region { provider name } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoCreateVpcDocument,
    "mutation KakaoUpdateVpc($input: UpdateVpcInput!) { updateVpc(input: $input) { vpc { id name cidr } errors { ...KakaoUserErrors } } }": typeof types.KakaoUpdateVpcDocument,
    "mutation KakaoDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeleteVpcDocument,
    "\n  query KakaoVpcDetails($id: ID!) {\n    node(id: $id) {\n      ... on Vpc {\n        defaultRoutingTable { id name isDefault internetGateway { id name } routes { cidr isLocal targetType } }\n        routingTables { id name isDefault }\n      }\n    }\n  }\n": typeof types.KakaoVpcDetailsDocument,
    "\n  mutation KakaoCreateSubnet($input: CreateSubnetInput!) {\n    createSubnet(input: $input) { subnet { id name cidr availabilityZone vpc { id } routingTable { id isDefault } routingTableExplicit } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoCreateSubnetDocument,
    "mutation KakaoUpdateSubnet($input: UpdateSubnetInput!) { updateSubnet(input: $input) { subnet { id name } errors { ...KakaoUserErrors } } }": typeof types.KakaoUpdateSubnetDocument,
    "mutation KakaoDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeleteSubnetDocument,
    "\n  mutation KakaoCreateRoutingTable($input: CreateRoutingTableInput!) {\n    createRoutingTable(input: $input) { routingTable { id name isDefault distributed vpc { id } routes { cidr isLocal targetType } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoCreateRoutingTableDocument,
    "\n  mutation KakaoUpdateRoutingTable($input: UpdateRoutingTableInput!) { updateRoutingTable(input: $input) { routingTable { id name } errors { ...KakaoUserErrors } } }\n": typeof types.KakaoUpdateRoutingTableDocument,
    "mutation KakaoDeleteRoutingTable($id: ID!) { deleteRoutingTable(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeleteRoutingTableDocument,
    "\n  mutation KakaoSetDefaultRoutingTable($id: ID!) { setDefaultRoutingTable(id: $id) { routingTable { id isDefault } errors { ...KakaoUserErrors } } }\n": typeof types.KakaoSetDefaultRoutingTableDocument,
    "\n  mutation KakaoAttachRoutingTable($subnetId: ID!, $routingTableId: ID!) {\n    attachRoutingTable(subnetId: $subnetId, routingTableId: $routingTableId) { subnet { id routingTable { id } routingTableExplicit } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoAttachRoutingTableDocument,
    "\n  mutation KakaoDetachRoutingTable($subnetId: ID!) {\n    detachRoutingTable(subnetId: $subnetId) { subnet { id routingTable { id isDefault } routingTableExplicit } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoDetachRoutingTableDocument,
    "\n  mutation KakaoAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {\n    attachInternetGateway(routingTableId: $routingTableId, internetGatewayId: $internetGatewayId) {\n      routingTable { id internetGateway { id } routes { cidr targetType internetGateway { id } } }\n      errors { ...KakaoUserErrors }\n    }\n  }\n": typeof types.KakaoAttachInternetGatewayDocument,
    "\n  mutation KakaoDetachInternetGateway($routingTableId: ID!) {\n    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } routes { cidr } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoDetachInternetGatewayDocument,
    "\n  mutation KakaoCreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) { route { id cidr prefixLength gateway targetType targetServer { id name } routingTable { id } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoCreateRouteDocument,
    "mutation KakaoDeleteRoute($id: ID!) { deleteRoute(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeleteRouteDocument,
    "\n  mutation KakaoCreateInternetGateway($input: CreateInternetGatewayInput!) { createInternetGateway(input: $input) { internetGateway { id } errors { ...KakaoUserErrors } } }\n": typeof types.KakaoCreateInternetGatewayDocument,
    "mutation KakaoDeleteInternetGateway($id: ID!) { deleteInternetGateway(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeleteInternetGatewayDocument,
    "\n  mutation KakaoCreateSecurityGroup($input: CreateSecurityGroupInput!) {\n    createSecurityGroup(input: $input) { securityGroup { id name description rules { direction protocol } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoCreateSecurityGroupDocument,
    "\n  mutation KakaoUpdateSecurityGroup($input: UpdateSecurityGroupInput!) { updateSecurityGroup(input: $input) { securityGroup { id name description } errors { ...KakaoUserErrors } } }\n": typeof types.KakaoUpdateSecurityGroupDocument,
    "mutation KakaoDeleteSecurityGroup($id: ID!) { deleteSecurityGroup(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeleteSecurityGroupDocument,
    "\n  mutation KakaoCreateRule($input: CreateSecurityGroupRuleInput!) {\n    createSecurityGroupRule(input: $input) {\n      rule { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix description securityGroup { id } }\n      errors { ...KakaoUserErrors }\n    }\n  }\n": typeof types.KakaoCreateRuleDocument,
    "mutation KakaoDeleteRule($id: ID!) { deleteSecurityGroupRule(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeleteRuleDocument,
    "\n  mutation KakaoCreatePort($input: CreatePortInput!) {\n    createPort(input: $input) { port { id name status fixedIps { ipAddress subnet { id } } securityGroups { id name } server { id } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoCreatePortDocument,
    "mutation KakaoDeletePort($id: ID!) { deletePort(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeletePortDocument,
    "\n  mutation KakaoCreateFloatingIp($input: CreateFloatingIpInput!) {\n    createFloatingIp(input: $input) { floatingIp { id address status rawStatus label port { id } server { id } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoCreateFloatingIpDocument,
    "\n  mutation KakaoAssociateFloatingIp($id: ID!, $serverId: ID, $portId: ID) {\n    associateFloatingIp(id: $id, serverId: $serverId, portId: $portId) { floatingIp { id status rawStatus fixedIpAddress port { id } server { id } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoAssociateFloatingIpDocument,
    "\n  mutation KakaoDisassociateFloatingIp($id: ID!) { disassociateFloatingIp(id: $id) { floatingIp { id status port { id } } errors { ...KakaoUserErrors } } }\n": typeof types.KakaoDisassociateFloatingIpDocument,
    "mutation KakaoDeleteFloatingIp($id: ID!) { deleteFloatingIp(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeleteFloatingIpDocument,
    "\n  mutation KakaoNetCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id addresses { address type port { id } subnet { id } } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoNetCreateServerDocument,
    "\n  query KakaoNetServerAddresses($id: ID!) { node(id: $id) { ... on Server { addresses { address type port { id } subnet { id } } ports { id } } } }\n": typeof types.KakaoNetServerAddressesDocument,
    "mutation KakaoNetDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoNetDeleteServerDocument,
    "\n  query KakaoContainers($region: String!) {\n    region(provider: KAKAO, name: $region) {\n      containers { id name objectCount bytesUsed objects(first: 10) { edges { node { name size contentType } } } }\n    }\n  }\n": typeof types.KakaoContainersDocument,
    "\n  query KakaoContainerObject($id: ID!, $name: String!) {\n    node(id: $id) { ... on Container { name objectCount object(name: $name) { name size content contentType metadata { key value } } } }\n  }\n": typeof types.KakaoContainerObjectDocument,
    "\n  mutation KakaoCreateContainer($input: CreateContainerInput!) {\n    createContainer(input: $input) { container { id name objectCount region { provider name } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoCreateContainerDocument,
    "mutation KakaoDeleteContainer($id: ID!) { deleteContainer(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeleteContainerDocument,
    "\n  mutation KakaoPutObject($input: PutObjectInput!) {\n    putObject(input: $input) { object { id name size contentType etag } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoPutObjectDocument,
    "mutation KakaoDeleteObject($id: ID!) { deleteObject(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeleteObjectDocument,
    "\n  query KakaoContainerSettings($id: ID!) { node(id: $id) { ... on Container { publicRead readAcl metadata { key value } } } }\n": typeof types.KakaoContainerSettingsDocument,
    "\n  mutation KakaoUpdateContainer($input: UpdateContainerInput!) {\n    updateContainer(input: $input) { container { id publicRead readAcl metadata { key value } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoUpdateContainerDocument,
    "\n  query KakaoResilienceServers($region: String!) {\n    region(provider: KAKAO, name: $region) { servers(first: 100) { totalCount edges { node { name status flavor { name } } } } }\n  }\n": typeof types.KakaoResilienceServersDocument,
    "\n  mutation KakaoResilienceCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id name } errors { __typename message } }\n  }\n": typeof types.KakaoResilienceCreateKeypairDocument,
    "\n  query KakaoVolumeNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Volume { name description sizeGb status rawStatus availabilityZone volumeTypeName attachments { device server { id } } sourceSnapshot { id } }\n    }\n  }\n": typeof types.KakaoVolumeNodeDocument,
    "\n  query KakaoSnapshotNode($id: ID!) { node(id: $id) { id ... on Snapshot { name status rawStatus sizeGb volume { id } } } }\n": typeof types.KakaoSnapshotNodeDocument,
    "query KakaoVolumeTypes { region(provider: KAKAO, name: \"kr-central-2\") { volumeTypes { id name } } }": typeof types.KakaoVolumeTypesDocument,
    "\n  mutation KakaoCreateVolume($input: CreateVolumeInput!) {\n    createVolume(input: $input) { volume { id name sizeGb status rawStatus availabilityZone volumeTypeName region { provider } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoCreateVolumeDocument,
    "\n  mutation KakaoUpdateVolume($input: UpdateVolumeInput!) { updateVolume(input: $input) { volume { id name description } errors { ...KakaoUserErrors } } }\n": typeof types.KakaoUpdateVolumeDocument,
    "\n  mutation KakaoExtendVolume($id: ID!, $sizeGb: Int!) { extendVolume(id: $id, sizeGb: $sizeGb) { volume { id sizeGb status } errors { ...KakaoUserErrors } } }\n": typeof types.KakaoExtendVolumeDocument,
    "mutation KakaoDeleteVolume($id: ID!) { deleteVolume(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeleteVolumeDocument,
    "\n  mutation KakaoAttachVolume($volumeId: ID!, $serverId: ID!) {\n    attachVolume(volumeId: $volumeId, serverId: $serverId) { volume { id status attachments { device server { id } } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoAttachVolumeDocument,
    "\n  mutation KakaoDetachVolume($volumeId: ID!, $serverId: ID) {\n    detachVolume(volumeId: $volumeId, serverId: $serverId) { volume { id status } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoDetachVolumeDocument,
    "\n  mutation KakaoCreateSnapshot($input: CreateSnapshotInput!) {\n    createSnapshot(input: $input) { snapshot { id name status rawStatus sizeGb volume { id } } errors { ...KakaoUserErrors } }\n  }\n": typeof types.KakaoCreateSnapshotDocument,
    "mutation KakaoDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { ...KakaoUserErrors } } }": typeof types.KakaoDeleteSnapshotDocument,
    "\n  mutation KakaoStorageCreateServer($input: CreateServerInput!) { createServer(input: $input) { server { id } errors { ...KakaoUserErrors } } }\n": typeof types.KakaoStorageCreateServerDocument,
    "\n  subscription KakaoServerStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { id __typename ... on Server { name status rawStatus region { provider name } flavor { name } } }\n    }\n  }\n": typeof types.KakaoServerStatusChangedDocument,
    "\n  query KakaoSubscriptionServers($region: String!) {\n    region(provider: KAKAO, name: $region) { servers(first: 100) { edges { node { id name status } } } }\n  }\n": typeof types.KakaoSubscriptionServersDocument,
    "mutation KakaoSubStop($id: ID!) { stopServer(id: $id) { server { status } errors { __typename message } } }": typeof types.KakaoSubStopDocument,
    "mutation KakaoSubStart($id: ID!) { startServer(id: $id) { server { status } errors { __typename message } } }": typeof types.KakaoSubStartDocument,
    "mutation KakaoSubCreate($input: CreateServerInput!) { createServer(input: $input) { server { id status } errors { __typename message } } }": typeof types.KakaoSubCreateDocument,
    "mutation KakaoSubDelete($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename message } } }": typeof types.KakaoSubDeleteDocument,
    "\n  subscription KakaoClusterStatusChanged($regionId: ID!) {\n    clusterStatusChanged(regionId: $regionId) { previousStatus status node { id ... on Cluster { name status } } }\n  }\n": typeof types.KakaoClusterStatusChangedDocument,
    "\n  mutation KakaoSubCreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id status } errors { __typename message } } }\n": typeof types.KakaoSubCreateClusterDocument,
    "\n  query KubernetesFixtureNetwork($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      vpcs { id name external }\n      subnets { id name vpc { id } }\n    }\n  }\n": typeof types.KubernetesFixtureNetworkDocument,
    "\n  mutation KubernetesCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      cluster {\n        id\n        name\n        status\n        kubernetesVersion\n        nodeCount\n        publicEndpoint\n        externalNetworkId\n        externalSubnetIds\n        availabilityZone\n        bootVolumeSizeGb\n        autoscaling\n        vpc { id }\n        subnet { id }\n        flavor { id name }\n        keypair { name }\n      }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on NotFoundError { resourceType resourceId }\n        ... on ConflictError { currentStatus }\n      }\n    }\n  }\n": typeof types.KubernetesCreateClusterDocument,
    "\n  query KubernetesClusterNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Cluster {\n        name\n        status\n        health\n        nodeCount\n        kubernetesVersion\n        nodeGroups { id name status nodeCount isDefault }\n      }\n    }\n  }\n": typeof types.KubernetesClusterNodeDocument,
    "\n  mutation KubernetesDeleteCluster($id: ID!) {\n    deleteCluster(id: $id) { deletedId errors { __typename code message ... on ConflictError { currentStatus } } }\n  }\n": typeof types.KubernetesDeleteClusterDocument,
    "\n  query KubernetesClusterDetail($id: ID!) {\n    node(id: $id) {\n      ... on Cluster {\n        name\n        status\n        apiAddress\n        createdAt\n        vpc { id name }\n        subnet { id name }\n        labels { key value }\n        events { type state resourceType }\n      }\n    }\n  }\n": typeof types.KubernetesClusterDetailDocument,
    "\n  query KubernetesClusterKubeconfig($id: ID!) {\n    node(id: $id) { ... on Cluster { name status kubeconfig } }\n  }\n": typeof types.KubernetesClusterKubeconfigDocument,
    "\n  query KubernetesClusterNoKubeconfig($id: ID!) {\n    node(id: $id) { ... on Cluster { name status } }\n  }\n": typeof types.KubernetesClusterNoKubeconfigDocument,
    "\n  query KubernetesRegionClusters($name: String!) {\n    region(provider: NHN, name: $name) {\n      kubernetesAvailable\n      clusters { id name status nodeCount }\n      kubernetesVersions { version creatable }\n    }\n  }\n": typeof types.KubernetesRegionClustersDocument,
    "\n  mutation KubernetesCreateNodeGroup($input: CreateNodeGroupInput!) {\n    createNodeGroup(input: $input) {\n      nodeGroup { id name status nodeCount isDefault flavor { name } cluster { id } availabilityZone }\n      errors { __typename code message ... on ValidationError { field } ... on ConflictError { currentStatus } }\n    }\n  }\n": typeof types.KubernetesCreateNodeGroupDocument,
    "\n  mutation KubernetesResizeNodeGroup($id: ID!, $nodeCount: Int!) {\n    resizeNodeGroup(id: $id, nodeCount: $nodeCount) {\n      nodeGroup { id name status nodeCount }\n      errors { __typename code message ... on ValidationError { field } ... on ConflictError { currentStatus } }\n    }\n  }\n": typeof types.KubernetesResizeNodeGroupDocument,
    "\n  mutation KubernetesDeleteNodeGroup($id: ID!) {\n    deleteNodeGroup(id: $id) { deletedId errors { __typename code message } }\n  }\n": typeof types.KubernetesDeleteNodeGroupDocument,
    "\n  query KubernetesNodeGroupNode($id: ID!) {\n    node(id: $id) { id ... on NodeGroup { name status nodeCount nodeAddresses kubernetesVersion } }\n  }\n": typeof types.KubernetesNodeGroupNodeDocument,
    "\n  mutation KubernetesUpgradeCluster($id: ID!, $version: String!) {\n    upgradeCluster(id: $id, kubernetesVersion: $version) {\n      cluster { id status kubernetesVersion }\n      errors { __typename code message ... on ConflictError { currentStatus } }\n    }\n  }\n": typeof types.KubernetesUpgradeClusterDocument,
    "\n  mutation KubernetesUpgradeNodeGroup($id: ID!) {\n    upgradeNodeGroup(id: $id) {\n      nodeGroup { id status }\n      errors { __typename code message }\n    }\n  }\n": typeof types.KubernetesUpgradeNodeGroupDocument,
    "\n  subscription KubernetesClusterStatusChanged($regionId: ID!) {\n    clusterStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { id __typename ... on Cluster { name status nodeCount } }\n    }\n  }\n": typeof types.KubernetesClusterStatusChangedDocument,
    "\n  subscription KubernetesStatusChanged($ids: [ID!]!) {\n    statusChanged(ids: $ids) {\n      previousStatus\n      status\n      node { id __typename ... on NodeGroup { name nodeCount } }\n    }\n  }\n": typeof types.KubernetesStatusChangedDocument,
    "\n  query KubernetesClusterGroups($id: ID!) {\n    node(id: $id) { ... on Cluster { nodeGroups { id name } } }\n  }\n": typeof types.KubernetesClusterGroupsDocument,
    "\n  mutation KubernetesSubscriptionResize($id: ID!, $nodeCount: Int!) {\n    resizeNodeGroup(id: $id, nodeCount: $nodeCount) { nodeGroup { status } errors { message } }\n  }\n": typeof types.KubernetesSubscriptionResizeDocument,
    "\n  mutation NetCostCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename message } }\n  }\n": typeof types.NetCostCreateServerDocument,
    "\n  mutation NetCostCreateFloatingIp($input: CreateFloatingIpInput!) {\n    createFloatingIp(input: $input) { floatingIp { id } errors { __typename message } }\n  }\n": typeof types.NetCostCreateFloatingIpDocument,
    "\n  mutation NetCostDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { message } } }\n": typeof types.NetCostDeleteSnapshotDocument,
    "\n  mutation NetCostDeleteVolume($id: ID!) { deleteVolume(id: $id) { deletedId errors { message } } }\n": typeof types.NetCostDeleteVolumeDocument,
    "\n  query NetCostVolumes($region: String!) {\n    region(provider: NHN, name: $region) { volumes(first: 1000) { edges { node { id attachments { device } } } } snapshots { id } }\n  }\n": typeof types.NetCostVolumesDocument,
    "\n  query NetCostServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 1000) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            addresses { address type subnet { id name cidr } }\n            subnets { id name }\n            securityGroups { id name }\n            volumes { id status }\n            floatingIps { id address }\n            ports { id status }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NetCostServersDocument,
    "\n  fragment FipErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n    ... on NotFoundError { resourceType }\n  }\n": typeof types.FipErrorsFragmentDoc,
    "\n  fragment FipFields on FloatingIp {\n    id address status rawStatus fixedIpAddress label\n    port { id }\n    server { id name }\n  }\n": typeof types.FipFieldsFragmentDoc,
    "\n  mutation FipCreate($input: CreateFloatingIpInput!) {\n    createFloatingIp(input: $input) { floatingIp { ...FipFields } errors { ...FipErrors } }\n  }\n": typeof types.FipCreateDocument,
    "\n  mutation FipAssociate($id: ID!, $serverId: ID, $portId: ID) {\n    associateFloatingIp(id: $id, serverId: $serverId, portId: $portId) { floatingIp { ...FipFields } errors { ...FipErrors } }\n  }\n": typeof types.FipAssociateDocument,
    "\n  mutation FipDisassociate($id: ID!) {\n    disassociateFloatingIp(id: $id) { floatingIp { ...FipFields } errors { ...FipErrors } }\n  }\n": typeof types.FipDisassociateDocument,
    "\n  mutation FipDelete($id: ID!) { deleteFloatingIp(id: $id) { deletedId errors { ...FipErrors } } }\n": typeof types.FipDeleteDocument,
    "\n  mutation FipDetachGateway($routingTableId: ID!) {\n    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } } errors { ...FipErrors } }\n  }\n": typeof types.FipDetachGatewayDocument,
    "\n  mutation FipCreatePort($input: CreatePortInput!) {\n    createPort(input: $input) { port { id } errors { ...FipErrors } }\n  }\n": typeof types.FipCreatePortDocument,
    "\n  query FipServers($name: String!) {\n    region(provider: NHN, name: $name) {\n      servers(first: 100) {\n        edges {\n          node {\n            id name status\n            addresses { address type subnet { id name } }\n            floatingIps { id address status }\n          }\n        }\n      }\n      floatingIps { ...FipFields }\n      vpcs { defaultRoutingTable { id } subnets { id name } }\n    }\n  }\n": typeof types.FipServersDocument,
    "\n  query NetworkRegion($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      vpcs {\n        id name cidr state external createdAt rawCreatedAt\n        defaultRoutingTable { id name }\n        subnets { id name cidr gatewayIp availableIpCount routingTableExplicit routingTable { id name isDefault } vpc { id } }\n        routingTables {\n          id name isDefault distributed\n          internetGateway { id name state routingTable { id } externalNetwork { id name external } }\n          routes { id cidr prefixLength gateway isLocal internetGateway { id } }\n          subnets { name }\n        }\n      }\n      externalNetworks { id name cidr external shared }\n      internetGateways { id name state }\n      securityGroups {\n        id name description\n        rules { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix remoteSecurityGroup { id name } securityGroup { id } }\n      }\n      floatingIps { id address status fixedIpAddress port { id } server { id name } externalNetwork { id } }\n    }\n  }\n": typeof types.NetworkRegionDocument,
    "\n  query NetworkServers($name: String!) {\n    region(provider: NHN, name: $name) {\n      servers(first: 100) {\n        edges {\n          node {\n            id name status\n            addresses { address type macAddress subnet { id name cidr } }\n            subnets { id name }\n            securityGroups { id name }\n            ports { id status macAddress deviceOwner fixedIps { ipAddress subnet { id } } server { id } securityGroups { name } }\n            floatingIps { id address }\n            volumes { id name status attachments { device server { id } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.NetworkServersDocument,
    "\n  query NetworkNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Vpc { name cidr }\n      ... on Subnet { name cidr vpc { name } }\n      ... on RoutingTable { name isDefault }\n      ... on Route { cidr gateway }\n      ... on InternetGateway { name state }\n      ... on SecurityGroup { name }\n      ... on SecurityGroupRule { direction protocol }\n      ... on FloatingIp { address }\n      ... on Port { macAddress }\n    }\n  }\n": typeof types.NetworkNodeDocument,
    "\n  fragment NetErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n    ... on NotFoundError { resourceType resourceId }\n  }\n": typeof types.NetErrorsFragmentDoc,
    "\n  mutation NetCreateVpc($input: CreateVpcInput!) {\n    createVpc(input: $input) {\n      vpc { id name cidr defaultRoutingTable { id name isDefault routes { cidr gateway isLocal } } subnets { id } }\n      errors { ...NetErrors }\n    }\n  }\n": typeof types.NetCreateVpcDocument,
    "\n  mutation NetUpdateVpc($input: UpdateVpcInput!) {\n    updateVpc(input: $input) { vpc { id name cidr } errors { ...NetErrors } }\n  }\n": typeof types.NetUpdateVpcDocument,
    "\n  mutation NetDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { ...NetErrors } } }\n": typeof types.NetDeleteVpcDocument,
    "\n  mutation NetCreateSubnet($input: CreateSubnetInput!) {\n    createSubnet(input: $input) {\n      subnet { id name cidr gatewayIp availableIpCount vpc { id } routingTable { id isDefault } routingTableExplicit }\n      errors { ...NetErrors }\n    }\n  }\n": typeof types.NetCreateSubnetDocument,
    "\n  mutation NetUpdateSubnet($input: UpdateSubnetInput!) {\n    updateSubnet(input: $input) { subnet { id name cidr } errors { ...NetErrors } }\n  }\n": typeof types.NetUpdateSubnetDocument,
    "\n  mutation NetDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { ...NetErrors } } }\n": typeof types.NetDeleteSubnetDocument,
    "\n  mutation NetCreateRoutingTable($input: CreateRoutingTableInput!) {\n    createRoutingTable(input: $input) {\n      routingTable { id name isDefault distributed vpc { id } routes { cidr gateway isLocal } }\n      errors { ...NetErrors }\n    }\n  }\n": typeof types.NetCreateRoutingTableDocument,
    "\n  mutation NetUpdateRoutingTable($input: UpdateRoutingTableInput!) {\n    updateRoutingTable(input: $input) { routingTable { id name distributed } errors { ...NetErrors } }\n  }\n": typeof types.NetUpdateRoutingTableDocument,
    "\n  mutation NetDeleteRoutingTable($id: ID!) { deleteRoutingTable(id: $id) { deletedId errors { ...NetErrors } } }\n": typeof types.NetDeleteRoutingTableDocument,
    "\n  mutation NetSetDefaultRoutingTable($id: ID!) {\n    setDefaultRoutingTable(id: $id) { routingTable { id isDefault } errors { ...NetErrors } }\n  }\n": typeof types.NetSetDefaultRoutingTableDocument,
    "\n  mutation NetAttachRoutingTable($subnetId: ID!, $routingTableId: ID!) {\n    attachRoutingTable(subnetId: $subnetId, routingTableId: $routingTableId) {\n      subnet { id routingTable { id } routingTableExplicit }\n      errors { ...NetErrors }\n    }\n  }\n": typeof types.NetAttachRoutingTableDocument,
    "\n  mutation NetDetachRoutingTable($subnetId: ID!) {\n    detachRoutingTable(subnetId: $subnetId) { subnet { id routingTable { id isDefault } routingTableExplicit } errors { ...NetErrors } }\n  }\n": typeof types.NetDetachRoutingTableDocument,
    "\n  mutation NetCreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) { route { id cidr prefixLength gateway routingTable { id } } errors { ...NetErrors } }\n  }\n": typeof types.NetCreateRouteDocument,
    "\n  mutation NetDeleteRoute($id: ID!) { deleteRoute(id: $id) { deletedId errors { ...NetErrors } } }\n": typeof types.NetDeleteRouteDocument,
    "\n  mutation NetCreateInternetGateway($input: CreateInternetGatewayInput!) {\n    createInternetGateway(input: $input) { internetGateway { id name state routingTable { id } externalNetwork { name } } errors { ...NetErrors } }\n  }\n": typeof types.NetCreateInternetGatewayDocument,
    "\n  mutation NetDeleteInternetGateway($id: ID!) { deleteInternetGateway(id: $id) { deletedId errors { ...NetErrors } } }\n": typeof types.NetDeleteInternetGatewayDocument,
    "\n  mutation NetAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {\n    attachInternetGateway(routingTableId: $routingTableId, internetGatewayId: $internetGatewayId) {\n      routingTable { id internetGateway { id } routes { id cidr internetGateway { id } } }\n      errors { ...NetErrors }\n    }\n  }\n": typeof types.NetAttachInternetGatewayDocument,
    "\n  mutation NetDetachInternetGateway($routingTableId: ID!) {\n    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } routes { cidr } } errors { ...NetErrors } }\n  }\n": typeof types.NetDetachInternetGatewayDocument,
    "\n  mutation NetCreatePort($input: CreatePortInput!) {\n    createPort(input: $input) { port { id name status fixedIps { ipAddress subnet { id } } securityGroups { id name } server { id } } errors { ...NetErrors } }\n  }\n": typeof types.NetCreatePortDocument,
    "\n  mutation NetDeletePort($id: ID!) { deletePort(id: $id) { deletedId errors { ...NetErrors } } }\n": typeof types.NetDeletePortDocument,
    "\n  mutation NetCreateSecurityGroup($input: CreateSecurityGroupInput!) {\n    createSecurityGroup(input: $input) { securityGroup { id name description rules { direction etherType protocol } } errors { ...NetErrors } }\n  }\n": typeof types.NetCreateSecurityGroupDocument,
    "\n  mutation NetUpdateSecurityGroup($input: UpdateSecurityGroupInput!) {\n    updateSecurityGroup(input: $input) { securityGroup { id name description } errors { ...NetErrors } }\n  }\n": typeof types.NetUpdateSecurityGroupDocument,
    "\n  mutation NetDeleteSecurityGroup($id: ID!) { deleteSecurityGroup(id: $id) { deletedId errors { ...NetErrors } } }\n": typeof types.NetDeleteSecurityGroupDocument,
    "\n  mutation NetCreateRule($input: CreateSecurityGroupRuleInput!) {\n    createSecurityGroupRule(input: $input) {\n      rule { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix remoteSecurityGroup { id } securityGroup { id rules { id } } }\n      errors { ...NetErrors }\n    }\n  }\n": typeof types.NetCreateRuleDocument,
    "\n  mutation NetDeleteRule($id: ID!) { deleteSecurityGroupRule(id: $id) { deletedId errors { ...NetErrors } } }\n": typeof types.NetDeleteRuleDocument,
    "\n  query NetRegionView($name: String!) {\n    region(provider: NHN, name: $name) {\n      vpcs { id name cidr subnets { id name cidr ports { id } } routingTables { id name isDefault } }\n      securityGroups { id name rules { id } }\n      internetGateways { id name state routingTable { id } }\n    }\n  }\n": typeof types.NetRegionViewDocument,
    "\n  query NormalisedRegionStates($provider: CloudProvider!, $name: String!) {\n    region(provider: $provider, name: $name) {\n      clusters { name status state rawStatus nodeGroups { id name status state rawStatus } }\n      vpcs { name external state status rawStatus }\n      subnets { name state status rawStatus }\n      routingTables { name state status rawStatus }\n      internetGateways { name state status rawStatus }\n      ports { id deviceId status state rawStatus }\n    }\n  }\n": typeof types.NormalisedRegionStatesDocument,
    "\n  mutation NormalisedResize($id: ID!, $nodeCount: Int!) {\n    resizeNodeGroup(id: $id, nodeCount: $nodeCount) { nodeGroup { id status state rawStatus } errors { __typename message } }\n  }\n": typeof types.NormalisedResizeDocument,
    "\n  query NormalisedGroupState($id: ID!) { node(id: $id) { id ... on NodeGroup { status state rawStatus } } }\n": typeof types.NormalisedGroupStateDocument,
    "\n  query StorageRegionContainers($name: String!, $prefix: String) {\n    region(provider: NHN, name: $name) {\n      containers(prefix: $prefix) { id name objectCount bytesUsed lastModified }\n      objectStorageUsage { containerCount objectCount bytesUsed }\n    }\n  }\n": typeof types.StorageRegionContainersDocument,
    "\n  query StorageContainerDetails($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Container { name objectCount storagePolicy publicRead readAcl metadata { key value } }\n    }\n  }\n": typeof types.StorageContainerDetailsDocument,
    "\n  mutation StorageUpdateContainer($input: UpdateContainerInput!) {\n    updateContainer(input: $input) {\n      container { id publicRead readAcl metadata { key value } }\n      errors { __typename code message ... on ValidationError { field } ... on NotFoundError { resourceType } }\n    }\n  }\n": typeof types.StorageUpdateContainerDocument,
    "\n  mutation StorageIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId errors { code message } }\n  }\n": typeof types.StorageIssueTokenDocument,
    "\n  query StorageContainerNames($name: String!) {\n    region(provider: NHN, name: $name) { containers { name } }\n  }\n": typeof types.StorageContainerNamesDocument,
    "\n  mutation StorageCreateContainer($input: CreateContainerInput!) {\n    createContainer(input: $input) {\n      container { id name objectCount bytesUsed storagePolicy publicRead metadata { key value } region { name } }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on ConflictError { currentStatus }\n        ... on NotFoundError { resourceType resourceId }\n      }\n    }\n  }\n": typeof types.StorageCreateContainerDocument,
    "\n  mutation StoragePutObject($input: PutObjectInput!) {\n    putObject(input: $input) {\n      object { id name size contentType etag lastModified metadata { key value } container { id name } }\n      errors { __typename code message ... on ValidationError { field } ... on NotFoundError { resourceType resourceId } }\n    }\n  }\n": typeof types.StoragePutObjectDocument,
    "\n  mutation StorageDeleteContainer($id: ID!) {\n    deleteContainer(id: $id) { deletedId errors { __typename code message ... on ConflictError { currentStatus } ... on NotFoundError { resourceType } } }\n  }\n": typeof types.StorageDeleteContainerDocument,
    "\n  mutation StorageDeleteObject($id: ID!) {\n    deleteObject(id: $id) { deletedId errors { __typename code message ... on NotFoundError { resourceType } } }\n  }\n": typeof types.StorageDeleteObjectDocument,
    "\n  query StorageListObjects($id: ID!, $prefix: String, $delimiter: String, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Container {\n        name\n        objectCount\n        objects(prefix: $prefix, delimiter: $delimiter, first: $first, after: $after) {\n          edges { cursor node { id name size contentType etag } }\n          folders\n          pageInfo { hasNextPage hasPreviousPage endCursor }\n        }\n      }\n    }\n  }\n": typeof types.StorageListObjectsDocument,
    "\n  query StorageObjectContent($id: ID!) {\n    node(id: $id) {\n      ... on StorageObject { name size contentType etag content contentBase64 metadata { key value } container { name } }\n    }\n  }\n": typeof types.StorageObjectContentDocument,
    "\n  query StorageObjectText($id: ID!) {\n    node(id: $id) { ... on StorageObject { name content contentBase64 } }\n  }\n": typeof types.StorageObjectTextDocument,
    "\n  query StorageObjectByName($id: ID!, $name: String!) {\n    node(id: $id) { ... on Container { object(name: $name) { id name size } } }\n  }\n": typeof types.StorageObjectByNameDocument,
    "\n  mutation OperationsCreate($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id status }\n      operation { id kind status startedAt finishedAt target { id } }\n      errors { code message }\n    }\n  }\n": typeof types.OperationsCreateDocument,
    "\n  query OperationsGet($id: ID!) {\n    operation(id: $id) {\n      id kind status finishedAt\n      steps { status }\n      error { code message ... on ConflictError { currentStatus } }\n      target { id ... on Server { name status } }\n    }\n  }\n": typeof types.OperationsGetDocument,
    "\n  subscription OperationsUpdated($id: ID!) {\n    operationUpdated(id: $id) { id status finishedAt error { message } }\n  }\n": typeof types.OperationsUpdatedDocument,
    "\n  mutation OperationsStop($id: ID!) { stopServer(id: $id) { operation { id kind } errors { message } } }\n": typeof types.OperationsStopDocument,
    "\n  mutation OperationsDelete($id: ID!) { deleteServer(id: $id) { deletedId operation { id kind } errors { message } } }\n": typeof types.OperationsDeleteDocument,
    "\n  query OperationsOfViewer($status: OperationStatus) {\n    viewer { operations(first: 50, status: $status) { edges { node { id status kind } } } }\n  }\n": typeof types.OperationsOfViewerDocument,
    "\n  query PartialDashboard {\n    viewer { provider tenantId }\n    regions {\n      provider\n      name\n      displayName\n      servers(first: 10) {\n        totalCount\n        edges { node { id name status flavor { name vcpus ramMb } image { name } keypair { name } addresses { address type } } }\n      }\n    }\n  }\n": typeof types.PartialDashboardDocument,
    "\n  query PartialFlavorsById($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Flavor { name } }\n  }\n": typeof types.PartialFlavorsByIdDocument,
    "\n  query PartialNetworks {\n    regions {\n      provider\n      name\n      vpcs { name cidr subnets { name } }\n      servers(first: 1) { totalCount }\n    }\n  }\n": typeof types.PartialNetworksDocument,
    "\n  mutation ParityIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId expiresAt errors { code message } }\n  }\n": typeof types.ParityIssueTokenDocument,
    "\n  query ParityCatalog($region: String!) {\n    region(provider: NHN, name: $region) {\n      id\n      flavors { id name vcpus ramMb diskGb }\n      keypairs { id name publicKey fingerprint }\n      images(first: 100) { edges { node { id name status createdAt } } }\n      servers(first: 100) { edges { node { id name status addresses { address version } createdAt } } }\n      subnets { id name cidr gatewayIp vpc { id } }\n    }\n  }\n": typeof types.ParityCatalogDocument,
    "\n  query ParityServer($id: ID!) {\n    node(id: $id) { ... on Server { id name status flavor { id } image { id } addresses { address } createdAt } }\n  }\n": typeof types.ParityServerDocument,
    "\n  mutation ParityCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id name status } errors { __typename message } }\n  }\n": typeof types.ParityCreateServerDocument,
    "mutation ParityStart($id: ID!) { startServer(id: $id) { server { status } errors { message } } }": typeof types.ParityStartDocument,
    "mutation ParityStop($id: ID!) { stopServer(id: $id) { server { status } errors { message } } }": typeof types.ParityStopDocument,
    "mutation ParityReboot($id: ID!) { rebootServer(id: $id) { server { status } errors { message } } }": typeof types.ParityRebootDocument,
    "mutation ParityDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { message } } }": typeof types.ParityDeleteServerDocument,
    "\n  query ParityVpcs($region: String!) {\n    region(provider: NHN, name: $region) { vpcs { id name cidr state } floatingIps { id address status port { id } } }\n  }\n": typeof types.ParityVpcsDocument,
    "\n  mutation ParityCreateVpc($input: CreateVpcInput!) { createVpc(input: $input) { vpc { id name cidr } errors { message } } }\n": typeof types.ParityCreateVpcDocument,
    "query ParityVpc($id: ID!) { node(id: $id) { ... on Vpc { id name cidr state } } }": typeof types.ParityVpcDocument,
    "mutation ParityDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { message } } }": typeof types.ParityDeleteVpcDocument,
    "\n  mutation ParityCreateSubnet($input: CreateSubnetInput!) {\n    createSubnet(input: $input) { subnet { id name cidr gatewayIp vpc { id } } errors { message } }\n  }\n": typeof types.ParityCreateSubnetDocument,
    "query ParitySubnet($id: ID!) { node(id: $id) { ... on Subnet { id name cidr gatewayIp vpc { id } } } }": typeof types.ParitySubnetDocument,
    "mutation ParityDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { message } } }": typeof types.ParityDeleteSubnetDocument,
    "\n  query ParityClusters($region: String!) {\n    region(provider: NHN, name: $region) { clusters { id name status nodeCount } }\n  }\n": typeof types.ParityClustersDocument,
    "\n  query ParityCluster($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) { cluster(name: $name) { id name status nodeCount kubernetesVersion } }\n  }\n": typeof types.ParityClusterDocument,
    "\n  query ParityClusterConfig($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) { cluster(name: $name) { kubeconfig } }\n  }\n": typeof types.ParityClusterConfigDocument,
    "\n  mutation ParityCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) { cluster { id name status publicEndpoint externalNetworkId } errors { __typename message } }\n  }\n": typeof types.ParityCreateClusterDocument,
    "mutation ParityDeleteCluster($id: ID!) { deleteCluster(id: $id) { deletedId errors { message } } }": typeof types.ParityDeleteClusterDocument,
    "\n  query ParityContainers($region: String!) { region(provider: NHN, name: $region) { containers { id name } } }\n": typeof types.ParityContainersDocument,
    "\n  query ParityContainerObjects($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) { container(name: $name) { id objects(first: 1000) { edges { node { name } } } } }\n  }\n": typeof types.ParityContainerObjectsDocument,
    "\n  mutation ParityCreateContainer($input: CreateContainerInput!) { createContainer(input: $input) { container { id name } errors { message } } }\n": typeof types.ParityCreateContainerDocument,
    "mutation ParityDeleteContainer($id: ID!) { deleteContainer(id: $id) { deletedId errors { message } } }": typeof types.ParityDeleteContainerDocument,
    "\n  mutation SecretsIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId expiresAt errors { __typename code message } }\n  }\n": typeof types.SecretsIssueTokenDocument,
    "\n  mutation SecretsIssueTokenLoose($input: IssueTokenInput!) {\n    issueToken(input: $input) { token }\n  }\n": typeof types.SecretsIssueTokenLooseDocument,
    "\n  query SecretsServers {\n    region(provider: NHN, name: \"kr1\") { servers(first: 5) { edges { node { id name } } } }\n  }\n": typeof types.SecretsServersDocument,
    "\n  query SecretsViewers {\n    viewers { provider tenantId tokenExpiresAt }\n  }\n": typeof types.SecretsViewersDocument,
    "\n  mutation SecretsCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename code message } }\n  }\n": typeof types.SecretsCreateServerDocument,
    "\n  subscription StorageVolumeStatusChanged($regionId: ID!) {\n    volumeStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { __typename id ... on Volume { name sizeGb status volumeType { name } } }\n    }\n  }\n": typeof types.StorageVolumeStatusChangedDocument,
    "\n  mutation StorageSubCreate($input: CreateVolumeInput!) { createVolume(input: $input) { volume { id status } errors { message } } }\n": typeof types.StorageSubCreateDocument,
    "\n  mutation StorageSubDelete($id: ID!) { deleteVolume(id: $id) { deletedId errors { message } } }\n": typeof types.StorageSubDeleteDocument,
    "\n  fragment VolErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n    ... on NotFoundError { resourceType }\n  }\n": typeof types.VolErrorsFragmentDoc,
    "\n  fragment VolFields on Volume {\n    id name description sizeGb status rawStatus bootable rawBootable availabilityZone\n    volumeType { id name }\n    attachments { device server { id name } }\n  }\n": typeof types.VolFieldsFragmentDoc,
    "\n  query VolList($name: String!, $first: Int, $after: String, $status: VolumeStatus) {\n    region(provider: NHN, name: $name) {\n      volumes(first: $first, after: $after, status: $status) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...VolFields snapshots { id name status } sourceSnapshot { id } } }\n      }\n      volumeTypes { id name isPublic backendName }\n      snapshots { id name status sizeGb progress rawProgress volume { id name } }\n    }\n  }\n": typeof types.VolListDocument,
    "\n  query VolNode($id: ID!) {\n    node(id: $id) { id ... on Volume { ...VolFields } ... on Snapshot { snapshotStatus: status } }\n  }\n": typeof types.VolNodeDocument,
    "\n  query VolServer($id: ID!) {\n    node(id: $id) { id ... on Server { name volumes { id name status } } }\n  }\n": typeof types.VolServerDocument,
    "\n  query VolServerIds($name: String!) {\n    region(provider: NHN, name: $name) { servers(first: 100) { edges { node { id name volumes { id bootable attachments { device } } } } } }\n  }\n": typeof types.VolServerIdsDocument,
    "\n  mutation VolCreate($input: CreateVolumeInput!) { createVolume(input: $input) { volume { ...VolFields } errors { ...VolErrors } } }\n": typeof types.VolCreateDocument,
    "\n  mutation VolUpdate($input: UpdateVolumeInput!) { updateVolume(input: $input) { volume { ...VolFields } errors { ...VolErrors } } }\n": typeof types.VolUpdateDocument,
    "\n  mutation VolExtend($id: ID!, $sizeGb: Int!) { extendVolume(id: $id, sizeGb: $sizeGb) { volume { ...VolFields } errors { ...VolErrors } } }\n": typeof types.VolExtendDocument,
    "\n  mutation VolDelete($id: ID!) { deleteVolume(id: $id) { deletedId errors { ...VolErrors } } }\n": typeof types.VolDeleteDocument,
    "\n  mutation VolAttach($volumeId: ID!, $serverId: ID!) {\n    attachVolume(volumeId: $volumeId, serverId: $serverId) { volume { ...VolFields } server { id name } device errors { ...VolErrors } }\n  }\n": typeof types.VolAttachDocument,
    "\n  mutation VolDetach($volumeId: ID!, $serverId: ID) { detachVolume(volumeId: $volumeId, serverId: $serverId) { volume { ...VolFields } errors { ...VolErrors } } }\n": typeof types.VolDetachDocument,
    "\n  mutation VolSnapshot($input: CreateSnapshotInput!) {\n    createSnapshot(input: $input) { snapshot { id name status sizeGb volume { id } } errors { ...VolErrors } }\n  }\n": typeof types.VolSnapshotDocument,
    "\n  mutation VolDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { ...VolErrors } } }\n": typeof types.VolDeleteSnapshotDocument,
    "\n  query TrustedServers {\n    region(provider: NHN, name: \"kr1\") { servers(first: 3) { totalCount } }\n  }\n": typeof types.TrustedServersDocument,
    "\n  mutation FaultsCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status }\n      errors { __typename code message ... on ValidationError { field } }\n    }\n  }\n": typeof types.FaultsCreateServerDocument,
    "\n  mutation FaultsCreateVolume($input: CreateVolumeInput!) {\n    createVolume(input: $input) { volume { id name description } errors { __typename code message } }\n  }\n": typeof types.FaultsCreateVolumeDocument,
    "\n  mutation FaultsCreateContainer($input: CreateContainerInput!) {\n    createContainer(input: $input) { container { id name } errors { __typename code message } }\n  }\n": typeof types.FaultsCreateContainerDocument,
    "\n  mutation FaultsCreateVpc($input: CreateVpcInput!) {\n    createVpc(input: $input) { vpc { id name } errors { __typename code message ... on ValidationError { field } } }\n  }\n": typeof types.FaultsCreateVpcDocument,
    "\n  mutation ProcessesCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name }\n      errors { __typename code message ... on ValidationError { field } }\n    }\n  }\n": typeof types.ProcessesCreateServerDocument,
    "\n  query UntracedServers {\n    region(provider: NHN, name: \"kr1\") { servers(first: 2) { totalCount } }\n  }\n": typeof types.UntracedServersDocument,
    "\n  query TracingServers {\n    region(provider: NHN, name: \"kr1\") {\n      servers(first: 5) { totalCount edges { node { id name flavor { name } image { name } } } }\n    }\n  }\n": typeof types.TracingServersDocument,
    "\n  mutation TracingIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token }\n  }\n": typeof types.TracingIssueTokenDocument,
    "\n  query ForgedNode($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n": typeof types.ForgedNodeDocument,
    "\n  query ForgedNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id __typename }\n  }\n": typeof types.ForgedNodesDocument,
    "\n  mutation ForgedStopServer($id: ID!) {\n    stopServer(id: $id) { server { id } errors { __typename code message ... on ValidationError { field } } }\n  }\n": typeof types.ForgedStopServerDocument,
    "\n  mutation ForgedDeleteVpc($id: ID!) {\n    deleteVpc(id: $id) { deletedId errors { __typename code message } }\n  }\n": typeof types.ForgedDeleteVpcDocument,
    "\n  mutation ForgedDeleteObject($id: ID!) {\n    deleteObject(id: $id) { deletedId errors { __typename code message } }\n  }\n": typeof types.ForgedDeleteObjectDocument,
    "\n  mutation ForgedPutObject($input: PutObjectInput!) {\n    putObject(input: $input) { object { id } errors { __typename code message } }\n  }\n": typeof types.ForgedPutObjectDocument,
    "\n  mutation ForgedCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id } errors { __typename code message } }\n  }\n": typeof types.ForgedCreateKeypairDocument,
    "\n  query ForgedRegionByName($provider: CloudProvider!, $name: String!) {\n    region(provider: $provider, name: $name) { id servers(first: 1) { totalCount } }\n  }\n": typeof types.ForgedRegionByNameDocument,
    "\n  query ForgedWarmUp {\n    region(provider: NHN, name: \"kr1\") { servers(first: 1) { edges { node { id } } } containers { name } }\n    kakao: region(provider: KAKAO, name: \"kr-central-2\") { servers(first: 1) { edges { node { id } } } }\n  }\n": typeof types.ForgedWarmUpDocument,
    "\n  query ForgedRegionContainer($name: String!) {\n    region(provider: NHN, name: \"kr1\") { container(name: $name) { name } }\n  }\n": typeof types.ForgedRegionContainerDocument,
    "\n  subscription ForgedServerStatus($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) { status }\n  }\n": typeof types.ForgedServerStatusDocument,
    "\n  subscription ForgedStatusChanged($ids: [ID!]!) {\n    statusChanged(ids: $ids) { status }\n  }\n": typeof types.ForgedStatusChangedDocument,
    "\n    mutation ForgedIssueToken($input: IssueTokenInput!) {\n      issueToken(input: $input) { token errors { __typename } }\n    }\n  ": typeof types.ForgedIssueTokenDocument,
    "\n  subscription SecurityKakaoStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) { status node { id } }\n  }\n": typeof types.SecurityKakaoStatusChangedDocument,
    "\n  query SecurityKakaoServers($region: String!) {\n    region(provider: KAKAO, name: $region) { servers(first: 100) { edges { node { id name status } } } }\n  }\n": typeof types.SecurityKakaoServersDocument,
    "mutation SecurityKakaoStop($id: ID!) { stopServer(id: $id) { errors { __typename message } } }": typeof types.SecurityKakaoStopDocument,
    "\n  query SpoofViewer($provider: CloudProvider) {\n    viewer(provider: $provider) { provider tenantId }\n  }\n": typeof types.SpoofViewerDocument,
    "\n  query SpoofViewers {\n    viewers { provider tenantId }\n  }\n": typeof types.SpoofViewersDocument,
    "\n  mutation SpoofIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId errors { __typename message } }\n  }\n": typeof types.SpoofIssueTokenDocument,
    "\n  query SpoofKakaoInventory($name: String!) {\n    region(provider: KAKAO, name: $name) {\n      servers(first: 100) { edges { node { id } } }\n      volumes(first: 100) { edges { node { id } } }\n      vpcs { id subnets { id } }\n      routingTables { id }\n      securityGroups { id rules { id } }\n      floatingIps { id }\n      ports { id }\n    }\n  }\n": typeof types.SpoofKakaoInventoryDocument,
    "\n  query SpoofNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id __typename }\n  }\n": typeof types.SpoofNodesDocument,
    "\n  subscription StatusOpsStatusChanged($ids: [ID!]!) {\n    statusChanged(ids: $ids) {\n      previousStatus\n      status\n      at\n      node {\n        id\n        __typename\n        ... on Server { name status flavor { name vcpus } region { name } }\n      }\n    }\n  }\n": typeof types.StatusOpsStatusChangedDocument,
    "\n  subscription StatusOpsServerStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { id ... on Server { name } }\n    }\n  }\n": typeof types.StatusOpsServerStatusChangedDocument,
    "\n  mutation StatusOpsIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId errors { code message } }\n  }\n": typeof types.StatusOpsIssueTokenDocument,
    "\n  query StatusOpsRegionServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      id\n      servers(first: 100) { edges { node { id name status } } }\n    }\n  }\n": typeof types.StatusOpsRegionServersDocument,
    "\n  mutation StatusOpsStop($id: ID!) { stopServer(id: $id) { server { id status } errors { __typename message } } }\n": typeof types.StatusOpsStopDocument,
    "\n  mutation StatusOpsStart($id: ID!) { startServer(id: $id) { server { id status } errors { __typename message } } }\n": typeof types.StatusOpsStartDocument,
    "\n  mutation StatusOpsCreate($input: CreateServerInput!) {\n    createServer(input: $input) { server { id name status } errors { __typename message } }\n  }\n": typeof types.StatusOpsCreateDocument,
    "\n  mutation StatusOpsDelete($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename message } } }\n": typeof types.StatusOpsDeleteDocument,
};
const documents: Documents = {
    "\n  query ClientsRegionServers($first: Int!, $after: String) {\n    region(provider: NHN, name: \"kr1\") {\n      id\n      name\n      servers(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id name status taskState flavor { id name } addresses { address type } } }\n      }\n    }\n  }\n": types.ClientsRegionServersDocument,
    "\n  mutation ClientsStopServer($id: ID!) {\n    stopServer(id: $id) {\n      server { id status taskState }\n      errors { __typename message }\n    }\n  }\n": types.ClientsStopServerDocument,
    "\n  subscription ClientsServerStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      node { id ... on Server { status taskState } }\n    }\n  }\n": types.ClientsServerStatusChangedDocument,
    "\n  query ClientsViewer { viewer { provider tenantId } }\n": types.ClientsViewerDocument,
    "\n  mutation AuthIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) {\n      token\n      tenantId\n      provider\n      expiresAt\n      errors { __typename code message ... on ValidationError { field } }\n    }\n  }\n": types.AuthIssueTokenDocument,
    "\n  query AuthViewer {\n    viewer(provider: NHN) { provider tenantId tokenExpiresAt }\n  }\n": types.AuthViewerDocument,
    "\n  query AuthServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100) { edges { node { id name status } } }\n    }\n  }\n": types.AuthServersDocument,
    "\n  query AuthServerNode($id: ID!) {\n    node(id: $id) { id ... on Server { name status } }\n  }\n": types.AuthServerNodeDocument,
    "\n  mutation AuthStopServer($id: ID!) {\n    stopServer(id: $id) { server { id status } errors { __typename code } }\n  }\n": types.AuthStopServerDocument,
    "\n  mutation BadInputCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on NotFoundError { resourceType resourceId }\n        ... on UpstreamError { status service }\n      }\n    }\n  }\n": types.BadInputCreateServerDocument,
    "\n  mutation BadInputResize($id: ID!, $flavorId: ID!) {\n    resizeServer(id: $id, flavorId: $flavorId) {\n      server { id }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on NotFoundError { resourceType resourceId }\n      }\n    }\n  }\n": types.BadInputResizeDocument,
    "\n  mutation BadInputStop($id: ID!) {\n    stopServer(id: $id) {\n      server { id }\n      errors { __typename code ... on NotFoundError { resourceType resourceId } ... on ValidationError { field } }\n    }\n  }\n": types.BadInputStopDocument,
    "\n  query BadInputServers($region: String!, $first: Int) {\n    region(provider: NHN, name: $region) {\n      servers(first: $first) { totalCount edges { node { id name status flavor { id name } } } }\n    }\n  }\n": types.BadInputServersDocument,
    "\n  query BadInputNode($id: ID!) {\n    node(id: $id) { id }\n  }\n": types.BadInputNodeDocument,
    "\n  query FixtureCatalog($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      flavors { id name }\n      images(first: 100) { edges { node { id name } } }\n      keypairs { id name }\n    }\n  }\n": types.FixtureCatalogDocument,
    "\n  fragment LifecycleActionResult on ServerActionPayload {\n    server { id status taskState flavor { id name } }\n    errors {\n      __typename\n      code\n      message\n      ... on ConflictError { currentStatus }\n    }\n  }\n": types.LifecycleActionResultFragmentDoc,
    "\n  mutation LifecycleCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status flavor { name } image { name } keypair { name } region { name } }\n      errors { __typename code message }\n    }\n  }\n": types.LifecycleCreateServerDocument,
    "\n  query LifecycleServerNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Server { name status taskState updatedAt flavor { id name } addresses { address type } }\n    }\n  }\n": types.LifecycleServerNodeDocument,
    "\n  mutation LifecycleStop($id: ID!) { stopServer(id: $id) { ...LifecycleActionResult } }\n": types.LifecycleStopDocument,
    "\n  mutation LifecycleStart($id: ID!) { startServer(id: $id) { ...LifecycleActionResult } }\n": types.LifecycleStartDocument,
    "\n  mutation LifecycleReboot($id: ID!, $hard: Boolean) { rebootServer(id: $id, hard: $hard) { ...LifecycleActionResult } }\n": types.LifecycleRebootDocument,
    "\n  mutation LifecycleResize($id: ID!, $flavorId: ID!) { resizeServer(id: $id, flavorId: $flavorId) { ...LifecycleActionResult } }\n": types.LifecycleResizeDocument,
    "\n  mutation LifecycleShelve($id: ID!) { shelveServer(id: $id) { ...LifecycleActionResult } }\n": types.LifecycleShelveDocument,
    "\n  mutation LifecycleUnshelve($id: ID!) { unshelveServer(id: $id) { ...LifecycleActionResult } }\n": types.LifecycleUnshelveDocument,
    "\n  mutation LifecycleDelete($id: ID!) {\n    deleteServer(id: $id) { deletedId errors { __typename code message } }\n  }\n": types.LifecycleDeleteDocument,
    "\n  query LifecycleServersNamed($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100, filter: { name: $name }) { totalCount edges { node { id name } } }\n    }\n  }\n": types.LifecycleServersNamedDocument,
    "\n  mutation LifecycleCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) {\n      keypair { id name fingerprint publicKey region { name } }\n      privateKey\n      errors { __typename code message }\n    }\n  }\n": types.LifecycleCreateKeypairDocument,
    "\n  mutation LifecycleDeleteKeypair($id: ID!) {\n    deleteKeypair(id: $id) { deletedId errors { __typename code message } }\n  }\n": types.LifecycleDeleteKeypairDocument,
    "\n  query LifecycleRegionKeypairs($region: String!) {\n    region(provider: NHN, name: $region) { keypairs { id name fingerprint publicKey } }\n  }\n": types.LifecycleRegionKeypairsDocument,
    "\n  query LifecycleKeypairNode($id: ID!) {\n    node(id: $id) { id ... on Keypair { name publicKey fingerprint } }\n  }\n": types.LifecycleKeypairNodeDocument,
    "\n  query RegionServers($provider: CloudProvider!, $name: String!, $first: Int) {\n    region(provider: $provider, name: $name) {\n      id\n      name\n      displayName\n      servers(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            status\n            flavor { id name vcpus ramMb }\n            image { id name }\n            keypair { id name }\n          }\n        }\n      }\n    }\n  }\n": types.RegionServersDocument,
    "\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Server { name status region { name } }\n    }\n  }\n": types.NodeLookupDocument,
    "\n  mutation CostCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename message } }\n  }\n": types.CostCreateServerDocument,
    "\n  mutation CostCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id } errors { __typename message } }\n  }\n": types.CostCreateKeypairDocument,
    "\n  query CostRegionServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100) {\n        totalCount\n        edges { node { id name flavor { name } image { name } keypair { name } } }\n      }\n    }\n  }\n": types.CostRegionServersDocument,
    "\n  query CostServerNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Server { name flavor { name } image { name } keypair { name } }\n    }\n  }\n": types.CostServerNodesDocument,
    "\n  fragment KakaoActionResult on ServerActionPayload {\n    server { id status rawStatus taskState flavor { id name } }\n    errors { __typename code message ... on ConflictError { currentStatus } }\n  }\n": types.KakaoActionResultFragmentDoc,
    "\n  mutation KakaoIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message ... on ValidationError { field } } }\n  }\n": types.KakaoIssueTokenDocument,
    "\n  query KakaoViewer { viewer(provider: KAKAO) { provider tenantId tenantName userId tokenExpiresAt } regions { provider name } }\n": types.KakaoViewerDocument,
    "\n  query KakaoServers($name: String!) {\n    region(provider: KAKAO, name: $name) {\n      servers(first: 100) { totalCount edges { node { id name status rawStatus flavor { name } image { name } keypair { name } addresses { address type } } } }\n    }\n  }\n": types.KakaoServersDocument,
    "\n  mutation KakaoCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status rawStatus flavor { name } image { name } keypair { name } region { provider name } }\n      errors { __typename code message }\n    }\n  }\n": types.KakaoCreateServerDocument,
    "mutation KakaoStop($id: ID!) { stopServer(id: $id) { ...KakaoActionResult } }": types.KakaoStopDocument,
    "mutation KakaoStart($id: ID!) { startServer(id: $id) { ...KakaoActionResult } }": types.KakaoStartDocument,
    "mutation KakaoReboot($id: ID!, $hard: Boolean) { rebootServer(id: $id, hard: $hard) { ...KakaoActionResult } }": types.KakaoRebootDocument,
    "mutation KakaoResize($id: ID!, $flavorId: ID!) { resizeServer(id: $id, flavorId: $flavorId) { ...KakaoActionResult } }": types.KakaoResizeDocument,
    "mutation KakaoShelve($id: ID!) { shelveServer(id: $id) { ...KakaoActionResult } }": types.KakaoShelveDocument,
    "mutation KakaoUnshelve($id: ID!) { unshelveServer(id: $id) { ...KakaoActionResult } }": types.KakaoUnshelveDocument,
    "mutation KakaoDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename code message } } }": types.KakaoDeleteServerDocument,
    "\n  mutation KakaoCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id name fingerprint publicKey region { provider name } } privateKey errors { __typename code message } }\n  }\n": types.KakaoCreateKeypairDocument,
    "mutation KakaoDeleteKeypair($id: ID!) { deleteKeypair(id: $id) { deletedId errors { __typename code message } } }": types.KakaoDeleteKeypairDocument,
    "\n  mutation KakaoCostCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename message } }\n  }\n": types.KakaoCostCreateServerDocument,
    "\n  query KakaoCostRegionServers($region: String!) {\n    region(provider: KAKAO, name: $region) {\n      servers(first: 100) { totalCount edges { node { id name flavor { name } image { name } keypair { name } } } }\n    }\n  }\n": types.KakaoCostRegionServersDocument,
    "\n  query KakaoCostServerNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Server { name flavor { name } image { name } keypair { name } } }\n  }\n": types.KakaoCostServerNodesDocument,
    "\n  query KakaoBothClouds {\n    regions {\n      id\n      provider\n      name\n      displayName\n      servers(first: 100) { totalCount edges { node { id name status region { provider name } flavor { name } } } }\n    }\n    viewers { provider tenantId }\n  }\n": types.KakaoBothCloudsDocument,
    "\n  query KakaoOneCloud($provider: CloudProvider!) { regions(provider: $provider) { provider name } }\n": types.KakaoOneCloudDocument,
    "\n  query KakaoNodesAcross($ids: [ID!]!) { nodes(ids: $ids) { id ... on Server { name region { provider name } } } }\n": types.KakaoNodesAcrossDocument,
    "\n  fragment KakaoUserErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n  }\n": types.KakaoUserErrorsFragmentDoc,
    "\n  mutation KakaoFixtureIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message } }\n  }\n": types.KakaoFixtureIssueTokenDocument,
    "\n  query KakaoFixtureCatalog($name: String!) {\n    region(provider: KAKAO, name: $name) {\n      id\n      flavors { id name }\n      images(first: 100) { edges { node { id name } } }\n      keypairs { id name }\n      vpcs { id name state subnets { id name availabilityZone } }\n      securityGroups { id name }\n    }\n  }\n": types.KakaoFixtureCatalogDocument,
    "\n  query KakaoFixtureServerNode($id: ID!) {\n    node(id: $id) { id ... on Server { name status rawStatus taskState flavor { id name } } }\n  }\n": types.KakaoFixtureServerNodeDocument,
    "\n  mutation IdentityIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message ... on ValidationError { field } } }\n  }\n": types.IdentityIssueTokenDocument,
    "\n  query IdentityViewerProjects($provider: CloudProvider) {\n    viewer(provider: $provider) { provider tenantId userId projects { provider projectId name enabled } }\n  }\n": types.IdentityViewerProjectsDocument,
    "\n  query KakaoKubeVersions { region(provider: KAKAO, name: \"kr-central-2\") { kubernetesVersions { version creatable } clusters { id name status nodeCount } } }\n": types.KakaoKubeVersionsDocument,
    "\n  query KakaoClusterNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Cluster { name status kubernetesVersion nodeCount publicEndpoint cniDriver apiAddress kubeconfig vpc { id } subnet { id } nodeGroups { id name status nodeCount } }\n    }\n  }\n": types.KakaoClusterNodeDocument,
    "\n  query KakaoNodeGroupNode($id: ID!) {\n    node(id: $id) { id ... on NodeGroup { name status nodeCount kubernetesVersion flavor { name } cluster { id } } }\n  }\n": types.KakaoNodeGroupNodeDocument,
    "\n  mutation KakaoCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) { cluster { id name status kubernetesVersion nodeCount publicEndpoint region { provider } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoCreateClusterDocument,
    "mutation KakaoDeleteCluster($id: ID!) { deleteCluster(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeleteClusterDocument,
    "\n  mutation KakaoUpgradeCluster($id: ID!, $version: String!) { upgradeCluster(id: $id, kubernetesVersion: $version) { cluster { id kubernetesVersion } errors { ...KakaoUserErrors } } }\n": types.KakaoUpgradeClusterDocument,
    "\n  mutation KakaoCreateNodeGroup($input: CreateNodeGroupInput!) {\n    createNodeGroup(input: $input) { nodeGroup { id name status nodeCount flavor { name } cluster { id } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoCreateNodeGroupDocument,
    "\n  mutation KakaoResizeNodeGroup($id: ID!, $count: Int!) { resizeNodeGroup(id: $id, nodeCount: $count) { nodeGroup { id status nodeCount } errors { ...KakaoUserErrors } } }\n": types.KakaoResizeNodeGroupDocument,
    "\n  mutation KakaoUpgradeNodeGroup($id: ID!) { upgradeNodeGroup(id: $id) { nodeGroup { id status kubernetesVersion } errors { ...KakaoUserErrors } } }\n": types.KakaoUpgradeNodeGroupDocument,
    "mutation KakaoDeleteNodeGroup($id: ID!) { deleteNodeGroup(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeleteNodeGroupDocument,
    "\n  query KakaoNetworkNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Vpc { name state }\n      ... on Subnet { name state routingTable { id isDefault } routingTableExplicit }\n      ... on RoutingTable { name state isDefault internetGateway { id } routes { id cidr gateway isLocal targetType targetServer { id } } }\n    }\n  }\n": types.KakaoNetworkNodeDocument,
    "\n  mutation KakaoCreateVpc($input: CreateVpcInput!) {\n    createVpc(input: $input) { vpc { id name cidr state region { provider name } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoCreateVpcDocument,
    "mutation KakaoUpdateVpc($input: UpdateVpcInput!) { updateVpc(input: $input) { vpc { id name cidr } errors { ...KakaoUserErrors } } }": types.KakaoUpdateVpcDocument,
    "mutation KakaoDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeleteVpcDocument,
    "\n  query KakaoVpcDetails($id: ID!) {\n    node(id: $id) {\n      ... on Vpc {\n        defaultRoutingTable { id name isDefault internetGateway { id name } routes { cidr isLocal targetType } }\n        routingTables { id name isDefault }\n      }\n    }\n  }\n": types.KakaoVpcDetailsDocument,
    "\n  mutation KakaoCreateSubnet($input: CreateSubnetInput!) {\n    createSubnet(input: $input) { subnet { id name cidr availabilityZone vpc { id } routingTable { id isDefault } routingTableExplicit } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoCreateSubnetDocument,
    "mutation KakaoUpdateSubnet($input: UpdateSubnetInput!) { updateSubnet(input: $input) { subnet { id name } errors { ...KakaoUserErrors } } }": types.KakaoUpdateSubnetDocument,
    "mutation KakaoDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeleteSubnetDocument,
    "\n  mutation KakaoCreateRoutingTable($input: CreateRoutingTableInput!) {\n    createRoutingTable(input: $input) { routingTable { id name isDefault distributed vpc { id } routes { cidr isLocal targetType } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoCreateRoutingTableDocument,
    "\n  mutation KakaoUpdateRoutingTable($input: UpdateRoutingTableInput!) { updateRoutingTable(input: $input) { routingTable { id name } errors { ...KakaoUserErrors } } }\n": types.KakaoUpdateRoutingTableDocument,
    "mutation KakaoDeleteRoutingTable($id: ID!) { deleteRoutingTable(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeleteRoutingTableDocument,
    "\n  mutation KakaoSetDefaultRoutingTable($id: ID!) { setDefaultRoutingTable(id: $id) { routingTable { id isDefault } errors { ...KakaoUserErrors } } }\n": types.KakaoSetDefaultRoutingTableDocument,
    "\n  mutation KakaoAttachRoutingTable($subnetId: ID!, $routingTableId: ID!) {\n    attachRoutingTable(subnetId: $subnetId, routingTableId: $routingTableId) { subnet { id routingTable { id } routingTableExplicit } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoAttachRoutingTableDocument,
    "\n  mutation KakaoDetachRoutingTable($subnetId: ID!) {\n    detachRoutingTable(subnetId: $subnetId) { subnet { id routingTable { id isDefault } routingTableExplicit } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoDetachRoutingTableDocument,
    "\n  mutation KakaoAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {\n    attachInternetGateway(routingTableId: $routingTableId, internetGatewayId: $internetGatewayId) {\n      routingTable { id internetGateway { id } routes { cidr targetType internetGateway { id } } }\n      errors { ...KakaoUserErrors }\n    }\n  }\n": types.KakaoAttachInternetGatewayDocument,
    "\n  mutation KakaoDetachInternetGateway($routingTableId: ID!) {\n    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } routes { cidr } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoDetachInternetGatewayDocument,
    "\n  mutation KakaoCreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) { route { id cidr prefixLength gateway targetType targetServer { id name } routingTable { id } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoCreateRouteDocument,
    "mutation KakaoDeleteRoute($id: ID!) { deleteRoute(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeleteRouteDocument,
    "\n  mutation KakaoCreateInternetGateway($input: CreateInternetGatewayInput!) { createInternetGateway(input: $input) { internetGateway { id } errors { ...KakaoUserErrors } } }\n": types.KakaoCreateInternetGatewayDocument,
    "mutation KakaoDeleteInternetGateway($id: ID!) { deleteInternetGateway(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeleteInternetGatewayDocument,
    "\n  mutation KakaoCreateSecurityGroup($input: CreateSecurityGroupInput!) {\n    createSecurityGroup(input: $input) { securityGroup { id name description rules { direction protocol } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoCreateSecurityGroupDocument,
    "\n  mutation KakaoUpdateSecurityGroup($input: UpdateSecurityGroupInput!) { updateSecurityGroup(input: $input) { securityGroup { id name description } errors { ...KakaoUserErrors } } }\n": types.KakaoUpdateSecurityGroupDocument,
    "mutation KakaoDeleteSecurityGroup($id: ID!) { deleteSecurityGroup(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeleteSecurityGroupDocument,
    "\n  mutation KakaoCreateRule($input: CreateSecurityGroupRuleInput!) {\n    createSecurityGroupRule(input: $input) {\n      rule { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix description securityGroup { id } }\n      errors { ...KakaoUserErrors }\n    }\n  }\n": types.KakaoCreateRuleDocument,
    "mutation KakaoDeleteRule($id: ID!) { deleteSecurityGroupRule(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeleteRuleDocument,
    "\n  mutation KakaoCreatePort($input: CreatePortInput!) {\n    createPort(input: $input) { port { id name status fixedIps { ipAddress subnet { id } } securityGroups { id name } server { id } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoCreatePortDocument,
    "mutation KakaoDeletePort($id: ID!) { deletePort(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeletePortDocument,
    "\n  mutation KakaoCreateFloatingIp($input: CreateFloatingIpInput!) {\n    createFloatingIp(input: $input) { floatingIp { id address status rawStatus label port { id } server { id } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoCreateFloatingIpDocument,
    "\n  mutation KakaoAssociateFloatingIp($id: ID!, $serverId: ID, $portId: ID) {\n    associateFloatingIp(id: $id, serverId: $serverId, portId: $portId) { floatingIp { id status rawStatus fixedIpAddress port { id } server { id } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoAssociateFloatingIpDocument,
    "\n  mutation KakaoDisassociateFloatingIp($id: ID!) { disassociateFloatingIp(id: $id) { floatingIp { id status port { id } } errors { ...KakaoUserErrors } } }\n": types.KakaoDisassociateFloatingIpDocument,
    "mutation KakaoDeleteFloatingIp($id: ID!) { deleteFloatingIp(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeleteFloatingIpDocument,
    "\n  mutation KakaoNetCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id addresses { address type port { id } subnet { id } } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoNetCreateServerDocument,
    "\n  query KakaoNetServerAddresses($id: ID!) { node(id: $id) { ... on Server { addresses { address type port { id } subnet { id } } ports { id } } } }\n": types.KakaoNetServerAddressesDocument,
    "mutation KakaoNetDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoNetDeleteServerDocument,
    "\n  query KakaoContainers($region: String!) {\n    region(provider: KAKAO, name: $region) {\n      containers { id name objectCount bytesUsed objects(first: 10) { edges { node { name size contentType } } } }\n    }\n  }\n": types.KakaoContainersDocument,
    "\n  query KakaoContainerObject($id: ID!, $name: String!) {\n    node(id: $id) { ... on Container { name objectCount object(name: $name) { name size content contentType metadata { key value } } } }\n  }\n": types.KakaoContainerObjectDocument,
    "\n  mutation KakaoCreateContainer($input: CreateContainerInput!) {\n    createContainer(input: $input) { container { id name objectCount region { provider name } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoCreateContainerDocument,
    "mutation KakaoDeleteContainer($id: ID!) { deleteContainer(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeleteContainerDocument,
    "\n  mutation KakaoPutObject($input: PutObjectInput!) {\n    putObject(input: $input) { object { id name size contentType etag } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoPutObjectDocument,
    "mutation KakaoDeleteObject($id: ID!) { deleteObject(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeleteObjectDocument,
    "\n  query KakaoContainerSettings($id: ID!) { node(id: $id) { ... on Container { publicRead readAcl metadata { key value } } } }\n": types.KakaoContainerSettingsDocument,
    "\n  mutation KakaoUpdateContainer($input: UpdateContainerInput!) {\n    updateContainer(input: $input) { container { id publicRead readAcl metadata { key value } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoUpdateContainerDocument,
    "\n  query KakaoResilienceServers($region: String!) {\n    region(provider: KAKAO, name: $region) { servers(first: 100) { totalCount edges { node { name status flavor { name } } } } }\n  }\n": types.KakaoResilienceServersDocument,
    "\n  mutation KakaoResilienceCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id name } errors { __typename message } }\n  }\n": types.KakaoResilienceCreateKeypairDocument,
    "\n  query KakaoVolumeNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Volume { name description sizeGb status rawStatus availabilityZone volumeTypeName attachments { device server { id } } sourceSnapshot { id } }\n    }\n  }\n": types.KakaoVolumeNodeDocument,
    "\n  query KakaoSnapshotNode($id: ID!) { node(id: $id) { id ... on Snapshot { name status rawStatus sizeGb volume { id } } } }\n": types.KakaoSnapshotNodeDocument,
    "query KakaoVolumeTypes { region(provider: KAKAO, name: \"kr-central-2\") { volumeTypes { id name } } }": types.KakaoVolumeTypesDocument,
    "\n  mutation KakaoCreateVolume($input: CreateVolumeInput!) {\n    createVolume(input: $input) { volume { id name sizeGb status rawStatus availabilityZone volumeTypeName region { provider } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoCreateVolumeDocument,
    "\n  mutation KakaoUpdateVolume($input: UpdateVolumeInput!) { updateVolume(input: $input) { volume { id name description } errors { ...KakaoUserErrors } } }\n": types.KakaoUpdateVolumeDocument,
    "\n  mutation KakaoExtendVolume($id: ID!, $sizeGb: Int!) { extendVolume(id: $id, sizeGb: $sizeGb) { volume { id sizeGb status } errors { ...KakaoUserErrors } } }\n": types.KakaoExtendVolumeDocument,
    "mutation KakaoDeleteVolume($id: ID!) { deleteVolume(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeleteVolumeDocument,
    "\n  mutation KakaoAttachVolume($volumeId: ID!, $serverId: ID!) {\n    attachVolume(volumeId: $volumeId, serverId: $serverId) { volume { id status attachments { device server { id } } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoAttachVolumeDocument,
    "\n  mutation KakaoDetachVolume($volumeId: ID!, $serverId: ID) {\n    detachVolume(volumeId: $volumeId, serverId: $serverId) { volume { id status } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoDetachVolumeDocument,
    "\n  mutation KakaoCreateSnapshot($input: CreateSnapshotInput!) {\n    createSnapshot(input: $input) { snapshot { id name status rawStatus sizeGb volume { id } } errors { ...KakaoUserErrors } }\n  }\n": types.KakaoCreateSnapshotDocument,
    "mutation KakaoDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { ...KakaoUserErrors } } }": types.KakaoDeleteSnapshotDocument,
    "\n  mutation KakaoStorageCreateServer($input: CreateServerInput!) { createServer(input: $input) { server { id } errors { ...KakaoUserErrors } } }\n": types.KakaoStorageCreateServerDocument,
    "\n  subscription KakaoServerStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { id __typename ... on Server { name status rawStatus region { provider name } flavor { name } } }\n    }\n  }\n": types.KakaoServerStatusChangedDocument,
    "\n  query KakaoSubscriptionServers($region: String!) {\n    region(provider: KAKAO, name: $region) { servers(first: 100) { edges { node { id name status } } } }\n  }\n": types.KakaoSubscriptionServersDocument,
    "mutation KakaoSubStop($id: ID!) { stopServer(id: $id) { server { status } errors { __typename message } } }": types.KakaoSubStopDocument,
    "mutation KakaoSubStart($id: ID!) { startServer(id: $id) { server { status } errors { __typename message } } }": types.KakaoSubStartDocument,
    "mutation KakaoSubCreate($input: CreateServerInput!) { createServer(input: $input) { server { id status } errors { __typename message } } }": types.KakaoSubCreateDocument,
    "mutation KakaoSubDelete($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename message } } }": types.KakaoSubDeleteDocument,
    "\n  subscription KakaoClusterStatusChanged($regionId: ID!) {\n    clusterStatusChanged(regionId: $regionId) { previousStatus status node { id ... on Cluster { name status } } }\n  }\n": types.KakaoClusterStatusChangedDocument,
    "\n  mutation KakaoSubCreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id status } errors { __typename message } } }\n": types.KakaoSubCreateClusterDocument,
    "\n  query KubernetesFixtureNetwork($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      vpcs { id name external }\n      subnets { id name vpc { id } }\n    }\n  }\n": types.KubernetesFixtureNetworkDocument,
    "\n  mutation KubernetesCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      cluster {\n        id\n        name\n        status\n        kubernetesVersion\n        nodeCount\n        publicEndpoint\n        externalNetworkId\n        externalSubnetIds\n        availabilityZone\n        bootVolumeSizeGb\n        autoscaling\n        vpc { id }\n        subnet { id }\n        flavor { id name }\n        keypair { name }\n      }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on NotFoundError { resourceType resourceId }\n        ... on ConflictError { currentStatus }\n      }\n    }\n  }\n": types.KubernetesCreateClusterDocument,
    "\n  query KubernetesClusterNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Cluster {\n        name\n        status\n        health\n        nodeCount\n        kubernetesVersion\n        nodeGroups { id name status nodeCount isDefault }\n      }\n    }\n  }\n": types.KubernetesClusterNodeDocument,
    "\n  mutation KubernetesDeleteCluster($id: ID!) {\n    deleteCluster(id: $id) { deletedId errors { __typename code message ... on ConflictError { currentStatus } } }\n  }\n": types.KubernetesDeleteClusterDocument,
    "\n  query KubernetesClusterDetail($id: ID!) {\n    node(id: $id) {\n      ... on Cluster {\n        name\n        status\n        apiAddress\n        createdAt\n        vpc { id name }\n        subnet { id name }\n        labels { key value }\n        events { type state resourceType }\n      }\n    }\n  }\n": types.KubernetesClusterDetailDocument,
    "\n  query KubernetesClusterKubeconfig($id: ID!) {\n    node(id: $id) { ... on Cluster { name status kubeconfig } }\n  }\n": types.KubernetesClusterKubeconfigDocument,
    "\n  query KubernetesClusterNoKubeconfig($id: ID!) {\n    node(id: $id) { ... on Cluster { name status } }\n  }\n": types.KubernetesClusterNoKubeconfigDocument,
    "\n  query KubernetesRegionClusters($name: String!) {\n    region(provider: NHN, name: $name) {\n      kubernetesAvailable\n      clusters { id name status nodeCount }\n      kubernetesVersions { version creatable }\n    }\n  }\n": types.KubernetesRegionClustersDocument,
    "\n  mutation KubernetesCreateNodeGroup($input: CreateNodeGroupInput!) {\n    createNodeGroup(input: $input) {\n      nodeGroup { id name status nodeCount isDefault flavor { name } cluster { id } availabilityZone }\n      errors { __typename code message ... on ValidationError { field } ... on ConflictError { currentStatus } }\n    }\n  }\n": types.KubernetesCreateNodeGroupDocument,
    "\n  mutation KubernetesResizeNodeGroup($id: ID!, $nodeCount: Int!) {\n    resizeNodeGroup(id: $id, nodeCount: $nodeCount) {\n      nodeGroup { id name status nodeCount }\n      errors { __typename code message ... on ValidationError { field } ... on ConflictError { currentStatus } }\n    }\n  }\n": types.KubernetesResizeNodeGroupDocument,
    "\n  mutation KubernetesDeleteNodeGroup($id: ID!) {\n    deleteNodeGroup(id: $id) { deletedId errors { __typename code message } }\n  }\n": types.KubernetesDeleteNodeGroupDocument,
    "\n  query KubernetesNodeGroupNode($id: ID!) {\n    node(id: $id) { id ... on NodeGroup { name status nodeCount nodeAddresses kubernetesVersion } }\n  }\n": types.KubernetesNodeGroupNodeDocument,
    "\n  mutation KubernetesUpgradeCluster($id: ID!, $version: String!) {\n    upgradeCluster(id: $id, kubernetesVersion: $version) {\n      cluster { id status kubernetesVersion }\n      errors { __typename code message ... on ConflictError { currentStatus } }\n    }\n  }\n": types.KubernetesUpgradeClusterDocument,
    "\n  mutation KubernetesUpgradeNodeGroup($id: ID!) {\n    upgradeNodeGroup(id: $id) {\n      nodeGroup { id status }\n      errors { __typename code message }\n    }\n  }\n": types.KubernetesUpgradeNodeGroupDocument,
    "\n  subscription KubernetesClusterStatusChanged($regionId: ID!) {\n    clusterStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { id __typename ... on Cluster { name status nodeCount } }\n    }\n  }\n": types.KubernetesClusterStatusChangedDocument,
    "\n  subscription KubernetesStatusChanged($ids: [ID!]!) {\n    statusChanged(ids: $ids) {\n      previousStatus\n      status\n      node { id __typename ... on NodeGroup { name nodeCount } }\n    }\n  }\n": types.KubernetesStatusChangedDocument,
    "\n  query KubernetesClusterGroups($id: ID!) {\n    node(id: $id) { ... on Cluster { nodeGroups { id name } } }\n  }\n": types.KubernetesClusterGroupsDocument,
    "\n  mutation KubernetesSubscriptionResize($id: ID!, $nodeCount: Int!) {\n    resizeNodeGroup(id: $id, nodeCount: $nodeCount) { nodeGroup { status } errors { message } }\n  }\n": types.KubernetesSubscriptionResizeDocument,
    "\n  mutation NetCostCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename message } }\n  }\n": types.NetCostCreateServerDocument,
    "\n  mutation NetCostCreateFloatingIp($input: CreateFloatingIpInput!) {\n    createFloatingIp(input: $input) { floatingIp { id } errors { __typename message } }\n  }\n": types.NetCostCreateFloatingIpDocument,
    "\n  mutation NetCostDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { message } } }\n": types.NetCostDeleteSnapshotDocument,
    "\n  mutation NetCostDeleteVolume($id: ID!) { deleteVolume(id: $id) { deletedId errors { message } } }\n": types.NetCostDeleteVolumeDocument,
    "\n  query NetCostVolumes($region: String!) {\n    region(provider: NHN, name: $region) { volumes(first: 1000) { edges { node { id attachments { device } } } } snapshots { id } }\n  }\n": types.NetCostVolumesDocument,
    "\n  query NetCostServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 1000) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            addresses { address type subnet { id name cidr } }\n            subnets { id name }\n            securityGroups { id name }\n            volumes { id status }\n            floatingIps { id address }\n            ports { id status }\n          }\n        }\n      }\n    }\n  }\n": types.NetCostServersDocument,
    "\n  fragment FipErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n    ... on NotFoundError { resourceType }\n  }\n": types.FipErrorsFragmentDoc,
    "\n  fragment FipFields on FloatingIp {\n    id address status rawStatus fixedIpAddress label\n    port { id }\n    server { id name }\n  }\n": types.FipFieldsFragmentDoc,
    "\n  mutation FipCreate($input: CreateFloatingIpInput!) {\n    createFloatingIp(input: $input) { floatingIp { ...FipFields } errors { ...FipErrors } }\n  }\n": types.FipCreateDocument,
    "\n  mutation FipAssociate($id: ID!, $serverId: ID, $portId: ID) {\n    associateFloatingIp(id: $id, serverId: $serverId, portId: $portId) { floatingIp { ...FipFields } errors { ...FipErrors } }\n  }\n": types.FipAssociateDocument,
    "\n  mutation FipDisassociate($id: ID!) {\n    disassociateFloatingIp(id: $id) { floatingIp { ...FipFields } errors { ...FipErrors } }\n  }\n": types.FipDisassociateDocument,
    "\n  mutation FipDelete($id: ID!) { deleteFloatingIp(id: $id) { deletedId errors { ...FipErrors } } }\n": types.FipDeleteDocument,
    "\n  mutation FipDetachGateway($routingTableId: ID!) {\n    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } } errors { ...FipErrors } }\n  }\n": types.FipDetachGatewayDocument,
    "\n  mutation FipCreatePort($input: CreatePortInput!) {\n    createPort(input: $input) { port { id } errors { ...FipErrors } }\n  }\n": types.FipCreatePortDocument,
    "\n  query FipServers($name: String!) {\n    region(provider: NHN, name: $name) {\n      servers(first: 100) {\n        edges {\n          node {\n            id name status\n            addresses { address type subnet { id name } }\n            floatingIps { id address status }\n          }\n        }\n      }\n      floatingIps { ...FipFields }\n      vpcs { defaultRoutingTable { id } subnets { id name } }\n    }\n  }\n": types.FipServersDocument,
    "\n  query NetworkRegion($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      vpcs {\n        id name cidr state external createdAt rawCreatedAt\n        defaultRoutingTable { id name }\n        subnets { id name cidr gatewayIp availableIpCount routingTableExplicit routingTable { id name isDefault } vpc { id } }\n        routingTables {\n          id name isDefault distributed\n          internetGateway { id name state routingTable { id } externalNetwork { id name external } }\n          routes { id cidr prefixLength gateway isLocal internetGateway { id } }\n          subnets { name }\n        }\n      }\n      externalNetworks { id name cidr external shared }\n      internetGateways { id name state }\n      securityGroups {\n        id name description\n        rules { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix remoteSecurityGroup { id name } securityGroup { id } }\n      }\n      floatingIps { id address status fixedIpAddress port { id } server { id name } externalNetwork { id } }\n    }\n  }\n": types.NetworkRegionDocument,
    "\n  query NetworkServers($name: String!) {\n    region(provider: NHN, name: $name) {\n      servers(first: 100) {\n        edges {\n          node {\n            id name status\n            addresses { address type macAddress subnet { id name cidr } }\n            subnets { id name }\n            securityGroups { id name }\n            ports { id status macAddress deviceOwner fixedIps { ipAddress subnet { id } } server { id } securityGroups { name } }\n            floatingIps { id address }\n            volumes { id name status attachments { device server { id } } }\n          }\n        }\n      }\n    }\n  }\n": types.NetworkServersDocument,
    "\n  query NetworkNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Vpc { name cidr }\n      ... on Subnet { name cidr vpc { name } }\n      ... on RoutingTable { name isDefault }\n      ... on Route { cidr gateway }\n      ... on InternetGateway { name state }\n      ... on SecurityGroup { name }\n      ... on SecurityGroupRule { direction protocol }\n      ... on FloatingIp { address }\n      ... on Port { macAddress }\n    }\n  }\n": types.NetworkNodeDocument,
    "\n  fragment NetErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n    ... on NotFoundError { resourceType resourceId }\n  }\n": types.NetErrorsFragmentDoc,
    "\n  mutation NetCreateVpc($input: CreateVpcInput!) {\n    createVpc(input: $input) {\n      vpc { id name cidr defaultRoutingTable { id name isDefault routes { cidr gateway isLocal } } subnets { id } }\n      errors { ...NetErrors }\n    }\n  }\n": types.NetCreateVpcDocument,
    "\n  mutation NetUpdateVpc($input: UpdateVpcInput!) {\n    updateVpc(input: $input) { vpc { id name cidr } errors { ...NetErrors } }\n  }\n": types.NetUpdateVpcDocument,
    "\n  mutation NetDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { ...NetErrors } } }\n": types.NetDeleteVpcDocument,
    "\n  mutation NetCreateSubnet($input: CreateSubnetInput!) {\n    createSubnet(input: $input) {\n      subnet { id name cidr gatewayIp availableIpCount vpc { id } routingTable { id isDefault } routingTableExplicit }\n      errors { ...NetErrors }\n    }\n  }\n": types.NetCreateSubnetDocument,
    "\n  mutation NetUpdateSubnet($input: UpdateSubnetInput!) {\n    updateSubnet(input: $input) { subnet { id name cidr } errors { ...NetErrors } }\n  }\n": types.NetUpdateSubnetDocument,
    "\n  mutation NetDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { ...NetErrors } } }\n": types.NetDeleteSubnetDocument,
    "\n  mutation NetCreateRoutingTable($input: CreateRoutingTableInput!) {\n    createRoutingTable(input: $input) {\n      routingTable { id name isDefault distributed vpc { id } routes { cidr gateway isLocal } }\n      errors { ...NetErrors }\n    }\n  }\n": types.NetCreateRoutingTableDocument,
    "\n  mutation NetUpdateRoutingTable($input: UpdateRoutingTableInput!) {\n    updateRoutingTable(input: $input) { routingTable { id name distributed } errors { ...NetErrors } }\n  }\n": types.NetUpdateRoutingTableDocument,
    "\n  mutation NetDeleteRoutingTable($id: ID!) { deleteRoutingTable(id: $id) { deletedId errors { ...NetErrors } } }\n": types.NetDeleteRoutingTableDocument,
    "\n  mutation NetSetDefaultRoutingTable($id: ID!) {\n    setDefaultRoutingTable(id: $id) { routingTable { id isDefault } errors { ...NetErrors } }\n  }\n": types.NetSetDefaultRoutingTableDocument,
    "\n  mutation NetAttachRoutingTable($subnetId: ID!, $routingTableId: ID!) {\n    attachRoutingTable(subnetId: $subnetId, routingTableId: $routingTableId) {\n      subnet { id routingTable { id } routingTableExplicit }\n      errors { ...NetErrors }\n    }\n  }\n": types.NetAttachRoutingTableDocument,
    "\n  mutation NetDetachRoutingTable($subnetId: ID!) {\n    detachRoutingTable(subnetId: $subnetId) { subnet { id routingTable { id isDefault } routingTableExplicit } errors { ...NetErrors } }\n  }\n": types.NetDetachRoutingTableDocument,
    "\n  mutation NetCreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) { route { id cidr prefixLength gateway routingTable { id } } errors { ...NetErrors } }\n  }\n": types.NetCreateRouteDocument,
    "\n  mutation NetDeleteRoute($id: ID!) { deleteRoute(id: $id) { deletedId errors { ...NetErrors } } }\n": types.NetDeleteRouteDocument,
    "\n  mutation NetCreateInternetGateway($input: CreateInternetGatewayInput!) {\n    createInternetGateway(input: $input) { internetGateway { id name state routingTable { id } externalNetwork { name } } errors { ...NetErrors } }\n  }\n": types.NetCreateInternetGatewayDocument,
    "\n  mutation NetDeleteInternetGateway($id: ID!) { deleteInternetGateway(id: $id) { deletedId errors { ...NetErrors } } }\n": types.NetDeleteInternetGatewayDocument,
    "\n  mutation NetAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {\n    attachInternetGateway(routingTableId: $routingTableId, internetGatewayId: $internetGatewayId) {\n      routingTable { id internetGateway { id } routes { id cidr internetGateway { id } } }\n      errors { ...NetErrors }\n    }\n  }\n": types.NetAttachInternetGatewayDocument,
    "\n  mutation NetDetachInternetGateway($routingTableId: ID!) {\n    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } routes { cidr } } errors { ...NetErrors } }\n  }\n": types.NetDetachInternetGatewayDocument,
    "\n  mutation NetCreatePort($input: CreatePortInput!) {\n    createPort(input: $input) { port { id name status fixedIps { ipAddress subnet { id } } securityGroups { id name } server { id } } errors { ...NetErrors } }\n  }\n": types.NetCreatePortDocument,
    "\n  mutation NetDeletePort($id: ID!) { deletePort(id: $id) { deletedId errors { ...NetErrors } } }\n": types.NetDeletePortDocument,
    "\n  mutation NetCreateSecurityGroup($input: CreateSecurityGroupInput!) {\n    createSecurityGroup(input: $input) { securityGroup { id name description rules { direction etherType protocol } } errors { ...NetErrors } }\n  }\n": types.NetCreateSecurityGroupDocument,
    "\n  mutation NetUpdateSecurityGroup($input: UpdateSecurityGroupInput!) {\n    updateSecurityGroup(input: $input) { securityGroup { id name description } errors { ...NetErrors } }\n  }\n": types.NetUpdateSecurityGroupDocument,
    "\n  mutation NetDeleteSecurityGroup($id: ID!) { deleteSecurityGroup(id: $id) { deletedId errors { ...NetErrors } } }\n": types.NetDeleteSecurityGroupDocument,
    "\n  mutation NetCreateRule($input: CreateSecurityGroupRuleInput!) {\n    createSecurityGroupRule(input: $input) {\n      rule { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix remoteSecurityGroup { id } securityGroup { id rules { id } } }\n      errors { ...NetErrors }\n    }\n  }\n": types.NetCreateRuleDocument,
    "\n  mutation NetDeleteRule($id: ID!) { deleteSecurityGroupRule(id: $id) { deletedId errors { ...NetErrors } } }\n": types.NetDeleteRuleDocument,
    "\n  query NetRegionView($name: String!) {\n    region(provider: NHN, name: $name) {\n      vpcs { id name cidr subnets { id name cidr ports { id } } routingTables { id name isDefault } }\n      securityGroups { id name rules { id } }\n      internetGateways { id name state routingTable { id } }\n    }\n  }\n": types.NetRegionViewDocument,
    "\n  query NormalisedRegionStates($provider: CloudProvider!, $name: String!) {\n    region(provider: $provider, name: $name) {\n      clusters { name status state rawStatus nodeGroups { id name status state rawStatus } }\n      vpcs { name external state status rawStatus }\n      subnets { name state status rawStatus }\n      routingTables { name state status rawStatus }\n      internetGateways { name state status rawStatus }\n      ports { id deviceId status state rawStatus }\n    }\n  }\n": types.NormalisedRegionStatesDocument,
    "\n  mutation NormalisedResize($id: ID!, $nodeCount: Int!) {\n    resizeNodeGroup(id: $id, nodeCount: $nodeCount) { nodeGroup { id status state rawStatus } errors { __typename message } }\n  }\n": types.NormalisedResizeDocument,
    "\n  query NormalisedGroupState($id: ID!) { node(id: $id) { id ... on NodeGroup { status state rawStatus } } }\n": types.NormalisedGroupStateDocument,
    "\n  query StorageRegionContainers($name: String!, $prefix: String) {\n    region(provider: NHN, name: $name) {\n      containers(prefix: $prefix) { id name objectCount bytesUsed lastModified }\n      objectStorageUsage { containerCount objectCount bytesUsed }\n    }\n  }\n": types.StorageRegionContainersDocument,
    "\n  query StorageContainerDetails($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Container { name objectCount storagePolicy publicRead readAcl metadata { key value } }\n    }\n  }\n": types.StorageContainerDetailsDocument,
    "\n  mutation StorageUpdateContainer($input: UpdateContainerInput!) {\n    updateContainer(input: $input) {\n      container { id publicRead readAcl metadata { key value } }\n      errors { __typename code message ... on ValidationError { field } ... on NotFoundError { resourceType } }\n    }\n  }\n": types.StorageUpdateContainerDocument,
    "\n  mutation StorageIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId errors { code message } }\n  }\n": types.StorageIssueTokenDocument,
    "\n  query StorageContainerNames($name: String!) {\n    region(provider: NHN, name: $name) { containers { name } }\n  }\n": types.StorageContainerNamesDocument,
    "\n  mutation StorageCreateContainer($input: CreateContainerInput!) {\n    createContainer(input: $input) {\n      container { id name objectCount bytesUsed storagePolicy publicRead metadata { key value } region { name } }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on ConflictError { currentStatus }\n        ... on NotFoundError { resourceType resourceId }\n      }\n    }\n  }\n": types.StorageCreateContainerDocument,
    "\n  mutation StoragePutObject($input: PutObjectInput!) {\n    putObject(input: $input) {\n      object { id name size contentType etag lastModified metadata { key value } container { id name } }\n      errors { __typename code message ... on ValidationError { field } ... on NotFoundError { resourceType resourceId } }\n    }\n  }\n": types.StoragePutObjectDocument,
    "\n  mutation StorageDeleteContainer($id: ID!) {\n    deleteContainer(id: $id) { deletedId errors { __typename code message ... on ConflictError { currentStatus } ... on NotFoundError { resourceType } } }\n  }\n": types.StorageDeleteContainerDocument,
    "\n  mutation StorageDeleteObject($id: ID!) {\n    deleteObject(id: $id) { deletedId errors { __typename code message ... on NotFoundError { resourceType } } }\n  }\n": types.StorageDeleteObjectDocument,
    "\n  query StorageListObjects($id: ID!, $prefix: String, $delimiter: String, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Container {\n        name\n        objectCount\n        objects(prefix: $prefix, delimiter: $delimiter, first: $first, after: $after) {\n          edges { cursor node { id name size contentType etag } }\n          folders\n          pageInfo { hasNextPage hasPreviousPage endCursor }\n        }\n      }\n    }\n  }\n": types.StorageListObjectsDocument,
    "\n  query StorageObjectContent($id: ID!) {\n    node(id: $id) {\n      ... on StorageObject { name size contentType etag content contentBase64 metadata { key value } container { name } }\n    }\n  }\n": types.StorageObjectContentDocument,
    "\n  query StorageObjectText($id: ID!) {\n    node(id: $id) { ... on StorageObject { name content contentBase64 } }\n  }\n": types.StorageObjectTextDocument,
    "\n  query StorageObjectByName($id: ID!, $name: String!) {\n    node(id: $id) { ... on Container { object(name: $name) { id name size } } }\n  }\n": types.StorageObjectByNameDocument,
    "\n  mutation OperationsCreate($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id status }\n      operation { id kind status startedAt finishedAt target { id } }\n      errors { code message }\n    }\n  }\n": types.OperationsCreateDocument,
    "\n  query OperationsGet($id: ID!) {\n    operation(id: $id) {\n      id kind status finishedAt\n      steps { status }\n      error { code message ... on ConflictError { currentStatus } }\n      target { id ... on Server { name status } }\n    }\n  }\n": types.OperationsGetDocument,
    "\n  subscription OperationsUpdated($id: ID!) {\n    operationUpdated(id: $id) { id status finishedAt error { message } }\n  }\n": types.OperationsUpdatedDocument,
    "\n  mutation OperationsStop($id: ID!) { stopServer(id: $id) { operation { id kind } errors { message } } }\n": types.OperationsStopDocument,
    "\n  mutation OperationsDelete($id: ID!) { deleteServer(id: $id) { deletedId operation { id kind } errors { message } } }\n": types.OperationsDeleteDocument,
    "\n  query OperationsOfViewer($status: OperationStatus) {\n    viewer { operations(first: 50, status: $status) { edges { node { id status kind } } } }\n  }\n": types.OperationsOfViewerDocument,
    "\n  query PartialDashboard {\n    viewer { provider tenantId }\n    regions {\n      provider\n      name\n      displayName\n      servers(first: 10) {\n        totalCount\n        edges { node { id name status flavor { name vcpus ramMb } image { name } keypair { name } addresses { address type } } }\n      }\n    }\n  }\n": types.PartialDashboardDocument,
    "\n  query PartialFlavorsById($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Flavor { name } }\n  }\n": types.PartialFlavorsByIdDocument,
    "\n  query PartialNetworks {\n    regions {\n      provider\n      name\n      vpcs { name cidr subnets { name } }\n      servers(first: 1) { totalCount }\n    }\n  }\n": types.PartialNetworksDocument,
    "\n  mutation ParityIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId expiresAt errors { code message } }\n  }\n": types.ParityIssueTokenDocument,
    "\n  query ParityCatalog($region: String!) {\n    region(provider: NHN, name: $region) {\n      id\n      flavors { id name vcpus ramMb diskGb }\n      keypairs { id name publicKey fingerprint }\n      images(first: 100) { edges { node { id name status createdAt } } }\n      servers(first: 100) { edges { node { id name status addresses { address version } createdAt } } }\n      subnets { id name cidr gatewayIp vpc { id } }\n    }\n  }\n": types.ParityCatalogDocument,
    "\n  query ParityServer($id: ID!) {\n    node(id: $id) { ... on Server { id name status flavor { id } image { id } addresses { address } createdAt } }\n  }\n": types.ParityServerDocument,
    "\n  mutation ParityCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id name status } errors { __typename message } }\n  }\n": types.ParityCreateServerDocument,
    "mutation ParityStart($id: ID!) { startServer(id: $id) { server { status } errors { message } } }": types.ParityStartDocument,
    "mutation ParityStop($id: ID!) { stopServer(id: $id) { server { status } errors { message } } }": types.ParityStopDocument,
    "mutation ParityReboot($id: ID!) { rebootServer(id: $id) { server { status } errors { message } } }": types.ParityRebootDocument,
    "mutation ParityDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { message } } }": types.ParityDeleteServerDocument,
    "\n  query ParityVpcs($region: String!) {\n    region(provider: NHN, name: $region) { vpcs { id name cidr state } floatingIps { id address status port { id } } }\n  }\n": types.ParityVpcsDocument,
    "\n  mutation ParityCreateVpc($input: CreateVpcInput!) { createVpc(input: $input) { vpc { id name cidr } errors { message } } }\n": types.ParityCreateVpcDocument,
    "query ParityVpc($id: ID!) { node(id: $id) { ... on Vpc { id name cidr state } } }": types.ParityVpcDocument,
    "mutation ParityDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { message } } }": types.ParityDeleteVpcDocument,
    "\n  mutation ParityCreateSubnet($input: CreateSubnetInput!) {\n    createSubnet(input: $input) { subnet { id name cidr gatewayIp vpc { id } } errors { message } }\n  }\n": types.ParityCreateSubnetDocument,
    "query ParitySubnet($id: ID!) { node(id: $id) { ... on Subnet { id name cidr gatewayIp vpc { id } } } }": types.ParitySubnetDocument,
    "mutation ParityDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { message } } }": types.ParityDeleteSubnetDocument,
    "\n  query ParityClusters($region: String!) {\n    region(provider: NHN, name: $region) { clusters { id name status nodeCount } }\n  }\n": types.ParityClustersDocument,
    "\n  query ParityCluster($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) { cluster(name: $name) { id name status nodeCount kubernetesVersion } }\n  }\n": types.ParityClusterDocument,
    "\n  query ParityClusterConfig($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) { cluster(name: $name) { kubeconfig } }\n  }\n": types.ParityClusterConfigDocument,
    "\n  mutation ParityCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) { cluster { id name status publicEndpoint externalNetworkId } errors { __typename message } }\n  }\n": types.ParityCreateClusterDocument,
    "mutation ParityDeleteCluster($id: ID!) { deleteCluster(id: $id) { deletedId errors { message } } }": types.ParityDeleteClusterDocument,
    "\n  query ParityContainers($region: String!) { region(provider: NHN, name: $region) { containers { id name } } }\n": types.ParityContainersDocument,
    "\n  query ParityContainerObjects($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) { container(name: $name) { id objects(first: 1000) { edges { node { name } } } } }\n  }\n": types.ParityContainerObjectsDocument,
    "\n  mutation ParityCreateContainer($input: CreateContainerInput!) { createContainer(input: $input) { container { id name } errors { message } } }\n": types.ParityCreateContainerDocument,
    "mutation ParityDeleteContainer($id: ID!) { deleteContainer(id: $id) { deletedId errors { message } } }": types.ParityDeleteContainerDocument,
    "\n  mutation SecretsIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId expiresAt errors { __typename code message } }\n  }\n": types.SecretsIssueTokenDocument,
    "\n  mutation SecretsIssueTokenLoose($input: IssueTokenInput!) {\n    issueToken(input: $input) { token }\n  }\n": types.SecretsIssueTokenLooseDocument,
    "\n  query SecretsServers {\n    region(provider: NHN, name: \"kr1\") { servers(first: 5) { edges { node { id name } } } }\n  }\n": types.SecretsServersDocument,
    "\n  query SecretsViewers {\n    viewers { provider tenantId tokenExpiresAt }\n  }\n": types.SecretsViewersDocument,
    "\n  mutation SecretsCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename code message } }\n  }\n": types.SecretsCreateServerDocument,
    "\n  subscription StorageVolumeStatusChanged($regionId: ID!) {\n    volumeStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { __typename id ... on Volume { name sizeGb status volumeType { name } } }\n    }\n  }\n": types.StorageVolumeStatusChangedDocument,
    "\n  mutation StorageSubCreate($input: CreateVolumeInput!) { createVolume(input: $input) { volume { id status } errors { message } } }\n": types.StorageSubCreateDocument,
    "\n  mutation StorageSubDelete($id: ID!) { deleteVolume(id: $id) { deletedId errors { message } } }\n": types.StorageSubDeleteDocument,
    "\n  fragment VolErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n    ... on NotFoundError { resourceType }\n  }\n": types.VolErrorsFragmentDoc,
    "\n  fragment VolFields on Volume {\n    id name description sizeGb status rawStatus bootable rawBootable availabilityZone\n    volumeType { id name }\n    attachments { device server { id name } }\n  }\n": types.VolFieldsFragmentDoc,
    "\n  query VolList($name: String!, $first: Int, $after: String, $status: VolumeStatus) {\n    region(provider: NHN, name: $name) {\n      volumes(first: $first, after: $after, status: $status) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...VolFields snapshots { id name status } sourceSnapshot { id } } }\n      }\n      volumeTypes { id name isPublic backendName }\n      snapshots { id name status sizeGb progress rawProgress volume { id name } }\n    }\n  }\n": types.VolListDocument,
    "\n  query VolNode($id: ID!) {\n    node(id: $id) { id ... on Volume { ...VolFields } ... on Snapshot { snapshotStatus: status } }\n  }\n": types.VolNodeDocument,
    "\n  query VolServer($id: ID!) {\n    node(id: $id) { id ... on Server { name volumes { id name status } } }\n  }\n": types.VolServerDocument,
    "\n  query VolServerIds($name: String!) {\n    region(provider: NHN, name: $name) { servers(first: 100) { edges { node { id name volumes { id bootable attachments { device } } } } } }\n  }\n": types.VolServerIdsDocument,
    "\n  mutation VolCreate($input: CreateVolumeInput!) { createVolume(input: $input) { volume { ...VolFields } errors { ...VolErrors } } }\n": types.VolCreateDocument,
    "\n  mutation VolUpdate($input: UpdateVolumeInput!) { updateVolume(input: $input) { volume { ...VolFields } errors { ...VolErrors } } }\n": types.VolUpdateDocument,
    "\n  mutation VolExtend($id: ID!, $sizeGb: Int!) { extendVolume(id: $id, sizeGb: $sizeGb) { volume { ...VolFields } errors { ...VolErrors } } }\n": types.VolExtendDocument,
    "\n  mutation VolDelete($id: ID!) { deleteVolume(id: $id) { deletedId errors { ...VolErrors } } }\n": types.VolDeleteDocument,
    "\n  mutation VolAttach($volumeId: ID!, $serverId: ID!) {\n    attachVolume(volumeId: $volumeId, serverId: $serverId) { volume { ...VolFields } server { id name } device errors { ...VolErrors } }\n  }\n": types.VolAttachDocument,
    "\n  mutation VolDetach($volumeId: ID!, $serverId: ID) { detachVolume(volumeId: $volumeId, serverId: $serverId) { volume { ...VolFields } errors { ...VolErrors } } }\n": types.VolDetachDocument,
    "\n  mutation VolSnapshot($input: CreateSnapshotInput!) {\n    createSnapshot(input: $input) { snapshot { id name status sizeGb volume { id } } errors { ...VolErrors } }\n  }\n": types.VolSnapshotDocument,
    "\n  mutation VolDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { ...VolErrors } } }\n": types.VolDeleteSnapshotDocument,
    "\n  query TrustedServers {\n    region(provider: NHN, name: \"kr1\") { servers(first: 3) { totalCount } }\n  }\n": types.TrustedServersDocument,
    "\n  mutation FaultsCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status }\n      errors { __typename code message ... on ValidationError { field } }\n    }\n  }\n": types.FaultsCreateServerDocument,
    "\n  mutation FaultsCreateVolume($input: CreateVolumeInput!) {\n    createVolume(input: $input) { volume { id name description } errors { __typename code message } }\n  }\n": types.FaultsCreateVolumeDocument,
    "\n  mutation FaultsCreateContainer($input: CreateContainerInput!) {\n    createContainer(input: $input) { container { id name } errors { __typename code message } }\n  }\n": types.FaultsCreateContainerDocument,
    "\n  mutation FaultsCreateVpc($input: CreateVpcInput!) {\n    createVpc(input: $input) { vpc { id name } errors { __typename code message ... on ValidationError { field } } }\n  }\n": types.FaultsCreateVpcDocument,
    "\n  mutation ProcessesCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name }\n      errors { __typename code message ... on ValidationError { field } }\n    }\n  }\n": types.ProcessesCreateServerDocument,
    "\n  query UntracedServers {\n    region(provider: NHN, name: \"kr1\") { servers(first: 2) { totalCount } }\n  }\n": types.UntracedServersDocument,
    "\n  query TracingServers {\n    region(provider: NHN, name: \"kr1\") {\n      servers(first: 5) { totalCount edges { node { id name flavor { name } image { name } } } }\n    }\n  }\n": types.TracingServersDocument,
    "\n  mutation TracingIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token }\n  }\n": types.TracingIssueTokenDocument,
    "\n  query ForgedNode($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n": types.ForgedNodeDocument,
    "\n  query ForgedNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id __typename }\n  }\n": types.ForgedNodesDocument,
    "\n  mutation ForgedStopServer($id: ID!) {\n    stopServer(id: $id) { server { id } errors { __typename code message ... on ValidationError { field } } }\n  }\n": types.ForgedStopServerDocument,
    "\n  mutation ForgedDeleteVpc($id: ID!) {\n    deleteVpc(id: $id) { deletedId errors { __typename code message } }\n  }\n": types.ForgedDeleteVpcDocument,
    "\n  mutation ForgedDeleteObject($id: ID!) {\n    deleteObject(id: $id) { deletedId errors { __typename code message } }\n  }\n": types.ForgedDeleteObjectDocument,
    "\n  mutation ForgedPutObject($input: PutObjectInput!) {\n    putObject(input: $input) { object { id } errors { __typename code message } }\n  }\n": types.ForgedPutObjectDocument,
    "\n  mutation ForgedCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id } errors { __typename code message } }\n  }\n": types.ForgedCreateKeypairDocument,
    "\n  query ForgedRegionByName($provider: CloudProvider!, $name: String!) {\n    region(provider: $provider, name: $name) { id servers(first: 1) { totalCount } }\n  }\n": types.ForgedRegionByNameDocument,
    "\n  query ForgedWarmUp {\n    region(provider: NHN, name: \"kr1\") { servers(first: 1) { edges { node { id } } } containers { name } }\n    kakao: region(provider: KAKAO, name: \"kr-central-2\") { servers(first: 1) { edges { node { id } } } }\n  }\n": types.ForgedWarmUpDocument,
    "\n  query ForgedRegionContainer($name: String!) {\n    region(provider: NHN, name: \"kr1\") { container(name: $name) { name } }\n  }\n": types.ForgedRegionContainerDocument,
    "\n  subscription ForgedServerStatus($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) { status }\n  }\n": types.ForgedServerStatusDocument,
    "\n  subscription ForgedStatusChanged($ids: [ID!]!) {\n    statusChanged(ids: $ids) { status }\n  }\n": types.ForgedStatusChangedDocument,
    "\n    mutation ForgedIssueToken($input: IssueTokenInput!) {\n      issueToken(input: $input) { token errors { __typename } }\n    }\n  ": types.ForgedIssueTokenDocument,
    "\n  subscription SecurityKakaoStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) { status node { id } }\n  }\n": types.SecurityKakaoStatusChangedDocument,
    "\n  query SecurityKakaoServers($region: String!) {\n    region(provider: KAKAO, name: $region) { servers(first: 100) { edges { node { id name status } } } }\n  }\n": types.SecurityKakaoServersDocument,
    "mutation SecurityKakaoStop($id: ID!) { stopServer(id: $id) { errors { __typename message } } }": types.SecurityKakaoStopDocument,
    "\n  query SpoofViewer($provider: CloudProvider) {\n    viewer(provider: $provider) { provider tenantId }\n  }\n": types.SpoofViewerDocument,
    "\n  query SpoofViewers {\n    viewers { provider tenantId }\n  }\n": types.SpoofViewersDocument,
    "\n  mutation SpoofIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId errors { __typename message } }\n  }\n": types.SpoofIssueTokenDocument,
    "\n  query SpoofKakaoInventory($name: String!) {\n    region(provider: KAKAO, name: $name) {\n      servers(first: 100) { edges { node { id } } }\n      volumes(first: 100) { edges { node { id } } }\n      vpcs { id subnets { id } }\n      routingTables { id }\n      securityGroups { id rules { id } }\n      floatingIps { id }\n      ports { id }\n    }\n  }\n": types.SpoofKakaoInventoryDocument,
    "\n  query SpoofNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id __typename }\n  }\n": types.SpoofNodesDocument,
    "\n  subscription StatusOpsStatusChanged($ids: [ID!]!) {\n    statusChanged(ids: $ids) {\n      previousStatus\n      status\n      at\n      node {\n        id\n        __typename\n        ... on Server { name status flavor { name vcpus } region { name } }\n      }\n    }\n  }\n": types.StatusOpsStatusChangedDocument,
    "\n  subscription StatusOpsServerStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { id ... on Server { name } }\n    }\n  }\n": types.StatusOpsServerStatusChangedDocument,
    "\n  mutation StatusOpsIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId errors { code message } }\n  }\n": types.StatusOpsIssueTokenDocument,
    "\n  query StatusOpsRegionServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      id\n      servers(first: 100) { edges { node { id name status } } }\n    }\n  }\n": types.StatusOpsRegionServersDocument,
    "\n  mutation StatusOpsStop($id: ID!) { stopServer(id: $id) { server { id status } errors { __typename message } } }\n": types.StatusOpsStopDocument,
    "\n  mutation StatusOpsStart($id: ID!) { startServer(id: $id) { server { id status } errors { __typename message } } }\n": types.StatusOpsStartDocument,
    "\n  mutation StatusOpsCreate($input: CreateServerInput!) {\n    createServer(input: $input) { server { id name status } errors { __typename message } }\n  }\n": types.StatusOpsCreateDocument,
    "\n  mutation StatusOpsDelete($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename message } } }\n": types.StatusOpsDeleteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsRegionServers($first: Int!, $after: String) {\n    region(provider: NHN, name: \"kr1\") {\n      id\n      name\n      servers(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id name status taskState flavor { id name } addresses { address type } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientsRegionServers($first: Int!, $after: String) {\n    region(provider: NHN, name: \"kr1\") {\n      id\n      name\n      servers(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id name status taskState flavor { id name } addresses { address type } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientsStopServer($id: ID!) {\n    stopServer(id: $id) {\n      server { id status taskState }\n      errors { __typename message }\n    }\n  }\n"): (typeof documents)["\n  mutation ClientsStopServer($id: ID!) {\n    stopServer(id: $id) {\n      server { id status taskState }\n      errors { __typename message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientsServerStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      node { id ... on Server { status taskState } }\n    }\n  }\n"): (typeof documents)["\n  subscription ClientsServerStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      node { id ... on Server { status taskState } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsViewer { viewer { provider tenantId } }\n"): (typeof documents)["\n  query ClientsViewer { viewer { provider tenantId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) {\n      token\n      tenantId\n      provider\n      expiresAt\n      errors { __typename code message ... on ValidationError { field } }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) {\n      token\n      tenantId\n      provider\n      expiresAt\n      errors { __typename code message ... on ValidationError { field } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthViewer {\n    viewer(provider: NHN) { provider tenantId tokenExpiresAt }\n  }\n"): (typeof documents)["\n  query AuthViewer {\n    viewer(provider: NHN) { provider tenantId tokenExpiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100) { edges { node { id name status } } }\n    }\n  }\n"): (typeof documents)["\n  query AuthServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100) { edges { node { id name status } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthServerNode($id: ID!) {\n    node(id: $id) { id ... on Server { name status } }\n  }\n"): (typeof documents)["\n  query AuthServerNode($id: ID!) {\n    node(id: $id) { id ... on Server { name status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthStopServer($id: ID!) {\n    stopServer(id: $id) { server { id status } errors { __typename code } }\n  }\n"): (typeof documents)["\n  mutation AuthStopServer($id: ID!) {\n    stopServer(id: $id) { server { id status } errors { __typename code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on NotFoundError { resourceType resourceId }\n        ... on UpstreamError { status service }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BadInputCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on NotFoundError { resourceType resourceId }\n        ... on UpstreamError { status service }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputResize($id: ID!, $flavorId: ID!) {\n    resizeServer(id: $id, flavorId: $flavorId) {\n      server { id }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on NotFoundError { resourceType resourceId }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BadInputResize($id: ID!, $flavorId: ID!) {\n    resizeServer(id: $id, flavorId: $flavorId) {\n      server { id }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on NotFoundError { resourceType resourceId }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BadInputStop($id: ID!) {\n    stopServer(id: $id) {\n      server { id }\n      errors { __typename code ... on NotFoundError { resourceType resourceId } ... on ValidationError { field } }\n    }\n  }\n"): (typeof documents)["\n  mutation BadInputStop($id: ID!) {\n    stopServer(id: $id) {\n      server { id }\n      errors { __typename code ... on NotFoundError { resourceType resourceId } ... on ValidationError { field } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputServers($region: String!, $first: Int) {\n    region(provider: NHN, name: $region) {\n      servers(first: $first) { totalCount edges { node { id name status flavor { id name } } } }\n    }\n  }\n"): (typeof documents)["\n  query BadInputServers($region: String!, $first: Int) {\n    region(provider: NHN, name: $region) {\n      servers(first: $first) { totalCount edges { node { id name status flavor { id name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadInputNode($id: ID!) {\n    node(id: $id) { id }\n  }\n"): (typeof documents)["\n  query BadInputNode($id: ID!) {\n    node(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FixtureCatalog($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      flavors { id name }\n      images(first: 100) { edges { node { id name } } }\n      keypairs { id name }\n    }\n  }\n"): (typeof documents)["\n  query FixtureCatalog($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      flavors { id name }\n      images(first: 100) { edges { node { id name } } }\n      keypairs { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LifecycleActionResult on ServerActionPayload {\n    server { id status taskState flavor { id name } }\n    errors {\n      __typename\n      code\n      message\n      ... on ConflictError { currentStatus }\n    }\n  }\n"): (typeof documents)["\n  fragment LifecycleActionResult on ServerActionPayload {\n    server { id status taskState flavor { id name } }\n    errors {\n      __typename\n      code\n      message\n      ... on ConflictError { currentStatus }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status flavor { name } image { name } keypair { name } region { name } }\n      errors { __typename code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status flavor { name } image { name } keypair { name } region { name } }\n      errors { __typename code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleServerNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Server { name status taskState updatedAt flavor { id name } addresses { address type } }\n    }\n  }\n"): (typeof documents)["\n  query LifecycleServerNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Server { name status taskState updatedAt flavor { id name } addresses { address type } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleStop($id: ID!) { stopServer(id: $id) { ...LifecycleActionResult } }\n"): (typeof documents)["\n  mutation LifecycleStop($id: ID!) { stopServer(id: $id) { ...LifecycleActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleStart($id: ID!) { startServer(id: $id) { ...LifecycleActionResult } }\n"): (typeof documents)["\n  mutation LifecycleStart($id: ID!) { startServer(id: $id) { ...LifecycleActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleReboot($id: ID!, $hard: Boolean) { rebootServer(id: $id, hard: $hard) { ...LifecycleActionResult } }\n"): (typeof documents)["\n  mutation LifecycleReboot($id: ID!, $hard: Boolean) { rebootServer(id: $id, hard: $hard) { ...LifecycleActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleResize($id: ID!, $flavorId: ID!) { resizeServer(id: $id, flavorId: $flavorId) { ...LifecycleActionResult } }\n"): (typeof documents)["\n  mutation LifecycleResize($id: ID!, $flavorId: ID!) { resizeServer(id: $id, flavorId: $flavorId) { ...LifecycleActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleShelve($id: ID!) { shelveServer(id: $id) { ...LifecycleActionResult } }\n"): (typeof documents)["\n  mutation LifecycleShelve($id: ID!) { shelveServer(id: $id) { ...LifecycleActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleUnshelve($id: ID!) { unshelveServer(id: $id) { ...LifecycleActionResult } }\n"): (typeof documents)["\n  mutation LifecycleUnshelve($id: ID!) { unshelveServer(id: $id) { ...LifecycleActionResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleDelete($id: ID!) {\n    deleteServer(id: $id) { deletedId errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation LifecycleDelete($id: ID!) {\n    deleteServer(id: $id) { deletedId errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleServersNamed($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100, filter: { name: $name }) { totalCount edges { node { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query LifecycleServersNamed($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100, filter: { name: $name }) { totalCount edges { node { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) {\n      keypair { id name fingerprint publicKey region { name } }\n      privateKey\n      errors { __typename code message }\n    }\n  }\n"): (typeof documents)["\n  mutation LifecycleCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) {\n      keypair { id name fingerprint publicKey region { name } }\n      privateKey\n      errors { __typename code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifecycleDeleteKeypair($id: ID!) {\n    deleteKeypair(id: $id) { deletedId errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation LifecycleDeleteKeypair($id: ID!) {\n    deleteKeypair(id: $id) { deletedId errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleRegionKeypairs($region: String!) {\n    region(provider: NHN, name: $region) { keypairs { id name fingerprint publicKey } }\n  }\n"): (typeof documents)["\n  query LifecycleRegionKeypairs($region: String!) {\n    region(provider: NHN, name: $region) { keypairs { id name fingerprint publicKey } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleKeypairNode($id: ID!) {\n    node(id: $id) { id ... on Keypair { name publicKey fingerprint } }\n  }\n"): (typeof documents)["\n  query LifecycleKeypairNode($id: ID!) {\n    node(id: $id) { id ... on Keypair { name publicKey fingerprint } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionServers($provider: CloudProvider!, $name: String!, $first: Int) {\n    region(provider: $provider, name: $name) {\n      id\n      name\n      displayName\n      servers(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            status\n            flavor { id name vcpus ramMb }\n            image { id name }\n            keypair { id name }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionServers($provider: CloudProvider!, $name: String!, $first: Int) {\n    region(provider: $provider, name: $name) {\n      id\n      name\n      displayName\n      servers(first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            status\n            flavor { id name vcpus ramMb }\n            image { id name }\n            keypair { id name }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Server { name status region { name } }\n    }\n  }\n"): (typeof documents)["\n  query NodeLookup($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Server { name status region { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename message } }\n  }\n"): (typeof documents)["\n  mutation CostCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id } errors { __typename message } }\n  }\n"): (typeof documents)["\n  mutation CostCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id } errors { __typename message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostRegionServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100) {\n        totalCount\n        edges { node { id name flavor { name } image { name } keypair { name } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CostRegionServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 100) {\n        totalCount\n        edges { node { id name flavor { name } image { name } keypair { name } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostServerNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Server { name flavor { name } image { name } keypair { name } }\n    }\n  }\n"): (typeof documents)["\n  query CostServerNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n      ... on Server { name flavor { name } image { name } keypair { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KakaoActionResult on ServerActionPayload {\n    server { id status rawStatus taskState flavor { id name } }\n    errors { __typename code message ... on ConflictError { currentStatus } }\n  }\n"): (typeof documents)["\n  fragment KakaoActionResult on ServerActionPayload {\n    server { id status rawStatus taskState flavor { id name } }\n    errors { __typename code message ... on ConflictError { currentStatus } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message ... on ValidationError { field } } }\n  }\n"): (typeof documents)["\n  mutation KakaoIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message ... on ValidationError { field } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoViewer { viewer(provider: KAKAO) { provider tenantId tenantName userId tokenExpiresAt } regions { provider name } }\n"): (typeof documents)["\n  query KakaoViewer { viewer(provider: KAKAO) { provider tenantId tenantName userId tokenExpiresAt } regions { provider name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoServers($name: String!) {\n    region(provider: KAKAO, name: $name) {\n      servers(first: 100) { totalCount edges { node { id name status rawStatus flavor { name } image { name } keypair { name } addresses { address type } } } }\n    }\n  }\n"): (typeof documents)["\n  query KakaoServers($name: String!) {\n    region(provider: KAKAO, name: $name) {\n      servers(first: 100) { totalCount edges { node { id name status rawStatus flavor { name } image { name } keypair { name } addresses { address type } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status rawStatus flavor { name } image { name } keypair { name } region { provider name } }\n      errors { __typename code message }\n    }\n  }\n"): (typeof documents)["\n  mutation KakaoCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status rawStatus flavor { name } image { name } keypair { name } region { provider name } }\n      errors { __typename code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoStop($id: ID!) { stopServer(id: $id) { ...KakaoActionResult } }"): (typeof documents)["mutation KakaoStop($id: ID!) { stopServer(id: $id) { ...KakaoActionResult } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoStart($id: ID!) { startServer(id: $id) { ...KakaoActionResult } }"): (typeof documents)["mutation KakaoStart($id: ID!) { startServer(id: $id) { ...KakaoActionResult } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoReboot($id: ID!, $hard: Boolean) { rebootServer(id: $id, hard: $hard) { ...KakaoActionResult } }"): (typeof documents)["mutation KakaoReboot($id: ID!, $hard: Boolean) { rebootServer(id: $id, hard: $hard) { ...KakaoActionResult } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoResize($id: ID!, $flavorId: ID!) { resizeServer(id: $id, flavorId: $flavorId) { ...KakaoActionResult } }"): (typeof documents)["mutation KakaoResize($id: ID!, $flavorId: ID!) { resizeServer(id: $id, flavorId: $flavorId) { ...KakaoActionResult } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoShelve($id: ID!) { shelveServer(id: $id) { ...KakaoActionResult } }"): (typeof documents)["mutation KakaoShelve($id: ID!) { shelveServer(id: $id) { ...KakaoActionResult } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoUnshelve($id: ID!) { unshelveServer(id: $id) { ...KakaoActionResult } }"): (typeof documents)["mutation KakaoUnshelve($id: ID!) { unshelveServer(id: $id) { ...KakaoActionResult } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename code message } } }"): (typeof documents)["mutation KakaoDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id name fingerprint publicKey region { provider name } } privateKey errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation KakaoCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id name fingerprint publicKey region { provider name } } privateKey errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteKeypair($id: ID!) { deleteKeypair(id: $id) { deletedId errors { __typename code message } } }"): (typeof documents)["mutation KakaoDeleteKeypair($id: ID!) { deleteKeypair(id: $id) { deletedId errors { __typename code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCostCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename message } }\n  }\n"): (typeof documents)["\n  mutation KakaoCostCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoCostRegionServers($region: String!) {\n    region(provider: KAKAO, name: $region) {\n      servers(first: 100) { totalCount edges { node { id name flavor { name } image { name } keypair { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query KakaoCostRegionServers($region: String!) {\n    region(provider: KAKAO, name: $region) {\n      servers(first: 100) { totalCount edges { node { id name flavor { name } image { name } keypair { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoCostServerNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Server { name flavor { name } image { name } keypair { name } } }\n  }\n"): (typeof documents)["\n  query KakaoCostServerNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Server { name flavor { name } image { name } keypair { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoBothClouds {\n    regions {\n      id\n      provider\n      name\n      displayName\n      servers(first: 100) { totalCount edges { node { id name status region { provider name } flavor { name } } } }\n    }\n    viewers { provider tenantId }\n  }\n"): (typeof documents)["\n  query KakaoBothClouds {\n    regions {\n      id\n      provider\n      name\n      displayName\n      servers(first: 100) { totalCount edges { node { id name status region { provider name } flavor { name } } } }\n    }\n    viewers { provider tenantId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoOneCloud($provider: CloudProvider!) { regions(provider: $provider) { provider name } }\n"): (typeof documents)["\n  query KakaoOneCloud($provider: CloudProvider!) { regions(provider: $provider) { provider name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoNodesAcross($ids: [ID!]!) { nodes(ids: $ids) { id ... on Server { name region { provider name } } } }\n"): (typeof documents)["\n  query KakaoNodesAcross($ids: [ID!]!) { nodes(ids: $ids) { id ... on Server { name region { provider name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KakaoUserErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n  }\n"): (typeof documents)["\n  fragment KakaoUserErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoFixtureIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation KakaoFixtureIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoFixtureCatalog($name: String!) {\n    region(provider: KAKAO, name: $name) {\n      id\n      flavors { id name }\n      images(first: 100) { edges { node { id name } } }\n      keypairs { id name }\n      vpcs { id name state subnets { id name availabilityZone } }\n      securityGroups { id name }\n    }\n  }\n"): (typeof documents)["\n  query KakaoFixtureCatalog($name: String!) {\n    region(provider: KAKAO, name: $name) {\n      id\n      flavors { id name }\n      images(first: 100) { edges { node { id name } } }\n      keypairs { id name }\n      vpcs { id name state subnets { id name availabilityZone } }\n      securityGroups { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoFixtureServerNode($id: ID!) {\n    node(id: $id) { id ... on Server { name status rawStatus taskState flavor { id name } } }\n  }\n"): (typeof documents)["\n  query KakaoFixtureServerNode($id: ID!) {\n    node(id: $id) { id ... on Server { name status rawStatus taskState flavor { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdentityIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message ... on ValidationError { field } } }\n  }\n"): (typeof documents)["\n  mutation IdentityIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId provider expiresAt errors { __typename code message ... on ValidationError { field } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdentityViewerProjects($provider: CloudProvider) {\n    viewer(provider: $provider) { provider tenantId userId projects { provider projectId name enabled } }\n  }\n"): (typeof documents)["\n  query IdentityViewerProjects($provider: CloudProvider) {\n    viewer(provider: $provider) { provider tenantId userId projects { provider projectId name enabled } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoKubeVersions { region(provider: KAKAO, name: \"kr-central-2\") { kubernetesVersions { version creatable } clusters { id name status nodeCount } } }\n"): (typeof documents)["\n  query KakaoKubeVersions { region(provider: KAKAO, name: \"kr-central-2\") { kubernetesVersions { version creatable } clusters { id name status nodeCount } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoClusterNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Cluster { name status kubernetesVersion nodeCount publicEndpoint cniDriver apiAddress kubeconfig vpc { id } subnet { id } nodeGroups { id name status nodeCount } }\n    }\n  }\n"): (typeof documents)["\n  query KakaoClusterNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Cluster { name status kubernetesVersion nodeCount publicEndpoint cniDriver apiAddress kubeconfig vpc { id } subnet { id } nodeGroups { id name status nodeCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoNodeGroupNode($id: ID!) {\n    node(id: $id) { id ... on NodeGroup { name status nodeCount kubernetesVersion flavor { name } cluster { id } } }\n  }\n"): (typeof documents)["\n  query KakaoNodeGroupNode($id: ID!) {\n    node(id: $id) { id ... on NodeGroup { name status nodeCount kubernetesVersion flavor { name } cluster { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) { cluster { id name status kubernetesVersion nodeCount publicEndpoint region { provider } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) { cluster { id name status kubernetesVersion nodeCount publicEndpoint region { provider } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteCluster($id: ID!) { deleteCluster(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeleteCluster($id: ID!) { deleteCluster(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoUpgradeCluster($id: ID!, $version: String!) { upgradeCluster(id: $id, kubernetesVersion: $version) { cluster { id kubernetesVersion } errors { ...KakaoUserErrors } } }\n"): (typeof documents)["\n  mutation KakaoUpgradeCluster($id: ID!, $version: String!) { upgradeCluster(id: $id, kubernetesVersion: $version) { cluster { id kubernetesVersion } errors { ...KakaoUserErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateNodeGroup($input: CreateNodeGroupInput!) {\n    createNodeGroup(input: $input) { nodeGroup { id name status nodeCount flavor { name } cluster { id } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoCreateNodeGroup($input: CreateNodeGroupInput!) {\n    createNodeGroup(input: $input) { nodeGroup { id name status nodeCount flavor { name } cluster { id } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoResizeNodeGroup($id: ID!, $count: Int!) { resizeNodeGroup(id: $id, nodeCount: $count) { nodeGroup { id status nodeCount } errors { ...KakaoUserErrors } } }\n"): (typeof documents)["\n  mutation KakaoResizeNodeGroup($id: ID!, $count: Int!) { resizeNodeGroup(id: $id, nodeCount: $count) { nodeGroup { id status nodeCount } errors { ...KakaoUserErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoUpgradeNodeGroup($id: ID!) { upgradeNodeGroup(id: $id) { nodeGroup { id status kubernetesVersion } errors { ...KakaoUserErrors } } }\n"): (typeof documents)["\n  mutation KakaoUpgradeNodeGroup($id: ID!) { upgradeNodeGroup(id: $id) { nodeGroup { id status kubernetesVersion } errors { ...KakaoUserErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteNodeGroup($id: ID!) { deleteNodeGroup(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeleteNodeGroup($id: ID!) { deleteNodeGroup(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoNetworkNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Vpc { name state }\n      ... on Subnet { name state routingTable { id isDefault } routingTableExplicit }\n      ... on RoutingTable { name state isDefault internetGateway { id } routes { id cidr gateway isLocal targetType targetServer { id } } }\n    }\n  }\n"): (typeof documents)["\n  query KakaoNetworkNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Vpc { name state }\n      ... on Subnet { name state routingTable { id isDefault } routingTableExplicit }\n      ... on RoutingTable { name state isDefault internetGateway { id } routes { id cidr gateway isLocal targetType targetServer { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateVpc($input: CreateVpcInput!) {\n    createVpc(input: $input) { vpc { id name cidr state region { provider name } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoCreateVpc($input: CreateVpcInput!) {\n    createVpc(input: $input) { vpc { id name cidr state region { provider name } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoUpdateVpc($input: UpdateVpcInput!) { updateVpc(input: $input) { vpc { id name cidr } errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoUpdateVpc($input: UpdateVpcInput!) { updateVpc(input: $input) { vpc { id name cidr } errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoVpcDetails($id: ID!) {\n    node(id: $id) {\n      ... on Vpc {\n        defaultRoutingTable { id name isDefault internetGateway { id name } routes { cidr isLocal targetType } }\n        routingTables { id name isDefault }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KakaoVpcDetails($id: ID!) {\n    node(id: $id) {\n      ... on Vpc {\n        defaultRoutingTable { id name isDefault internetGateway { id name } routes { cidr isLocal targetType } }\n        routingTables { id name isDefault }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateSubnet($input: CreateSubnetInput!) {\n    createSubnet(input: $input) { subnet { id name cidr availabilityZone vpc { id } routingTable { id isDefault } routingTableExplicit } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoCreateSubnet($input: CreateSubnetInput!) {\n    createSubnet(input: $input) { subnet { id name cidr availabilityZone vpc { id } routingTable { id isDefault } routingTableExplicit } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoUpdateSubnet($input: UpdateSubnetInput!) { updateSubnet(input: $input) { subnet { id name } errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoUpdateSubnet($input: UpdateSubnetInput!) { updateSubnet(input: $input) { subnet { id name } errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateRoutingTable($input: CreateRoutingTableInput!) {\n    createRoutingTable(input: $input) { routingTable { id name isDefault distributed vpc { id } routes { cidr isLocal targetType } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoCreateRoutingTable($input: CreateRoutingTableInput!) {\n    createRoutingTable(input: $input) { routingTable { id name isDefault distributed vpc { id } routes { cidr isLocal targetType } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoUpdateRoutingTable($input: UpdateRoutingTableInput!) { updateRoutingTable(input: $input) { routingTable { id name } errors { ...KakaoUserErrors } } }\n"): (typeof documents)["\n  mutation KakaoUpdateRoutingTable($input: UpdateRoutingTableInput!) { updateRoutingTable(input: $input) { routingTable { id name } errors { ...KakaoUserErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteRoutingTable($id: ID!) { deleteRoutingTable(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeleteRoutingTable($id: ID!) { deleteRoutingTable(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoSetDefaultRoutingTable($id: ID!) { setDefaultRoutingTable(id: $id) { routingTable { id isDefault } errors { ...KakaoUserErrors } } }\n"): (typeof documents)["\n  mutation KakaoSetDefaultRoutingTable($id: ID!) { setDefaultRoutingTable(id: $id) { routingTable { id isDefault } errors { ...KakaoUserErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoAttachRoutingTable($subnetId: ID!, $routingTableId: ID!) {\n    attachRoutingTable(subnetId: $subnetId, routingTableId: $routingTableId) { subnet { id routingTable { id } routingTableExplicit } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoAttachRoutingTable($subnetId: ID!, $routingTableId: ID!) {\n    attachRoutingTable(subnetId: $subnetId, routingTableId: $routingTableId) { subnet { id routingTable { id } routingTableExplicit } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoDetachRoutingTable($subnetId: ID!) {\n    detachRoutingTable(subnetId: $subnetId) { subnet { id routingTable { id isDefault } routingTableExplicit } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoDetachRoutingTable($subnetId: ID!) {\n    detachRoutingTable(subnetId: $subnetId) { subnet { id routingTable { id isDefault } routingTableExplicit } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {\n    attachInternetGateway(routingTableId: $routingTableId, internetGatewayId: $internetGatewayId) {\n      routingTable { id internetGateway { id } routes { cidr targetType internetGateway { id } } }\n      errors { ...KakaoUserErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation KakaoAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {\n    attachInternetGateway(routingTableId: $routingTableId, internetGatewayId: $internetGatewayId) {\n      routingTable { id internetGateway { id } routes { cidr targetType internetGateway { id } } }\n      errors { ...KakaoUserErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoDetachInternetGateway($routingTableId: ID!) {\n    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } routes { cidr } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoDetachInternetGateway($routingTableId: ID!) {\n    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } routes { cidr } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) { route { id cidr prefixLength gateway targetType targetServer { id name } routingTable { id } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoCreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) { route { id cidr prefixLength gateway targetType targetServer { id name } routingTable { id } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteRoute($id: ID!) { deleteRoute(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeleteRoute($id: ID!) { deleteRoute(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateInternetGateway($input: CreateInternetGatewayInput!) { createInternetGateway(input: $input) { internetGateway { id } errors { ...KakaoUserErrors } } }\n"): (typeof documents)["\n  mutation KakaoCreateInternetGateway($input: CreateInternetGatewayInput!) { createInternetGateway(input: $input) { internetGateway { id } errors { ...KakaoUserErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteInternetGateway($id: ID!) { deleteInternetGateway(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeleteInternetGateway($id: ID!) { deleteInternetGateway(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateSecurityGroup($input: CreateSecurityGroupInput!) {\n    createSecurityGroup(input: $input) { securityGroup { id name description rules { direction protocol } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoCreateSecurityGroup($input: CreateSecurityGroupInput!) {\n    createSecurityGroup(input: $input) { securityGroup { id name description rules { direction protocol } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoUpdateSecurityGroup($input: UpdateSecurityGroupInput!) { updateSecurityGroup(input: $input) { securityGroup { id name description } errors { ...KakaoUserErrors } } }\n"): (typeof documents)["\n  mutation KakaoUpdateSecurityGroup($input: UpdateSecurityGroupInput!) { updateSecurityGroup(input: $input) { securityGroup { id name description } errors { ...KakaoUserErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteSecurityGroup($id: ID!) { deleteSecurityGroup(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeleteSecurityGroup($id: ID!) { deleteSecurityGroup(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateRule($input: CreateSecurityGroupRuleInput!) {\n    createSecurityGroupRule(input: $input) {\n      rule { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix description securityGroup { id } }\n      errors { ...KakaoUserErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation KakaoCreateRule($input: CreateSecurityGroupRuleInput!) {\n    createSecurityGroupRule(input: $input) {\n      rule { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix description securityGroup { id } }\n      errors { ...KakaoUserErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteRule($id: ID!) { deleteSecurityGroupRule(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeleteRule($id: ID!) { deleteSecurityGroupRule(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreatePort($input: CreatePortInput!) {\n    createPort(input: $input) { port { id name status fixedIps { ipAddress subnet { id } } securityGroups { id name } server { id } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoCreatePort($input: CreatePortInput!) {\n    createPort(input: $input) { port { id name status fixedIps { ipAddress subnet { id } } securityGroups { id name } server { id } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeletePort($id: ID!) { deletePort(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeletePort($id: ID!) { deletePort(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateFloatingIp($input: CreateFloatingIpInput!) {\n    createFloatingIp(input: $input) { floatingIp { id address status rawStatus label port { id } server { id } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoCreateFloatingIp($input: CreateFloatingIpInput!) {\n    createFloatingIp(input: $input) { floatingIp { id address status rawStatus label port { id } server { id } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoAssociateFloatingIp($id: ID!, $serverId: ID, $portId: ID) {\n    associateFloatingIp(id: $id, serverId: $serverId, portId: $portId) { floatingIp { id status rawStatus fixedIpAddress port { id } server { id } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoAssociateFloatingIp($id: ID!, $serverId: ID, $portId: ID) {\n    associateFloatingIp(id: $id, serverId: $serverId, portId: $portId) { floatingIp { id status rawStatus fixedIpAddress port { id } server { id } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoDisassociateFloatingIp($id: ID!) { disassociateFloatingIp(id: $id) { floatingIp { id status port { id } } errors { ...KakaoUserErrors } } }\n"): (typeof documents)["\n  mutation KakaoDisassociateFloatingIp($id: ID!) { disassociateFloatingIp(id: $id) { floatingIp { id status port { id } } errors { ...KakaoUserErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteFloatingIp($id: ID!) { deleteFloatingIp(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeleteFloatingIp($id: ID!) { deleteFloatingIp(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoNetCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id addresses { address type port { id } subnet { id } } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoNetCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id addresses { address type port { id } subnet { id } } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoNetServerAddresses($id: ID!) { node(id: $id) { ... on Server { addresses { address type port { id } subnet { id } } ports { id } } } }\n"): (typeof documents)["\n  query KakaoNetServerAddresses($id: ID!) { node(id: $id) { ... on Server { addresses { address type port { id } subnet { id } } ports { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoNetDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoNetDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoContainers($region: String!) {\n    region(provider: KAKAO, name: $region) {\n      containers { id name objectCount bytesUsed objects(first: 10) { edges { node { name size contentType } } } }\n    }\n  }\n"): (typeof documents)["\n  query KakaoContainers($region: String!) {\n    region(provider: KAKAO, name: $region) {\n      containers { id name objectCount bytesUsed objects(first: 10) { edges { node { name size contentType } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoContainerObject($id: ID!, $name: String!) {\n    node(id: $id) { ... on Container { name objectCount object(name: $name) { name size content contentType metadata { key value } } } }\n  }\n"): (typeof documents)["\n  query KakaoContainerObject($id: ID!, $name: String!) {\n    node(id: $id) { ... on Container { name objectCount object(name: $name) { name size content contentType metadata { key value } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateContainer($input: CreateContainerInput!) {\n    createContainer(input: $input) { container { id name objectCount region { provider name } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoCreateContainer($input: CreateContainerInput!) {\n    createContainer(input: $input) { container { id name objectCount region { provider name } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteContainer($id: ID!) { deleteContainer(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeleteContainer($id: ID!) { deleteContainer(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoPutObject($input: PutObjectInput!) {\n    putObject(input: $input) { object { id name size contentType etag } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoPutObject($input: PutObjectInput!) {\n    putObject(input: $input) { object { id name size contentType etag } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteObject($id: ID!) { deleteObject(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeleteObject($id: ID!) { deleteObject(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoContainerSettings($id: ID!) { node(id: $id) { ... on Container { publicRead readAcl metadata { key value } } } }\n"): (typeof documents)["\n  query KakaoContainerSettings($id: ID!) { node(id: $id) { ... on Container { publicRead readAcl metadata { key value } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoUpdateContainer($input: UpdateContainerInput!) {\n    updateContainer(input: $input) { container { id publicRead readAcl metadata { key value } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoUpdateContainer($input: UpdateContainerInput!) {\n    updateContainer(input: $input) { container { id publicRead readAcl metadata { key value } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoResilienceServers($region: String!) {\n    region(provider: KAKAO, name: $region) { servers(first: 100) { totalCount edges { node { name status flavor { name } } } } }\n  }\n"): (typeof documents)["\n  query KakaoResilienceServers($region: String!) {\n    region(provider: KAKAO, name: $region) { servers(first: 100) { totalCount edges { node { name status flavor { name } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoResilienceCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id name } errors { __typename message } }\n  }\n"): (typeof documents)["\n  mutation KakaoResilienceCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id name } errors { __typename message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoVolumeNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Volume { name description sizeGb status rawStatus availabilityZone volumeTypeName attachments { device server { id } } sourceSnapshot { id } }\n    }\n  }\n"): (typeof documents)["\n  query KakaoVolumeNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Volume { name description sizeGb status rawStatus availabilityZone volumeTypeName attachments { device server { id } } sourceSnapshot { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoSnapshotNode($id: ID!) { node(id: $id) { id ... on Snapshot { name status rawStatus sizeGb volume { id } } } }\n"): (typeof documents)["\n  query KakaoSnapshotNode($id: ID!) { node(id: $id) { id ... on Snapshot { name status rawStatus sizeGb volume { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KakaoVolumeTypes { region(provider: KAKAO, name: \"kr-central-2\") { volumeTypes { id name } } }"): (typeof documents)["query KakaoVolumeTypes { region(provider: KAKAO, name: \"kr-central-2\") { volumeTypes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateVolume($input: CreateVolumeInput!) {\n    createVolume(input: $input) { volume { id name sizeGb status rawStatus availabilityZone volumeTypeName region { provider } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoCreateVolume($input: CreateVolumeInput!) {\n    createVolume(input: $input) { volume { id name sizeGb status rawStatus availabilityZone volumeTypeName region { provider } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoUpdateVolume($input: UpdateVolumeInput!) { updateVolume(input: $input) { volume { id name description } errors { ...KakaoUserErrors } } }\n"): (typeof documents)["\n  mutation KakaoUpdateVolume($input: UpdateVolumeInput!) { updateVolume(input: $input) { volume { id name description } errors { ...KakaoUserErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoExtendVolume($id: ID!, $sizeGb: Int!) { extendVolume(id: $id, sizeGb: $sizeGb) { volume { id sizeGb status } errors { ...KakaoUserErrors } } }\n"): (typeof documents)["\n  mutation KakaoExtendVolume($id: ID!, $sizeGb: Int!) { extendVolume(id: $id, sizeGb: $sizeGb) { volume { id sizeGb status } errors { ...KakaoUserErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteVolume($id: ID!) { deleteVolume(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeleteVolume($id: ID!) { deleteVolume(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoAttachVolume($volumeId: ID!, $serverId: ID!) {\n    attachVolume(volumeId: $volumeId, serverId: $serverId) { volume { id status attachments { device server { id } } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoAttachVolume($volumeId: ID!, $serverId: ID!) {\n    attachVolume(volumeId: $volumeId, serverId: $serverId) { volume { id status attachments { device server { id } } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoDetachVolume($volumeId: ID!, $serverId: ID) {\n    detachVolume(volumeId: $volumeId, serverId: $serverId) { volume { id status } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoDetachVolume($volumeId: ID!, $serverId: ID) {\n    detachVolume(volumeId: $volumeId, serverId: $serverId) { volume { id status } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoCreateSnapshot($input: CreateSnapshotInput!) {\n    createSnapshot(input: $input) { snapshot { id name status rawStatus sizeGb volume { id } } errors { ...KakaoUserErrors } }\n  }\n"): (typeof documents)["\n  mutation KakaoCreateSnapshot($input: CreateSnapshotInput!) {\n    createSnapshot(input: $input) { snapshot { id name status rawStatus sizeGb volume { id } } errors { ...KakaoUserErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { ...KakaoUserErrors } } }"): (typeof documents)["mutation KakaoDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { ...KakaoUserErrors } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoStorageCreateServer($input: CreateServerInput!) { createServer(input: $input) { server { id } errors { ...KakaoUserErrors } } }\n"): (typeof documents)["\n  mutation KakaoStorageCreateServer($input: CreateServerInput!) { createServer(input: $input) { server { id } errors { ...KakaoUserErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KakaoServerStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { id __typename ... on Server { name status rawStatus region { provider name } flavor { name } } }\n    }\n  }\n"): (typeof documents)["\n  subscription KakaoServerStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { id __typename ... on Server { name status rawStatus region { provider name } flavor { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KakaoSubscriptionServers($region: String!) {\n    region(provider: KAKAO, name: $region) { servers(first: 100) { edges { node { id name status } } } }\n  }\n"): (typeof documents)["\n  query KakaoSubscriptionServers($region: String!) {\n    region(provider: KAKAO, name: $region) { servers(first: 100) { edges { node { id name status } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoSubStop($id: ID!) { stopServer(id: $id) { server { status } errors { __typename message } } }"): (typeof documents)["mutation KakaoSubStop($id: ID!) { stopServer(id: $id) { server { status } errors { __typename message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoSubStart($id: ID!) { startServer(id: $id) { server { status } errors { __typename message } } }"): (typeof documents)["mutation KakaoSubStart($id: ID!) { startServer(id: $id) { server { status } errors { __typename message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoSubCreate($input: CreateServerInput!) { createServer(input: $input) { server { id status } errors { __typename message } } }"): (typeof documents)["mutation KakaoSubCreate($input: CreateServerInput!) { createServer(input: $input) { server { id status } errors { __typename message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KakaoSubDelete($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename message } } }"): (typeof documents)["mutation KakaoSubDelete($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KakaoClusterStatusChanged($regionId: ID!) {\n    clusterStatusChanged(regionId: $regionId) { previousStatus status node { id ... on Cluster { name status } } }\n  }\n"): (typeof documents)["\n  subscription KakaoClusterStatusChanged($regionId: ID!) {\n    clusterStatusChanged(regionId: $regionId) { previousStatus status node { id ... on Cluster { name status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KakaoSubCreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id status } errors { __typename message } } }\n"): (typeof documents)["\n  mutation KakaoSubCreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id status } errors { __typename message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KubernetesFixtureNetwork($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      vpcs { id name external }\n      subnets { id name vpc { id } }\n    }\n  }\n"): (typeof documents)["\n  query KubernetesFixtureNetwork($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      vpcs { id name external }\n      subnets { id name vpc { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KubernetesCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      cluster {\n        id\n        name\n        status\n        kubernetesVersion\n        nodeCount\n        publicEndpoint\n        externalNetworkId\n        externalSubnetIds\n        availabilityZone\n        bootVolumeSizeGb\n        autoscaling\n        vpc { id }\n        subnet { id }\n        flavor { id name }\n        keypair { name }\n      }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on NotFoundError { resourceType resourceId }\n        ... on ConflictError { currentStatus }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation KubernetesCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      cluster {\n        id\n        name\n        status\n        kubernetesVersion\n        nodeCount\n        publicEndpoint\n        externalNetworkId\n        externalSubnetIds\n        availabilityZone\n        bootVolumeSizeGb\n        autoscaling\n        vpc { id }\n        subnet { id }\n        flavor { id name }\n        keypair { name }\n      }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on NotFoundError { resourceType resourceId }\n        ... on ConflictError { currentStatus }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KubernetesClusterNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Cluster {\n        name\n        status\n        health\n        nodeCount\n        kubernetesVersion\n        nodeGroups { id name status nodeCount isDefault }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KubernetesClusterNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Cluster {\n        name\n        status\n        health\n        nodeCount\n        kubernetesVersion\n        nodeGroups { id name status nodeCount isDefault }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KubernetesDeleteCluster($id: ID!) {\n    deleteCluster(id: $id) { deletedId errors { __typename code message ... on ConflictError { currentStatus } } }\n  }\n"): (typeof documents)["\n  mutation KubernetesDeleteCluster($id: ID!) {\n    deleteCluster(id: $id) { deletedId errors { __typename code message ... on ConflictError { currentStatus } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KubernetesClusterDetail($id: ID!) {\n    node(id: $id) {\n      ... on Cluster {\n        name\n        status\n        apiAddress\n        createdAt\n        vpc { id name }\n        subnet { id name }\n        labels { key value }\n        events { type state resourceType }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KubernetesClusterDetail($id: ID!) {\n    node(id: $id) {\n      ... on Cluster {\n        name\n        status\n        apiAddress\n        createdAt\n        vpc { id name }\n        subnet { id name }\n        labels { key value }\n        events { type state resourceType }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KubernetesClusterKubeconfig($id: ID!) {\n    node(id: $id) { ... on Cluster { name status kubeconfig } }\n  }\n"): (typeof documents)["\n  query KubernetesClusterKubeconfig($id: ID!) {\n    node(id: $id) { ... on Cluster { name status kubeconfig } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KubernetesClusterNoKubeconfig($id: ID!) {\n    node(id: $id) { ... on Cluster { name status } }\n  }\n"): (typeof documents)["\n  query KubernetesClusterNoKubeconfig($id: ID!) {\n    node(id: $id) { ... on Cluster { name status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KubernetesRegionClusters($name: String!) {\n    region(provider: NHN, name: $name) {\n      kubernetesAvailable\n      clusters { id name status nodeCount }\n      kubernetesVersions { version creatable }\n    }\n  }\n"): (typeof documents)["\n  query KubernetesRegionClusters($name: String!) {\n    region(provider: NHN, name: $name) {\n      kubernetesAvailable\n      clusters { id name status nodeCount }\n      kubernetesVersions { version creatable }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KubernetesCreateNodeGroup($input: CreateNodeGroupInput!) {\n    createNodeGroup(input: $input) {\n      nodeGroup { id name status nodeCount isDefault flavor { name } cluster { id } availabilityZone }\n      errors { __typename code message ... on ValidationError { field } ... on ConflictError { currentStatus } }\n    }\n  }\n"): (typeof documents)["\n  mutation KubernetesCreateNodeGroup($input: CreateNodeGroupInput!) {\n    createNodeGroup(input: $input) {\n      nodeGroup { id name status nodeCount isDefault flavor { name } cluster { id } availabilityZone }\n      errors { __typename code message ... on ValidationError { field } ... on ConflictError { currentStatus } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KubernetesResizeNodeGroup($id: ID!, $nodeCount: Int!) {\n    resizeNodeGroup(id: $id, nodeCount: $nodeCount) {\n      nodeGroup { id name status nodeCount }\n      errors { __typename code message ... on ValidationError { field } ... on ConflictError { currentStatus } }\n    }\n  }\n"): (typeof documents)["\n  mutation KubernetesResizeNodeGroup($id: ID!, $nodeCount: Int!) {\n    resizeNodeGroup(id: $id, nodeCount: $nodeCount) {\n      nodeGroup { id name status nodeCount }\n      errors { __typename code message ... on ValidationError { field } ... on ConflictError { currentStatus } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KubernetesDeleteNodeGroup($id: ID!) {\n    deleteNodeGroup(id: $id) { deletedId errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation KubernetesDeleteNodeGroup($id: ID!) {\n    deleteNodeGroup(id: $id) { deletedId errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KubernetesNodeGroupNode($id: ID!) {\n    node(id: $id) { id ... on NodeGroup { name status nodeCount nodeAddresses kubernetesVersion } }\n  }\n"): (typeof documents)["\n  query KubernetesNodeGroupNode($id: ID!) {\n    node(id: $id) { id ... on NodeGroup { name status nodeCount nodeAddresses kubernetesVersion } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KubernetesUpgradeCluster($id: ID!, $version: String!) {\n    upgradeCluster(id: $id, kubernetesVersion: $version) {\n      cluster { id status kubernetesVersion }\n      errors { __typename code message ... on ConflictError { currentStatus } }\n    }\n  }\n"): (typeof documents)["\n  mutation KubernetesUpgradeCluster($id: ID!, $version: String!) {\n    upgradeCluster(id: $id, kubernetesVersion: $version) {\n      cluster { id status kubernetesVersion }\n      errors { __typename code message ... on ConflictError { currentStatus } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KubernetesUpgradeNodeGroup($id: ID!) {\n    upgradeNodeGroup(id: $id) {\n      nodeGroup { id status }\n      errors { __typename code message }\n    }\n  }\n"): (typeof documents)["\n  mutation KubernetesUpgradeNodeGroup($id: ID!) {\n    upgradeNodeGroup(id: $id) {\n      nodeGroup { id status }\n      errors { __typename code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KubernetesClusterStatusChanged($regionId: ID!) {\n    clusterStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { id __typename ... on Cluster { name status nodeCount } }\n    }\n  }\n"): (typeof documents)["\n  subscription KubernetesClusterStatusChanged($regionId: ID!) {\n    clusterStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { id __typename ... on Cluster { name status nodeCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription KubernetesStatusChanged($ids: [ID!]!) {\n    statusChanged(ids: $ids) {\n      previousStatus\n      status\n      node { id __typename ... on NodeGroup { name nodeCount } }\n    }\n  }\n"): (typeof documents)["\n  subscription KubernetesStatusChanged($ids: [ID!]!) {\n    statusChanged(ids: $ids) {\n      previousStatus\n      status\n      node { id __typename ... on NodeGroup { name nodeCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KubernetesClusterGroups($id: ID!) {\n    node(id: $id) { ... on Cluster { nodeGroups { id name } } }\n  }\n"): (typeof documents)["\n  query KubernetesClusterGroups($id: ID!) {\n    node(id: $id) { ... on Cluster { nodeGroups { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KubernetesSubscriptionResize($id: ID!, $nodeCount: Int!) {\n    resizeNodeGroup(id: $id, nodeCount: $nodeCount) { nodeGroup { status } errors { message } }\n  }\n"): (typeof documents)["\n  mutation KubernetesSubscriptionResize($id: ID!, $nodeCount: Int!) {\n    resizeNodeGroup(id: $id, nodeCount: $nodeCount) { nodeGroup { status } errors { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetCostCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename message } }\n  }\n"): (typeof documents)["\n  mutation NetCostCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetCostCreateFloatingIp($input: CreateFloatingIpInput!) {\n    createFloatingIp(input: $input) { floatingIp { id } errors { __typename message } }\n  }\n"): (typeof documents)["\n  mutation NetCostCreateFloatingIp($input: CreateFloatingIpInput!) {\n    createFloatingIp(input: $input) { floatingIp { id } errors { __typename message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetCostDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { message } } }\n"): (typeof documents)["\n  mutation NetCostDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetCostDeleteVolume($id: ID!) { deleteVolume(id: $id) { deletedId errors { message } } }\n"): (typeof documents)["\n  mutation NetCostDeleteVolume($id: ID!) { deleteVolume(id: $id) { deletedId errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetCostVolumes($region: String!) {\n    region(provider: NHN, name: $region) { volumes(first: 1000) { edges { node { id attachments { device } } } } snapshots { id } }\n  }\n"): (typeof documents)["\n  query NetCostVolumes($region: String!) {\n    region(provider: NHN, name: $region) { volumes(first: 1000) { edges { node { id attachments { device } } } } snapshots { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetCostServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 1000) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            addresses { address type subnet { id name cidr } }\n            subnets { id name }\n            securityGroups { id name }\n            volumes { id status }\n            floatingIps { id address }\n            ports { id status }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetCostServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      servers(first: 1000) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n            addresses { address type subnet { id name cidr } }\n            subnets { id name }\n            securityGroups { id name }\n            volumes { id status }\n            floatingIps { id address }\n            ports { id status }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FipErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n    ... on NotFoundError { resourceType }\n  }\n"): (typeof documents)["\n  fragment FipErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n    ... on NotFoundError { resourceType }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FipFields on FloatingIp {\n    id address status rawStatus fixedIpAddress label\n    port { id }\n    server { id name }\n  }\n"): (typeof documents)["\n  fragment FipFields on FloatingIp {\n    id address status rawStatus fixedIpAddress label\n    port { id }\n    server { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FipCreate($input: CreateFloatingIpInput!) {\n    createFloatingIp(input: $input) { floatingIp { ...FipFields } errors { ...FipErrors } }\n  }\n"): (typeof documents)["\n  mutation FipCreate($input: CreateFloatingIpInput!) {\n    createFloatingIp(input: $input) { floatingIp { ...FipFields } errors { ...FipErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FipAssociate($id: ID!, $serverId: ID, $portId: ID) {\n    associateFloatingIp(id: $id, serverId: $serverId, portId: $portId) { floatingIp { ...FipFields } errors { ...FipErrors } }\n  }\n"): (typeof documents)["\n  mutation FipAssociate($id: ID!, $serverId: ID, $portId: ID) {\n    associateFloatingIp(id: $id, serverId: $serverId, portId: $portId) { floatingIp { ...FipFields } errors { ...FipErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FipDisassociate($id: ID!) {\n    disassociateFloatingIp(id: $id) { floatingIp { ...FipFields } errors { ...FipErrors } }\n  }\n"): (typeof documents)["\n  mutation FipDisassociate($id: ID!) {\n    disassociateFloatingIp(id: $id) { floatingIp { ...FipFields } errors { ...FipErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FipDelete($id: ID!) { deleteFloatingIp(id: $id) { deletedId errors { ...FipErrors } } }\n"): (typeof documents)["\n  mutation FipDelete($id: ID!) { deleteFloatingIp(id: $id) { deletedId errors { ...FipErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FipDetachGateway($routingTableId: ID!) {\n    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } } errors { ...FipErrors } }\n  }\n"): (typeof documents)["\n  mutation FipDetachGateway($routingTableId: ID!) {\n    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } } errors { ...FipErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FipCreatePort($input: CreatePortInput!) {\n    createPort(input: $input) { port { id } errors { ...FipErrors } }\n  }\n"): (typeof documents)["\n  mutation FipCreatePort($input: CreatePortInput!) {\n    createPort(input: $input) { port { id } errors { ...FipErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FipServers($name: String!) {\n    region(provider: NHN, name: $name) {\n      servers(first: 100) {\n        edges {\n          node {\n            id name status\n            addresses { address type subnet { id name } }\n            floatingIps { id address status }\n          }\n        }\n      }\n      floatingIps { ...FipFields }\n      vpcs { defaultRoutingTable { id } subnets { id name } }\n    }\n  }\n"): (typeof documents)["\n  query FipServers($name: String!) {\n    region(provider: NHN, name: $name) {\n      servers(first: 100) {\n        edges {\n          node {\n            id name status\n            addresses { address type subnet { id name } }\n            floatingIps { id address status }\n          }\n        }\n      }\n      floatingIps { ...FipFields }\n      vpcs { defaultRoutingTable { id } subnets { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkRegion($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      vpcs {\n        id name cidr state external createdAt rawCreatedAt\n        defaultRoutingTable { id name }\n        subnets { id name cidr gatewayIp availableIpCount routingTableExplicit routingTable { id name isDefault } vpc { id } }\n        routingTables {\n          id name isDefault distributed\n          internetGateway { id name state routingTable { id } externalNetwork { id name external } }\n          routes { id cidr prefixLength gateway isLocal internetGateway { id } }\n          subnets { name }\n        }\n      }\n      externalNetworks { id name cidr external shared }\n      internetGateways { id name state }\n      securityGroups {\n        id name description\n        rules { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix remoteSecurityGroup { id name } securityGroup { id } }\n      }\n      floatingIps { id address status fixedIpAddress port { id } server { id name } externalNetwork { id } }\n    }\n  }\n"): (typeof documents)["\n  query NetworkRegion($name: String!) {\n    region(provider: NHN, name: $name) {\n      id\n      vpcs {\n        id name cidr state external createdAt rawCreatedAt\n        defaultRoutingTable { id name }\n        subnets { id name cidr gatewayIp availableIpCount routingTableExplicit routingTable { id name isDefault } vpc { id } }\n        routingTables {\n          id name isDefault distributed\n          internetGateway { id name state routingTable { id } externalNetwork { id name external } }\n          routes { id cidr prefixLength gateway isLocal internetGateway { id } }\n          subnets { name }\n        }\n      }\n      externalNetworks { id name cidr external shared }\n      internetGateways { id name state }\n      securityGroups {\n        id name description\n        rules { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix remoteSecurityGroup { id name } securityGroup { id } }\n      }\n      floatingIps { id address status fixedIpAddress port { id } server { id name } externalNetwork { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkServers($name: String!) {\n    region(provider: NHN, name: $name) {\n      servers(first: 100) {\n        edges {\n          node {\n            id name status\n            addresses { address type macAddress subnet { id name cidr } }\n            subnets { id name }\n            securityGroups { id name }\n            ports { id status macAddress deviceOwner fixedIps { ipAddress subnet { id } } server { id } securityGroups { name } }\n            floatingIps { id address }\n            volumes { id name status attachments { device server { id } } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkServers($name: String!) {\n    region(provider: NHN, name: $name) {\n      servers(first: 100) {\n        edges {\n          node {\n            id name status\n            addresses { address type macAddress subnet { id name cidr } }\n            subnets { id name }\n            securityGroups { id name }\n            ports { id status macAddress deviceOwner fixedIps { ipAddress subnet { id } } server { id } securityGroups { name } }\n            floatingIps { id address }\n            volumes { id name status attachments { device server { id } } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Vpc { name cidr }\n      ... on Subnet { name cidr vpc { name } }\n      ... on RoutingTable { name isDefault }\n      ... on Route { cidr gateway }\n      ... on InternetGateway { name state }\n      ... on SecurityGroup { name }\n      ... on SecurityGroupRule { direction protocol }\n      ... on FloatingIp { address }\n      ... on Port { macAddress }\n    }\n  }\n"): (typeof documents)["\n  query NetworkNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Vpc { name cidr }\n      ... on Subnet { name cidr vpc { name } }\n      ... on RoutingTable { name isDefault }\n      ... on Route { cidr gateway }\n      ... on InternetGateway { name state }\n      ... on SecurityGroup { name }\n      ... on SecurityGroupRule { direction protocol }\n      ... on FloatingIp { address }\n      ... on Port { macAddress }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n    ... on NotFoundError { resourceType resourceId }\n  }\n"): (typeof documents)["\n  fragment NetErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n    ... on NotFoundError { resourceType resourceId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetCreateVpc($input: CreateVpcInput!) {\n    createVpc(input: $input) {\n      vpc { id name cidr defaultRoutingTable { id name isDefault routes { cidr gateway isLocal } } subnets { id } }\n      errors { ...NetErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation NetCreateVpc($input: CreateVpcInput!) {\n    createVpc(input: $input) {\n      vpc { id name cidr defaultRoutingTable { id name isDefault routes { cidr gateway isLocal } } subnets { id } }\n      errors { ...NetErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetUpdateVpc($input: UpdateVpcInput!) {\n    updateVpc(input: $input) { vpc { id name cidr } errors { ...NetErrors } }\n  }\n"): (typeof documents)["\n  mutation NetUpdateVpc($input: UpdateVpcInput!) {\n    updateVpc(input: $input) { vpc { id name cidr } errors { ...NetErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { ...NetErrors } } }\n"): (typeof documents)["\n  mutation NetDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { ...NetErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetCreateSubnet($input: CreateSubnetInput!) {\n    createSubnet(input: $input) {\n      subnet { id name cidr gatewayIp availableIpCount vpc { id } routingTable { id isDefault } routingTableExplicit }\n      errors { ...NetErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation NetCreateSubnet($input: CreateSubnetInput!) {\n    createSubnet(input: $input) {\n      subnet { id name cidr gatewayIp availableIpCount vpc { id } routingTable { id isDefault } routingTableExplicit }\n      errors { ...NetErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetUpdateSubnet($input: UpdateSubnetInput!) {\n    updateSubnet(input: $input) { subnet { id name cidr } errors { ...NetErrors } }\n  }\n"): (typeof documents)["\n  mutation NetUpdateSubnet($input: UpdateSubnetInput!) {\n    updateSubnet(input: $input) { subnet { id name cidr } errors { ...NetErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { ...NetErrors } } }\n"): (typeof documents)["\n  mutation NetDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { ...NetErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetCreateRoutingTable($input: CreateRoutingTableInput!) {\n    createRoutingTable(input: $input) {\n      routingTable { id name isDefault distributed vpc { id } routes { cidr gateway isLocal } }\n      errors { ...NetErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation NetCreateRoutingTable($input: CreateRoutingTableInput!) {\n    createRoutingTable(input: $input) {\n      routingTable { id name isDefault distributed vpc { id } routes { cidr gateway isLocal } }\n      errors { ...NetErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetUpdateRoutingTable($input: UpdateRoutingTableInput!) {\n    updateRoutingTable(input: $input) { routingTable { id name distributed } errors { ...NetErrors } }\n  }\n"): (typeof documents)["\n  mutation NetUpdateRoutingTable($input: UpdateRoutingTableInput!) {\n    updateRoutingTable(input: $input) { routingTable { id name distributed } errors { ...NetErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetDeleteRoutingTable($id: ID!) { deleteRoutingTable(id: $id) { deletedId errors { ...NetErrors } } }\n"): (typeof documents)["\n  mutation NetDeleteRoutingTable($id: ID!) { deleteRoutingTable(id: $id) { deletedId errors { ...NetErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetSetDefaultRoutingTable($id: ID!) {\n    setDefaultRoutingTable(id: $id) { routingTable { id isDefault } errors { ...NetErrors } }\n  }\n"): (typeof documents)["\n  mutation NetSetDefaultRoutingTable($id: ID!) {\n    setDefaultRoutingTable(id: $id) { routingTable { id isDefault } errors { ...NetErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetAttachRoutingTable($subnetId: ID!, $routingTableId: ID!) {\n    attachRoutingTable(subnetId: $subnetId, routingTableId: $routingTableId) {\n      subnet { id routingTable { id } routingTableExplicit }\n      errors { ...NetErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation NetAttachRoutingTable($subnetId: ID!, $routingTableId: ID!) {\n    attachRoutingTable(subnetId: $subnetId, routingTableId: $routingTableId) {\n      subnet { id routingTable { id } routingTableExplicit }\n      errors { ...NetErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetDetachRoutingTable($subnetId: ID!) {\n    detachRoutingTable(subnetId: $subnetId) { subnet { id routingTable { id isDefault } routingTableExplicit } errors { ...NetErrors } }\n  }\n"): (typeof documents)["\n  mutation NetDetachRoutingTable($subnetId: ID!) {\n    detachRoutingTable(subnetId: $subnetId) { subnet { id routingTable { id isDefault } routingTableExplicit } errors { ...NetErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetCreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) { route { id cidr prefixLength gateway routingTable { id } } errors { ...NetErrors } }\n  }\n"): (typeof documents)["\n  mutation NetCreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) { route { id cidr prefixLength gateway routingTable { id } } errors { ...NetErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetDeleteRoute($id: ID!) { deleteRoute(id: $id) { deletedId errors { ...NetErrors } } }\n"): (typeof documents)["\n  mutation NetDeleteRoute($id: ID!) { deleteRoute(id: $id) { deletedId errors { ...NetErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetCreateInternetGateway($input: CreateInternetGatewayInput!) {\n    createInternetGateway(input: $input) { internetGateway { id name state routingTable { id } externalNetwork { name } } errors { ...NetErrors } }\n  }\n"): (typeof documents)["\n  mutation NetCreateInternetGateway($input: CreateInternetGatewayInput!) {\n    createInternetGateway(input: $input) { internetGateway { id name state routingTable { id } externalNetwork { name } } errors { ...NetErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetDeleteInternetGateway($id: ID!) { deleteInternetGateway(id: $id) { deletedId errors { ...NetErrors } } }\n"): (typeof documents)["\n  mutation NetDeleteInternetGateway($id: ID!) { deleteInternetGateway(id: $id) { deletedId errors { ...NetErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {\n    attachInternetGateway(routingTableId: $routingTableId, internetGatewayId: $internetGatewayId) {\n      routingTable { id internetGateway { id } routes { id cidr internetGateway { id } } }\n      errors { ...NetErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation NetAttachInternetGateway($routingTableId: ID!, $internetGatewayId: ID!) {\n    attachInternetGateway(routingTableId: $routingTableId, internetGatewayId: $internetGatewayId) {\n      routingTable { id internetGateway { id } routes { id cidr internetGateway { id } } }\n      errors { ...NetErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetDetachInternetGateway($routingTableId: ID!) {\n    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } routes { cidr } } errors { ...NetErrors } }\n  }\n"): (typeof documents)["\n  mutation NetDetachInternetGateway($routingTableId: ID!) {\n    detachInternetGateway(routingTableId: $routingTableId) { routingTable { id internetGateway { id } routes { cidr } } errors { ...NetErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetCreatePort($input: CreatePortInput!) {\n    createPort(input: $input) { port { id name status fixedIps { ipAddress subnet { id } } securityGroups { id name } server { id } } errors { ...NetErrors } }\n  }\n"): (typeof documents)["\n  mutation NetCreatePort($input: CreatePortInput!) {\n    createPort(input: $input) { port { id name status fixedIps { ipAddress subnet { id } } securityGroups { id name } server { id } } errors { ...NetErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetDeletePort($id: ID!) { deletePort(id: $id) { deletedId errors { ...NetErrors } } }\n"): (typeof documents)["\n  mutation NetDeletePort($id: ID!) { deletePort(id: $id) { deletedId errors { ...NetErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetCreateSecurityGroup($input: CreateSecurityGroupInput!) {\n    createSecurityGroup(input: $input) { securityGroup { id name description rules { direction etherType protocol } } errors { ...NetErrors } }\n  }\n"): (typeof documents)["\n  mutation NetCreateSecurityGroup($input: CreateSecurityGroupInput!) {\n    createSecurityGroup(input: $input) { securityGroup { id name description rules { direction etherType protocol } } errors { ...NetErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetUpdateSecurityGroup($input: UpdateSecurityGroupInput!) {\n    updateSecurityGroup(input: $input) { securityGroup { id name description } errors { ...NetErrors } }\n  }\n"): (typeof documents)["\n  mutation NetUpdateSecurityGroup($input: UpdateSecurityGroupInput!) {\n    updateSecurityGroup(input: $input) { securityGroup { id name description } errors { ...NetErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetDeleteSecurityGroup($id: ID!) { deleteSecurityGroup(id: $id) { deletedId errors { ...NetErrors } } }\n"): (typeof documents)["\n  mutation NetDeleteSecurityGroup($id: ID!) { deleteSecurityGroup(id: $id) { deletedId errors { ...NetErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetCreateRule($input: CreateSecurityGroupRuleInput!) {\n    createSecurityGroupRule(input: $input) {\n      rule { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix remoteSecurityGroup { id } securityGroup { id rules { id } } }\n      errors { ...NetErrors }\n    }\n  }\n"): (typeof documents)["\n  mutation NetCreateRule($input: CreateSecurityGroupRuleInput!) {\n    createSecurityGroupRule(input: $input) {\n      rule { id direction etherType protocol portRangeMin portRangeMax remoteIpPrefix remoteSecurityGroup { id } securityGroup { id rules { id } } }\n      errors { ...NetErrors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NetDeleteRule($id: ID!) { deleteSecurityGroupRule(id: $id) { deletedId errors { ...NetErrors } } }\n"): (typeof documents)["\n  mutation NetDeleteRule($id: ID!) { deleteSecurityGroupRule(id: $id) { deletedId errors { ...NetErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetRegionView($name: String!) {\n    region(provider: NHN, name: $name) {\n      vpcs { id name cidr subnets { id name cidr ports { id } } routingTables { id name isDefault } }\n      securityGroups { id name rules { id } }\n      internetGateways { id name state routingTable { id } }\n    }\n  }\n"): (typeof documents)["\n  query NetRegionView($name: String!) {\n    region(provider: NHN, name: $name) {\n      vpcs { id name cidr subnets { id name cidr ports { id } } routingTables { id name isDefault } }\n      securityGroups { id name rules { id } }\n      internetGateways { id name state routingTable { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NormalisedRegionStates($provider: CloudProvider!, $name: String!) {\n    region(provider: $provider, name: $name) {\n      clusters { name status state rawStatus nodeGroups { id name status state rawStatus } }\n      vpcs { name external state status rawStatus }\n      subnets { name state status rawStatus }\n      routingTables { name state status rawStatus }\n      internetGateways { name state status rawStatus }\n      ports { id deviceId status state rawStatus }\n    }\n  }\n"): (typeof documents)["\n  query NormalisedRegionStates($provider: CloudProvider!, $name: String!) {\n    region(provider: $provider, name: $name) {\n      clusters { name status state rawStatus nodeGroups { id name status state rawStatus } }\n      vpcs { name external state status rawStatus }\n      subnets { name state status rawStatus }\n      routingTables { name state status rawStatus }\n      internetGateways { name state status rawStatus }\n      ports { id deviceId status state rawStatus }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NormalisedResize($id: ID!, $nodeCount: Int!) {\n    resizeNodeGroup(id: $id, nodeCount: $nodeCount) { nodeGroup { id status state rawStatus } errors { __typename message } }\n  }\n"): (typeof documents)["\n  mutation NormalisedResize($id: ID!, $nodeCount: Int!) {\n    resizeNodeGroup(id: $id, nodeCount: $nodeCount) { nodeGroup { id status state rawStatus } errors { __typename message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NormalisedGroupState($id: ID!) { node(id: $id) { id ... on NodeGroup { status state rawStatus } } }\n"): (typeof documents)["\n  query NormalisedGroupState($id: ID!) { node(id: $id) { id ... on NodeGroup { status state rawStatus } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorageRegionContainers($name: String!, $prefix: String) {\n    region(provider: NHN, name: $name) {\n      containers(prefix: $prefix) { id name objectCount bytesUsed lastModified }\n      objectStorageUsage { containerCount objectCount bytesUsed }\n    }\n  }\n"): (typeof documents)["\n  query StorageRegionContainers($name: String!, $prefix: String) {\n    region(provider: NHN, name: $name) {\n      containers(prefix: $prefix) { id name objectCount bytesUsed lastModified }\n      objectStorageUsage { containerCount objectCount bytesUsed }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorageContainerDetails($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Container { name objectCount storagePolicy publicRead readAcl metadata { key value } }\n    }\n  }\n"): (typeof documents)["\n  query StorageContainerDetails($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Container { name objectCount storagePolicy publicRead readAcl metadata { key value } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StorageUpdateContainer($input: UpdateContainerInput!) {\n    updateContainer(input: $input) {\n      container { id publicRead readAcl metadata { key value } }\n      errors { __typename code message ... on ValidationError { field } ... on NotFoundError { resourceType } }\n    }\n  }\n"): (typeof documents)["\n  mutation StorageUpdateContainer($input: UpdateContainerInput!) {\n    updateContainer(input: $input) {\n      container { id publicRead readAcl metadata { key value } }\n      errors { __typename code message ... on ValidationError { field } ... on NotFoundError { resourceType } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StorageIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId errors { code message } }\n  }\n"): (typeof documents)["\n  mutation StorageIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId errors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorageContainerNames($name: String!) {\n    region(provider: NHN, name: $name) { containers { name } }\n  }\n"): (typeof documents)["\n  query StorageContainerNames($name: String!) {\n    region(provider: NHN, name: $name) { containers { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StorageCreateContainer($input: CreateContainerInput!) {\n    createContainer(input: $input) {\n      container { id name objectCount bytesUsed storagePolicy publicRead metadata { key value } region { name } }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on ConflictError { currentStatus }\n        ... on NotFoundError { resourceType resourceId }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StorageCreateContainer($input: CreateContainerInput!) {\n    createContainer(input: $input) {\n      container { id name objectCount bytesUsed storagePolicy publicRead metadata { key value } region { name } }\n      errors {\n        __typename\n        code\n        message\n        ... on ValidationError { field }\n        ... on ConflictError { currentStatus }\n        ... on NotFoundError { resourceType resourceId }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StoragePutObject($input: PutObjectInput!) {\n    putObject(input: $input) {\n      object { id name size contentType etag lastModified metadata { key value } container { id name } }\n      errors { __typename code message ... on ValidationError { field } ... on NotFoundError { resourceType resourceId } }\n    }\n  }\n"): (typeof documents)["\n  mutation StoragePutObject($input: PutObjectInput!) {\n    putObject(input: $input) {\n      object { id name size contentType etag lastModified metadata { key value } container { id name } }\n      errors { __typename code message ... on ValidationError { field } ... on NotFoundError { resourceType resourceId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StorageDeleteContainer($id: ID!) {\n    deleteContainer(id: $id) { deletedId errors { __typename code message ... on ConflictError { currentStatus } ... on NotFoundError { resourceType } } }\n  }\n"): (typeof documents)["\n  mutation StorageDeleteContainer($id: ID!) {\n    deleteContainer(id: $id) { deletedId errors { __typename code message ... on ConflictError { currentStatus } ... on NotFoundError { resourceType } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StorageDeleteObject($id: ID!) {\n    deleteObject(id: $id) { deletedId errors { __typename code message ... on NotFoundError { resourceType } } }\n  }\n"): (typeof documents)["\n  mutation StorageDeleteObject($id: ID!) {\n    deleteObject(id: $id) { deletedId errors { __typename code message ... on NotFoundError { resourceType } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorageListObjects($id: ID!, $prefix: String, $delimiter: String, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Container {\n        name\n        objectCount\n        objects(prefix: $prefix, delimiter: $delimiter, first: $first, after: $after) {\n          edges { cursor node { id name size contentType etag } }\n          folders\n          pageInfo { hasNextPage hasPreviousPage endCursor }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StorageListObjects($id: ID!, $prefix: String, $delimiter: String, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Container {\n        name\n        objectCount\n        objects(prefix: $prefix, delimiter: $delimiter, first: $first, after: $after) {\n          edges { cursor node { id name size contentType etag } }\n          folders\n          pageInfo { hasNextPage hasPreviousPage endCursor }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorageObjectContent($id: ID!) {\n    node(id: $id) {\n      ... on StorageObject { name size contentType etag content contentBase64 metadata { key value } container { name } }\n    }\n  }\n"): (typeof documents)["\n  query StorageObjectContent($id: ID!) {\n    node(id: $id) {\n      ... on StorageObject { name size contentType etag content contentBase64 metadata { key value } container { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorageObjectText($id: ID!) {\n    node(id: $id) { ... on StorageObject { name content contentBase64 } }\n  }\n"): (typeof documents)["\n  query StorageObjectText($id: ID!) {\n    node(id: $id) { ... on StorageObject { name content contentBase64 } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StorageObjectByName($id: ID!, $name: String!) {\n    node(id: $id) { ... on Container { object(name: $name) { id name size } } }\n  }\n"): (typeof documents)["\n  query StorageObjectByName($id: ID!, $name: String!) {\n    node(id: $id) { ... on Container { object(name: $name) { id name size } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationsCreate($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id status }\n      operation { id kind status startedAt finishedAt target { id } }\n      errors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation OperationsCreate($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id status }\n      operation { id kind status startedAt finishedAt target { id } }\n      errors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsGet($id: ID!) {\n    operation(id: $id) {\n      id kind status finishedAt\n      steps { status }\n      error { code message ... on ConflictError { currentStatus } }\n      target { id ... on Server { name status } }\n    }\n  }\n"): (typeof documents)["\n  query OperationsGet($id: ID!) {\n    operation(id: $id) {\n      id kind status finishedAt\n      steps { status }\n      error { code message ... on ConflictError { currentStatus } }\n      target { id ... on Server { name status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OperationsUpdated($id: ID!) {\n    operationUpdated(id: $id) { id status finishedAt error { message } }\n  }\n"): (typeof documents)["\n  subscription OperationsUpdated($id: ID!) {\n    operationUpdated(id: $id) { id status finishedAt error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationsStop($id: ID!) { stopServer(id: $id) { operation { id kind } errors { message } } }\n"): (typeof documents)["\n  mutation OperationsStop($id: ID!) { stopServer(id: $id) { operation { id kind } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationsDelete($id: ID!) { deleteServer(id: $id) { deletedId operation { id kind } errors { message } } }\n"): (typeof documents)["\n  mutation OperationsDelete($id: ID!) { deleteServer(id: $id) { deletedId operation { id kind } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsOfViewer($status: OperationStatus) {\n    viewer { operations(first: 50, status: $status) { edges { node { id status kind } } } }\n  }\n"): (typeof documents)["\n  query OperationsOfViewer($status: OperationStatus) {\n    viewer { operations(first: 50, status: $status) { edges { node { id status kind } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartialDashboard {\n    viewer { provider tenantId }\n    regions {\n      provider\n      name\n      displayName\n      servers(first: 10) {\n        totalCount\n        edges { node { id name status flavor { name vcpus ramMb } image { name } keypair { name } addresses { address type } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartialDashboard {\n    viewer { provider tenantId }\n    regions {\n      provider\n      name\n      displayName\n      servers(first: 10) {\n        totalCount\n        edges { node { id name status flavor { name vcpus ramMb } image { name } keypair { name } addresses { address type } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartialFlavorsById($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Flavor { name } }\n  }\n"): (typeof documents)["\n  query PartialFlavorsById($ids: [ID!]!) {\n    nodes(ids: $ids) { id ... on Flavor { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartialNetworks {\n    regions {\n      provider\n      name\n      vpcs { name cidr subnets { name } }\n      servers(first: 1) { totalCount }\n    }\n  }\n"): (typeof documents)["\n  query PartialNetworks {\n    regions {\n      provider\n      name\n      vpcs { name cidr subnets { name } }\n      servers(first: 1) { totalCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ParityIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId expiresAt errors { code message } }\n  }\n"): (typeof documents)["\n  mutation ParityIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId expiresAt errors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityCatalog($region: String!) {\n    region(provider: NHN, name: $region) {\n      id\n      flavors { id name vcpus ramMb diskGb }\n      keypairs { id name publicKey fingerprint }\n      images(first: 100) { edges { node { id name status createdAt } } }\n      servers(first: 100) { edges { node { id name status addresses { address version } createdAt } } }\n      subnets { id name cidr gatewayIp vpc { id } }\n    }\n  }\n"): (typeof documents)["\n  query ParityCatalog($region: String!) {\n    region(provider: NHN, name: $region) {\n      id\n      flavors { id name vcpus ramMb diskGb }\n      keypairs { id name publicKey fingerprint }\n      images(first: 100) { edges { node { id name status createdAt } } }\n      servers(first: 100) { edges { node { id name status addresses { address version } createdAt } } }\n      subnets { id name cidr gatewayIp vpc { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityServer($id: ID!) {\n    node(id: $id) { ... on Server { id name status flavor { id } image { id } addresses { address } createdAt } }\n  }\n"): (typeof documents)["\n  query ParityServer($id: ID!) {\n    node(id: $id) { ... on Server { id name status flavor { id } image { id } addresses { address } createdAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ParityCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id name status } errors { __typename message } }\n  }\n"): (typeof documents)["\n  mutation ParityCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id name status } errors { __typename message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParityStart($id: ID!) { startServer(id: $id) { server { status } errors { message } } }"): (typeof documents)["mutation ParityStart($id: ID!) { startServer(id: $id) { server { status } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParityStop($id: ID!) { stopServer(id: $id) { server { status } errors { message } } }"): (typeof documents)["mutation ParityStop($id: ID!) { stopServer(id: $id) { server { status } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParityReboot($id: ID!) { rebootServer(id: $id) { server { status } errors { message } } }"): (typeof documents)["mutation ParityReboot($id: ID!) { rebootServer(id: $id) { server { status } errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParityDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { message } } }"): (typeof documents)["mutation ParityDeleteServer($id: ID!) { deleteServer(id: $id) { deletedId errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityVpcs($region: String!) {\n    region(provider: NHN, name: $region) { vpcs { id name cidr state } floatingIps { id address status port { id } } }\n  }\n"): (typeof documents)["\n  query ParityVpcs($region: String!) {\n    region(provider: NHN, name: $region) { vpcs { id name cidr state } floatingIps { id address status port { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ParityCreateVpc($input: CreateVpcInput!) { createVpc(input: $input) { vpc { id name cidr } errors { message } } }\n"): (typeof documents)["\n  mutation ParityCreateVpc($input: CreateVpcInput!) { createVpc(input: $input) { vpc { id name cidr } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParityVpc($id: ID!) { node(id: $id) { ... on Vpc { id name cidr state } } }"): (typeof documents)["query ParityVpc($id: ID!) { node(id: $id) { ... on Vpc { id name cidr state } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParityDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { message } } }"): (typeof documents)["mutation ParityDeleteVpc($id: ID!) { deleteVpc(id: $id) { deletedId errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ParityCreateSubnet($input: CreateSubnetInput!) {\n    createSubnet(input: $input) { subnet { id name cidr gatewayIp vpc { id } } errors { message } }\n  }\n"): (typeof documents)["\n  mutation ParityCreateSubnet($input: CreateSubnetInput!) {\n    createSubnet(input: $input) { subnet { id name cidr gatewayIp vpc { id } } errors { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParitySubnet($id: ID!) { node(id: $id) { ... on Subnet { id name cidr gatewayIp vpc { id } } } }"): (typeof documents)["query ParitySubnet($id: ID!) { node(id: $id) { ... on Subnet { id name cidr gatewayIp vpc { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParityDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { message } } }"): (typeof documents)["mutation ParityDeleteSubnet($id: ID!) { deleteSubnet(id: $id) { deletedId errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityClusters($region: String!) {\n    region(provider: NHN, name: $region) { clusters { id name status nodeCount } }\n  }\n"): (typeof documents)["\n  query ParityClusters($region: String!) {\n    region(provider: NHN, name: $region) { clusters { id name status nodeCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityCluster($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) { cluster(name: $name) { id name status nodeCount kubernetesVersion } }\n  }\n"): (typeof documents)["\n  query ParityCluster($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) { cluster(name: $name) { id name status nodeCount kubernetesVersion } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityClusterConfig($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) { cluster(name: $name) { kubeconfig } }\n  }\n"): (typeof documents)["\n  query ParityClusterConfig($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) { cluster(name: $name) { kubeconfig } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ParityCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) { cluster { id name status publicEndpoint externalNetworkId } errors { __typename message } }\n  }\n"): (typeof documents)["\n  mutation ParityCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) { cluster { id name status publicEndpoint externalNetworkId } errors { __typename message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParityDeleteCluster($id: ID!) { deleteCluster(id: $id) { deletedId errors { message } } }"): (typeof documents)["mutation ParityDeleteCluster($id: ID!) { deleteCluster(id: $id) { deletedId errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityContainers($region: String!) { region(provider: NHN, name: $region) { containers { id name } } }\n"): (typeof documents)["\n  query ParityContainers($region: String!) { region(provider: NHN, name: $region) { containers { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParityContainerObjects($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) { container(name: $name) { id objects(first: 1000) { edges { node { name } } } } }\n  }\n"): (typeof documents)["\n  query ParityContainerObjects($region: String!, $name: String!) {\n    region(provider: NHN, name: $region) { container(name: $name) { id objects(first: 1000) { edges { node { name } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ParityCreateContainer($input: CreateContainerInput!) { createContainer(input: $input) { container { id name } errors { message } } }\n"): (typeof documents)["\n  mutation ParityCreateContainer($input: CreateContainerInput!) { createContainer(input: $input) { container { id name } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParityDeleteContainer($id: ID!) { deleteContainer(id: $id) { deletedId errors { message } } }"): (typeof documents)["mutation ParityDeleteContainer($id: ID!) { deleteContainer(id: $id) { deletedId errors { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId expiresAt errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation SecretsIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId expiresAt errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsIssueTokenLoose($input: IssueTokenInput!) {\n    issueToken(input: $input) { token }\n  }\n"): (typeof documents)["\n  mutation SecretsIssueTokenLoose($input: IssueTokenInput!) {\n    issueToken(input: $input) { token }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretsServers {\n    region(provider: NHN, name: \"kr1\") { servers(first: 5) { edges { node { id name } } } }\n  }\n"): (typeof documents)["\n  query SecretsServers {\n    region(provider: NHN, name: \"kr1\") { servers(first: 5) { edges { node { id name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecretsViewers {\n    viewers { provider tenantId tokenExpiresAt }\n  }\n"): (typeof documents)["\n  query SecretsViewers {\n    viewers { provider tenantId tokenExpiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SecretsCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation SecretsCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) { server { id } errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StorageVolumeStatusChanged($regionId: ID!) {\n    volumeStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { __typename id ... on Volume { name sizeGb status volumeType { name } } }\n    }\n  }\n"): (typeof documents)["\n  subscription StorageVolumeStatusChanged($regionId: ID!) {\n    volumeStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { __typename id ... on Volume { name sizeGb status volumeType { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StorageSubCreate($input: CreateVolumeInput!) { createVolume(input: $input) { volume { id status } errors { message } } }\n"): (typeof documents)["\n  mutation StorageSubCreate($input: CreateVolumeInput!) { createVolume(input: $input) { volume { id status } errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StorageSubDelete($id: ID!) { deleteVolume(id: $id) { deletedId errors { message } } }\n"): (typeof documents)["\n  mutation StorageSubDelete($id: ID!) { deleteVolume(id: $id) { deletedId errors { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n    ... on NotFoundError { resourceType }\n  }\n"): (typeof documents)["\n  fragment VolErrors on UserError {\n    __typename\n    code\n    message\n    ... on ValidationError { field }\n    ... on ConflictError { currentStatus }\n    ... on NotFoundError { resourceType }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolFields on Volume {\n    id name description sizeGb status rawStatus bootable rawBootable availabilityZone\n    volumeType { id name }\n    attachments { device server { id name } }\n  }\n"): (typeof documents)["\n  fragment VolFields on Volume {\n    id name description sizeGb status rawStatus bootable rawBootable availabilityZone\n    volumeType { id name }\n    attachments { device server { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolList($name: String!, $first: Int, $after: String, $status: VolumeStatus) {\n    region(provider: NHN, name: $name) {\n      volumes(first: $first, after: $after, status: $status) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...VolFields snapshots { id name status } sourceSnapshot { id } } }\n      }\n      volumeTypes { id name isPublic backendName }\n      snapshots { id name status sizeGb progress rawProgress volume { id name } }\n    }\n  }\n"): (typeof documents)["\n  query VolList($name: String!, $first: Int, $after: String, $status: VolumeStatus) {\n    region(provider: NHN, name: $name) {\n      volumes(first: $first, after: $after, status: $status) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...VolFields snapshots { id name status } sourceSnapshot { id } } }\n      }\n      volumeTypes { id name isPublic backendName }\n      snapshots { id name status sizeGb progress rawProgress volume { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolNode($id: ID!) {\n    node(id: $id) { id ... on Volume { ...VolFields } ... on Snapshot { snapshotStatus: status } }\n  }\n"): (typeof documents)["\n  query VolNode($id: ID!) {\n    node(id: $id) { id ... on Volume { ...VolFields } ... on Snapshot { snapshotStatus: status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolServer($id: ID!) {\n    node(id: $id) { id ... on Server { name volumes { id name status } } }\n  }\n"): (typeof documents)["\n  query VolServer($id: ID!) {\n    node(id: $id) { id ... on Server { name volumes { id name status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolServerIds($name: String!) {\n    region(provider: NHN, name: $name) { servers(first: 100) { edges { node { id name volumes { id bootable attachments { device } } } } } }\n  }\n"): (typeof documents)["\n  query VolServerIds($name: String!) {\n    region(provider: NHN, name: $name) { servers(first: 100) { edges { node { id name volumes { id bootable attachments { device } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolCreate($input: CreateVolumeInput!) { createVolume(input: $input) { volume { ...VolFields } errors { ...VolErrors } } }\n"): (typeof documents)["\n  mutation VolCreate($input: CreateVolumeInput!) { createVolume(input: $input) { volume { ...VolFields } errors { ...VolErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolUpdate($input: UpdateVolumeInput!) { updateVolume(input: $input) { volume { ...VolFields } errors { ...VolErrors } } }\n"): (typeof documents)["\n  mutation VolUpdate($input: UpdateVolumeInput!) { updateVolume(input: $input) { volume { ...VolFields } errors { ...VolErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolExtend($id: ID!, $sizeGb: Int!) { extendVolume(id: $id, sizeGb: $sizeGb) { volume { ...VolFields } errors { ...VolErrors } } }\n"): (typeof documents)["\n  mutation VolExtend($id: ID!, $sizeGb: Int!) { extendVolume(id: $id, sizeGb: $sizeGb) { volume { ...VolFields } errors { ...VolErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolDelete($id: ID!) { deleteVolume(id: $id) { deletedId errors { ...VolErrors } } }\n"): (typeof documents)["\n  mutation VolDelete($id: ID!) { deleteVolume(id: $id) { deletedId errors { ...VolErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolAttach($volumeId: ID!, $serverId: ID!) {\n    attachVolume(volumeId: $volumeId, serverId: $serverId) { volume { ...VolFields } server { id name } device errors { ...VolErrors } }\n  }\n"): (typeof documents)["\n  mutation VolAttach($volumeId: ID!, $serverId: ID!) {\n    attachVolume(volumeId: $volumeId, serverId: $serverId) { volume { ...VolFields } server { id name } device errors { ...VolErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolDetach($volumeId: ID!, $serverId: ID) { detachVolume(volumeId: $volumeId, serverId: $serverId) { volume { ...VolFields } errors { ...VolErrors } } }\n"): (typeof documents)["\n  mutation VolDetach($volumeId: ID!, $serverId: ID) { detachVolume(volumeId: $volumeId, serverId: $serverId) { volume { ...VolFields } errors { ...VolErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolSnapshot($input: CreateSnapshotInput!) {\n    createSnapshot(input: $input) { snapshot { id name status sizeGb volume { id } } errors { ...VolErrors } }\n  }\n"): (typeof documents)["\n  mutation VolSnapshot($input: CreateSnapshotInput!) {\n    createSnapshot(input: $input) { snapshot { id name status sizeGb volume { id } } errors { ...VolErrors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { ...VolErrors } } }\n"): (typeof documents)["\n  mutation VolDeleteSnapshot($id: ID!) { deleteSnapshot(id: $id) { deletedId errors { ...VolErrors } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrustedServers {\n    region(provider: NHN, name: \"kr1\") { servers(first: 3) { totalCount } }\n  }\n"): (typeof documents)["\n  query TrustedServers {\n    region(provider: NHN, name: \"kr1\") { servers(first: 3) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status }\n      errors { __typename code message ... on ValidationError { field } }\n    }\n  }\n"): (typeof documents)["\n  mutation FaultsCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name status }\n      errors { __typename code message ... on ValidationError { field } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsCreateVolume($input: CreateVolumeInput!) {\n    createVolume(input: $input) { volume { id name description } errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation FaultsCreateVolume($input: CreateVolumeInput!) {\n    createVolume(input: $input) { volume { id name description } errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsCreateContainer($input: CreateContainerInput!) {\n    createContainer(input: $input) { container { id name } errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation FaultsCreateContainer($input: CreateContainerInput!) {\n    createContainer(input: $input) { container { id name } errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsCreateVpc($input: CreateVpcInput!) {\n    createVpc(input: $input) { vpc { id name } errors { __typename code message ... on ValidationError { field } } }\n  }\n"): (typeof documents)["\n  mutation FaultsCreateVpc($input: CreateVpcInput!) {\n    createVpc(input: $input) { vpc { id name } errors { __typename code message ... on ValidationError { field } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProcessesCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name }\n      errors { __typename code message ... on ValidationError { field } }\n    }\n  }\n"): (typeof documents)["\n  mutation ProcessesCreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server { id name }\n      errors { __typename code message ... on ValidationError { field } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UntracedServers {\n    region(provider: NHN, name: \"kr1\") { servers(first: 2) { totalCount } }\n  }\n"): (typeof documents)["\n  query UntracedServers {\n    region(provider: NHN, name: \"kr1\") { servers(first: 2) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TracingServers {\n    region(provider: NHN, name: \"kr1\") {\n      servers(first: 5) { totalCount edges { node { id name flavor { name } image { name } } } }\n    }\n  }\n"): (typeof documents)["\n  query TracingServers {\n    region(provider: NHN, name: \"kr1\") {\n      servers(first: 5) { totalCount edges { node { id name flavor { name } image { name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TracingIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token }\n  }\n"): (typeof documents)["\n  mutation TracingIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForgedNode($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n"): (typeof documents)["\n  query ForgedNode($id: ID!) {\n    node(id: $id) { id __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForgedNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id __typename }\n  }\n"): (typeof documents)["\n  query ForgedNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgedStopServer($id: ID!) {\n    stopServer(id: $id) { server { id } errors { __typename code message ... on ValidationError { field } } }\n  }\n"): (typeof documents)["\n  mutation ForgedStopServer($id: ID!) {\n    stopServer(id: $id) { server { id } errors { __typename code message ... on ValidationError { field } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgedDeleteVpc($id: ID!) {\n    deleteVpc(id: $id) { deletedId errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation ForgedDeleteVpc($id: ID!) {\n    deleteVpc(id: $id) { deletedId errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgedDeleteObject($id: ID!) {\n    deleteObject(id: $id) { deletedId errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation ForgedDeleteObject($id: ID!) {\n    deleteObject(id: $id) { deletedId errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgedPutObject($input: PutObjectInput!) {\n    putObject(input: $input) { object { id } errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation ForgedPutObject($input: PutObjectInput!) {\n    putObject(input: $input) { object { id } errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgedCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id } errors { __typename code message } }\n  }\n"): (typeof documents)["\n  mutation ForgedCreateKeypair($input: CreateKeypairInput!) {\n    createKeypair(input: $input) { keypair { id } errors { __typename code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForgedRegionByName($provider: CloudProvider!, $name: String!) {\n    region(provider: $provider, name: $name) { id servers(first: 1) { totalCount } }\n  }\n"): (typeof documents)["\n  query ForgedRegionByName($provider: CloudProvider!, $name: String!) {\n    region(provider: $provider, name: $name) { id servers(first: 1) { totalCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForgedWarmUp {\n    region(provider: NHN, name: \"kr1\") { servers(first: 1) { edges { node { id } } } containers { name } }\n    kakao: region(provider: KAKAO, name: \"kr-central-2\") { servers(first: 1) { edges { node { id } } } }\n  }\n"): (typeof documents)["\n  query ForgedWarmUp {\n    region(provider: NHN, name: \"kr1\") { servers(first: 1) { edges { node { id } } } containers { name } }\n    kakao: region(provider: KAKAO, name: \"kr-central-2\") { servers(first: 1) { edges { node { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForgedRegionContainer($name: String!) {\n    region(provider: NHN, name: \"kr1\") { container(name: $name) { name } }\n  }\n"): (typeof documents)["\n  query ForgedRegionContainer($name: String!) {\n    region(provider: NHN, name: \"kr1\") { container(name: $name) { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ForgedServerStatus($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) { status }\n  }\n"): (typeof documents)["\n  subscription ForgedServerStatus($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) { status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ForgedStatusChanged($ids: [ID!]!) {\n    statusChanged(ids: $ids) { status }\n  }\n"): (typeof documents)["\n  subscription ForgedStatusChanged($ids: [ID!]!) {\n    statusChanged(ids: $ids) { status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ForgedIssueToken($input: IssueTokenInput!) {\n      issueToken(input: $input) { token errors { __typename } }\n    }\n  "): (typeof documents)["\n    mutation ForgedIssueToken($input: IssueTokenInput!) {\n      issueToken(input: $input) { token errors { __typename } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SecurityKakaoStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) { status node { id } }\n  }\n"): (typeof documents)["\n  subscription SecurityKakaoStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) { status node { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityKakaoServers($region: String!) {\n    region(provider: KAKAO, name: $region) { servers(first: 100) { edges { node { id name status } } } }\n  }\n"): (typeof documents)["\n  query SecurityKakaoServers($region: String!) {\n    region(provider: KAKAO, name: $region) { servers(first: 100) { edges { node { id name status } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityKakaoStop($id: ID!) { stopServer(id: $id) { errors { __typename message } } }"): (typeof documents)["mutation SecurityKakaoStop($id: ID!) { stopServer(id: $id) { errors { __typename message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpoofViewer($provider: CloudProvider) {\n    viewer(provider: $provider) { provider tenantId }\n  }\n"): (typeof documents)["\n  query SpoofViewer($provider: CloudProvider) {\n    viewer(provider: $provider) { provider tenantId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpoofViewers {\n    viewers { provider tenantId }\n  }\n"): (typeof documents)["\n  query SpoofViewers {\n    viewers { provider tenantId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpoofIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId errors { __typename message } }\n  }\n"): (typeof documents)["\n  mutation SpoofIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId errors { __typename message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpoofKakaoInventory($name: String!) {\n    region(provider: KAKAO, name: $name) {\n      servers(first: 100) { edges { node { id } } }\n      volumes(first: 100) { edges { node { id } } }\n      vpcs { id subnets { id } }\n      routingTables { id }\n      securityGroups { id rules { id } }\n      floatingIps { id }\n      ports { id }\n    }\n  }\n"): (typeof documents)["\n  query SpoofKakaoInventory($name: String!) {\n    region(provider: KAKAO, name: $name) {\n      servers(first: 100) { edges { node { id } } }\n      volumes(first: 100) { edges { node { id } } }\n      vpcs { id subnets { id } }\n      routingTables { id }\n      securityGroups { id rules { id } }\n      floatingIps { id }\n      ports { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpoofNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id __typename }\n  }\n"): (typeof documents)["\n  query SpoofNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { id __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StatusOpsStatusChanged($ids: [ID!]!) {\n    statusChanged(ids: $ids) {\n      previousStatus\n      status\n      at\n      node {\n        id\n        __typename\n        ... on Server { name status flavor { name vcpus } region { name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription StatusOpsStatusChanged($ids: [ID!]!) {\n    statusChanged(ids: $ids) {\n      previousStatus\n      status\n      at\n      node {\n        id\n        __typename\n        ... on Server { name status flavor { name vcpus } region { name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StatusOpsServerStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { id ... on Server { name } }\n    }\n  }\n"): (typeof documents)["\n  subscription StatusOpsServerStatusChanged($regionId: ID!) {\n    serverStatusChanged(regionId: $regionId) {\n      previousStatus\n      status\n      at\n      node { id ... on Server { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusOpsIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId errors { code message } }\n  }\n"): (typeof documents)["\n  mutation StatusOpsIssueToken($input: IssueTokenInput!) {\n    issueToken(input: $input) { token tenantId errors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusOpsRegionServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      id\n      servers(first: 100) { edges { node { id name status } } }\n    }\n  }\n"): (typeof documents)["\n  query StatusOpsRegionServers($region: String!) {\n    region(provider: NHN, name: $region) {\n      id\n      servers(first: 100) { edges { node { id name status } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusOpsStop($id: ID!) { stopServer(id: $id) { server { id status } errors { __typename message } } }\n"): (typeof documents)["\n  mutation StatusOpsStop($id: ID!) { stopServer(id: $id) { server { id status } errors { __typename message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusOpsStart($id: ID!) { startServer(id: $id) { server { id status } errors { __typename message } } }\n"): (typeof documents)["\n  mutation StatusOpsStart($id: ID!) { startServer(id: $id) { server { id status } errors { __typename message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusOpsCreate($input: CreateServerInput!) {\n    createServer(input: $input) { server { id name status } errors { __typename message } }\n  }\n"): (typeof documents)["\n  mutation StatusOpsCreate($input: CreateServerInput!) {\n    createServer(input: $input) { server { id name status } errors { __typename message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusOpsDelete($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename message } } }\n"): (typeof documents)["\n  mutation StatusOpsDelete($id: ID!) { deleteServer(id: $id) { deletedId errors { __typename message } } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;