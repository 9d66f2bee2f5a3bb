// Liveness and readiness, public and cheap.
import { expect, test } from "vitest";
import * as health from "@/app/api/health/route";
import * as ready from "@/app/api/health/ready/route";
import { call } from "../helpers/http";
import { createTestKey, seedRoles } from "../helpers/fixtures";

test("GET /api/health is 200 {status: ok} without credentials", async () => {
  const res = await call(health.GET, "GET", "/api/health");
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ status: "ok" });
  expect(res.headers.get("x-correlation-id")).toBeTruthy();
});

test("GET /api/health/ready is 200 with only ok/degraded per check without credentials", async () => {
  const res = await call<{ status: string; checks: Record<string, unknown> }>(
    ready.GET,
    "GET",
    "/api/health/ready",
  );
  expect(res.status).toBe(200);
  expect(res.headers.get("cache-control")).toBe("no-store");
  expect(res.body).toEqual({
    status: "ok",
    checks: { database: { status: "ok" }, upstreams: { status: "ok" } },
  });
});

test("GET /api/health/ready gives the database latency and each upstream to a principal with servers:read", async () => {
  await seedRoles();
  const viewer = await createTestKey(["viewer"]);
  const res = await call<{
    status: string;
    checks: {
      database: { status: string; latencyMs: number };
      upstreams: { status: string; servers: unknown[] };
    };
  }>(ready.GET, "GET", "/api/health/ready", { apiKey: viewer.secret });
  expect(res.status).toBe(200);
  expect(res.body.status).toBe("ok");
  expect(res.body.checks.database.status).toBe("ok");
  expect(res.body.checks.database.latencyMs).toEqual(expect.any(Number));
  expect(res.body.checks.database.latencyMs).toBeGreaterThanOrEqual(0);
  expect(res.body.checks.upstreams).toEqual({ status: "ok", servers: [] });
});
