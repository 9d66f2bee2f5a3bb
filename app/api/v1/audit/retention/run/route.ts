import { withAuth } from "@/lib/api/with-auth";
import { byPrincipal } from "@/lib/api/actor-context";
import { AppError } from "@/lib/errors";
import { runRetention } from "@/lib/audit/retention/run-retention";

// POST /api/v1/audit/retention/run – apply retention now; 409 while another run is in progress
export const POST = withAuth({ capability: "retention:write" }, async ({ principal, meta }) => {
  const result = await runRetention(new Date(), byPrincipal(principal, meta));
  if (result.status === "skipped") throw new AppError("conflict", result.reason);
  const { status: _status, ...run } = result;
  return { run };
});
