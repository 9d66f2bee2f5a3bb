// Next.js loads a module once per bundle (instrumentation, each route) and its dev server
// re-evaluates modules on change, so a module-level variable is not one per process. State that
// must be (connections, counters, locks, caches) lives on globalThis instead, in one map under a
// Symbol.for key that every copy of this module finds.
const REGISTRY = Symbol.for("gatehouse.process-singletons");

function registry(): Map<string, unknown> {
  const existing: unknown = Reflect.get(globalThis, REGISTRY);
  if (existing instanceof Map) return existing;
  const created = new Map<string, unknown>();
  Reflect.set(globalThis, REGISTRY, created);
  return created;
}

const singletons = registry();

/** The process's one value for `name`, created by the first caller. */
export function processSingleton<T>(name: string, create: () => T): T {
  if (!singletons.has(name)) singletons.set(name, create());
  // The one cast: each name is created by one call site with one type, so its value is that T.
  return singletons.get(name) as T;
}

/** Forgets `name` (tests, or a failed start that the next caller should retry). */
export function resetProcessSingleton(name: string): void {
  singletons.delete(name);
}
