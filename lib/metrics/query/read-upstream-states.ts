import "server-only";
import { db } from "@/lib/db";
import type { StateBand } from "@/lib/metrics/dashboard-types";

const UP = new Set(["healthy", "degraded"]);

type Sample = { state: string; at: Date };

/** Consecutive samples of one state as bands over [from, to); `before` is the state the range opens in. */
export function toBands(samples: Sample[], from: Date, to: Date, before: string | null): StateBand[] {
  const bands: StateBand[] = [];
  let current = before ? { state: before, from } : null;
  for (const sample of samples) {
    if (current?.state === sample.state) continue;
    if (current)
      bands.push({ from: current.from.toISOString(), to: sample.at.toISOString(), state: current.state });
    current = { state: sample.state, from: sample.at };
  }
  if (current) bands.push({ from: current.from.toISOString(), to: to.toISOString(), state: current.state });
  return bands;
}

/** Share of health checks in the range that found the server up; null without any that knew. */
export function availabilityOf(samples: Sample[]): number | null {
  const known = samples.filter((s) => s.state !== "unknown");
  return known.length > 0 ? known.filter((s) => UP.has(s.state)).length / known.length : null;
}

async function samplesOf(server: string, kind: "health" | "breaker", from: Date, to: Date) {
  const [samples, before] = await Promise.all([
    db.upstreamStateSample.findMany({
      where: { server, kind, at: { gte: from, lt: to } },
      orderBy: { at: "asc" },
      select: { state: true, at: true, latencyMs: true },
    }),
    db.upstreamStateSample.findFirst({
      where: { server, kind, at: { lt: from } },
      orderBy: { at: "desc" },
      select: { state: true },
    }),
  ]);
  return { samples, before: before?.state ?? null };
}

/** Health and breaker bands, availability and the checks themselves, for one server. */
export async function readUpstreamStates(server: string, from: Date, to: Date) {
  const [health, breaker] = await Promise.all([
    samplesOf(server, "health", from, to),
    samplesOf(server, "breaker", from, to),
  ]);
  return {
    healthBands: toBands(health.samples, from, to, health.before),
    // No breaker change on record means it never opened: closed.
    breakerBands: toBands(breaker.samples, from, to, breaker.before ?? "closed"),
    healthChecks: health.samples.map((s) => ({
      at: s.at.toISOString(),
      state: s.state,
      latencyMs: s.latencyMs,
    })),
    availability: availabilityOf(health.samples),
    breaker: breaker.samples.at(-1)?.state ?? breaker.before ?? "closed",
  };
}

/** Availability per server over [from, to), with each one's current health and breaker state. */
export async function readAvailability(from: Date, to: Date) {
  const servers = await db.upstreamServer.findMany({
    select: { id: true, slug: true, name: true, healthStatus: true },
    orderBy: { slug: "asc" },
  });
  const [health, breakers] = await Promise.all([
    db.upstreamStateSample.groupBy({
      by: ["server", "state"],
      where: { kind: "health", at: { gte: from, lt: to } },
      _count: { _all: true },
    }),
    db.upstreamStateSample.findMany({
      where: { kind: "breaker" },
      orderBy: { at: "desc" },
      distinct: ["server"],
      select: { server: true, state: true },
    }),
  ]);
  const breakerOf = new Map(breakers.map((b) => [b.server, b.state]));
  return servers.map((server) => {
    const counts = health.filter((h) => h.server === server.slug && h.state !== "unknown");
    const known = counts.reduce((sum, h) => sum + h._count._all, 0);
    const up = counts.filter((h) => UP.has(h.state)).reduce((sum, h) => sum + h._count._all, 0);
    return {
      server: server.slug,
      serverId: server.id,
      name: server.name,
      availability: known > 0 ? up / known : null,
      health: server.healthStatus,
      breaker: breakerOf.get(server.slug) ?? "closed",
    };
  });
}
