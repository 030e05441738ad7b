import { createHash } from 'node:crypto';
import { stableHex, stableUuid } from '../../ids.js';
import type { NhnRegion } from '../state.js';
import type { NhnImage } from './state.js';

/** The tenant NHN's public images belong to (ours is derived, NHN's is an internal project). */
export const PUBLIC_IMAGE_OWNER = stableHex(32, 'nhn-public-image-owner');

/** Keys of the public images every region offers; seeds refer to images by these keys. */
export type PublicImageKey = 'ubuntu-22.04' | 'ubuntu-24.04' | 'rocky-9' | 'windows-2022';

interface PublicImageSpec {
  name: string;
  created: string;
  minDisk: number;
  minRam: number;
  size: number;
  properties: Record<string, string>;
}

const LINUX = { os_type: 'linux', os_architecture: 'amd64', hypervisor_type: 'qemu', nhncloud_allow_download: 'false' };

/** NHN-style public base images (names and properties as the console shows them). */
const SPECS: Record<PublicImageKey, PublicImageSpec> = {
  'ubuntu-22.04': {
    name: 'Ubuntu Server 22.04 LTS (2025.04.22)',
    created: '2025-04-22T01:12:09Z',
    minDisk: 10,
    minRam: 0,
    size: 2_361_393_152,
    properties: {
      ...LINUX,
      os_distro: 'ubuntu',
      os_version: 'Server 22.04 LTS',
      login_username: 'ubuntu',
      description: 'Ubuntu Server 22.04 LTS (2025.04.22)',
      nhncloud_allow_nks_cpu_flavor: 'true',
    },
  },
  'ubuntu-24.04': {
    name: 'Ubuntu Server 24.04 LTS (2025.04.22)',
    created: '2025-04-22T01:40:51Z',
    minDisk: 10,
    minRam: 0,
    size: 2_611_019_776,
    properties: {
      ...LINUX,
      os_distro: 'ubuntu',
      os_version: 'Server 24.04 LTS',
      login_username: 'ubuntu',
      description: 'Ubuntu Server 24.04 LTS (2025.04.22)',
      nhncloud_allow_nks_cpu_flavor: 'true',
    },
  },
  'rocky-9': {
    name: 'Rocky Linux 9.5 (2025.03.25)',
    created: '2025-03-25T02:05:33Z',
    minDisk: 10,
    minRam: 0,
    size: 1_932_787_712,
    properties: {
      ...LINUX,
      os_distro: 'rocky',
      os_version: '9.5',
      login_username: 'rocky',
      description: 'Rocky Linux 9.5 (2025.03.25)',
    },
  },
  'windows-2022': {
    name: 'Windows 2022 STD (2025.03.18) KO',
    created: '2025-03-18T05:30:00Z',
    // NHN: Windows needs a 50 GB root volume and 2 GB of RAM (compute guide, Create Instance).
    minDisk: 50,
    minRam: 2048,
    size: 21_474_836_480,
    properties: {
      os_type: 'windows',
      os_architecture: 'amd64',
      hypervisor_type: 'qemu',
      nhncloud_allow_download: 'false',
      os_distro: 'Windows',
      os_version: '2022 STD',
      login_username: 'Administrator',
      description: 'Windows 2022 STD (2025.03.18) KO',
    },
  },
};

/** The stable id of a public image in a region. */
export function publicImageId(region: NhnRegion, key: PublicImageKey): string {
  return stableUuid('nhn-public-image', region, key);
}

const cache = new Map<NhnRegion, readonly NhnImage[]>();

/**
 * The public images of a region. They are the same for every tenant and every run, so
 * one frozen list per region is built on first use.
 */
export function publicImages(region: NhnRegion): readonly NhnImage[] {
  let images = cache.get(region);
  if (!images) {
    images = Object.freeze(
      (Object.keys(SPECS) as PublicImageKey[]).map((key) => Object.freeze(publicImage(region, key))),
    );
    cache.set(region, images);
  }
  return images;
}

function publicImage(region: NhnRegion, key: PublicImageKey): NhnImage {
  const spec = SPECS[key];
  const created = new Date(spec.created);
  return {
    id: publicImageId(region, key),
    name: spec.name,
    status: 'active',
    visibility: 'public',
    owner: PUBLIC_IMAGE_OWNER,
    protected: true,
    containerFormat: 'bare',
    diskFormat: 'qcow2',
    minDisk: spec.minDisk,
    minRam: spec.minRam,
    size: spec.size,
    checksum: createHash('md5').update(spec.name).digest('hex'),
    // Public NHN images carry the `_AVAILABLE_` tag (nhn-image.md §2).
    tags: ['_AVAILABLE_'],
    createdAt: created,
    updatedAt: created,
    properties: spec.properties,
  };
}
