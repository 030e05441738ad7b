/**
 * Building blocks of the OpenStack version documents the clients discover endpoints with
 * (openstack-discovery.md §1.3, §2.3): each entry needs `id`, `status` and a `self` link.
 */
export interface VersionLink {
  rel: string;
  href: string;
  type?: string;
}

/** The `self` link of a version, plus the `describedby` link most services add. */
export function versionLinks(self: string, describedBy = true): VersionLink[] {
  return [
    { rel: 'self', href: self },
    ...(describedBy ? [{ rel: 'describedby', type: 'text/html', href: 'https://docs.openstack.org/' }] : []),
  ];
}

/** The `media-types` list of a version entry. */
export function mediaTypes(type: string): { base: string; type: string }[] {
  return [{ base: 'application/json', type }];
}
