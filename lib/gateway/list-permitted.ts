import "server-only";
import type { Prompt, Resource, ResourceTemplate, Tool } from "@modelcontextprotocol/sdk/types.js";
import { decide } from "@/lib/rbac/decide";
import { actorOf, recordEvent } from "@/lib/audit/record-event";
import { resourcePath } from "@/lib/gateway/exposed-names";
import type { GatewayRequestContext } from "@/lib/gateway/gateway-request-context";

const MAX_WITHHELD_LISTED = 50;

/**
 * tools/list: only what the key may call. When tools are withheld, one audit event (result
 * "denied") names them, so an operator can see why an agent did not find a tool.
 */
export async function listPermittedTools(ctx: GatewayRequestContext): Promise<Tool[]> {
  const permitted: Tool[] = [];
  const withheld: string[] = [];
  for (const tool of ctx.runtime.catalog.tools.values()) {
    if (decide(ctx.principal.access, { tool: tool.path }).allowed) permitted.push(tool.listing);
    else withheld.push(tool.path);
  }
  if (withheld.length) {
    await recordEvent({
      category: "gateway",
      action: "tools/list",
      result: "denied",
      actor: actorOf(ctx.principal),
      details: {
        listed: permitted.length,
        withheldCount: withheld.length,
        withheld: withheld.slice(0, MAX_WITHHELD_LISTED),
      },
      meta: ctx.meta,
    });
  }
  return permitted;
}

export function listPermittedPrompts(ctx: GatewayRequestContext): Prompt[] {
  return [...ctx.runtime.catalog.prompts.values()]
    .filter((p) => decide(ctx.principal.access, { tool: p.path }).allowed)
    .map((p) => p.listing);
}

export function listPermittedResources(ctx: GatewayRequestContext): Resource[] {
  return [...ctx.runtime.catalog.resources.values()]
    .filter((r) => decide(ctx.principal.access, { tool: r.path }).allowed)
    .map((r) => r.listing as Resource);
}

export function listPermittedTemplates(ctx: GatewayRequestContext): ResourceTemplate[] {
  return ctx.runtime.catalog.templates
    .filter(
      (t) => decide(ctx.principal.access, { tool: resourcePath(t.slug, t.template.toString()) }).allowed,
    )
    .map((t) => t.listing as ResourceTemplate);
}
