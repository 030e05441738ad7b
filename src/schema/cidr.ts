import { z } from 'zod';
import { ValidationError } from '../cloud/errors.js';
import type { ProviderName } from '../cloud/model.js';
import { cidrContains, cidrsOverlap, formatCidr, formatIpv4, parseCidr, parseIpv4, type Cidr } from '../ipv4.js';
import { validate } from '../domain/validate.js';

/**
 * IPv4 CIDR checks made at the edge, before any upstream call: the format, each cloud's
 * size rules, and the subnet-in-VPC rules (inside the VPC, no overlap with a sibling).
 */

/** Reads `a.b.c.d/n` whatever its host bits; undefined when malformed. */
function readBlock(text: string): { address: number; prefix: number } | undefined {
  const match = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(text.trim());
  if (!match) return undefined;
  const address = parseIpv4(match[1]!);
  const prefix = Number(match[2]);
  if (address === undefined || prefix > 32) return undefined;
  return { address, prefix };
}

/** A well-formed IPv4 CIDR without host bits, as a block. */
export const cidrBlock = z.string().transform((text, ctx) => {
  const read = readBlock(text);
  if (!read) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not an IPv4 CIDR block such as 10.0.0.0/16` });
    return z.NEVER;
  }
  const mask = 2 ** (32 - read.prefix);
  const network = read.address - (read.address % mask);
  if (network !== read.address) {
    ctx.addIssue({ code: 'custom', message: `"${text}" has host bits set; the block is ${formatIpv4(network)}/${read.prefix}` });
    return z.NEVER;
  }
  return { network, prefix: read.prefix };
});

/** An IPv4 address. */
export const ipv4Address = z.string().refine((text) => parseIpv4(text.trim()) !== undefined, 'must be an IPv4 address such as 10.0.0.1');

/** A cloud's address-plan rules. */
interface CidrRules {
  cloud: string;
  /** Ranges a VPC must lie in. */
  vpcRanges: Cidr[];
  /** Longest prefix (smallest block) a VPC may have. */
  vpcLongestPrefix: number;
  /** Longest prefix (smallest block) a subnet may have. */
  subnetLongestPrefix: number;
}

const RFC1918 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((c) => parseCidr(c)!);

/**
 * NHN: VPCs lie in the RFC 1918 ranges and are /24 or larger (VPC console guide: 10.0.0.0/28
 * "Range is too small", 172.16.0.0/8 "Out of available range"). Subnets: /28 or larger
 * (no NHN document gives a subnet limit; /28 is the smallest block its console offers and
 * what the emulator enforces).
 */
const RULES: Partial<Record<ProviderName, CidrRules>> = {
  NHN: { cloud: 'NHN Cloud', vpcRanges: RFC1918, vpcLongestPrefix: 24, subnetLongestPrefix: 28 },
};

/** Checks a VPC block against the provider's rules; returns it parsed. */
export function checkVpcCidr(provider: ProviderName, text: string, field: string[]): Cidr {
  const block = validate(cidrBlock, text, field);
  const rules = RULES[provider];
  if (!rules) return block;
  if (!rules.vpcRanges.some((range) => cidrContains(range, block))) {
    throw new ValidationError(
      `cidr ${formatCidr(block)} must lie within one private range: ${rules.vpcRanges.map(formatCidr).join(', ')}`,
      field,
    );
  }
  if (block.prefix > rules.vpcLongestPrefix) {
    throw new ValidationError(`cidr ${formatCidr(block)} is too small: a ${rules.cloud} VPC needs /${rules.vpcLongestPrefix} or larger`, field);
  }
  return block;
}

/** Checks a subnet block on its own (format, the provider's size limit); returns it parsed. */
export function checkSubnetCidr(provider: ProviderName, text: string, field: string[]): Cidr {
  const block = validate(cidrBlock, text, field);
  const rules = RULES[provider];
  if (rules && block.prefix > rules.subnetLongestPrefix) {
    throw new ValidationError(`cidr ${formatCidr(block)} is too small: a ${rules.cloud} subnet needs /${rules.subnetLongestPrefix} or larger`, field);
  }
  return block;
}

/** Checks that a subnet block fits its VPC and overlaps none of the VPC's other subnets. */
export function checkSubnetPlacement(
  block: Cidr,
  vpc: { id: string; name: string; cidr: string },
  siblings: readonly { id: string; name: string; cidr: string }[],
  field: string[],
): void {
  const vpcBlock = parseCidr(vpc.cidr);
  if (vpcBlock) {
    if (block.prefix < vpcBlock.prefix) {
      throw new ValidationError(`cidr ${formatCidr(block)} is too large: larger than its VPC "${vpc.name}" (${vpc.cidr})`, field);
    }
    if (!cidrContains(vpcBlock, block)) {
      throw new ValidationError(`cidr ${formatCidr(block)} is outside its VPC "${vpc.name}" (${vpc.cidr})`, field);
    }
  }
  for (const sibling of siblings) {
    const other = parseCidr(sibling.cidr);
    if (other && cidrsOverlap(block, other)) {
      throw new ValidationError(`cidr ${formatCidr(block)} overlaps subnet "${sibling.name}" (${sibling.cidr}) of the same VPC`, field);
    }
  }
}
