// Which declaration applies to a tool: its own, else its server's default, else none. Pure, so
// the tool views and the gateway's catalog agree on it.
import {
  parseStoredDeclaration,
  type PrivacyDeclaration,
} from "@/lib/privacy/declarations/privacy-declaration";

export type EffectivePrivacy = { declaration: PrivacyDeclaration | null; source: "tool" | "server" | null };

export function effectivePrivacy(toolPrivacy: unknown, serverDefault: unknown): EffectivePrivacy {
  const own = parseStoredDeclaration(toolPrivacy);
  if (own) return { declaration: own, source: "tool" };
  const inherited = parseStoredDeclaration(serverDefault);
  if (inherited) return { declaration: inherited, source: "server" };
  return { declaration: null, source: null };
}
