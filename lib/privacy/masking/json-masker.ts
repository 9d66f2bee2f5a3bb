// Walks a JSON value and masks every string in it, copying only the objects and arrays on the path
// to something masked: an untouched value comes back as the same instance. A string holding JSON
// (trimmed, it starts with "{" or "[") is parsed, masked the same way and serialized again (with
// its indentation, if it was pretty-printed) only if something in it changed. Object keys are left
// alone: they name fields, they do not hold data.
//
// Past MAX_DEPTH levels (JSON in strings counts as a level) the walk stops but does not let data
// through: the rest is serialized and masked as text, and replaced by that string only if something
// was masked in it.
import type { DetectionEngine } from "@/lib/privacy/detection/detection-types";
import type { MaskingContext, StrategyFor } from "@/lib/privacy/masking/masking-types";
import { maskText } from "@/lib/privacy/masking/mask-text";

export const MAX_DEPTH = 32;

export type JsonMasker = {
  maskNode(value: unknown, depth: number): unknown;
  maskString(value: string, depth: number): string;
  /** How many findings were masked so far. */
  masked(): number;
};

// Any non-array object is read through its own enumerable string keys, which is all JSON carries.
function isRecord(value: object): value is Record<string, unknown> {
  return !Array.isArray(value);
}

function looksLikeJson(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length < 2) return false;
  const first = trimmed[0];
  const last = trimmed[trimmed.length - 1];
  return (first === "{" && last === "}") || (first === "[" && last === "]");
}

// Pretty-printed JSON stays pretty-printed: the indentation of its first nested line, if any.
function indentationOf(json: string): string | undefined {
  return /^\s*[[{]\r?\n([ \t]+)/.exec(json)?.[1];
}

function parseJson(value: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(value) };
  } catch {
    return { ok: false };
  }
}

export function createJsonMasker(
  engine: DetectionEngine,
  strategyFor: StrategyFor,
  ctx: MaskingContext,
): JsonMasker {
  let masked = 0;

  function maskPlainText(value: string): string {
    const result = maskText(value, engine, strategyFor, ctx);
    masked += result.masked.length;
    return result.text;
  }

  function maskString(value: string, depth: number): string {
    if (depth < MAX_DEPTH && looksLikeJson(value)) {
      const parsed = parseJson(value);
      if (parsed.ok) {
        const result = maskNode(parsed.value, depth + 1);
        return result === parsed.value ? value : JSON.stringify(result, null, indentationOf(value));
      }
    }
    return maskPlainText(value);
  }

  function maskTooDeep(value: object): unknown {
    const serialized = JSON.stringify(value);
    const result = maskPlainText(serialized);
    return result === serialized ? value : result;
  }

  function maskArray(value: unknown[], depth: number): unknown[] {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const result = maskNode(item, depth + 1);
      if (result === item) continue;
      copy ??= value.slice();
      copy[i] = result;
    }
    return copy ?? value;
  }

  function maskObject(value: Record<string, unknown>, depth: number): Record<string, unknown> {
    let copy: Record<string, unknown> | null = null;
    for (const key of Object.keys(value)) {
      const item = value[key];
      const result = maskNode(item, depth + 1);
      if (result === item) continue;
      copy ??= { ...value };
      copy[key] = result;
    }
    return copy ?? value;
  }

  function maskNode(value: unknown, depth: number): unknown {
    if (typeof value === "string") return maskString(value, depth);
    if (value === null || typeof value !== "object") return value;
    if (depth >= MAX_DEPTH) return maskTooDeep(value);
    if (Array.isArray(value)) return maskArray(value, depth);
    return isRecord(value) ? maskObject(value, depth) : value;
  }

  return { maskNode, maskString, masked: () => masked };
}
