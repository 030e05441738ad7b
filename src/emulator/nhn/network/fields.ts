import { z } from 'zod';
import { cidrSize, formatIpv4, parseCidr, parseIpv4 } from '../../../ipv4.js';
import type { EmuRequest } from '../../router.js';
import { refuseBody } from './errors.js';
import { readBody } from './request-body.js';

/** A boolean NHN may send as a string (`"distributed": "true"`, nhn-network §4). */
export const boolish = z
  .union([z.boolean(), z.enum(['true', 'false', 'True', 'False'])])
  .transform((v) => v === true || v === 'true' || v === 'True');

/** A port number or ICMP type NHN's examples send as a string (`"80"`, nhn-network §9). */
export const intish = z
  .union([z.number().int(), z.string().regex(/^\d+$/, 'not an integer')])
  .transform(Number);

export const resourceName = z.string().max(255, 'longer than 255 characters');

/**
 * `a.b.c.d/n` with host bits cleared (`10.0.0.1/16` → `10.0.0.0/16`), or undefined when the
 * text is no IPv4 CIDR at all.
 */
export function normalisedCidr(text: string): string | undefined {
  const [address = '', prefixText = '', ...rest] = text.split('/');
  const ip = parseIpv4(address);
  const prefix = Number(prefixText);
  if (rest.length > 0 || ip === undefined || !/^\d{1,2}$/.test(prefixText) || prefix > 32) return undefined;
  return `${formatIpv4(ip - (ip % cidrSize({ network: ip, prefix })))}/${prefix}`;
}

/** An IPv4 CIDR with no host bits set, refused with Neutron's wording otherwise. */
export const cidrText = z.string().superRefine((text, ctx) => {
  if (parseCidr(text)) return;
  const normalised = normalisedCidr(text);
  ctx.addIssue({
    code: 'custom',
    message: normalised ? `'${text}' isn't a recognized IP subnet cidr, '${normalised}' is recommended` : `'${text}' is not a valid IP subnet`,
  });
});

/**
 * Reads `{wrapper: {...}}`, refusing with Neutron's 400. Without a wrapper the fields sit at
 * the top level (the routing-table actions); `wrapperOptional` accepts both forms.
 */
export function networkBody<S extends z.ZodType>(req: EmuRequest, wrapper: string | undefined, schema: S, wrapperOptional = false): z.output<S> {
  return readBody(req, schema, { wrapper, wrapperOptional }, refuseBody);
}
