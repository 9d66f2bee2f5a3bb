import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";

// Audit inserts on PostgreSQL go through their own small pool rather than Prisma: a group commit
// is one statement with one large JSON parameter, and Prisma's query pipeline spent about a
// third of the write path's CPU passing it through (bench:audit). Same database, same URL as
// lib/db.ts. (SQLite writes on Prisma's own connection instead, lib/db.ts sqliteConnection: a
// second one there could wait on Prisma's open transaction while blocking the one thread that
// would finish it.)

export function postgresAuditPool(): pg.Pool {
  return processSingleton(
    "audit.postgres-pool",
    () => new pg.Pool({ connectionString: env.DATABASE_URL, max: 2, allowExitOnIdle: true }),
  );
}
