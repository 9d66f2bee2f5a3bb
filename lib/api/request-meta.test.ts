import { afterEach, describe, expect, test } from "vitest";
import { clientIpFrom, correlationIdFrom, requestMetaFrom } from "@/lib/api/request-meta";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("correlationIdFrom", () => {
  test("echoes a well-formed incoming id", () => {
    expect(correlationIdFrom(new Headers({ "x-correlation-id": "req-123_abc:7.x" }))).toBe("req-123_abc:7.x");
  });

  test.each(["", "has space", "a".repeat(129), "semi;colon", "<script>", "ünïcode"])(
    "replaces %j with a fresh UUID",
    (incoming) => {
      expect(correlationIdFrom({ "x-correlation-id": incoming })).toMatch(UUID);
    },
  );

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
  const peerHeader = "x-test-socket-peer";
  const published = globalThis as unknown as { gatehouseSocketPeerHeader?: string };
  afterEach(() => {
    delete published.gatehouseSocketPeerHeader;
  });

  test("outside scripts/server.mjs the address is unknown, whatever X-Forwarded-For says", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBeNull();
    expect(clientIpFrom(new Headers({ [peerHeader]: "203.0.113.9" }))).toBeNull();
  });

  test("through the server: the socket peer, canonical, and X-Forwarded-For ignored without trusted proxies", () => {
    published.gatehouseSocketPeerHeader = peerHeader;
    expect(
      clientIpFrom(new Headers({ [peerHeader]: "::ffff:127.0.0.1", "x-forwarded-for": "203.0.113.9" })),
    ).toBe("127.0.0.1");
    expect(clientIpFrom({ [peerHeader]: "2001:db8::1" })).toBe("2001:db8::1");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBeNull();
    expect(clientIpFrom(new Headers({ [peerHeader]: "x".repeat(200) }))).toBeNull();
  });
});

test("requestMetaFrom collects ip, user agent and correlation id", () => {
  const headers = new Headers({
    "x-forwarded-for": "198.51.100.4",
    "user-agent": "curl/8",
    "x-correlation-id": "abc",
  });
  expect(requestMetaFrom(headers)).toEqual({ ip: null, userAgent: "curl/8", correlationId: "abc" });
  expect(requestMetaFrom(headers, "given").correlationId).toBe("given");
});
