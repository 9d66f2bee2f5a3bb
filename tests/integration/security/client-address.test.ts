// Issue 9, item 3: the client address is the socket peer (no proxy is trusted here), never what
// X-Forwarded-For claims. Sign-in throttling, the audit trail and the failure throttle all use it.
import { beforeAll, describe, expect, test, vi } from "vitest";

vi.hoisted(() => {
  process.env.SIGNIN_MAX_FAILURES_PER_ACCOUNT = "3";
  process.env.SIGNIN_MAX_FAILURES_PER_IP = "4";
  process.env.SIGNIN_LOCKOUT_SECONDS = "60";
});

import * as me from "@/app/api/v1/me/route";
import { call } from "../../helpers/http";
import { findAuditEvents, lastAuditId } from "../../helpers/audit";
import { createTestUser, seedRoles, uniqueName } from "../../helpers/fixtures";
import { rememberSecret } from "../../helpers/secrets";
import { fromPeer, serveThroughServer, signInAs } from "../../helpers/client-address";

beforeAll(async () => {
  await seedRoles();
  serveThroughServer();
});

const randomAddress = () =>
  `${1 + Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

describe("sign-in throttling by client address", () => {
  test("rotating X-Forwarded-For does not defeat the per-address limit", async () => {
    const user = await createTestUser(["viewer"]);
    const attacker = "203.0.113.10";
    for (let i = 0; i < 4; i++) {
      const outcome = await signInAs(
        `${uniqueName("spray")}@example.test`,
        rememberSecret(`spray-${i}-pw`),
        fromPeer(attacker, { "x-forwarded-for": randomAddress() }),
      );
      expect(outcome).toBe("invalid_credentials");
    }
    // The address is locked for every account, whatever it claims to be now.
    expect(
      await signInAs(user.email, user.password, fromPeer(attacker, { "x-forwarded-for": randomAddress() })),
    ).toBe("locked_out");
    expect(await signInAs(user.email, user.password, fromPeer("203.0.113.11"))).toBe("ok");
  });

  test("sending a victim's address does not lock the victim out", async () => {
    const victim = await createTestUser(["admin"]);
    const victimAddress = "198.51.100.99";
    // Enough failures, claiming the victim's address, to lock that address and that account.
    for (let i = 0; i < 5; i++) {
      await signInAs(
        `${uniqueName("other")}@example.test`,
        rememberSecret(`spray-${i}-pw`),
        fromPeer("203.0.113.20", { "x-forwarded-for": victimAddress }),
      );
      await signInAs(
        victim.email,
        rememberSecret(`guess-${i}-pw`),
        fromPeer("203.0.113.20", { "x-forwarded-for": victimAddress }),
      );
    }
    expect(await signInAs(victim.email, victim.password, fromPeer(victimAddress))).toBe("ok");
  });

  test("the audit event carries the socket peer, not the claimed address", async () => {
    const email = `${uniqueName("nobody")}@example.test`;
    const since = await lastAuditId();
    await signInAs(
      email,
      rememberSecret("some-wrong-password"),
      fromPeer("::ffff:192.0.2.33", { "x-forwarded-for": "10.9.8.7", "user-agent": "vitest" }),
    );
    const [row] = await findAuditEvents({ category: "auth", action: "sign_in", sinceId: since });
    expect(row.ip).toBe("192.0.2.33");
  });
});

describe("the stored address is always an IP address or nothing", () => {
  test.each([
    [
      "garbage in X-Forwarded-For",
      fromPeer("192.0.2.40", { "x-forwarded-for": "=cmd|' /C calc'!A0" }),
      "192.0.2.40",
    ],
    [
      "a forged copy of the private header",
      { "x-gatehouse-peer-0000000000000000": "evil", "x-forwarded-for": "<script>" },
      null,
    ],
    ["a peer that is not an address", fromPeer("not-an-address"), null],
  ])("%s", async (_, headers, expected) => {
    const since = await lastAuditId();
    const res = await call(me.GET, "GET", "/api/v1/me", { apiKey: "ghk_not-a-real-key", headers });
    expect(res.status).toBe(401);
    const [row] = await findAuditEvents({ category: "auth", action: "api_key_authenticate", sinceId: since });
    expect(row.ip).toBe(expected);
  });
});
