// How deep a request's JSON may nest. JSON.parse copes with any depth, but everything after it
// that recurses does not: JSON.stringify, the audit's canonical JSON, schema validation. An
// argument nested 10,000 levels made the gateway's own serialisation throw, which then counted
// against the upstream's circuit breaker. 64 is far beyond any real tool input or API body.
export const MAX_JSON_DEPTH = 64;

/**
 * Whether a parsed JSON value nests objects or arrays deeper than maxDepth (a scalar or an empty
 * container at the top is depth 1). Iterative, so the check itself cannot overflow the stack,
 * and it stops at the first path that goes too deep.
 */
export function isNestedDeeperThan(value: unknown, maxDepth: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item.value === null || typeof item.value !== "object") continue;
    if (item.depth > maxDepth) return true;
    const children: unknown[] = Array.isArray(item.value) ? item.value : Object.values(item.value);
    for (const child of children) {
      if (child !== null && typeof child === "object") stack.push({ value: child, depth: item.depth + 1 });
    }
  }
  return false;
}
