import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * SQLite keeps deleted and overwritten values in free space of its pages until they are reused;
 * with secure_delete it zeroes them, so an erased email or name is not left in the file. The
 * pragma holds per connection: the process's one connection (lib/db.ts), from here on.
 * PostgreSQL keeps dead tuples until VACUUM; a dump (pg_dump) never contains them.
 */
export async function enableSecureDelete(): Promise<void> {
  if (env.isPostgres) return;
  await db.$queryRawUnsafe("PRAGMA secure_delete = ON");
}
