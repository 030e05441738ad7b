import { createHash } from 'node:crypto';
import type { EmulatorContext } from '../../context.js';
import type { Router } from '../../router.js';
import { text } from '../../router.js';
import { authorize } from '../auth.js';
import { lookup } from '../lookup.js';
import { clusterLifecycle, type ClusterRecord } from './clusters.js';

/**
 * The cluster's kubeconfig. Users authenticate through the `kic-iam-auth` exec plugin
 * against IAM with an access key (§12); here OS_AUTH_URL points at the emulated IAM.
 */
export function kubeconfigYaml(ctx: EmulatorContext, cluster: ClusterRecord, region: string): string {
  // A stable stand-in for the cluster CA: real clients only pass it through.
  const ca = Buffer.from(`-----BEGIN CERTIFICATE-----\n${createHash('sha256').update(cluster.id).digest('base64')}\n-----END CERTIFICATE-----\n`).toString('base64');
  const user = `${cluster.name}-admin`;
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    `    certificate-authority-data: ${ca}`,
    `    server: https://${cluster.control_plane_endpoint.host}:${cluster.control_plane_endpoint.port}`,
    `  name: ${cluster.name}`,
    'contexts:',
    '- context:',
    `    cluster: ${cluster.name}`,
    `    user: ${user}`,
    `  name: ${user}@${cluster.name}`,
    `current-context: ${user}@${cluster.name}`,
    'preferences: {}',
    'users:',
    `- name: ${user}`,
    '  user:',
    '    exec:',
    '      apiVersion: client.authentication.k8s.io/v1beta1',
    '      command: kic-iam-auth',
    '      env:',
    '      - name: OS_AUTH_URL',
    `        value: ${ctx.kakaoServiceUrl('iam')}/identity/v3`,
    '      - name: OS_AUTH_TYPE',
    '        value: v3applicationcredential',
    '      - name: OS_APPLICATION_CREDENTIAL_ID',
    '        value: <your-access-key-id>',
    '      - name: OS_APPLICATION_CREDENTIAL_SECRET',
    '        value: <your-secret-access-key>',
    '      - name: OS_REGION_NAME',
    `        value: ${region}`,
    '      interactiveMode: Never',
    '',
  ].join('\n');
}

/** `GET /api/v1/clusters/{cluster_name}/kubeconfig` (YAML, §9). */
export function addKubeconfigRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/clusters/:name/kubeconfig', (req) => {
    const { state } = authorize(ctx, req);
    const cluster = lookup(ctx, state.clusters, req.params.name!, 'Cluster');
    // [guess] There is nothing to connect to before the control plane is up.
    clusterLifecycle.check(cluster, 'change');
    return text(200, kubeconfigYaml(ctx, cluster, state.region), 'application/yaml');
  });
}
