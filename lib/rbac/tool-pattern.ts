// Tool grant patterns over "<server>/<tool>": "*" matches any run of characters, everything
// else is literal. "everything/*" matches every tool of the server "everything".
const compiled = new Map<string, RegExp>();

export function matchesToolPattern(pattern: string, toolPath: string): boolean {
  let regex = compiled.get(pattern);
  if (!regex) {
    const source = pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    regex = new RegExp(`^${source}$`);
    compiled.set(pattern, regex);
  }
  return regex.test(toolPath);
}

/** "<server>/<tool>", "<server>/prompt:<name>" or "<server>/resource:<uri>", with * wildcards. */
export const TOOL_PATTERN_REGEX = /^[A-Za-z0-9_.*-]+\/(?:(?:prompt:)?[A-Za-z0-9_.*\-/]+|resource:\S+)$/;

// Reasoning about whole patterns, for privilege containment (lib/rbac/contain-access.ts). A
// pattern is literal text with "*" standing for any run of characters, "/" included.

/**
 * True when every tool path `inner` matches, `outer` matches too. Exact for these patterns: read
 * each "*" of inner as a symbol of its own; outer covers inner when outer matches that text with
 * its own "*"s (a literal of outer never matches a "*" of inner).
 */
export function toolPatternCovers(outer: string, inner: string): boolean {
  const memo = new Map<number, boolean>();
  const walk = (o: number, i: number): boolean => {
    if (o === outer.length) return i === inner.length;
    const key = o * (inner.length + 1) + i;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const result =
      outer[o] === "*"
        ? walk(o + 1, i) || (i < inner.length && walk(o, i + 1))
        : i < inner.length && inner[i] !== "*" && inner[i] === outer[o] && walk(o + 1, i + 1);
    memo.set(key, result);
    return result;
  };
  return walk(0, 0);
}

/** True when some tool path matches both patterns. */
export function toolPatternsOverlap(a: string, b: string): boolean {
  const memo = new Map<number, boolean>();
  const walk = (i: number, j: number): boolean => {
    const key = i * (b.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === a.length && j === b.length) result = true;
    // A "*" may end here, or take the other pattern's next character (a literal, or its "*").
    else if (a[i] === "*") result = walk(i + 1, j) || (j < b.length && walk(i, j + 1));
    else if (b[j] === "*") result = walk(i, j + 1) || (i < a.length && walk(i + 1, j));
    else result = i < a.length && j < b.length && a[i] === b[j] && walk(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return walk(0, 0);
}
