// Issue 9, weaker spot: unauthenticated audit flooding. Per client address, the first
// AUTH_FAILURE_BURST failed authentications of a window are audited one by one; the rest are
// refused with 429 (bad API keys) and recorded as one summary event with the count.
import { beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_FAILURE_BURST = "3";
  process.env.AUTH_FAILURE_WINDOW_SECONDS = "60";
});

import * as me from "@/app/api/v1/me/route";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { flushAuthFailureSummaries } from "@/lib/audit/record-auth-failure";
import { call, type ErrorBody } from "../../helpers/http";
import { findAuditEvents, lastAuditId } from "../../helpers/audit";
import { createTestKey, seedRoles, uniqueName } from "../../helpers/fixtures";
import { rememberSecret } from "../../helpers/secrets";
import { fromPeer, serveThroughServer } from "../../helpers/client-address";

beforeAll(async () => {
  await seedRoles();
  serveThroughServer();
});

const badKey = (peer: string) =>
  call<ErrorBody>(me.GET, "GET", "/api/v1/me", {
    apiKey: `ghk_${uniqueName("bogus")}`,
    headers: fromPeer(peer),
  });

describe("bad API keys", () => {
  test("after a burst: 429 with Retry-After, no row per request, one summary with the count", async () => {
    const flooder = "203.0.113.66";
    const since = await lastAuditId();
    for (let i = 0; i < 3; i++) expect((await badKey(flooder)).status).toBe(401);
    for (let i = 0; i < 7; i++) {
      const res = await badKey(flooder);
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe("rate_limited");
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(
      await findAuditEvents({ category: "auth", action: "api_key_authenticate", sinceId: since }),
    ).toHaveLength(3);

    await flushAuthFailureSummaries();
    const rows = await findAuditEvents({ category: "auth", action: "api_key_authenticate", sinceId: since });
    expect(rows).toHaveLength(4);
    expect(rows[3]).toMatchObject({ result: "failure", actorType: "anonymous", ip: flooder });
    const reason = (rows[0].details as { reason: string }).reason;
    expect(rows[3].details).toMatchObject({
      aggregated: true,
      count: 7,
      reasons: { [reason]: 7 },
      windowSeconds: 60,
    });
  });

  test("another address, and a valid key from the throttled address, are unaffected", async () => {
    const flooder = "203.0.113.67";
    for (let i = 0; i < 5; i++) await badKey(flooder);
    expect((await badKey(flooder)).status).toBe(429);
    expect((await badKey("203.0.113.68")).status).toBe(401);
    const { secret } = await createTestKey(["viewer"]);
    expect(
      (await call(me.GET, "GET", "/api/v1/me", { apiKey: secret, headers: fromPeer(flooder) })).status,
    ).toBe(200);
  });
});

describe("failed sign-ins", () => {
  test("are audited one by one up to the burst, then summarised", async () => {
    const meta = { ip: "203.0.113.70", userAgent: "flood" };
    const since = await lastAuditId();
    for (let i = 0; i < 8; i++)
      await signInWithPassword(`${uniqueName("flood")}@example.test`, rememberSecret(`flood-${i}`), meta);
    expect(await findAuditEvents({ category: "auth", action: "sign_in", sinceId: since })).toHaveLength(3);

    await flushAuthFailureSummaries();
    const rows = await findAuditEvents({ category: "auth", action: "sign_in", sinceId: since });
    expect(rows).toHaveLength(4);
    expect(rows[3].details).toMatchObject({ aggregated: true, count: 5, reasons: { unknown_account: 5 } });
  });
});
