// When a change to an upstream needs servers:exec (on top of servers:write): whenever it would
// start a command on the host, or change which command runs. Everything else about a stdio
// server (name, description, limits, auto-approval, disabling it) stays with servers:write: it
// neither changes what runs nor starts it. Refreshing a server's tools, or the supervisor
// restarting a child that died, reruns the command someone with servers:exec approved, so
// those stay with servers:write too. HTTP and SSE upstreams never need it.
import type { Connection, UpdateServerInput } from "@/lib/servers/schemas";

type SavedServer = { transport: string; command: string | null; args: readonly string[]; isEnabled: boolean };

export function connectionNeedsExec(connection: Pick<Connection, "transport">): boolean {
  return connection.transport === "stdio";
}

/** A PATCH needs it when it changes command, args or env, or enables a disabled stdio server. */
export function updateNeedsExec(server: SavedServer, patch: UpdateServerInput): boolean {
  if (server.transport !== "stdio") return false;
  const changesCommand = patch.command !== undefined && patch.command.trim() !== server.command;
  const changesArgs =
    patch.args !== undefined &&
    (patch.args.length !== server.args.length || patch.args.some((arg, i) => arg !== server.args[i]));
  const startsIt = patch.isEnabled === true && !server.isEnabled;
  return changesCommand || changesArgs || patch.env !== undefined || startsIt;
}
