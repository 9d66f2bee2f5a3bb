// A webhook receiver started here gets a signed, well-formed notification when a rule fires and
// when it resolves; a 500 is retried with backoff and every attempt is recorded.
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { runAlertRound } from "@/lib/alerts/schedule-alert-evaluation";
import { deliverDueNotifications } from "@/lib/alerts/deliver-notifications";
import { acquireSettingLease } from "@/lib/jobs/setting-lease";
import * as rules from "@/app/api/v1/alerts/rules/route";
import * as active from "@/app/api/v1/alerts/route";
import * as history from "@/app/api/v1/alerts/history/route";
import * as webhooks from "@/app/api/v1/alerts/webhooks/route";
import * as deliveries from "@/app/api/v1/alerts/webhooks/[id]/deliveries/route";
import * as webhookById from "@/app/api/v1/alerts/webhooks/[id]/route";
import { auditCommit } from "@/lib/audit/record-event";
import { MAX_ATTEMPTS } from "@/lib/alerts/deliver-notifications";
import { call, type ErrorBody } from "../helpers/http";
import { createTestKey, seedRoles, type TestKey } from "../helpers/fixtures";

type Received = { headers: Record<string, string | string[] | undefined>; body: string };
const received: Received[] = [];
const statuses: number[] = [];
let receiver: Server;
let url: string;
let admin: TestKey;

beforeAll(async () => {
  await seedRoles();
  admin = await createTestKey(["admin"]);
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.statusCode = statuses.shift() ?? 200;
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});

afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
});

function minuteFloor(at: number): Date {
  return new Date(Math.floor(at / 60_000) * 60_000);
}

async function rollup(bucketStart: Date, calls: number, errors: number) {
  await db.metricRollup.create({
    data: {
      tier: "minute",
      bucketStart,
      dimension: "server",
      server: "hooked",
      name: "",
      writer: "alerts-test",
      calls,
      errors,
      denied: 0,
      rateLimited: 0,
      outcomes: JSON.stringify({ success: calls - errors, upstream_error: errors }),
      latencySumMs: calls * 10,
      latencySketch: null,
    },
  });
}

function verify(message: Received, secret: string) {
  const timestamp = String(message.headers["x-gatehouse-timestamp"]);
  const expected = createHmac("sha256", secret).update(`${timestamp}.${message.body}`).digest("hex");
  expect(message.headers["x-gatehouse-signature"]).toBe(`sha256=${expected}`);
  expect(message.headers["content-type"]).toBe("application/json");
  return JSON.parse(message.body) as {
    text: string;
    attachments: unknown[];
    gatehouse: {
      rule: { id: string; name: string };
      severity: string;
      state: string;
      value: number;
      threshold: number;
      instance: string;
      at: string;
    };
  };
}

describe("alert notifications", () => {
  test("firing, a retried 500, then resolved, each signed", async () => {
    const created = await call<{ webhook: { id: string }; secret: string }>(
      webhooks.POST,
      "POST",
      "/api/v1/alerts/webhooks",
      {
        apiKey: admin.secret,
        body: { name: "Receiver", url, minSeverity: "critical" },
      },
    );
    expect(created.status).toBe(201);
    const { secret } = created.body;
    expect(secret).toMatch(/^whsec_/);
    const listed = await call(webhooks.GET, "GET", "/api/v1/alerts/webhooks", { apiKey: admin.secret });
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const stored = await db.alertWebhook.findUniqueOrThrow({ where: { id: created.body.webhook.id } });
    expect(stored.secretEncrypted).not.toContain(secret);

    const rule = await call<{ rule: { id: string } }>(rules.POST, "POST", "/api/v1/alerts/rules", {
      apiKey: admin.secret,
      body: {
        name: "Hooked errors",
        metric: "error_rate",
        scope: "server",
        server: "hooked",
        comparison: "gt",
        threshold: 20,
        forSeconds: 30,
        severity: "critical",
      },
    });
    expect(rule.status).toBe(201);

    const start = Date.now();
    await rollup(minuteFloor(start - 120_000), 10, 5);

    // First round: pending (for 30 s), nothing sent.
    expect(await runAlertRound(new Date(start))).toBe(true);
    let now = await call<{ alerts: Array<{ ruleId: string; state: string }> }>(
      active.GET,
      "GET",
      "/api/v1/alerts",
      { apiKey: admin.secret },
    );
    expect(now.body.alerts.find((a) => a.ruleId === rule.body.rule.id)?.state).toBe("pending");
    expect(received).toHaveLength(0);

    // 30 s later: firing; the receiver answers 500 first.
    statuses.push(500);
    await runAlertRound(new Date(start + 30_000));
    now = await call(active.GET, "GET", "/api/v1/alerts", { apiKey: admin.secret });
    expect(now.body.alerts.find((a) => a.ruleId === rule.body.rule.id)?.state).toBe("firing");
    expect(received).toHaveLength(1);
    const failed = await db.alertDelivery.findFirstOrThrow({ where: { webhookId: created.body.webhook.id } });
    expect(failed).toMatchObject({
      status: "pending",
      attempts: 1,
      lastStatusCode: 500,
      lastError: "HTTP 500",
    });
    expect(failed.nextAttemptAt!.getTime()).toBeGreaterThan(start + 30_000);

    // Not yet due: nothing is sent; once due, the retry is delivered.
    expect(await deliverDueNotifications(new Date(start + 31_000))).toBe(0);
    expect(await deliverDueNotifications(failed.nextAttemptAt!)).toBe(1);
    expect(received).toHaveLength(2);
    const firing = verify(received[1], secret);
    expect(received[1].body).toBe(received[0].body);
    expect(firing.gatehouse).toMatchObject({
      rule: { id: rule.body.rule.id, name: "Hooked errors" },
      severity: "critical",
      state: "firing",
      value: 50,
      threshold: 20,
      instance: "",
    });
    expect(firing.text).toContain("FIRING");
    expect(firing.attachments).toHaveLength(1);
    const list = await call<{ deliveries: Array<{ status: string; attempts: number }> }>(
      deliveries.GET,
      "GET",
      `/api/v1/alerts/webhooks/${created.body.webhook.id}/deliveries`,
      { apiKey: admin.secret, params: { id: created.body.webhook.id } },
    );
    expect(list.body.deliveries[0]).toMatchObject({ status: "delivered", attempts: 2 });

    // The errors stop: resolved, and notified.
    await db.metricRollup.deleteMany({ where: { server: "hooked" } });
    await rollup(minuteFloor(start - 120_000), 10, 0);
    await runAlertRound(new Date(start + 60_000));
    expect(received).toHaveLength(3);
    const resolved = verify(received[2], secret);
    expect(resolved.gatehouse).toMatchObject({ state: "resolved", value: 0, severity: "critical" });
    expect(resolved.text).toContain("RESOLVED");

    const events = await call<{ events: Array<{ state: string }>; total: number }>(
      history.GET,
      "GET",
      "/api/v1/alerts/history",
      { apiKey: admin.secret },
    );
    expect(events.body.events.map((e) => e.state)).toEqual(["resolved", "firing", "pending"]);
  });

  test("warning alerts do not reach a webhook whose minimum is critical", async () => {
    const before = received.length;
    const rule = await call<{ rule: { id: string } }>(rules.POST, "POST", "/api/v1/alerts/rules", {
      apiKey: admin.secret,
      body: {
        name: "Busy",
        metric: "calls_per_second",
        scope: "server",
        server: "hooked",
        comparison: "gte",
        threshold: 0,
        forSeconds: 0,
        severity: "warning",
      },
    });
    await runAlertRound(new Date(Date.now() + 90_000));
    const state = await db.alertState.findFirstOrThrow({ where: { ruleId: rule.body.rule.id } });
    expect(state.state).toBe("firing");
    expect(received.length).toBe(before);
  });

  test("one evaluation at a time: a held alerts_lock makes a round skip", async () => {
    const lease = await acquireSettingLease("alerts_lock", 60_000);
    expect(lease).not.toBeNull();
    try {
      expect(await runAlertRound()).toBe(false);
    } finally {
      await lease!.release();
    }
    expect(await runAlertRound()).toBe(true);
  });

  test("upstream rules over all servers have one instance per server", async () => {
    const at = new Date();
    await db.upstreamStateSample.createMany({
      data: [
        { server: "up-a", kind: "health", state: "down", writer: "t", at },
        { server: "up-b", kind: "health", state: "healthy", writer: "t", at },
        { server: "up-a", kind: "breaker", state: "open", writer: "t", at },
      ],
    });
    // up-c has been down for two minutes: upstream_down fires at the first round, counted from then.
    await db.upstreamStateSample.create({
      data: {
        server: "up-c",
        kind: "health",
        state: "healthy",
        writer: "t",
        at: new Date(at.getTime() - 200_000),
      },
    });
    await db.upstreamStateSample.create({
      data: {
        server: "up-c",
        kind: "health",
        state: "down",
        writer: "t",
        at: new Date(at.getTime() - 120_000),
      },
    });
    await db.upstreamStateSample.create({
      data: { server: "up-c", kind: "health", state: "down", writer: "t", at },
    });
    await runAlertRound(new Date(at.getTime() + 1000));
    const down = await db.alertState.findMany({ where: { rule: { builtIn: "upstream_down" } } });
    expect(Object.fromEntries(down.map((s) => [s.instance, s.state]))).toEqual({
      "up-a": "pending",
      "up-c": "firing",
    });
    expect(down.find((s) => s.instance === "up-c")?.pendingSince).toEqual(new Date(at.getTime() - 120_000));
    await runAlertRound(new Date(at.getTime() + 62_000));
    const states = await db.alertState.findMany({
      include: { rule: true },
      where: { rule: { builtIn: { in: ["upstream_down", "circuit_open", "availability"] } } },
    });
    const byRule = (key: string) =>
      Object.fromEntries(states.filter((s) => s.rule.builtIn === key).map((s) => [s.instance, s.state]));
    expect(byRule("upstream_down")).toEqual({ "up-a": "firing", "up-c": "firing" });
    expect(byRule("circuit_open")).toEqual({ "up-a": "firing" });
    expect(byRule("availability")).toEqual({ "up-a": "firing", "up-c": "firing" });
  });

  test("a delivery that keeps failing stops after the last attempt, each one recorded", async () => {
    const hook = await call<{ webhook: { id: string } }>(webhooks.POST, "POST", "", {
      apiKey: admin.secret,
      body: { name: "Broken", url },
    });
    await db.alertWebhook.updateMany({
      where: { id: { not: hook.body.webhook.id } },
      data: { isEnabled: false },
    });
    const rule = await call<{ rule: { id: string } }>(rules.POST, "POST", "", {
      apiKey: admin.secret,
      body: {
        name: "Fails",
        metric: "calls_per_second",
        scope: "server",
        server: "broken",
        comparison: "gte",
        threshold: 0,
        forSeconds: 0,
        severity: "warning",
      },
    });
    expect(rule.status).toBe(201);
    statuses.push(...Array<number>(MAX_ATTEMPTS).fill(503));
    let at = Date.now() + 200_000;
    await runAlertRound(new Date(at));
    for (let attempt = 2; attempt <= MAX_ATTEMPTS + 1; attempt++) {
      const row = await db.alertDelivery.findFirstOrThrow({ where: { webhookId: hook.body.webhook.id } });
      if (row.nextAttemptAt) at = row.nextAttemptAt.getTime();
      await deliverDueNotifications(new Date(at));
    }
    const row = await db.alertDelivery.findFirstOrThrow({ where: { webhookId: hook.body.webhook.id } });
    expect(row).toMatchObject({
      status: "failed",
      attempts: MAX_ATTEMPTS,
      lastStatusCode: 503,
      lastError: "HTTP 503",
      nextAttemptAt: null,
    });
  });

  test("webhooks: validated, edited, deleted, audited with the URL masked", async () => {
    const bad = await call<ErrorBody>(webhooks.POST, "POST", "", {
      apiKey: admin.secret,
      body: { name: "", url: "ftp://x", minSeverity: "info", secret: "mine" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details!.fields).toEqual({
      name: ["Enter a name"],
      url: ["Use an http:// or https:// URL"],
      minSeverity: ["Choose warning or critical"],
      secret: ["Unknown field"],
    });
    const created = await call<{ webhook: { id: string; url: string } }>(webhooks.POST, "POST", "", {
      apiKey: admin.secret,
      body: { name: "Slack", url: "https://hooks.slack.test/services/T1/B2/topsecret" },
    });
    expect(created.body.webhook.url).toBe("https://hooks.slack.test/services/***");
    const id = created.body.webhook.id;
    const patched = await call<{ webhook: { minSeverity: string; isEnabled: boolean } }>(
      webhookById.PATCH,
      "PATCH",
      "",
      {
        apiKey: admin.secret,
        params: { id },
        body: { minSeverity: "critical", isEnabled: false },
      },
    );
    expect(patched.body.webhook).toMatchObject({ minSeverity: "critical", isEnabled: false });
    expect(
      (await call(webhookById.DELETE, "DELETE", "", { apiKey: admin.secret, params: { id } })).status,
    ).toBe(204);
    expect(
      (await call(webhookById.DELETE, "DELETE", "", { apiKey: admin.secret, params: { id } })).status,
    ).toBe(404);
    await auditCommit.flush();
    const events = await db.auditEvent.findMany({ where: { target: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual([
      "alert_webhook.create",
      "alert_webhook.update",
      "alert_webhook.delete",
    ]);
    expect(JSON.stringify(events)).not.toContain("topsecret");
  });
});
