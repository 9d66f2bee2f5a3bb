// The production HTTP server (`npm start` runs it through scripts/start.mjs): Next.js in its
// documented custom-server mode behind node:http, so that the application learns each request's
// TCP peer. Route handlers only see headers, and `next start` copies the peer into
// X-Forwarded-For only when the client has not sent one, which lets any client choose its
// address. Here every request gets the peer in a private header whose name is drawn at random
// per process and published on globalThis (lib/api/request-meta.ts reads it); a client cannot
// guess the name, and any incoming copy is deleted anyway.
//
// It also serves the MCP endpoint, /api/mcp, itself: Next's pipeline costs about as much CPU per
// request as the whole proxy hop, so those requests go straight to the endpoint's handlers, which
// instrumentation.ts publishes on globalThis from the build (lib/gateway/node-endpoint/). They
// are the same withAuth-wrapped handlers the route module serves; until they are published, and
// for any other path or method, Next.js answers.
//
// Keep this file small: it is the one place in front of Next.js.
import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import next from "next";

const PEER_HEADER = `x-gatehouse-peer-${randomBytes(8).toString("hex")}`;
globalThis.gatehouseSocketPeerHeader = PEER_HEADER;

const port = Number(process.env.PORT || 3000);
// All interfaces, as `next start` listens by default.
const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

/** The published MCP endpoint when it takes this request, else null. */
function mcpEndpointFor(req) {
  const endpoint = globalThis.gatehouseMcpNodeEndpoint;
  if (!endpoint?.methods.includes(req.method)) return null;
  const path = req.url.split("?", 1)[0];
  return path === "/api/mcp" ? endpoint : null;
}

const server = createServer((req, res) => {
  delete req.headers[PEER_HEADER];
  const peer = req.socket.remoteAddress;
  if (peer) req.headers[PEER_HEADER] = peer;
  const mcp = mcpEndpointFor(req);
  (mcp ? mcp.serve(req, res) : handle(req, res)).catch((error) => {
    // Next.js and the endpoint answer their own errors; this is only for a failure outside them.
    const correlationId = randomUUID();
    console.error("request handling failed", { correlationId, error });
    if (!res.headersSent)
      res.writeHead(500, { "Content-Type": "application/json", "X-Correlation-Id": correlationId });
    res.end(
      JSON.stringify({
        error: { code: "internal_error", message: "Something went wrong on our side.", correlationId },
      }),
    );
  });
});
server.listen(port, () => console.log(`Gatehouse listening on port ${port}`));

// As `next start` does: stop accepting connections and let in-flight requests finish, then close
// Next.js and exit with the signal's code. The gateway's own drain (lib/jobs/start-background-work.ts,
// hooked to the same signals from instrumentation) runs meanwhile.
let isClosing = false;
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
]) {
  process.on(signal, () => {
    if (isClosing) return;
    isClosing = true;
    server.close(
      () =>
        void app
          .close()
          .catch(console.error)
          .finally(() => process.exit(code)),
    );
  });
}
