import "server-only";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Prompt, Resource, ResourceTemplate, Tool } from "@modelcontextprotocol/sdk/types.js";

export type UpstreamCatalog = {
  tools: Tool[];
  prompts: Prompt[];
  resources: Resource[];
  templates: ResourceTemplate[];
};

const MAX_PAGES = 50;

async function collect<T>(
  fetchPage: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string }>,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { items, nextCursor } = await fetchPage(cursor);
    all.push(...items);
    if (!nextCursor) break;
    cursor = nextCursor;
  }
  return all;
}

/** Everything an upstream offers, following pagination; lists it does not support are empty. */
export async function listUpstreamCatalog(client: Client, timeoutMs: number): Promise<UpstreamCatalog> {
  const capabilities = client.getServerCapabilities() ?? {};
  const options = { timeout: timeoutMs };
  const [tools, prompts, resources, templates] = await Promise.all([
    capabilities.tools
      ? collect(async (cursor) => {
          const r = await client.listTools({ cursor }, options);
          return { items: r.tools, nextCursor: r.nextCursor };
        })
      : [],
    capabilities.prompts
      ? collect(async (cursor) => {
          const r = await client.listPrompts({ cursor }, options);
          return { items: r.prompts, nextCursor: r.nextCursor };
        })
      : [],
    capabilities.resources
      ? collect(async (cursor) => {
          const r = await client.listResources({ cursor }, options);
          return { items: r.resources, nextCursor: r.nextCursor };
        })
      : [],
    capabilities.resources
      ? collect(async (cursor) => {
          const r = await client.listResourceTemplates({ cursor }, options);
          return { items: r.resourceTemplates, nextCursor: r.nextCursor };
        })
      : [],
  ]);
  return { tools, prompts, resources, templates };
}
