import { describe, expect, test } from "vitest";
import { clientIpFrom, correlationIdFrom, requestMetaFrom } from "@/lib/api/request-meta";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("correlationIdFrom", () => {
  test("echoes a well-formed incoming id", () => {
    expect(correlationIdFrom(new Headers({ "x-correlation-id": "req-123_abc:7.x" }))).toBe("req-123_abc:7.x");
  });

  test.each(["", "has space", "a".repeat(129), "semi;colon", "<script>", "ünïcode"])("replaces %j with a fresh UUID", (incoming) => {
    expect(correlationIdFrom({ "x-correlation-id": incoming })).toMatch(UUID);
  });

  test("generates a new id per request when none is sent", () => {
    const a = correlationIdFrom(new Headers());
    const b = correlationIdFrom(new Headers());
    expect(a).toMatch(UUID);
    expect(a).not.toBe(b);
  });

  test("reads plain header records too (next-auth passes those)", () => {
    expect(correlationIdFrom({ "x-correlation-id": "from-record" })).toBe("from-record");
    expect(correlationIdFrom({ "x-correlation-id": ["first", "second"] })).toBe("first");
  });
});

describe("clientIpFrom", () => {
  test("takes the first X-Forwarded-For address and strips the IPv4-mapped prefix", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "2001:db8::1" }))).toBe("2001:db8::1");
  });

  test("no header, or an empty one, is null", () => {
    expect(clientIpFrom(new Headers())).toBeNull();
    expect(clientIpFrom(new Headers({ "x-forwarded-for": " , 10.0.0.1" }))).toBeNull();
  });

  test("a very long value is cut to 64 characters", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "x".repeat(200) }))).toHaveLength(64);
  });
});

test("requestMetaFrom collects ip, user agent and correlation id", () => {
  const headers = new Headers({ "x-forwarded-for": "198.51.100.4", "user-agent": "curl/8", "x-correlation-id": "abc" });
  expect(requestMetaFrom(headers)).toEqual({ ip: "198.51.100.4", userAgent: "curl/8", correlationId: "abc" });
  expect(requestMetaFrom(headers, "given").correlationId).toBe("given");
});
