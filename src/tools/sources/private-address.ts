import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Address ranges a public page has no business sending the tool to, each with its name. */
const RANGES: [network: string, prefix: number, type: 'ipv4' | 'ipv6', name: string][] = [
  ['0.0.0.0', 8, 'ipv4', 'unspecified'],
  ['10.0.0.0', 8, 'ipv4', 'private'],
  ['100.64.0.0', 10, 'ipv4', 'shared (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local'],
  ['172.16.0.0', 12, 'ipv4', 'private'],
  ['192.168.0.0', 16, 'ipv4', 'private'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['fc00::', 7, 'ipv6', 'private (unique local)'],
  ['fe80::', 10, 'ipv6', 'link-local'],
];
const LISTS = RANGES.map(([network, prefix, type, name]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, type);
  return { list, type, name };
});

/** An IPv4 address written as IPv6 (`::ffff:7f00:1`, `::ffff:127.0.0.1`), as IPv4. */
function mappedIpv4(address: string): string | undefined {
  const match = /^::ffff:(?:(\d+\.\d+\.\d+\.\d+)|([\da-f]{1,4}):([\da-f]{1,4}))$/iu.exec(address);
  if (!match) return undefined;
  if (match[1]) return match[1];
  const [high, low] = [parseInt(match[2] ?? '0', 16), parseInt(match[3] ?? '0', 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** The name of the private range an IP address is in, if any. */
function privateRangeOf(address: string): string | undefined {
  const v4 = mappedIpv4(address);
  const [ip, type] = v4 ? [v4, 'ipv4' as const] : [address, isIP(address) === 6 ? 'ipv6' : 'ipv4'];
  return LISTS.find((range) => range.type === type && range.list.check(ip, type))?.name;
}

/**
 * Where a host name leads into a loopback, link-local or private range: the first such address
 * it resolves to and the range's name, or undefined. A name that does not resolve is left to the
 * request, which fails on its own.
 *
 * @example
 *   await privateAddress('127.0.0.1')   // { address: '127.0.0.1', range: 'loopback' }
 *   await privateAddress('example.org') // undefined
 */
export async function privateAddress(
  hostname: string,
  resolve: (host: string) => Promise<string[]> = async (host) =>
    (await lookup(host, { all: true })).map((entry) => entry.address),
): Promise<{ address: string; range: string } | undefined> {
  const host = hostname.replace(/^\[(.*)\]$/u, '$1');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    return undefined;
  }
  for (const address of addresses) {
    const range = privateRangeOf(address);
    if (range) return { address, range };
  }
  return undefined;
}
