import { json, type EmuResponse } from '../../router.js';

/**
 * Swift's capabilities document, `GET /info` without a token (openstack-discovery §2):
 * `swift capabilities` prints it, and swiftclient reads `bulk_delete` from it. Swift's own
 * defaults for what the emulator implements (core, SLO, DLO); which middleware a given NHN
 * cluster enables and its values are [guess], so bulk operations, temp URLs and quotas,
 * which the emulator does not serve, are not advertised.
 */
export function swiftInfo(): EmuResponse {
  return json(200, {
    swift: {
      version: '2.29.2',
      max_file_size: 5368709122,
      max_object_name_length: 1024,
      container_listing_limit: 10000,
      account_listing_limit: 10000,
      max_meta_count: 90,
      max_meta_name_length: 128,
      max_meta_value_length: 256,
      max_meta_overall_size: 4096,
      max_header_size: 8192,
      max_container_name_length: 256,
      extra_header_count: 0,
      policies: [{ name: 'Policy-0', default: true }],
      strict_cors_mode: true,
      valid_api_versions: ['v1', 'v1.0'],
    },
    slo: { max_manifest_segments: 1000, max_manifest_size: 8388608, min_segment_size: 1, yield_frequency: 10 },
    dlo: { max_segments: 10000 },
  });
}
