import "server-only";
import type { CatalogIndex } from "@/lib/gateway/catalog-index";

export type GovernedMethod = "tools/call" | "prompts/get" | "resources/read";

/**
 * The name of the key+tool bucket a governed call counts against, resolved in the in-memory
 * catalog first: a registered tool or prompt by its exposed name, a resource by its URI, or by
 * the template that matches it (template URIs are unbounded). null when nothing matches: such a
 * call counts against the key's own bucket only, so random names cannot create buckets.
 */
export function rateLimitTarget(catalog: CatalogIndex, method: GovernedMethod, name: string): string | null {
  if (method === "tools/call") return catalog.tools.has(name) || catalog.heldTools.has(name) ? name : null;
  if (method === "prompts/get") return catalog.prompts.has(name) ? name : null;
  if (catalog.resources.has(name)) return name;
  const template = catalog.templates.find((t) => t.template.match(name) !== null);
  return template ? `${template.slug}/${template.template.toString()}` : null;
}
