import "server-only";
import { env } from "@/lib/env";

// The one place raw SQL learns which database it runs on: placeholders, stored dates, counts.
// (Prisma queries need none of this; only $queryRawUnsafe / $executeRawUnsafe and the pg pool do.)

/** The placeholder for the `index`th (1-based) parameter: "?" on SQLite, "$n" (with an optional cast) on PostgreSQL. */
export function sqlPlaceholder(index: number, pgCast = ""): string {
  return env.isPostgres ? `$${index}${pgCast}` : "?";
}

/** ASCII-case-insensitive LIKE: SQLite's LIKE already ignores ASCII case; PostgreSQL needs ILIKE. */
export function caseInsensitiveLike(): string {
  return env.isPostgres ? "ILIKE" : "LIKE";
}

/** Collects parameters for one raw statement: "?" on SQLite, "$n" (with an optional cast) on PostgreSQL. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown, pgCast = ""): string {
    this.values.push(value);
    return sqlPlaceholder(this.values.length, pgCast);
  }

  /** An instant compared with a DateTime column. */
  instant(date: Date): string {
    return this.add(storedInstant(date), "::timestamp");
  }

  list(values: readonly unknown[]): string {
    return values.map((v) => this.add(v)).join(", ");
  }
}

/** A date as Prisma stores it: ISO text on SQLite, a UTC timestamp on PostgreSQL. */
export function storedInstant(date: Date): string {
  return env.isPostgres ? date.toISOString() : date.toISOString().replace("Z", "+00:00");
}

/** COUNT(*) comes back as a bigint on PostgreSQL and a number on SQLite. */
export function toCount(value: unknown): number {
  return typeof value === "bigint" ? Number(value) : Number(value ?? 0);
}
