// Gatehouse's command line, for automation: `npm run cli -- <command> [options]`.
// Runs with the same env validation and database as the server.
import { parseArgs } from "node:util";

async function main(): Promise<number> {
  // Imported here so that a bad environment variable ends in one line, not a stack trace.
  try {
    await import("@/lib/env");
  } catch (error) {
    if (error instanceof Error && error.message.startsWith("Invalid environment variable")) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const { runCommand, COMMANDS } = await import("@/cli/commands");
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`Usage: npm run cli -- <command> [options]\n\nCommands:\n${Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(16)} ${c.summary}`).join("\n")}`);
    return name ? 2 : 0;
  }
  const { values } = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: false });
  return runCommand(command, values);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
