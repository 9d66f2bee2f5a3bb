// Issue 9, item 3, behind a proxy: with TRUSTED_PROXIES the client is the right-most hop of
// X-Forwarded-For that is not a trusted proxy; a peer outside the ranges is the client itself.
import { beforeAll, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.TRUSTED_PROXIES = "10.0.0.0/8, fd00::/8";
});

import * as me from "@/app/api/v1/me/route";
import { call } from "../../helpers/http";
import { findAuditEvents, lastAuditId } from "../../helpers/audit";
import { seedRoles } from "../../helpers/fixtures";
import { fromPeer, serveThroughServer } from "../../helpers/client-address";

beforeAll(async () => {
  await seedRoles();
  serveThroughServer();
});

test.each([
  [
    "one trusted proxy appends the client; what the client prepended is ignored",
    "10.0.0.2",
    "1.1.1.1, 203.0.113.50",
    "203.0.113.50",
  ],
  ["two trusted proxies in a row", "10.0.0.2", "1.1.1.1, 203.0.113.50, 10.1.2.3", "203.0.113.50"],
  ["an IPv6 proxy and an IPv4-mapped client", "fd00::7", "::ffff:203.0.113.51", "203.0.113.51"],
  [
    "a peer outside the ranges is the client, whatever it forwards",
    "198.51.100.5",
    "203.0.113.50",
    "198.51.100.5",
  ],
  [
    "a non-address hop right of the client leaves the address unknown",
    "10.0.0.2",
    "203.0.113.50, junk",
    null,
  ],
])("%s", async (_, peer, forwardedFor, expected) => {
  const since = await lastAuditId();
  const res = await call(me.GET, "GET", "/api/v1/me", {
    apiKey: "ghk_not-a-real-key",
    headers: fromPeer(peer, { "x-forwarded-for": forwardedFor }),
  });
  expect(res.status).toBe(401);
  const [row] = await findAuditEvents({ category: "auth", action: "api_key_authenticate", sinceId: since });
  expect(row.ip).toBe(expected);
});
