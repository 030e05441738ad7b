/** What `GET /v1/supports` publishes: Kubernetes versions and task types (NKS API guide, 2026). */

/** Version → whether new clusters may be created with it. Older versions only exist on old clusters. */
export const SUPPORTED_K8S: Readonly<Record<string, boolean>> = {
  'v1.17.6': false,
  'v1.18.19': false,
  'v1.19.13': false,
  'v1.20.12': false,
  'v1.21.6': false,
  'v1.22.3': false,
  'v1.23.3': false,
  'v1.24.3': false,
  'v1.25.4': false,
  'v1.26.3': false,
  'v1.27.3': false,
  'v1.28.3': false,
  'v1.29.3': true,
  'v1.30.3': true,
  'v1.31.4': true,
  'v1.32.3': true,
};

/** Task types of the cluster history and their descriptions. */
export const SUPPORTED_EVENT_TYPES: Readonly<Record<string, string>> = {
  CLUSTER_CREATE: 'Create a cluster',
  CLUSTER_DELETE: 'Delete a cluster',
  CLUSTER_HANDOVER: 'Cluster OWNER change',
  CLUSTER_UPDATE_VM_AUTH_KEY: 'Update key pair',
  NODEGROUP_CREATE: 'Create a node group',
  NODEGROUP_DELETE: 'Delete a node group',
  CLUSTER_RESIZE: 'Resize a cluster',
  NODEGROUP_SCALE_OUT: 'Scale out nodes',
  NODEGROUP_SCALE_IN: 'Scale in nodes',
  NODEGROUP_UPDATE_FLAVOR: 'Change instance type',
  NODEGROUP_UPGRADE: 'Node group upgrade',
  NODEGROUP_USERSCRIPT_UPDATE: 'Change userscript',
  NODEGROUP_SET_CLUSTER_AUTOSCALER: 'Change cluster autoscaler settings',
  NODEGROUP_SET_METRIC_BASE_AUTOSCALER: 'Change metric-based autoscaler settings',
  NODEGROUP_METRIC_BASE_AUTOSCALER_SCALE_OUT: 'Scale out nodes with threshold-based autoscaler',
  NODEGROUP_METRIC_BASE_AUTOSCALER_SCALE_IN: 'Scale in nodes with threshold-based autoscaler',
  CLUSTER_API_EP_IPACL_UPDATE: 'Cluster API endpoint IP access control change',
  NODEGROUP_NODE_ACTION_START_NODE: 'Start worker node',
  NODEGROUP_NODE_ACTION_STOP_NODE: 'Stop worker node',
  CLUSTER_UPDATE_SGW: 'Update Cluster Service Gateway',
  CLUSTER_ROTATE_CERTIFICATE: 'Rotate cluster certificate',
  CLUSTER_UPDATE_NKS_REGISTRY: 'Activate NKS registry',
  NODEGROUP_UPDATE_EXTRA_VOLUME: 'Update extra block storage',
  NODEGROUP_UPDATE_EXTRA_SECURITY_GROUP: 'Update Extra security groups',
  CLUSTER_UPDATE_K8S_ARGS: 'Update to Kubernetes component options',
  CLUSTER_UPDATE_OIDC_ARGS: 'Update OIDC settings',
  NODEGROUP_UPDATE_K8S_NODE_LABELS: 'Update node group Kubernetes label settings',
  CLUSTER_INSTALL_ADDON: 'Install Addon',
  CLUSTER_UNINSTALL_ADDON: 'Uninstall Addon',
  CLUSTER_UPDATE_ADDON: 'Update Addon',
  CLUSTER_UPDATE_CONTROL_PLANE_LOG: 'Update control plane log collection',
  NODEGROUP_UPDATE_FIP_AUTO_BIND: 'Change node group floating IP auto-assignment settings',
  K8S_API_NOT_WORKING: 'Stop kube-apiserver',
  ALL_NODES_NOT_READY: 'All nodes stopped',
  AUTO_HEALING: 'Auto healing',
};

/** The minor number of a `vX.Y.Z` version. */
export function minorOf(version: string): number {
  return Number(version.split('.')[1]);
}

/** The newest version NHN offers. */
function latestVersion(): string {
  return Object.keys(SUPPORTED_K8S).at(-1)!;
}

/** The offered version one minor above `version`: the only upgrade target NKS accepts. */
export function nextVersion(version: string): string | undefined {
  return Object.keys(SUPPORTED_K8S).find((v) => minorOf(v) === minorOf(version) + 1);
}

/** `LATEST` when the control plane runs the newest offered version, `NEED_UPGRADE` otherwise. */
export function versionStatus(version: string): 'LATEST' | 'NEED_UPGRADE' {
  return version === latestVersion() ? 'LATEST' : 'NEED_UPGRADE';
}
