// `npm start`: check the environment, prepare the database (migrations, built-in roles, first
// admin), build when there is no build yet, then serve with scripts/server.mjs (Next.js behind
// node:http, so that client addresses come from the socket; see that file).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const bin = (name) => path.resolve("node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(bin("tsx"), ["--conditions=react-server", "--tsconfig", "tsconfig.json", "cli/main.ts", "bootstrap"]);

if (!existsSync(path.join(".next", "BUILD_ID"))) {
  console.log("No production build yet: building the console (about a minute, once).");
  run(bin("next"), ["build"]);
}

const port = process.env.PORT || "3000";
const server = spawn(process.execPath, [path.resolve("scripts", "server.mjs")], {
  stdio: "inherit",
  env: { ...env, PORT: port, NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
