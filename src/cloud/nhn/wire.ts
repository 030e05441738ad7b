/** NHN's timestamps are read by the reader both adapters share. */
export { toDate } from '../wire.js';
