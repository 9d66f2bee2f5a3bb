// A server registered while the gateway runtime makes its first load (after that load has read
// the servers) is still in the runtime once its registration returns: the runtime listens for
// changes before the load, so the registration's change queues one more. The order is forced:
// the registration's insert waits for the load's read, and the read's answer waits for the insert.
import { afterAll, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { createServer } from "@/lib/servers/create-server";
import { getGatewayRuntime } from "@/lib/gateway/get-gateway-runtime";
import { uniqueName } from "../../helpers/fixtures";
import { waitFor } from "../../helpers/mcp-gateway";
import { everythingStdio } from "../../helpers/upstream";
import { childProcesses } from "../../helpers/upstream-processes";

afterAll(async () => {
  vi.restoreAllMocks();
  await (await getGatewayRuntime()).shutdown();
  await waitFor(() => childProcesses().length === 0, { what: "the upstream child to exit" });
});

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

test("a server registered during the runtime's first load is in it when the registration returns", async () => {
  const read = gate();
  const inserted = gate();
  const findMany = db.upstreamServer.findMany.bind(db.upstreamServer);
  const create = db.upstreamServer.create.bind(db.upstreamServer);
  let firstRead = true;
  vi.spyOn(db.upstreamServer, "findMany").mockImplementation(((...args: Parameters<typeof findMany>) => {
    const result = findMany(...args);
    if (!firstRead) return result;
    firstRead = false;
    return result.then(async (rows) => {
      read.open();
      await inserted.opened;
      return rows;
    });
  }) as typeof findMany);
  vi.spyOn(db.upstreamServer, "create").mockImplementation(((...args: Parameters<typeof create>) =>
    read.opened.then(() => create(...args)).finally(() => inserted.open())) as unknown as typeof create);

  const loading = getGatewayRuntime();
  const server = await createServer(
    { slug: uniqueName("early").replace(/-/g, ""), name: "Early", ...everythingStdio(), isEnabled: true },
    { actor: { type: "system" } },
  );
  const runtime = await loading;
  expect(runtime.servers.has(server.id)).toBe(true);
});
