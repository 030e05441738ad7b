/**
 * IPv4 CIDR arithmetic, shared by the gateway's input checks and the emulator's VPC,
 * subnet and address-allocation code.
 */

/** An IPv4 block: the network address as an unsigned 32-bit number and the prefix length. */
export interface Cidr {
  network: number;
  prefix: number;
}

/** Parses a dotted-quad IPv4 address, or returns undefined. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = value * 256 + Number(part);
  }
  return value;
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

export function formatCidr(cidr: Cidr): string {
  return `${formatIpv4(cidr.network)}/${cidr.prefix}`;
}

/**
 * Parses `a.b.c.d/n`. Returns undefined when malformed or when host bits are set
 * (`10.0.0.1/16`): the clouds refuse such blocks instead of normalising them.
 */
export function parseCidr(text: string): Cidr | undefined {
  const [address, prefixText, extra] = text.split('/');
  if (extra !== undefined || prefixText === undefined || !/^\d{1,2}$/.test(prefixText)) return undefined;
  const prefix = Number(prefixText);
  const network = parseIpv4(address ?? '');
  if (network === undefined || prefix > 32) return undefined;
  if (network % cidrSize({ network, prefix }) !== 0) return undefined;
  return { network, prefix };
}

/** Number of addresses in the block. */
export function cidrSize(cidr: Cidr): number {
  return 2 ** (32 - cidr.prefix);
}

/** True when `inner` lies entirely inside `outer`. */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && inner.network >= outer.network && inner.network + cidrSize(inner) <= outer.network + cidrSize(outer);
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.network < b.network + cidrSize(b) && b.network < a.network + cidrSize(a);
}

export function ipInCidr(ip: number, cidr: Cidr): boolean {
  return ip >= cidr.network && ip < cidr.network + cidrSize(cidr);
}

/**
 * The first address of the block, from `firstHost` on, that `taken` does not hold, or
 * undefined when the block is full. The broadcast address is never handed out.
 */
export function freeAddress(cidr: Cidr, taken: ReadonlySet<string>, firstHost = 1): string | undefined {
  for (let offset = firstHost; offset < cidrSize(cidr) - 1; offset++) {
    const candidate = formatIpv4(cidr.network + offset);
    if (!taken.has(candidate)) return candidate;
  }
  return undefined;
}
