// Pure rules over IP addresses for upstream URLs (SSRF containment): parsed once from
// UPSTREAM_ALLOWED_HOSTS / UPSTREAM_DENIED_RANGES in lib/env.ts, applied to the addresses a host
// name resolves to (lib/gateway/check-upstream-address.ts). No DNS and no env here.
import ipaddr from "ipaddr.js";

type Address = ipaddr.IPv4 | ipaddr.IPv6;
export type Range = { text: string; cidr: [Address, number] };
/** Allowed hosts: exact names ("mcp.example.com"), subdomain wildcards ("*.example.com") or ranges. */
export type HostRules = { names: string[]; suffixes: string[]; ranges: Range[] };

/** "10.0.0.0/8" or a single address ("169.254.169.254" = /32, "fd00:ec2::254" = /128). */
export function parseRange(text: string): Range {
  if (ipaddr.isValidCIDR(text)) return { text, cidr: ipaddr.parseCIDR(text) };
  if (ipaddr.isValid(text)) {
    const address = ipaddr.parse(text);
    return { text, cidr: [address, address.kind() === "ipv4" ? 32 : 128] };
  }
  throw new Error(`"${text}" is not an IP address or CIDR range`);
}

/** A denied-ranges list; the single word "none" turns the default off. */
export function parseRanges(items: readonly string[]): Range[] {
  if (items.length === 1 && items[0].toLowerCase() === "none") return [];
  return items.map(parseRange);
}

export function parseHostRules(items: readonly string[]): HostRules {
  const rules: HostRules = { names: [], suffixes: [], ranges: [] };
  for (const item of items) {
    if (ipaddr.isValidCIDR(item) || ipaddr.isValid(item)) rules.ranges.push(parseRange(item));
    else if (/^\*\.[a-z0-9.-]+$/i.test(item)) rules.suffixes.push(item.slice(1).toLowerCase());
    else if (/^[a-z0-9.-]+$/i.test(item)) rules.names.push(item.toLowerCase());
    else throw new Error(`"${item}" is not a host name, *.domain, IP address or CIDR range`);
  }
  return rules;
}

/** IPv4-mapped IPv6 (::ffff:169.254.169.254) is judged as the IPv4 address it carries. */
export function parseAddress(text: string): Address | null {
  const bare = text.replace(/^\[|\]$/g, "");
  return ipaddr.isValid(bare) ? ipaddr.process(bare) : null;
}

function inRange(address: Address, range: Range): boolean {
  const [base, bits] = range.cidr;
  return address.kind() === base.kind() && address.match(base, bits);
}

/** The denied range an address falls in, if any. */
export function deniedRangeOf(address: Address, denied: readonly Range[]): Range | null {
  return denied.find((range) => inRange(address, range)) ?? null;
}

/** A host is allowed by name (exact or *.suffix), or when every address it resolves to is in an allowed range. */
export function isHostAllowed(hostname: string, addresses: readonly Address[], rules: HostRules): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  if (rules.names.includes(name) || rules.suffixes.some((suffix) => name.endsWith(suffix))) return true;
  return (
    addresses.length > 0 &&
    addresses.every((address) => rules.ranges.some((range) => inRange(address, range)))
  );
}
