import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toUpstreamConfig, type UpstreamConfig } from "@/lib/servers/upstream-config";

export async function getUpstreamConfigOrThrow(id: string): Promise<UpstreamConfig> {
  const row = await db.upstreamServer.findUnique({ where: { id } });
  if (!row) throw new AppError("not_found", "No server with this id.");
  return toUpstreamConfig(row);
}
