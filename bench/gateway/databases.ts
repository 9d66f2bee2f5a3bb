// The fresh databases the benchmark runs Gatehouse on, and the audit count it checks.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { defer } from "./cleanup";

export type BenchDatabase = {
  label: string;
  url: string;
  /** Runs after bootstrap: an experiment's change to the fresh database, described. */
  afterBootstrap?(): Promise<string | null>;
  /** Rows in AuditEvent with category 'gateway'. */
  countGatewayAudit(): Promise<number>;
  drop(): Promise<void>;
};

const COUNT_SQL = `SELECT count(*) AS n FROM "AuditEvent" WHERE category = 'gateway'`;

export function createSqliteDatabase(dataDir: string, journalMode: string | null = null): BenchDatabase {
  const file = path.join(dataDir, "bench.db");
  return {
    label: journalMode ? `SQLite/${journalMode}` : "SQLite",
    url: `file:${file}`,
    async afterBootstrap() {
      if (!journalMode) return null;
      const sqlite = new Database(file);
      try {
        const mode = sqlite.pragma(`journal_mode = ${journalMode}`, { simple: true });
        return `EXPERIMENT: the bench set PRAGMA journal_mode=${journalMode} on the SQLite file (now ${String(mode)}); Gatehouse itself does not`;
      } finally {
        sqlite.close();
      }
    },
    async countGatewayAudit() {
      const sqlite = new Database(file, { readonly: true, fileMustExist: true });
      try {
        return Number((sqlite.prepare(COUNT_SQL).get() as { n: number }).n);
      } finally {
        sqlite.close();
      }
    },
    async drop() {
      rmSync(file, { force: true });
      rmSync(`${file}-wal`, { force: true });
      rmSync(`${file}-shm`, { force: true });
    },
  };
}

const PG_SERVER = "postgresql://postgres@127.0.0.1:5432";

/**
 * A new database gh_bench_<pid>, or null (with the reason) when PostgreSQL is unreachable. With
 * `synchronousCommit` (an experiment) the database gets that synchronous_commit after bootstrap.
 */
export async function createPostgresDatabase(
  synchronousCommit: string | null = null,
): Promise<BenchDatabase | { unavailable: string }> {
  const name = `gh_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${PG_SERVER}/postgres`, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = `${PG_SERVER}/${name}`;
  const drop = defer(`drop database ${name}`, async () => {
    const client = new pg.Client({ connectionString: `${PG_SERVER}/postgres` });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await client.end();
    }
  });
  return {
    label: synchronousCommit ? `PostgreSQL/sc=${synchronousCommit}` : "PostgreSQL",
    url,
    async afterBootstrap() {
      if (!synchronousCommit) return null;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(
          `ALTER DATABASE ${name} SET synchronous_commit = ${pg.escapeLiteral(synchronousCommit)}`,
        );
        return `EXPERIMENT: the bench set synchronous_commit=${synchronousCommit} on ${name}; Gatehouse itself does not`;
      } finally {
        await client.end();
      }
    },
    async countGatewayAudit() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return Number((await client.query<{ n: string }>(COUNT_SQL)).rows[0].n);
      } finally {
        await client.end();
      }
    },
    drop,
  };
}

/** A temp directory (DATA_DIR, SQLite file), removed at cleanup. */
export function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  defer(
    `remove ${dir}`,
    () => rmSync(dir, { recursive: true, force: true }),
    () => rmSync(dir, { recursive: true, force: true }),
  );
  return dir;
}
