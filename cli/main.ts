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
  // Two-word commands ("audit verify") are registered under both words.
  const [first, ...afterFirst] = process.argv.slice(2);
  const isTwoWord = afterFirst.length > 0 && `${first} ${afterFirst[0]}` in COMMANDS;
  const name = isTwoWord ? `${first} ${afterFirst[0]}` : first;
  const rest = isTwoWord ? afterFirst.slice(1) : afterFirst;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(
      `Usage: npm run cli -- <command> [options]\n\nCommands:\n${Object.entries(COMMANDS)
        .map(([n, c]) => `  ${n.padEnd(20)} ${c.summary}`)
        .join("\n")}`,
    );
    return name ? 2 : 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: command.options,
      strict: true,
      allowPositionals: Boolean(command.positionals),
    });
  } catch (error) {
    // An unknown option or a missing value is a usage error (exit 2), like an unknown command.
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  return runCommand(command, parsed.values, parsed.positionals);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
