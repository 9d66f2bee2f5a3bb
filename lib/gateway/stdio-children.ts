// Pids of running stdio upstreams. On exit, whatever was not closed gracefully is killed, so
// Gatehouse never leaves orphans behind (process.on("exit") allows only synchronous work).
const children = new Set<number>();
let isHooked = false;

export function trackChild(pid: number): () => void {
  children.add(pid);
  if (!isHooked) {
    isHooked = true;
    process.on("exit", () => {
      for (const child of children) {
        try {
          process.kill(child, "SIGKILL");
        } catch {
          // already gone
        }
      }
    });
  }
  return () => children.delete(pid);
}
