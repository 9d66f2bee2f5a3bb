import "server-only";
import type { Prompt, Resource, ResourceTemplate } from "@modelcontextprotocol/sdk/types.js";
import { db } from "@/lib/db";

// One transaction per list: a server reports dozens of resources, and one commit per upsert made
// discovery take seconds on SQLite (so new servers' tools appeared late).

/** Stores the prompts a server reports; ones no longer reported are marked removed. */
export async function syncPrompts(serverId: string, prompts: Prompt[]): Promise<void> {
  const now = new Date();
  await db.$transaction(async (tx) => {
    for (const prompt of prompts) {
      const data = {
        title: prompt.title ?? null,
        description: prompt.description ?? "",
        arguments: (prompt.arguments ?? []) as object,
        status: "active",
        lastSeenAt: now,
      };
      await tx.prompt.upsert({
        where: { serverId_name: { serverId, name: prompt.name } },
        create: { serverId, name: prompt.name, ...data },
        update: data,
      });
    }
    await tx.prompt.updateMany({
      where: { serverId, name: { notIn: prompts.map((p) => p.name) } },
      data: { status: "removed" },
    });
  });
}

/** Stores resources and resource templates; ones no longer reported are marked removed. */
export async function syncResources(
  serverId: string,
  resources: Resource[],
  templates: ResourceTemplate[],
): Promise<void> {
  const now = new Date();
  const rows = [
    ...resources.map((r) => ({
      kind: "resource",
      uri: r.uri,
      name: r.name,
      title: r.title ?? null,
      description: r.description ?? "",
      mimeType: r.mimeType ?? null,
    })),
    ...templates.map((t) => ({
      kind: "template",
      uri: t.uriTemplate,
      name: t.name,
      title: t.title ?? null,
      description: t.description ?? "",
      mimeType: t.mimeType ?? null,
    })),
  ];
  await db.$transaction(async (tx) => {
    for (const row of rows) {
      const data = { ...row, status: "active", lastSeenAt: now };
      await tx.resource.upsert({
        where: { serverId_kind_uri: { serverId, kind: row.kind, uri: row.uri } },
        create: { serverId, ...data },
        update: data,
      });
    }
    for (const kind of ["resource", "template"]) {
      const seen = rows.filter((r) => r.kind === kind).map((r) => r.uri);
      await tx.resource.updateMany({
        where: { serverId, kind, uri: { notIn: seen } },
        data: { status: "removed" },
      });
    }
  });
}
