// What every SQLite connection is set to (lib/db.ts): WAL with synchronous=NORMAL, so an audit
// commit survives a killed process without an fsync per commit, and secure_delete. PostgreSQL:
// nothing to check.
import { describe, expect, test } from "vitest";
import { db, sqliteConnection } from "@/lib/db";
import { env } from "@/lib/env";
import { enableSqliteWal } from "@/lib/bootstrap/enable-sqlite-wal";

describe.skipIf(env.isPostgres)("SQLite connection settings", () => {
  test("the connection that switches the file to WAL runs synchronous=NORMAL", async () => {
    await enableSqliteWal();
    const connection = await sqliteConnection();
    expect(connection.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(Number(connection.pragma("synchronous", { simple: true }))).toBe(1);
  });

  test("a connection opened later gets NORMAL and secure_delete too", async () => {
    await enableSqliteWal();
    await db.$disconnect();
    const connection = await sqliteConnection();
    expect(connection.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(Number(connection.pragma("synchronous", { simple: true }))).toBe(1);
    expect(Number(connection.pragma("secure_delete", { simple: true }))).toBe(1);
  });
});
