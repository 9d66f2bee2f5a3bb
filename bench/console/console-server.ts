// Gatehouse as `npm start` serves it, on a fresh SQLite database in a temp dir and a free port:
// the production build (built once if missing), `cli bootstrap` with the demo upstream, then
// scripts/server.mjs. The bench:gateway helpers do each step; only the environment differs.
import path from "node:path";
import { makeTempDir } from "../gateway/databases";
import { freePort } from "../gateway/free-port";
import {
  bootstrapDatabase,
  ensureBuild,
  gatehouseEnv,
  startGatehouse,
  type Gatehouse,
} from "../gateway/gatehouse";
import { seedAuditHistory } from "./seed-audit-history";

export type ConsoleServer = Gatehouse & {
  env: NodeJS.ProcessEnv;
  admin: { email: string; password: string };
};

export async function startConsoleServer(auditEvents: number): Promise<ConsoleServer> {
  await ensureBuild();
  const dataDir = makeTempDir("gh-bench-console-"); // removed at cleanup
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...gatehouseEnv(`file:${path.join(dataDir, "console.db")}`, dataDir, port),
    // The demo upstream (server-everything over stdio), as a first start gives every new install.
    SEED_DEMO: "true",
  };
  await bootstrapDatabase(env);
  // Before the server starts: the history is older than anything the server records afterwards.
  await seedAuditHistory(env, auditEvents);
  const gatehouse = await startGatehouse(env, port);
  return { ...gatehouse, env, admin: { email: env.ADMIN_EMAIL!, password: env.ADMIN_PASSWORD! } };
}
