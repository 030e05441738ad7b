import { builder } from './builder.js';
import './errors.js';
import './payloads.js';
import './region.js';
import './viewer.js';
import './catalog.js';
import './keypairs.js';
import './compute.js';
import './subscriptions.js';

/** The whole Hanul schema: each domain module adds its types and fields to the builder. */
export const schema = builder.toSchema({ sortSchema: false });
