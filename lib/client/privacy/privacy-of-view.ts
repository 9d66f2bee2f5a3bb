// Reads the privacy fields the tool, server and audit views gain in issue 11 (API.md). They are
// read from the object, not its declared type, so the console works with the views before and
// after the backends add them; a missing or malformed field reads as "nothing declared/masked".
import {
  parseStoredDeclaration,
  type PrivacyDeclaration,
} from "@/lib/privacy/declarations/privacy-declaration";

export type DeclarationSource = "tool" | "server" | null;

/** A tool's effective declaration and where it comes from (its own, or its server's default). */
export type ToolPrivacyView = { declaration: PrivacyDeclaration | null; source: DeclarationSource };

const NONE: ToolPrivacyView = { declaration: null, source: null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `tool.privacy` of a ToolView or ToolDetail. */
export function readToolPrivacy(tool: object): ToolPrivacyView {
  const privacy = "privacy" in tool ? tool.privacy : null;
  if (!isRecord(privacy)) return NONE;
  const declaration = parseStoredDeclaration(privacy.declaration);
  if (!declaration) return NONE;
  const source = privacy.source === "server" ? "server" : "tool";
  return { declaration, source };
}

/** `server.privacyDefault` of a ServerView. */
export function readServerPrivacyDefault(server: object): PrivacyDeclaration | null {
  return "privacyDefault" in server ? parseStoredDeclaration(server.privacyDefault) : null;
}

/** `event.masked` of an AuditEventView: personal values in it were masked for this reader. */
export function isMaskedEvent(event: object): boolean {
  return "masked" in event && event.masked === true;
}
