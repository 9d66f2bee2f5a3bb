import { withAuth } from "@/lib/api/with-auth";

// GET /api/health – liveness: the process answers
export const GET = withAuth({ capability: "public" }, async () => ({ status: "ok" }));
