import { describe, expect, test } from "vitest";
import { normalizeAddress, parseTrustedProxies, resolveClientAddress } from "@/lib/http/client-address";

const none = parseTrustedProxies(undefined);

describe("normalizeAddress", () => {
  test.each([
    ["203.0.113.9", "203.0.113.9"],
    [" 203.0.113.9 ", "203.0.113.9"],
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["::FFFF:7f00:1", "127.0.0.1"],
    ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"],
    ["::1", "::1"],
  ])("%j reads as %j", (input, expected) => {
    expect(normalizeAddress(input)).toBe(expected);
  });

  test.each([
    "",
    "unknown",
    "203.0.113.9:443",
    "0x7f.1",
    "2130706433",
    "127.1",
    "1.2.3.4.5",
    "<script>",
    "x".repeat(200),
    "203.0.113.9, 10.0.0.1",
    "=cmd|' /C calc'!A0",
  ])("%j is not an address", (input) => {
    expect(normalizeAddress(input)).toBeNull();
  });
});

describe("parseTrustedProxies", () => {
  test("empty and 0 trust nobody, a number is a hop count", () => {
    expect(parseTrustedProxies("")).toEqual({ kind: "none" });
    expect(parseTrustedProxies("0")).toEqual({ kind: "none" });
    expect(parseTrustedProxies("2")).toEqual({ kind: "hops", hops: 2 });
  });

  test("CIDRs and plain addresses, IPv4 and IPv6", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.0.2.7, fd00::/8, ::ffff:172.16.0.0/108");
    expect(trusted.kind).toBe("ranges");
    expect(
      trusted.kind === "ranges" && trusted.ranges.map(([address, bits]) => `${address.toString()}/${bits}`),
    ).toEqual(["10.0.0.0/8", "192.0.2.7/32", "fd00::/8", "172.16.0.0/12"]);
  });

  test.each(["10.0.0.0/33", "proxy.internal", "10.0.0.1,", "1.2.3"])("%j is refused", (value) => {
    expect(() => parseTrustedProxies(value)).toThrow();
  });
});

describe("resolveClientAddress", () => {
  test("without trusted proxies the socket peer is the client, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress({ peer: "198.51.100.7", forwardedFor: "203.0.113.1", trusted: none })).toBe(
      "198.51.100.7",
    );
    expect(resolveClientAddress({ peer: "::ffff:198.51.100.7", forwardedFor: null, trusted: none })).toBe(
      "198.51.100.7",
    );
    expect(resolveClientAddress({ peer: null, forwardedFor: "203.0.113.1", trusted: none })).toBeNull();
  });

  const ranges = parseTrustedProxies("10.0.0.0/8");

  test("a peer outside the trusted ranges is the client even when it sends X-Forwarded-For", () => {
    expect(
      resolveClientAddress({ peer: "198.51.100.7", forwardedFor: "10.0.0.5, 203.0.113.1", trusted: ranges }),
    ).toBe("198.51.100.7");
  });

  test("behind a trusted proxy: the right-most untrusted hop, never what the client prepended", () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the address it saw.
    expect(
      resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "1.1.1.1, 203.0.113.50", trusted: ranges }),
    ).toBe("203.0.113.50");
    // Two trusted proxies in a row.
    expect(
      resolveClientAddress({
        peer: "10.0.0.2",
        forwardedFor: "1.1.1.1, 203.0.113.50, 10.0.0.9",
        trusted: ranges,
      }),
    ).toBe("203.0.113.50");
    // Only trusted hops: the furthest one is all we know.
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "10.0.0.3", trusted: ranges })).toBe(
      "10.0.0.3",
    );
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: null, trusted: ranges })).toBe("10.0.0.2");
  });

  test("a hop that is not an address makes the client unknown, never a stored string", () => {
    expect(
      resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "203.0.113.50, evil-string", trusted: ranges }),
    ).toBeNull();
    // Garbage left of the client's hop is the client's own text and does not matter.
    expect(
      resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "evil-string, 203.0.113.50", trusted: ranges }),
    ).toBe("203.0.113.50");
  });

  test("IPv6 ranges and mapped peers", () => {
    const v6 = parseTrustedProxies("fd00::/8,127.0.0.1");
    expect(resolveClientAddress({ peer: "fd00::1", forwardedFor: "2001:db8::5", trusted: v6 })).toBe(
      "2001:db8::5",
    );
    expect(
      resolveClientAddress({ peer: "::ffff:127.0.0.1", forwardedFor: "::ffff:203.0.113.4", trusted: v6 }),
    ).toBe("203.0.113.4");
  });

  test("a hop count takes that many entries from the right", () => {
    const one = parseTrustedProxies("1");
    const two = parseTrustedProxies("2");
    expect(
      resolveClientAddress({ peer: "192.0.2.1", forwardedFor: "1.1.1.1, 203.0.113.50", trusted: one }),
    ).toBe("203.0.113.50");
    expect(
      resolveClientAddress({
        peer: "192.0.2.1",
        forwardedFor: "1.1.1.1, 203.0.113.50, 192.0.2.2",
        trusted: two,
      }),
    ).toBe("203.0.113.50");
    expect(resolveClientAddress({ peer: "192.0.2.1", forwardedFor: "203.0.113.50", trusted: two })).toBe(
      "203.0.113.50",
    );
    expect(resolveClientAddress({ peer: "192.0.2.1", forwardedFor: null, trusted: one })).toBe("192.0.2.1");
    expect(
      resolveClientAddress({ peer: "192.0.2.1", forwardedFor: "1.1.1.1, not-an-ip", trusted: one }),
    ).toBeNull();
  });
});
