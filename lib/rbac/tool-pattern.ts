// Tool grant patterns over "<server>/<tool>": "*" matches any run of characters, everything
// else is literal. "everything/*" matches every tool of the server "everything".
const compiled = new Map<string, RegExp>();

export function matchesToolPattern(pattern: string, toolPath: string): boolean {
  let regex = compiled.get(pattern);
  if (!regex) {
    const source = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
    regex = new RegExp(`^${source}$`);
    compiled.set(pattern, regex);
  }
  return regex.test(toolPath);
}

/** "<server>/<tool>", "<server>/prompt:<name>" or "<server>/resource:<uri>", with * wildcards. */
export const TOOL_PATTERN_REGEX = /^[A-Za-z0-9_.*-]+\/(?:(?:prompt:)?[A-Za-z0-9_.*\-/]+|resource:\S+)$/;
