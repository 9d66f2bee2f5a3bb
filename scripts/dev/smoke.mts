import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
// Usage: GATEHOUSE_KEY=ghk_… npx tsx scripts/dev/smoke.mts [http://localhost:3000/api/mcp]
const key = process.env.GATEHOUSE_KEY ?? "";
const url = process.argv[2] ?? "http://localhost:3000/api/mcp";
const client = new Client({ name: "smoke", version: "1" });
await client.connect(
  new StreamableHTTPClientTransport(new URL(url), {
    requestInit: { headers: { Authorization: `Bearer ${key}` } },
  }),
);
console.log("server", client.getServerVersion());
const tools = await client.listTools();
console.log("tools", tools.tools.map((t) => t.name).join(", "));
console.log(
  JSON.stringify(await client.callTool({ name: "everything__echo", arguments: { message: "hi" } })),
);
try {
  await client.callTool({ name: "everything__echo", arguments: { msg: 1 } });
} catch (e) {
  console.log("invalid:", (e as Error).message);
}
try {
  await client.callTool({ name: "nope__x", arguments: {} });
} catch (e) {
  console.log("unknown:", (e as Error).message);
}
const r = await client
  .callTool(
    { name: "everything__trigger-long-running-operation", arguments: { duration: 1, steps: 3 } },
    undefined,
    { onprogress: (p) => console.log("progress", JSON.stringify(p)) },
  )
  .catch((e) => e.message);
console.log("long:", JSON.stringify(r).slice(0, 200));
console.log("prompts", (await client.listPrompts()).prompts.map((p) => p.name).join(", "));
const res = await client.listResources();
console.log("resources", res.resources.length, res.resources[0]?.uri);
if (res.resources[0])
  console.log("read", JSON.stringify(await client.readResource({ uri: res.resources[0].uri })).slice(0, 150));
await client.close();
