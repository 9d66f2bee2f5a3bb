import "server-only";
import { db } from "@/lib/db";
import { toToolView, toolViewInclude } from "@/lib/tools/tool-view";
import type { ToolView } from "@/lib/tools/tool-view-type";
import type { ListToolsQuery } from "@/lib/tools/schemas";

/** Tools across servers with filters, ordered by server and name, cursor-paginated. */
export async function listTools(
  query: ListToolsQuery,
): Promise<{ tools: ToolView[]; nextCursor: string | null }> {
  const rows = await db.tool.findMany({
    where: {
      ...(query.server ? { server: { OR: [{ id: query.server }, { slug: query.server }] } } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.enabled !== undefined ? { isEnabled: query.enabled } : {}),
      ...(query.q
        ? {
            OR: [
              { name: { contains: query.q } },
              { description: { contains: query.q } },
              { title: { contains: query.q } },
            ],
          }
        : {}),
    },
    include: toolViewInclude,
    orderBy: [{ serverId: "asc" }, { name: "asc" }],
    take: query.annotation ? undefined : query.limit + 1,
    ...(query.cursor && !query.annotation ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  // Annotations are JSON and filtered here; registries hold hundreds of tools, not millions.
  const filtered = query.annotation
    ? rows
        .filter((r) => (r.annotations as Record<string, unknown> | null)?.[query.annotation!] === true)
        .slice(0, query.limit)
    : rows;
  const page = filtered.slice(0, query.limit);
  return {
    tools: page.map(toToolView),
    nextCursor: !query.annotation && rows.length > query.limit ? page[page.length - 1].id : null,
  };
}
