// What a request's JSON may not hold, checked once, right after parsing and before anything else
// looks at it.
// - Nesting deeper than MAX_JSON_DEPTH. JSON.parse copes with any depth, but what comes after it
//   recurses (JSON.stringify, the audit's canonical JSON, schema validation): arguments nested
//   10,000 levels made the gateway's own serialisation throw, and that counted against the
//   upstream's circuit breaker. 64 is far beyond any real tool input or API body.
// - Lone UTF-16 surrogates ("\ud800" is valid JSON but not Unicode text): Prisma's engine
//   protocol fails on them (a user named so was an HTTP 500).
// - NUL characters, where asked: PostgreSQL cannot store them in text, and SQLite's LIKE ends a
//   pattern at one (a filter of "%00" matched every event).
export const MAX_JSON_DEPTH = 64;

export type JsonProblem = "too_deep" | "lone_surrogate" | "nul";

export type FindJsonProblemOptions = { maxDepth?: number; allowNul?: boolean };

/** Why a message for each problem, for the error a client gets. */
export const JSON_PROBLEM_MESSAGES: Record<JsonProblem, string> = {
  too_deep: `nests deeper than ${MAX_JSON_DEPTH} levels`,
  lone_surrogate: "holds text that is not well-formed Unicode (a lone UTF-16 surrogate)",
  nul: "holds a NUL character",
};

/**
 * The first problem found in a parsed JSON value (keys included), or null. A scalar or an empty
 * container at the top is depth 1. Iterative, so the check itself cannot overflow the stack.
 */
export function findJsonProblem(value: unknown, options: FindJsonProblemOptions = {}): JsonProblem | null {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.value === "string") {
      const problem = textProblem(item.value, options.allowNul ?? false);
      if (problem) return problem;
      continue;
    }
    if (item.value === null || typeof item.value !== "object") continue;
    if (item.depth > maxDepth) return "too_deep";
    if (Array.isArray(item.value)) {
      for (const child of item.value) stack.push({ value: child, depth: item.depth + 1 });
      continue;
    }
    for (const [key, child] of Object.entries(item.value)) {
      const problem = textProblem(key, options.allowNul ?? false);
      if (problem) return problem;
      stack.push({ value: child, depth: item.depth + 1 });
    }
  }
  return null;
}

/** The same rules for one text, e.g. a query parameter. */
export function textProblem(text: string, allowNul = false): JsonProblem | null {
  if (!text.isWellFormed()) return "lone_surrogate";
  if (!allowNul && text.includes("\u0000")) return "nul";
  return null;
}
