// The privacy phase's tool: the same echo upstream registered a second time ("private"), its echo
// declared as needing consent for "marketing" (legal basis consent), the bench subject's consent
// granted, and a masking policy ("partial", results) on it. The bench key may call both.
import type { RestApi } from "../gateway/rest-api";

export const PRIVATE_TOOL = "private__echo";
/** Sent as X-Gatehouse-Subject by the privacy phase's clients: the calling platform's user id. */
export const BENCH_SUBJECT = "bench-user-1";

export async function setUpPrivacy(api: RestApi, echoUrl: string): Promise<void> {
  const { server } = await api<{ server: { id: string } }>("POST", "/api/v1/servers", {
    slug: "private",
    name: "Bench echo, with privacy",
    transport: "streamable_http",
    url: echoUrl,
    maxConcurrent: 64,
    maxQueue: 1000,
  });
  await api("POST", `/api/v1/servers/${server.id}/refresh`);
  await api("PATCH", "/api/v1/roles/bench", {
    toolGrants: [
      { pattern: "bench/*", effect: "allow" },
      { pattern: "private/*", effect: "allow" },
    ],
  });
  const { tools } = await api<{ tools: { id: string; name: string }[] }>(
    "GET",
    `/api/v1/tools?server=${server.id}`,
  );
  const echo = tools.find((tool) => tool.name === "echo");
  if (!echo) throw new Error("the private server lists no echo tool");
  await api("PUT", `/api/v1/tools/${echo.id}/privacy`, {
    declaration: { purposes: ["marketing"], categories: ["contact", "financial"], requiresSubject: true },
  });
  await api("POST", "/api/v1/consents", {
    subject: { externalId: BENCH_SUBJECT },
    purpose: "marketing",
    decision: "granted",
  });
  await api("POST", "/api/v1/privacy/masking-policies", {
    name: "Bench: partial on results",
    toolPattern: "private/echo",
    strategy: "partial",
    appliesTo: "results",
  });
}
