import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  Prisma,
  PrismaClient as SqliteClient,
  type AuditEvent,
  type PrivacyRequest,
} from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";
import { env } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";

/**
 * Both generated clients come from one model file (prisma/models.prisma), so their query API is
 * the same; the app is typed against the SQLite one and the provider is chosen at run time.
 * createDb() below holds the only cast between the two clients; nothing else may make one. What
 * differs between the databases in raw SQL (placeholders, stored dates) is in lib/db/dialect.ts.
 */
export type Db = SqliteClient;

function createDb(): Db {
  if (env.isPostgres) {
    // The one cast: a structurally identical client generated for the other provider
    // (prisma/models.prisma); TypeScript cannot see that two generated classes have one API.
    return new PostgresClient({
      adapter: new PrismaPg({ connectionString: env.DATABASE_URL }),
    }) as unknown as Db;
  }
  return new SqliteClient({
    adapter: secureDeleteSqlite(new PrismaBetterSQLite3({ url: env.DATABASE_URL })),
  });
}

/**
 * SQLite leaves deleted and overwritten values in the free space of its pages (a row updated at
 * sign-in leaves its old copy behind); with secure_delete on it zeroes them, so an erased
 * person's email or name survives nowhere in the file (issue 12's byte search). The pragma holds
 * per connection, so it is set on each one the adapter opens (one per client).
 */
function secureDeleteSqlite(factory: PrismaBetterSQLite3) {
  return {
    provider: "sqlite" as const,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      await adapter.executeScript("PRAGMA secure_delete = ON");
      return adapter;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

export const db: Db = processSingleton("db", createDb);

// The rest of the app imports the generated clients only through here, so that the choice of the
// SQLite client as the type (above) stays in this file.

/** SQL NULL for a Json column: one value shared by both generated clients (Prisma's runtime). */
export const DbNull = Prisma.DbNull;

/** The generated input types (where, data, JSON values), the same for both providers. */
export type { Prisma };

/** An AuditEvent row as the model defines it (the same for both providers). */
export type AuditEventRow = AuditEvent;

/** A PrivacyRequest row (the same for both providers). */
export type PrivacyRequestRow = PrivacyRequest;
