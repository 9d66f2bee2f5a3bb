// Everything the benchmark must undo (processes, databases, temp dirs), undone in reverse order
// on a normal end, an error, Ctrl-C or SIGTERM.
type Task = { label: string; run: () => Promise<void> | void; sync?: () => void };

const tasks: Task[] = [];
let running: Promise<void> | null = null;

/** Registers an undo step; returns a function that runs it now (and removes it). */
export function defer(label: string, run: Task["run"], sync?: Task["sync"]): () => Promise<void> {
  const task: Task = { label, run, sync };
  tasks.push(task);
  return async () => {
    const index = tasks.indexOf(task);
    if (index === -1) return;
    tasks.splice(index, 1);
    await task.run();
  };
}

/** Runs every registered step, last first; each failure is printed, none stops the others. */
export function cleanUpAll(): Promise<void> {
  running ??= (async () => {
    while (tasks.length > 0) {
      const task = tasks.pop()!;
      try {
        await task.run();
      } catch (error) {
        console.error(
          `cleanup (${task.label}) failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  })();
  return running;
}

let installed = false;
let stopping = false;

/** True once a signal asked the benchmark to stop (errors after that are expected). */
export function isStopping(): boolean {
  return stopping;
}

/** Ctrl-C, SIGTERM and crashes clean up before exiting; a hard exit still kills the children. */
export function installCleanupHandlers(): void {
  if (installed) return;
  installed = true;
  // Kept installed: Ctrl-C reaches this process twice (from the terminal and relayed by tsx), and
  // a second signal without a listener would end the process before the cleanup is done.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.error(`\n${signal}: stopping everything the benchmark started…`);
      void cleanUpAll().finally(() => process.exit(130));
    });
  }
  process.on("uncaughtException", (error) => {
    console.error("uncaught exception:", error);
    void cleanUpAll().finally(() => process.exit(1));
  });
  process.on("unhandledRejection", (error) => {
    console.error("unhandled rejection:", error);
    void cleanUpAll().finally(() => process.exit(1));
  });
  // Last resort when process.exit() is called with work left: kill synchronously.
  process.on("exit", () => {
    for (const task of tasks.splice(0).reverse()) {
      try {
        task.sync?.();
      } catch {
        // nothing more can be done at exit
      }
    }
  });
}

/**
 * Runs a benchmark's main(): cleanup handlers installed first, everything it started stopped at
 * the end, and exit code 1 with the error printed when it fails (unless a signal is already
 * stopping it, whose handler cleans up and exits).
 */
export function runBench(name: string, main: () => Promise<void>): void {
  installCleanupHandlers();
  main()
    .then(() => cleanUpAll())
    .then(
      () => process.exit(0),
      async (error: unknown) => {
        if (isStopping()) return;
        console.error(
          `\n${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        await cleanUpAll();
        process.exit(1);
      },
    );
}
