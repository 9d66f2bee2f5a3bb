// Liveness and readiness, public and cheap.
import { expect, test } from "vitest";
import * as health from "@/app/api/health/route";
import * as ready from "@/app/api/health/ready/route";
import { call } from "../helpers/http";

test("GET /api/health is 200 {status: ok} without credentials", async () => {
  const res = await call(health.GET, "GET", "/api/health");
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ status: "ok" });
  expect(res.headers.get("x-correlation-id")).toBeTruthy();
});

test("GET /api/health/ready is 200 with the database check and its latency", async () => {
  const res = await call<{ status: string; checks: { database: { status: string; latencyMs: number } } }>(ready.GET, "GET", "/api/health/ready");
  expect(res.status).toBe(200);
  expect(res.headers.get("cache-control")).toBe("no-store");
  expect(res.body.status).toBe("ok");
  expect(res.body.checks.database.status).toBe("ok");
  expect(res.body.checks.database.latencyMs).toEqual(expect.any(Number));
  expect(res.body.checks.database.latencyMs).toBeGreaterThanOrEqual(0);
});
