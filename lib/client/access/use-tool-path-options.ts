"use client";

import { useMemo, type ReactNode } from "react";
import { useAccessToolPaths } from "@/lib/client/access/use-access-tool-paths";

/** A suggestion; the same shape as the Combobox option (components/ui), which lib may not import. */
export type ToolPathOption = { value: string; label: string; hint?: ReactNode };

/**
 * Suggestions for a grant pattern or a tool to explain, matching the text typed so far:
 * "<server>/*" (every tool of a server) first, then "<server>/<tool>".
 */
export function useToolPathOptions(
  text: string,
  options: { includeServerPatterns?: boolean } = {},
): ToolPathOption[] {
  const { data } = useAccessToolPaths();
  const includeServerPatterns = options.includeServerPatterns ?? true;
  return useMemo(() => {
    if (!data) return [];
    const needle = text.trim().toLowerCase();
    const matches = (path: string) => path.toLowerCase().includes(needle) && path !== text.trim();
    const servers = includeServerPatterns
      ? data.serverPatterns
          .filter(matches)
          .map((p) => ({ value: p, label: p, hint: `Every tool of ${p.slice(0, -2)}` }))
      : [];
    const tools = data.toolPaths.filter(matches).map((p) => ({ value: p, label: p }));
    return [...servers, ...tools];
  }, [data, text, includeServerPatterns]);
}
