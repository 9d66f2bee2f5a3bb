// Masks what an upstream MCP server returns before it reaches the client: tool results (text
// content, structuredContent, embedded resources, the text fields of resource links, a legacy
// toolResult), prompts (the description, each message's text or embedded resource) and resource
// contents (their text).
// Images, audio and blobs are left as they are: detection reads text, and base64 is not text. Text
// that holds JSON is masked inside its JSON (json-masker.ts). Each function returns the same result
// instance when nothing was masked.
import type {
  CallToolResult,
  ContentBlock,
  GetPromptResult,
  ReadResourceResult,
} from "@modelcontextprotocol/sdk/types.js";
import type { DetectionEngine } from "@/lib/privacy/detection/detection-types";
import type { MaskingContext, StrategyFor } from "@/lib/privacy/masking/masking-types";
import { createJsonMasker, type JsonMasker } from "@/lib/privacy/masking/json-masker";

export type MaskedResult<T> = { result: T; masked: number };
type ResourceContents = ReadResourceResult["contents"][number];

function maskResourceContents<T extends ResourceContents>(contents: T, masker: JsonMasker): T {
  if (!("text" in contents) || typeof contents.text !== "string") return contents;
  const text = masker.maskString(contents.text, 0);
  return text === contents.text ? contents : { ...contents, text };
}

function maskOptionalText(value: string | undefined, masker: JsonMasker): string | undefined {
  return value === undefined ? undefined : masker.maskString(value, 0);
}

function maskContentBlock(block: ContentBlock, masker: JsonMasker): ContentBlock {
  switch (block.type) {
    case "text": {
      const text = masker.maskString(block.text, 0);
      return text === block.text ? block : { ...block, text };
    }
    case "resource": {
      const resource = maskResourceContents(block.resource, masker);
      return resource === block.resource ? block : { ...block, resource };
    }
    case "resource_link": {
      const name = masker.maskString(block.name, 0);
      const title = maskOptionalText(block.title, masker);
      const description = maskOptionalText(block.description, masker);
      if (name === block.name && title === block.title && description === block.description) return block;
      return {
        ...block,
        name,
        ...(title === undefined ? {} : { title }),
        ...(description === undefined ? {} : { description }),
      };
    }
    default:
      return block; // image, audio
  }
}

function mapSame<T>(items: readonly T[], map: (item: T) => T): T[] | null {
  let copy: T[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const result = map(items[i]!);
    if (result === items[i]) continue;
    copy ??= items.slice();
    copy[i] = result;
  }
  return copy;
}

export function maskCallToolResult<T extends CallToolResult>(
  result: T,
  engine: DetectionEngine,
  strategyFor: StrategyFor,
  ctx: MaskingContext,
): MaskedResult<T> {
  const masker = createJsonMasker(engine, strategyFor, ctx);
  const content = Array.isArray(result.content)
    ? mapSame(result.content, (block) => maskContentBlock(block, masker))
    : null;
  const structured =
    result.structuredContent === undefined ? undefined : masker.maskNode(result.structuredContent, 0);
  const isStructuredChanged = structured !== result.structuredContent;
  // Servers on protocol 2024-10-07 may still answer with a bare `toolResult`.
  const legacy = "toolResult" in result ? result.toolResult : undefined;
  const legacyMasked = legacy === undefined ? undefined : masker.maskNode(legacy, 0);
  const isLegacyChanged = legacyMasked !== legacy;
  if (content === null && !isStructuredChanged && !isLegacyChanged) return { result, masked: 0 };
  return {
    result: {
      ...result,
      ...(content === null ? {} : { content }),
      ...(isStructuredChanged ? { structuredContent: structured } : {}),
      ...(isLegacyChanged ? { toolResult: legacyMasked } : {}),
    },
    masked: masker.masked(),
  };
}

export function maskGetPromptResult<T extends GetPromptResult>(
  result: T,
  engine: DetectionEngine,
  strategyFor: StrategyFor,
  ctx: MaskingContext,
): MaskedResult<T> {
  const masker = createJsonMasker(engine, strategyFor, ctx);
  const description = maskOptionalText(result.description, masker);
  const messages = mapSame(result.messages, (message) => {
    const content = maskContentBlock(message.content, masker);
    return content === message.content ? message : { ...message, content };
  });
  if (messages === null && description === result.description) return { result, masked: 0 };
  return {
    result: {
      ...result,
      ...(messages === null ? {} : { messages }),
      ...(description === undefined ? {} : { description }),
    },
    masked: masker.masked(),
  };
}

export function maskReadResourceResult<T extends ReadResourceResult>(
  result: T,
  engine: DetectionEngine,
  strategyFor: StrategyFor,
  ctx: MaskingContext,
): MaskedResult<T> {
  const masker = createJsonMasker(engine, strategyFor, ctx);
  const contents = mapSame(result.contents, (item) => maskResourceContents(item, masker));
  if (contents === null) return { result, masked: 0 };
  return { result: { ...result, contents }, masked: masker.masked() };
}
