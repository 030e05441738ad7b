import { builder } from './builder.js';
import './errors.js';
import './payloads.js';
import './region.js';
import './viewer.js';
import './catalog.js';
import './keypairs.js';
import './compute.js';
import './network.js';
import './security-groups.js';
import './floating-ips.js';
import './storage.js';
import './kubernetes.js';
import './object-storage.js';
import './subscriptions.js';
import './operations.js';
import './rate-limit.js';

/** The whole Hanul schema: each domain module adds its types and fields to the builder. */
export const schema = builder.toSchema({ sortSchema: false });
