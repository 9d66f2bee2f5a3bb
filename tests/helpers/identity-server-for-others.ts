// The identity fixture (tests/fixtures/identity-server.mjs) made runnable by another OS user, for
// the STDIO_UID/STDIO_GID tests. The checkout, its node_modules and this Node binary may all sit
// below a directory only their owner can enter (/root, a mktemp directory), where `nobody` could
// not even start it. So the server is bundled into one file (esbuild, which tsx brings) and Node
// is linked (or copied) beside it, in a directory anyone may enter.
import { chmodSync, copyFileSync, linkSync, mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/identity-server.mjs");

export type IdentityServerForOthers = { command: string; script: string; remove(): void };

/** Prepares `dir` (created, mode 755) with `node` and the bundled server; `command` is that node. */
export function prepareIdentityServerForOthers(dir: string): IdentityServerForOthers {
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  chmodSync(dir, 0o755);
  const script = path.join(dir, "identity-server.mjs");
  buildSync({
    entryPoints: [FIXTURE],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: script,
    logLevel: "error",
  });
  chmodSync(script, 0o644);

  const command = path.join(dir, "node");
  rmSync(command, { force: true });
  // A hard link shares the binary's own mode: fine when others may run it; otherwise a copy.
  const isRunnableByOthers = (statSync(process.execPath).mode & 0o005) === 0o005;
  try {
    if (!isRunnableByOthers) throw new Error("copy instead");
    linkSync(process.execPath, command);
  } catch {
    copyFileSync(process.execPath, command);
    chmodSync(command, 0o755);
  }
  return { command, script, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
