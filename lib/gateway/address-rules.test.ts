import { describe, expect, test } from "vitest";
import {
  deniedRangeOf,
  isHostAllowed,
  parseAddress,
  parseHostRules,
  parseRanges,
} from "@/lib/gateway/address-rules";

const DEFAULT_DENIED = parseRanges(["169.254.0.0/16", "fe80::/10", "fd00:ec2::254", "100.100.100.200"]);

function denied(text: string): string | null {
  const address = parseAddress(text);
  if (!address) throw new Error(`not an address: ${text}`);
  return deniedRangeOf(address, DEFAULT_DENIED)?.text ?? null;
}

describe("denied ranges", () => {
  test("link-local and cloud metadata addresses are denied, in every spelling", () => {
    expect(denied("169.254.169.254")).toBe("169.254.0.0/16");
    expect(denied("::ffff:169.254.169.254")).toBe("169.254.0.0/16");
    expect(denied("[::ffff:a9fe:a9fe]")).toBe("169.254.0.0/16");
    expect(denied("fe80::1")).toBe("fe80::/10");
    expect(denied("fd00:ec2::254")).toBe("fd00:ec2::254");
    expect(denied("100.100.100.200")).toBe("100.100.100.200");
  });

  test("loopback, private and public addresses pass by default", () => {
    for (const address of ["127.0.0.1", "::1", "10.1.2.3", "192.168.0.10", "93.184.216.34", "fd00:ec2::253"])
      expect(denied(address), address).toBeNull();
  });

  test("'none' turns the default off; a bad entry is an error", () => {
    expect(parseRanges(["none"])).toEqual([]);
    expect(() => parseRanges(["10.0.0.0/33"])).toThrow(/not an IP address or CIDR/);
  });
});

describe("allowed hosts", () => {
  const rules = parseHostRules(["mcp.example.com", "*.internal.test", "10.0.0.0/8"]);
  const at = (...texts: string[]) => texts.map((t) => parseAddress(t)!);

  test("by exact name, by *.suffix, or when every address is in an allowed range", () => {
    expect(isHostAllowed("mcp.example.com", at("93.184.216.34"), rules)).toBe(true);
    expect(isHostAllowed("MCP.Example.com.", at("93.184.216.34"), rules)).toBe(true);
    expect(isHostAllowed("a.b.internal.test", at("192.168.1.1"), rules)).toBe(true);
    expect(isHostAllowed("10.2.3.4", at("10.2.3.4"), rules)).toBe(true);
    expect(isHostAllowed("split.example.org", at("10.2.3.4", "93.184.216.34"), rules)).toBe(false);
    expect(isHostAllowed("example.com", at("93.184.216.34"), rules)).toBe(false);
    expect(isHostAllowed("internal.test", at("93.184.216.34"), rules)).toBe(false);
  });

  test("entries that are neither names nor ranges are refused", () => {
    expect(() => parseHostRules(["http://x"])).toThrow(/not a host name/);
  });
});
