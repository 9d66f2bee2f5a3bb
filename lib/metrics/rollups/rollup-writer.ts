import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { processSingleton } from "@/lib/process-singleton";

/**
 * This process's name on the rows it writes (rollups, state samples). Each process owns its rows
 * and overwrites them with its running totals, so replicas never contend for one row; the random
 * part keeps a restarted process (same host, maybe the same pid) from overwriting its predecessor.
 */
export const rollupWriter: string = processSingleton(
  "metrics.rollup-writer",
  () => `${hostname().slice(0, 40)}:${process.pid}:${randomBytes(3).toString("hex")}`,
);
