import { stableHex } from '../../ids.js';
import type { NksCluster } from './state.js';

/** Base64 of a PEM block whose content is derived from the cluster, so it is stable per cluster. */
function pemData(kind: string, cluster: NksCluster, purpose: string): string {
  const body = Buffer.from(stableHex(64, purpose, cluster.uuid), 'hex').toString('base64');
  return Buffer.from(`-----BEGIN ${kind}-----\n${body}\n-----END ${kind}-----\n`).toString('base64');
}

/**
 * The kubeconfig of `GET /v1/clusters/{id}/config` (nhn-nks §3.6): the layout of NHN's
 * example, context `default`, user `admin`. The certificates are placeholders.
 */
export function kubeconfig(cluster: NksCluster, apiAddress: string): string {
  return [
    'apiVersion: v1',
    'clusters:',
    '- cluster:',
    `    certificate-authority-data: ${pemData('CERTIFICATE', cluster, 'ca')}`,
    `    server: ${apiAddress}`,
    `  name: "${cluster.name}"`,
    'contexts:',
    '- context:',
    `    cluster: "${cluster.name}"`,
    '    user: admin',
    '  name: default',
    'current-context: default',
    'kind: Config',
    'preferences: {}',
    'users:',
    '- name: admin',
    '  user:',
    `    client-certificate-data: ${pemData('CERTIFICATE', cluster, 'admin-cert')}`,
    `    client-key-data: ${pemData('RSA PRIVATE KEY', cluster, 'admin-key')}`,
    '',
  ].join('\n');
}
