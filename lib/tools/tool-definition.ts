import type { Tool as McpTool } from "@modelcontextprotocol/sdk/types.js";
import { canonicalJson } from "@/lib/audit/canonical-json";
import { sha256Hex } from "@/lib/crypto/sha256-hex";

/** The parts of a tool that define its behaviour for an agent; a change to any needs review. */
export type ToolDefinition = {
  name: string;
  title: string | null;
  description: string;
  inputSchema: Record<string, unknown>;
  outputSchema: Record<string, unknown> | null;
  annotations: Record<string, unknown> | null;
};

export function toToolDefinition(tool: McpTool): ToolDefinition {
  return {
    name: tool.name,
    title: tool.title ?? (typeof tool.annotations?.title === "string" ? tool.annotations.title : null),
    description: tool.description ?? "",
    inputSchema: tool.inputSchema as Record<string, unknown>,
    outputSchema: (tool.outputSchema as Record<string, unknown> | undefined) ?? null,
    annotations: (tool.annotations as Record<string, unknown> | undefined) ?? null,
  };
}

export function hashToolDefinition(definition: ToolDefinition): string {
  return sha256Hex(canonicalJson(definition));
}
