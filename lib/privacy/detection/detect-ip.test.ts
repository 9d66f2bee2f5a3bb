import { describe, expect, it } from "vitest";
import { ipDetector } from "@/lib/privacy/detection/detect-ip";
import { valuesFoundBy } from "@/tests/helpers/detector-values";

const found = (text: string) => valuesFoundBy(ipDetector, text);

describe("ipDetector", () => {
  it("finds IPv4 addresses in prose, JSON, with a port or a prefix length", () => {
    expect(
      found('from 203.0.113.7, {"ip":"198.51.100.23"}, 10.0.0.1:8080, 192.168.0.0/16 and 8.8.8.8.'),
    ).toEqual(["203.0.113.7", "198.51.100.23", "10.0.0.1", "192.168.0.0", "8.8.8.8"]);
  });

  it("finds addresses in URLs", () => {
    expect(found("GET http://203.0.113.7/status and https://[2001:db8::2]:8443/")).toEqual([
      "203.0.113.7",
      "2001:db8::2",
    ]);
  });

  it("finds IPv6 addresses, full, compressed, bracketed and IPv4-mapped", () => {
    const text =
      "2001:0db8:85a3:0000:0000:8a2e:0370:7334, fe80::1ff:fe23:4567:890a, [2001:db8::1]:443, ::ffff:192.0.2.1, ::1";
    expect(found(text)).toEqual([
      "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
      "fe80::1ff:fe23:4567:890a",
      "2001:db8::1",
      "::ffff:192.0.2.1",
      "::1",
    ]);
  });

  it("does not take version strings for addresses", () => {
    const text = [
      "v1.2.3.4",
      "V10.0.0.1",
      "version 1.2.3.4",
      "Version: 2.0.0.1",
      "build 10.0.19041.1",
      "release 4.3.2.1",
      "1.2.3.4-beta",
      "1.2.3.4+build7",
      "1.2.3.4.5",
      "OID 1.3.6.1.4.1.311",
      "pkg@1.2.3.4",
      "semver 1.2.3",
      "Mozilla/5.0 AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36",
    ].join("\n");
    expect(found(text)).toEqual([]);
  });

  it("does not find out-of-range octets, times, MAC addresses or C++ scopes", () => {
    expect(
      found(
        "256.1.1.1 1.2.3.999 01.02.03.04 12:30:45 00:1a:2b:3c:4d:5e std::vector Foo::bar 2024-01-31T12:30:45Z",
      ),
    ).toEqual([]);
  });
});
