// Weeks of audit history before the server starts, through the real write path (hash chain,
// encryption, group commit) in a child process, the way bench:audit seeds its trail.
import path from "node:path";
import { runCommand } from "../gateway/run-command";

const root = path.resolve(import.meta.dirname, "../..");

export async function seedAuditHistory(env: NodeJS.ProcessEnv, events: number): Promise<void> {
  if (events <= 0) return;
  await runCommand(
    path.join(root, "node_modules/.bin/tsx"),
    [
      "--conditions=react-server",
      "--tsconfig",
      path.join(root, "tsconfig.json"),
      path.join(root, "bench/console/audit-history-worker.ts"),
      String(events),
    ],
    { ...env, NODE_ENV: "production" },
  );
}
