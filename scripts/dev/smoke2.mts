import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
// Usage: GATEHOUSE_KEY=<key of a role allowed only everything/echo> npx tsx scripts/dev/smoke2.mts
const key = process.env.GATEHOUSE_KEY ?? "";
const client = new Client({ name: "smoke", version: "1" });
await client.connect(
  new StreamableHTTPClientTransport(new URL(process.argv[2] ?? "http://localhost:3000/api/mcp"), {
    requestInit: { headers: { Authorization: `Bearer ${key}` } },
  }),
);
console.log("tools", (await client.listTools()).tools.map((t) => t.name).join(", "));
try {
  await client.callTool({ name: "everything__get-sum", arguments: { a: 1, b: 2 } });
} catch (e) {
  console.log("denied:", (e as Error).message);
}
let ok = 0,
  limited = "";
for (let i = 0; i < 12; i++) {
  try {
    await client.callTool({ name: "everything__echo", arguments: { message: "m" + i } });
    ok++;
  } catch (e) {
    limited = (e as Error).message;
  }
}
console.log("ok", ok, "then:", limited);
