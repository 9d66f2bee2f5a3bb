// A cheap guard against the regular expressions that backtrack catastrophically: a group that
// repeats without bound and itself holds an unbounded repetition, as in (a+)+, (.*)*, (\d+\s?)*.
// It reads the pattern's source once, tracking groups on a stack; character classes and escapes are
// skipped. It does not prove a pattern safe (alternations such as (a|a)* still backtrack), it
// refuses the shape users write by accident.

type Group = { hasUnboundedInside: boolean };

/** The index of the offending group's closing parenthesis, or -1 when none is found. */
export function findNestedQuantifier(source: string): number {
  const stack: Group[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (char === "\\") {
      i += 2;
      continue;
    }
    if (char === "[") {
      i = skipClass(source, i);
      continue;
    }
    if (char === "(") {
      stack.push({ hasUnboundedInside: false });
      i++;
      continue;
    }
    if (char === ")") {
      const closed = stack.pop();
      i++;
      if (!closed?.hasUnboundedInside) continue;
      if (isUnboundedQuantifierAt(source, i)) return i - 1;
      // A group that holds an unbounded repetition makes its parent hold one too.
      if (stack.length > 0) stack[stack.length - 1]!.hasUnboundedInside = true;
      continue;
    }
    if (isUnboundedQuantifierAt(source, i) && stack.length > 0)
      stack[stack.length - 1]!.hasUnboundedInside = true;
    i++;
  }
  return -1;
}

function skipClass(source: string, open: number): number {
  let i = open + 1;
  while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
  return i + 1;
}

/** "+", "*" or "{n,}" (and "{n,m}" with m over 10, which backtracks much the same). */
function isUnboundedQuantifierAt(source: string, i: number): boolean {
  const char = source[i];
  if (char === "+" || char === "*") return true;
  if (char !== "{") return false;
  const quantifier = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 16));
  if (!quantifier || quantifier[2] === undefined) return false;
  return quantifier[3] === "" || Number(quantifier[3]) > 10;
}
