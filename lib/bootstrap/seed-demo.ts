import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordEvent } from "@/lib/audit/record-event";

const SEEDED_SETTING = "demo_seeded";
export const DEMO_SLUG = "everything";

/**
 * Once per database (unless SEED_DEMO=false): registers the official MCP reference server,
 * run over stdio from the project's dependencies, and lets the service role call its tools.
 * Deleting the demo server later is respected: it is not re-created.
 */
export async function seedDemo(): Promise<boolean> {
  if (!env.SEED_DEMO || (await db.setting.findUnique({ where: { key: SEEDED_SETTING } }))) return false;
  const service = await db.role.findUniqueOrThrow({ where: { name: "service" }, select: { id: true } });
  await db.$transaction(async (tx) => {
    if (!(await tx.upstreamServer.findUnique({ where: { slug: DEMO_SLUG } }))) {
      await tx.upstreamServer.create({
        data: {
          slug: DEMO_SLUG,
          name: "Everything (MCP reference server)",
          description: "The official @modelcontextprotocol/server-everything, a demo upstream over stdio.",
          transport: "stdio",
          command: "node",
          args: ["node_modules/@modelcontextprotocol/server-everything/dist/index.js", "stdio"],
          envKeys: [],
        },
      });
    }
    await tx.toolGrant.upsert({
      where: { roleId_pattern_effect: { roleId: service.id, pattern: `${DEMO_SLUG}/*`, effect: "allow" } },
      create: { roleId: service.id, pattern: `${DEMO_SLUG}/*`, effect: "allow" },
      update: {},
    });
    await tx.setting.create({ data: { key: SEEDED_SETTING, value: new Date().toISOString() } });
  });
  await recordEvent({
    category: "system",
    action: "seed_demo",
    result: "success",
    actor: { type: "system" },
    target: DEMO_SLUG,
    details: { grant: `service: allow ${DEMO_SLUG}/*` },
  });
  return true;
}
