import type { EmulatorContext } from '../../context.js';
import type { Router } from '../../router.js';
import { json } from '../../router.js';
import { authorize } from '../auth.js';

export interface KubernetesVersion {
  minor_version: string;
  patch_version: string;
  next_version: string | null;
  is_deprecated: boolean;
  eol: string;
}

/** [guess] The supported Kubernetes versions; the reference gives only the shape (§9). */
export const KUBERNETES_VERSIONS: readonly KubernetesVersion[] = [
  { minor_version: '1.29', patch_version: '1.29.10', next_version: '1.30', is_deprecated: true, eol: '2025-10-31' },
  { minor_version: '1.30', patch_version: '1.30.8', next_version: '1.31', is_deprecated: false, eol: '2026-06-30' },
  { minor_version: '1.31', patch_version: '1.31.4', next_version: '1.32', is_deprecated: false, eol: '2026-10-31' },
  { minor_version: '1.32', patch_version: '1.32.1', next_version: null, is_deprecated: false, eol: '2027-02-28' },
];

/** A node image (`GET /api/v1/images` on the Kubernetes host, §9). */
export interface NodeImage {
  id: string;
  name: string;
  os_distro: string;
  os_type: string;
  os_version: string;
  architecture: string;
  instance_type: string;
  is_gpu_type: boolean;
  kernel_version: string;
  key_package: string;
  /** Internal: the Kubernetes versions it can run. */
  k8sVersions: string[];
}

const ALL_MINORS = KUBERNETES_VERSIONS.map((v) => v.minor_version);

/** [guess] Representative node images. */
export const NODE_IMAGES: readonly NodeImage[] = [
  { id: '9d3e5f7a-1b2c-4d6e-8f0a-2b4c6d8e0a01', name: 'Ubuntu 22.04 (k8s)', os_distro: 'ubuntu', os_type: 'linux', os_version: '22.04', architecture: 'x86_64',
    instance_type: 'vm', is_gpu_type: false, kernel_version: '5.15.0', key_package: 'containerd 1.7', k8sVersions: ALL_MINORS },
  { id: '9d3e5f7a-1b2c-4d6e-8f0a-2b4c6d8e0a02', name: 'Ubuntu 22.04 GPU (k8s)', os_distro: 'ubuntu', os_type: 'linux', os_version: '22.04',
    architecture: 'x86_64', instance_type: 'gpu', is_gpu_type: true, kernel_version: '5.15.0', key_package: 'nvidia-driver 535', k8sVersions: ALL_MINORS },
];

/** The public form of a node image, without the internal version list. */
export function renderNodeImage(image: NodeImage): Record<string, unknown> {
  const { k8sVersions: _internal, ...shown } = image;
  return shown;
}

/** `GET /api/v1/versions` and `GET /api/v1/images` (both unpaged, like every Kubernetes list). */
export function addVersionRoutes(router: Router, ctx: EmulatorContext): void {
  router.get('/api/v1/versions', (req) => {
    authorize(ctx, req);
    return json(200, { versions: KUBERNETES_VERSIONS });
  });
  router.get('/api/v1/images', (req) => {
    authorize(ctx, req);
    const q = req.query;
    const images = NODE_IMAGES.filter((i) =>
      (!q.has('os_distro') || i.os_distro === q.get('os_distro')) &&
      (!q.has('instance_type') || i.instance_type === q.get('instance_type')) &&
      (!q.has('is_gpu_type') || String(i.is_gpu_type) === q.get('is_gpu_type')) &&
      (!q.has('k8s_version') || i.k8sVersions.includes(q.get('k8s_version')!)));
    return json(200, { images: images.map(renderNodeImage) });
  });
}
