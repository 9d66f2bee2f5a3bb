// A line diff for reviewers: what a tool's description or schema was, and what the upstream reports now.

export type DiffLineType = "same" | "added" | "removed";

export type DiffLine = { type: DiffLineType; text: string; beforeNo: number | null; afterNo: number | null };

export type DiffCell = { no: number; text: string; type: DiffLineType };

/** One row of a side-by-side view; a side is null where the other side added or removed a line. */
export type SideBySideRow = { left: DiffCell | null; right: DiffCell | null };

/** Above this many cells (lines × lines) the middle of the diff is shown as replaced wholesale. */
const MAX_LCS_CELLS = 4_000_000;

/**
 * Line diff by longest common subsequence, after trimming the common head and tail (which keeps
 * the table small for the usual one-line change).
 */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;

  const result: DiffLine[] = [];
  for (let i = 0; i < head; i++)
    result.push({ type: "same", text: before[i], beforeNo: i + 1, afterNo: i + 1 });

  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  for (const line of diffMiddle(a, b)) {
    result.push({
      ...line,
      beforeNo: line.beforeNo === null ? null : line.beforeNo + head,
      afterNo: line.afterNo === null ? null : line.afterNo + head,
    });
  }

  for (let i = tail; i > 0; i--) {
    result.push({
      type: "same",
      text: before[before.length - i],
      beforeNo: before.length - i + 1,
      afterNo: after.length - i + 1,
    });
  }
  return result;
}

function diffMiddle(a: readonly string[], b: readonly string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_LCS_CELLS) {
    return [
      ...a.map((text, i) => ({ type: "removed" as const, text, beforeNo: i + 1, afterNo: null })),
      ...b.map((text, j) => ({ type: "added" as const, text, beforeNo: null, afterNo: j + 1 })),
    ];
  }
  // lengths[i * (m + 1) + j]: LCS length of a[i..] and b[j..].
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      lines.push({ type: "same", text: a[i], beforeNo: i + 1, afterNo: j + 1 });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
      lines.push({ type: "removed", text: a[i], beforeNo: i + 1, afterNo: null });
      i++;
    } else {
      lines.push({ type: "added", text: b[j], beforeNo: null, afterNo: j + 1 });
      j++;
    }
  }
  for (; i < n; i++) lines.push({ type: "removed", text: a[i], beforeNo: i + 1, afterNo: null });
  for (; j < m; j++) lines.push({ type: "added", text: b[j], beforeNo: null, afterNo: j + 1 });
  return lines;
}

/** Pairs each run of removed lines with the added lines that follow it, row by row. */
export function toSideBySide(lines: readonly DiffLine[]): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    if (line.type === "same") {
      rows.push({
        left: { no: line.beforeNo ?? 0, text: line.text, type: "same" },
        right: { no: line.afterNo ?? 0, text: line.text, type: "same" },
      });
      index++;
      continue;
    }
    const removed: DiffLine[] = [];
    const added: DiffLine[] = [];
    while (index < lines.length && lines[index].type === "removed") removed.push(lines[index++]);
    while (index < lines.length && lines[index].type === "added") added.push(lines[index++]);
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const r = removed[k];
      const a = added[k];
      rows.push({
        left: r ? { no: r.beforeNo ?? 0, text: r.text, type: "removed" } : null,
        right: a ? { no: a.afterNo ?? 0, text: a.text, type: "added" } : null,
      });
    }
  }
  return rows;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

/**
 * A definition field as lines to compare: text as it is, anything else as JSON with sorted keys
 * (so a reordering upstream does not show as a change), nothing for null.
 */
export function toDiffLines(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  const text = typeof value === "string" ? value : JSON.stringify(sortKeys(value), null, 2);
  return text.split(/\r?\n/);
}

/** Counts of added and removed lines, for a summary above the diff. */
export function countChanges(lines: readonly DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of lines) {
    if (line.type === "added") added++;
    else if (line.type === "removed") removed++;
  }
  return { added, removed };
}
