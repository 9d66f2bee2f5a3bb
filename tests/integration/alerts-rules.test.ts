// Alert rules over REST: built-ins seeded once with the thresholds, editable and
// disableable but not deletable; custom rules validated with clear messages; changes audited;
// the Prometheus rule file lists the enabled rules.
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { auditCommit } from "@/lib/audit/record-event";
import { seedBuiltInRules } from "@/lib/alerts/seed-built-in-rules";
import { resetProcessSingleton } from "@/lib/process-singleton";
import * as rules from "@/app/api/v1/alerts/rules/route";
import * as ruleById from "@/app/api/v1/alerts/rules/[id]/route";
import * as promRules from "@/app/api/v1/alerts/prometheus-rules/route";
import * as history from "@/app/api/v1/alerts/history/route";
import { call, type ErrorBody } from "../helpers/http";
import { createTestKey, seedRoles, type TestKey } from "../helpers/fixtures";

type Rule = {
  id: string;
  builtIn: string | null;
  name: string;
  metric: string;
  threshold: number;
  forSeconds: number;
  severity: string;
  isEnabled: boolean;
  comparison: string;
};
let admin: TestKey;

beforeAll(async () => {
  await seedRoles();
  admin = await createTestKey(["admin"]);
});

const list = async () =>
  (await call<{ rules: Rule[] }>(rules.GET, "GET", "/api/v1/alerts/rules", { apiKey: admin.secret })).body
    .rules;
const builtIn = async (key: string) => (await list()).find((r) => r.builtIn === key)!;

describe("alert rules", () => {
  test("built-ins carry the seed thresholds, and seeding again keeps edits and adds no rows", async () => {
    const seeded = await list();
    expect(
      seeded.map((r) => [r.builtIn, r.metric, r.comparison, r.threshold, r.forSeconds, r.severity]),
    ).toEqual([
      ["p95_latency", "p95_latency_ms", "gt", 5000, 0, "warning"],
      ["error_rate_warning", "error_rate", "gt", 5, 0, "warning"],
      ["error_rate_critical", "error_rate", "gt", 10, 0, "critical"],
      ["availability", "availability", "lt", 99, 0, "warning"],
      ["p99_latency", "p99_latency_ms", "gt", 1000, 300, "warning"],
      ["upstream_down", "upstream_down", "gte", 1, 60, "critical"],
      ["circuit_open", "circuit_open", "gte", 1, 0, "warning"],
    ]);
    const p95 = await builtIn("p95_latency");
    await call(ruleById.PATCH, "PATCH", "", {
      apiKey: admin.secret,
      params: { id: p95.id },
      body: { threshold: 4000 },
    });
    resetProcessSingleton("alerts.built-ins-seeded");
    await seedBuiltInRules();
    expect(await db.alertRule.count({ where: { builtIn: { not: null } } })).toBe(7);
    expect((await builtIn("p95_latency")).threshold).toBe(4000);
  });

  test("a built-in rule is edited and disabled, not deleted; the change is audited", async () => {
    const rule = await builtIn("error_rate_critical");
    const patched = await call<{ rule: Rule }>(ruleById.PATCH, "PATCH", "", {
      apiKey: admin.secret,
      params: { id: rule.id },
      body: { threshold: 15, forSeconds: 120, severity: "warning", isEnabled: false },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.rule).toMatchObject({
      threshold: 15,
      forSeconds: 120,
      severity: "warning",
      isEnabled: false,
    });
    const deleted = await call<ErrorBody>(ruleById.DELETE, "DELETE", "", {
      apiKey: admin.secret,
      params: { id: rule.id },
    });
    expect(deleted.status).toBe(409);
    expect(deleted.body.error.message).toMatch(/Built-in alert rules cannot be deleted\. Disable/);
    await auditCommit.flush();
    const event = await db.auditEvent.findFirst({ where: { action: "alert_rule.disable", target: rule.id } });
    expect(event).toMatchObject({ category: "system", result: "success" });
  });

  test("custom rules: created, validated with clear messages, deleted", async () => {
    const bad = await call<ErrorBody>(rules.POST, "POST", "", {
      apiKey: admin.secret,
      body: {
        name: "",
        metric: "latency",
        scope: "tool",
        comparison: "above",
        threshold: "x",
        forSeconds: -1,
        severity: "info",
      },
    });
    expect(bad.status).toBe(400);
    const fields = bad.body.error.details!.fields as Record<string, string[]>;
    expect(fields.name).toEqual(["Enter a name"]);
    expect(fields.metric[0]).toMatch(/^Choose one of p50_latency_ms/);
    expect(fields.comparison).toEqual(["Choose gt, gte, lt or lte"]);
    expect(fields.threshold).toEqual(["Enter a number"]);
    expect(fields.forSeconds).toEqual(["Use 0 or more seconds"]);
    expect(fields.severity).toEqual(["Choose warning or critical"]);

    const scoped = await call<ErrorBody>(rules.POST, "POST", "", {
      apiKey: admin.secret,
      body: {
        name: "Tool errors",
        metric: "error_rate",
        scope: "tool",
        comparison: "gt",
        threshold: 250,
        forSeconds: 0,
        severity: "warning",
      },
    });
    expect(scoped.body.error.details!.fields).toEqual({
      server: ["Name the server this rule watches"],
      tool: ["Name the tool this rule watches"],
      threshold: ["Use a percentage between 0 and 100"],
    });

    const created = await call<{ rule: Rule }>(rules.POST, "POST", "", {
      apiKey: admin.secret,
      body: {
        name: "Search slow",
        metric: "p95_latency_ms",
        scope: "tool",
        server: "docs",
        tool: "search",
        comparison: "gt",
        threshold: 800,
        forSeconds: 60,
        severity: "critical",
      },
    });
    expect(created.status).toBe(201);
    const badPatch = await call<ErrorBody>(ruleById.PATCH, "PATCH", "", {
      apiKey: admin.secret,
      params: { id: created.body.rule.id },
      body: { metric: "error_rate" },
    });
    expect(badPatch.status).toBe(400);
    const text = (await call<string>(promRules.GET, "GET", "", { apiKey: admin.secret })).body;
    expect(text).toContain(
      'histogram_quantile(0.95, sum by (le, server, tool) (rate(gatehouse_gateway_call_duration_seconds_bucket{server=\\"docs\\",tool=\\"search\\"}[5m]))) > 0.8',
    );
    const gone = await call(ruleById.DELETE, "DELETE", "", {
      apiKey: admin.secret,
      params: { id: created.body.rule.id },
    });
    expect(gone.status).toBe(204);
    const missing = await call<ErrorBody>(ruleById.GET, "GET", "", {
      apiKey: admin.secret,
      params: { id: created.body.rule.id },
    });
    expect(missing.status).toBe(404);
  });

  test("the Prometheus rule file has the enabled rules only, as YAML", async () => {
    const response = await call<string>(promRules.GET, "GET", "", { apiKey: admin.secret });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/yaml");
    expect(response.body).toMatch(/^# Gatehouse alert rules.*\ngroups:\n  - name: gatehouse\n    rules:\n/);
    expect(response.body).toContain('- alert: "Gatehouse_p95_latency"');
    expect(response.body).toContain(
      'expr: "histogram_quantile(0.95, sum by (le) (rate(gatehouse_gateway_call_duration_seconds_bucket[5m]))) > 4"',
    );
    expect(response.body).toContain('expr: "(gatehouse_upstream_health == bool 0) >= 1"');
    expect(response.body).toContain("for: 1m");
    // error_rate_critical was disabled above
    expect(response.body).not.toContain("Gatehouse_error_rate_critical");
  });

  test("history pages: a bad page size is refused with a message, pages hold what they say", async () => {
    const bad = await call<ErrorBody>(history.GET, "GET", "/api/v1/alerts/history?pageSize=500", {
      apiKey: admin.secret,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details!.fields).toEqual({ pageSize: ["Use at most 200 rows a page"] });
    const rule = await builtIn("circuit_open");
    await db.alertEvent.createMany({
      data: [1, 2, 3].map((n) => ({
        ruleId: rule.id,
        ruleName: rule.name,
        instance: `s${n}`,
        state: "firing",
        severity: "warning",
        metric: "circuit_open",
        value: 1,
        threshold: 1,
        at: new Date(Date.now() - n * 1000),
      })),
    });
    const page2 = await call<{ events: Array<{ instance: string }>; total: number; page: number }>(
      history.GET,
      "GET",
      `/api/v1/alerts/history?page=2&pageSize=2&ruleId=${rule.id}`,
      { apiKey: admin.secret },
    );
    expect(page2.body).toMatchObject({ total: 3, page: 2 });
    expect(page2.body.events.map((e) => e.instance)).toEqual(["s3"]);
  });
});
