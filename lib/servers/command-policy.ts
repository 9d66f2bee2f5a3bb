import "server-only";
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditByActor } from "@/lib/audit/audit-event-types";

/**
 * The program a stdio command names, as an absolute path: "node" is this process's own Node; other
 * bare names are looked up on Gatehouse's PATH, so a PATH in the server's env cannot swap the
 * program. Null when nothing executable is found.
 */
export function resolveCommand(command: string, searchPath: string = env.PATH): string | null {
  if (command === "node") return process.execPath;
  if (command.includes("/")) return path.resolve(command);
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * Whether STDIO_ALLOWED_COMMANDS permits a command (always, when it is unset). A bare name in the
 * list allows that name and the file it resolves to; an absolute path allows exactly that file.
 * Relative paths ("./x", "bin/x") are allowed only when listed as typed.
 */
export function isCommandAllowed(
  command: string,
  allowed: readonly string[] | undefined = env.STDIO_ALLOWED_COMMANDS,
): boolean {
  if (!allowed) return true;
  if (allowed.includes(command)) return true;
  if (command.includes("/") && !path.isAbsolute(command)) return false;
  const target = resolveCommand(command);
  if (!target) return false;
  return allowed.some((entry) =>
    path.isAbsolute(entry)
      ? path.normalize(entry) === target
      : !entry.includes("/") && resolveCommand(entry) === target,
  );
}

export const COMMAND_NOT_ALLOWED = "command_not_allowed";

/** Refuses (403, audited) a command outside STDIO_ALLOWED_COMMANDS, naming the setting. */
export async function assertCommandAllowed(
  command: string,
  audit: { action: string; target: string; serverId?: string; by: AuditByActor },
): Promise<void> {
  if (isCommandAllowed(command)) return;
  await recordEvent({
    category: "server",
    action: audit.action,
    result: "denied",
    actor: audit.by.actor,
    serverId: audit.serverId ?? null,
    target: audit.target,
    details: { command, reason: COMMAND_NOT_ALLOWED },
    meta: audit.by.meta,
  });
  throw new AppError(
    "forbidden",
    `The command ${command} is not allowed here: STDIO_ALLOWED_COMMANDS lists the commands stdio servers may run (${env.STDIO_ALLOWED_COMMANDS?.join(", ")}).`,
    { reason: COMMAND_NOT_ALLOWED, fields: { command: ["Not in STDIO_ALLOWED_COMMANDS"] } },
  );
}
