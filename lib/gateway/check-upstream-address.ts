import "server-only";
import { lookup } from "node:dns/promises";
import { env } from "@/lib/env";
import { deniedRangeOf, isHostAllowed, parseAddress } from "@/lib/gateway/address-rules";
import { ADDRESS_BLOCKED } from "@/lib/gateway/describe-connection-error";

export class AddressBlockedError extends Error {
  readonly code = ADDRESS_BLOCKED;
  constructor(
    readonly hostname: string,
    readonly reason: string,
  ) {
    // The code leads the message too: the SSE transport passes on only the message.
    super(`${ADDRESS_BLOCKED}: connections to ${hostname} are not allowed: ${reason}`);
    this.name = "AddressBlockedError";
  }
}

/**
 * Resolves an upstream URL's host and refuses it (AddressBlockedError) when any address is in
 * UPSTREAM_DENIED_RANGES (link-local and cloud metadata by default) or, with UPSTREAM_ALLOWED_HOSTS
 * set, when the host is not listed. Loopback and private ranges pass unless configured otherwise. A name that does not resolve
 * fails later as "host not found", unless an allowlist is set and does not name it.
 * Runs before every request (lib/gateway/guarded-fetch.ts), so redirects are checked too. A DNS
 * answer that changes between this lookup and the connection is not caught: see README, Hardening.
 */
export async function checkUpstreamAddress(url: URL): Promise<void> {
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  const literal = parseAddress(hostname);
  const addresses = literal
    ? [literal]
    : await lookup(hostname, { all: true, verbatim: true })
        .then((found) =>
          found.map((entry) => parseAddress(entry.address)).filter((address) => address !== null),
        )
        .catch(() => []);
  for (const address of addresses) {
    const range = deniedRangeOf(address, env.UPSTREAM_DENIED_RANGES);
    if (range)
      throw new AddressBlockedError(hostname, `${address.toString()} is in the denied range ${range.text}`);
  }
  if (env.UPSTREAM_ALLOWED_HOSTS && !isHostAllowed(hostname, addresses, env.UPSTREAM_ALLOWED_HOSTS)) {
    throw new AddressBlockedError(hostname, "the host is not in UPSTREAM_ALLOWED_HOSTS");
  }
}
