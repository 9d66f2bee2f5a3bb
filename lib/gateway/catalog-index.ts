import "server-only";
import type { ValidateFunction } from "ajv";
import { UriTemplate } from "@modelcontextprotocol/sdk/shared/uriTemplate.js";
import type { Prompt, Tool as McpTool } from "@modelcontextprotocol/sdk/types.js";
import { compileInputValidator } from "@/lib/gateway/compile-input-validator";
import { exposedName, promptPath, resourcePath, toolPath } from "@/lib/gateway/exposed-names";
import { toCatalogPrivacy, type CatalogPrivacy } from "@/lib/gateway/catalog-privacy";
import { effectivePrivacy } from "@/lib/privacy/declarations/effective-declaration";

export type ExposedTool = {
  serverId: string;
  slug: string;
  name: string;
  path: string;
  timeoutMs: number | null;
  /** readOnlyHint or idempotentHint: safe to retry */
  isIdempotent: boolean;
  /** What tools/list returns (with the exposed name) */
  listing: McpTool;
  validate: ValidateFunction;
  /** What it does with personal data: its own declaration, else its server's default; null: nothing */
  privacy: CatalogPrivacy | null;
};

// Prompts and resources declare nothing of their own: their server's default applies.
export type ExposedPrompt = {
  serverId: string;
  slug: string;
  name: string;
  path: string;
  listing: Prompt;
  privacy: CatalogPrivacy | null;
};
export type ExposedResource = {
  serverId: string;
  slug: string;
  uri: string;
  path: string;
  listing: Record<string, unknown>;
  privacy: CatalogPrivacy | null;
};
export type ExposedTemplate = {
  serverId: string;
  slug: string;
  template: UriTemplate;
  listing: Record<string, unknown>;
  privacy: CatalogPrivacy | null;
};

export type ToolRow = {
  serverId: string;
  name: string;
  title: string | null;
  description: string;
  inputSchema: unknown;
  outputSchema: unknown;
  annotations: unknown;
  definitionHash: string;
  timeoutMs: number | null;
  status: string;
  /** The tool's stored declaration (Json) */
  privacy?: unknown;
};
export type PromptRow = {
  serverId: string;
  name: string;
  title: string | null;
  description: string;
  arguments: unknown;
};
export type ResourceRow = {
  serverId: string;
  kind: string;
  uri: string;
  name: string;
  title: string | null;
  description: string;
  mimeType: string | null;
};

/** The in-memory catalog the hot path reads: no database access per call. */
export class CatalogIndex {
  readonly tools = new Map<string, ExposedTool>();
  /** Tools held back from clients (changed upstream, awaiting review or rejected), by exposed name */
  readonly heldTools = new Map<string, { path: string; serverId: string; slug: string; status: string }>();
  readonly prompts = new Map<string, ExposedPrompt>();
  readonly resources = new Map<string, ExposedResource>();
  readonly templates: ExposedTemplate[] = [];

  constructor(
    slugs: ReadonlyMap<string, string>,
    rows: { tools: ToolRow[]; prompts: PromptRow[]; resources: ResourceRow[] },
    /** Each server's stored privacyDefault (Json), by server id */
    privacyDefaults: ReadonlyMap<string, unknown> = new Map(),
  ) {
    const serverPrivacy = new Map(
      [...slugs.keys()].map((id) => [
        id,
        toCatalogPrivacy(effectivePrivacy(null, privacyDefaults.get(id)).declaration),
      ]),
    );
    for (const row of rows.tools) {
      const slug = slugs.get(row.serverId);
      if (!slug) continue;
      const name = exposedName(slug, row.name);
      if (row.status !== "active") {
        this.heldTools.set(name, {
          path: toolPath(slug, row.name),
          serverId: row.serverId,
          slug,
          status: row.status,
        });
        continue;
      }
      const annotations = (row.annotations ?? undefined) as McpTool["annotations"];
      this.tools.set(name, {
        serverId: row.serverId,
        slug,
        name: row.name,
        path: toolPath(slug, row.name),
        timeoutMs: row.timeoutMs,
        isIdempotent: Boolean(annotations?.readOnlyHint || annotations?.idempotentHint),
        listing: {
          name,
          ...(row.title ? { title: row.title } : {}),
          description: row.description,
          inputSchema: row.inputSchema as McpTool["inputSchema"],
          ...(row.outputSchema ? { outputSchema: row.outputSchema as McpTool["outputSchema"] } : {}),
          ...(annotations ? { annotations } : {}),
        },
        validate: compileInputValidator(row.definitionHash, row.inputSchema as Record<string, unknown>),
        privacy: toCatalogPrivacy(
          effectivePrivacy(row.privacy, privacyDefaults.get(row.serverId)).declaration,
        ),
      });
    }
    for (const row of rows.prompts) {
      const slug = slugs.get(row.serverId);
      if (!slug) continue;
      const name = exposedName(slug, row.name);
      this.prompts.set(name, {
        serverId: row.serverId,
        slug,
        name: row.name,
        path: promptPath(slug, row.name),
        listing: {
          name,
          ...(row.title ? { title: row.title } : {}),
          description: row.description,
          arguments: (row.arguments ?? []) as Prompt["arguments"],
        },
        privacy: serverPrivacy.get(row.serverId) ?? null,
      });
    }
    for (const row of rows.resources) {
      const slug = slugs.get(row.serverId);
      if (!slug) continue;
      const listing = {
        name: row.name,
        ...(row.title ? { title: row.title } : {}),
        description: row.description,
        ...(row.mimeType ? { mimeType: row.mimeType } : {}),
      };
      if (row.kind === "template") {
        this.templates.push({
          serverId: row.serverId,
          slug,
          template: new UriTemplate(row.uri),
          listing: { ...listing, uriTemplate: row.uri },
          privacy: serverPrivacy.get(row.serverId) ?? null,
        });
      } else if (!this.resources.has(row.uri)) {
        // Resource URIs are not namespaced; when two servers expose the same URI the first wins.
        this.resources.set(row.uri, {
          serverId: row.serverId,
          slug,
          uri: row.uri,
          path: resourcePath(slug, row.uri),
          listing: { ...listing, uri: row.uri },
          privacy: serverPrivacy.get(row.serverId) ?? null,
        });
      }
    }
  }

  /** The server that can read a URI: an exact resource, else the first template that matches. */
  findResourceServer(uri: string): ExposedResource | ExposedTemplate | null {
    const exact = this.resources.get(uri);
    if (exact) return exact;
    return this.templates.find((t) => t.template.match(uri) !== null) ?? null;
  }
}
