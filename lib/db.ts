import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
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
    adapter: configuredSqlite(new PrismaBetterSQLite3({ url: env.DATABASE_URL })),
  });
}

/** The better-sqlite3 connection the adapter opened last (SQLite only; see sqliteConnection). */
const openedSqlite = processSingleton("db.sqlite-connection", () => ({
  current: null as BetterSqlite3.Database | null,
}));

/**
 * Two pragmas that hold per connection, so they are set on each one the adapter opens (one per
 * client):
 * - secure_delete: SQLite leaves deleted and overwritten values in the free space of its pages (a
 *   row updated at sign-in leaves its old copy behind); zeroing them means an erased person's
 *   email or name survives nowhere in the file (issue 12's byte search).
 * - synchronous = NORMAL in WAL mode (lib/bootstrap/enable-sqlite-wal.ts): a commit is in the WAL
 *   file, so it survives Gatehouse being killed, but is not fsynced until the next checkpoint, so
 *   an OS crash or power cut can lose the last ones. better-sqlite3 is built to default to this
 *   only on a file that was already in WAL mode when opened; set here, it no longer depends on
 *   which process switched the mode. FULL would fsync every audit commit on the event loop: 183-194
 *   against 25-27 µs per single-row commit on the 2-core bench machine.
 */
function configuredSqlite(factory: PrismaBetterSQLite3) {
  return {
    provider: "sqlite" as const,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      const connection = connectionOf(adapter);
      connection.pragma("secure_delete = ON");
      // In rollback-journal mode (a file before its first bootstrap) NORMAL is less safe: FULL stays.
      if (connection.pragma("journal_mode", { simple: true }) === "wal")
        connection.pragma("synchronous = NORMAL");
      openedSqlite.current = connection;
      return adapter;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

export const db: Db = processSingleton("db", createDb);

/**
 * The one SQLite connection Prisma's adapter writes through, for the audit group commit's own
 * prepared INSERT (lib/audit/insert-audit-rows.ts): Prisma's raw-query pipeline and a statement
 * prepared per call were 13 % of the gateway's CPU (bench:gateway). The same connection, not a
 * second one, so SQLite still has one writer and the statement sees what Prisma sees.
 */
export async function sqliteConnection(): Promise<BetterSqlite3.Database> {
  if (!openedSqlite.current?.open) await db.$connect();
  return openedSqlite.current!;
}

/**
 * The adapter (@prisma/adapter-better-sqlite3 6.19, pinned with ~) keeps its better-sqlite3
 * Database in a public `client` field that its types do not declare. Checked here so that an
 * upgrade that moves it fails at the first connection rather than somewhere later.
 */
function connectionOf(adapter: object): BetterSqlite3.Database {
  const client: unknown = Reflect.get(adapter, "client");
  const isDatabase =
    typeof client === "object" && client !== null && typeof Reflect.get(client, "prepare") === "function";
  if (!isDatabase)
    throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection as `client`");
  // The one cast: checked above to be the better-sqlite3 Database the adapter created.
  return client as BetterSqlite3.Database;
}

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
