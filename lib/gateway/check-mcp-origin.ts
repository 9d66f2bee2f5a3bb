import "server-only";
import { AppError } from "@/lib/errors";
import { actorOf, recordEvent } from "@/lib/audit/record-event";
import type { RequestMeta } from "@/lib/audit/audit-event-types";
import { isAllowedOrigin } from "@/lib/http/allowed-origins";
import type { Principal } from "@/lib/auth/principal";

/**
 * DNS rebinding protection, as the MCP transport specification requires: a request whose Origin
 * header is present and not allowed (lib/http/allowed-origins.ts) is refused with 403 and
 * audited. Agents and MCP clients send no Origin at all; only browsers do.
 */
export async function checkMcpOrigin(req: Request, principal: Principal, meta: RequestMeta): Promise<void> {
  const origin = req.headers.get("origin");
  if (origin === null || isAllowedOrigin(origin)) return;
  await recordEvent({
    category: "access",
    action: "authorize",
    result: "denied",
    actor: actorOf(principal),
    target: `${req.method} /api/mcp`,
    details: { reason: "origin_not_allowed", origin: origin.slice(0, 200) },
    meta,
  });
  throw new AppError(
    "forbidden",
    "Requests from this origin are refused. MCP clients send no Origin header; a browser page must be served from the console's own origin.",
    { reason: "origin_not_allowed" },
  );
}
