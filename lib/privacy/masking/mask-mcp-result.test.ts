import type { CallToolResult, GetPromptResult, ReadResourceResult } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it } from "vitest";
import { createDetectionEngine } from "@/lib/privacy/detection/create-detection-engine";
import {
  maskCallToolResult,
  maskGetPromptResult,
  maskReadResourceResult,
} from "@/lib/privacy/masking/mask-mcp-result";
import { testMaskingContext as ctx } from "@/tests/helpers/masking-context";
import type { StrategyFor } from "@/lib/privacy/masking/masking-types";

const engine = createDetectionEngine();
const partial: StrategyFor = () => "partial";
const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

// Shaped like what @modelcontextprotocol/server-everything returns from its structured and resource
// tools, with personal values placed in each part a result can carry.
function everythingLikeResult(): CallToolResult {
  return {
    content: [
      {
        type: "text",
        text: JSON.stringify({
          customer: "jane.doe@example.com",
          phone: "+44 20 7946 0958",
          temperature: 22.5,
        }),
      },
      { type: "text", text: "Echo: card 4242 4242 4242 4242 on file" },
      { type: "image", data: PNG, mimeType: "image/png" },
      {
        type: "resource",
        resource: {
          uri: "test://static/resource/1",
          mimeType: "text/plain",
          text: "Resource 1: contact jane.doe@example.com from 203.0.113.7",
        },
      },
      {
        type: "resource",
        resource: {
          uri: "test://static/resource/2",
          mimeType: "application/octet-stream",
          blob: "amFuZUBleGFtcGxlLmNvbQ==",
        },
      },
      {
        type: "resource_link",
        uri: "test://static/resource/3",
        name: "Resource 3",
        description: "Owner: jane.doe@example.com",
        mimeType: "text/plain",
      },
    ],
    structuredContent: {
      customer: { email: "jane.doe@example.com", iban: "GB82 WEST 1234 5698 7654 32" },
      conditions: "sunny",
    },
  };
}

describe("maskCallToolResult", () => {
  it("masks text, JSON text, embedded resources, resource links and structuredContent; leaves binary parts", () => {
    const original = everythingLikeResult();
    const { result, masked } = maskCallToolResult(original, engine, partial, ctx);
    expect(result.content).toEqual([
      {
        type: "text",
        text: JSON.stringify({ customer: "j***@example.com", phone: "***-***-0958", temperature: 22.5 }),
      },
      { type: "text", text: "Echo: card **** **** **** 4242 on file" },
      original.content[2],
      {
        type: "resource",
        resource: {
          uri: "test://static/resource/1",
          mimeType: "text/plain",
          text: "Resource 1: contact j***@example.com from 203.0.113.***",
        },
      },
      original.content[4],
      {
        type: "resource_link",
        uri: "test://static/resource/3",
        name: "Resource 3",
        description: "Owner: j***@example.com",
        mimeType: "text/plain",
      },
    ]);
    expect(result.content[2]).toBe(original.content[2]);
    expect(result.structuredContent).toEqual({
      customer: { email: "j***@example.com", iban: "GB82****5432" },
      conditions: "sunny",
    });
    expect(masked).toBe(8); // 2 in the JSON text, 1 card, 2 in the resource, 1 in the link, 2 structured
    expect(JSON.stringify(original)).toContain("jane.doe@example.com"); // the upstream's result is not changed
  });

  it("returns the same result when nothing is personal, or the policy masks nothing", () => {
    const clean: CallToolResult = {
      content: [
        { type: "text", text: "Echo: hello" },
        { type: "image", data: PNG, mimeType: "image/png" },
      ],
      structuredContent: { ok: true },
    };
    expect(maskCallToolResult(clean, engine, partial, ctx)).toEqual({ result: clean, masked: 0 });
    expect(maskCallToolResult(clean, engine, partial, ctx).result).toBe(clean);
    const personal = everythingLikeResult();
    expect(maskCallToolResult(personal, engine, () => null, ctx).result).toBe(personal);
  });
});

describe("maskCallToolResult with a legacy toolResult", () => {
  it("masks the bare toolResult of protocol 2024-10-07 servers", () => {
    const legacy = { content: [], toolResult: { owner: "jane.doe@example.com", rows: 3 } };
    const { result, masked } = maskCallToolResult(legacy, engine, () => "full", ctx);
    expect(result).toEqual({ content: [], toolResult: { owner: "***", rows: 3 } });
    expect(masked).toBe(1);
  });
});

describe("maskGetPromptResult", () => {
  it("masks the description and each message's text and embedded resource", () => {
    const prompt: GetPromptResult = {
      description: "Prompt about jane.doe@example.com",
      messages: [
        { role: "user", content: { type: "text", text: "Summarise the account of jane.doe@example.com" } },
        {
          role: "assistant",
          content: { type: "resource", resource: { uri: "test://x", text: "SSN 123-45-6789" } },
        },
        { role: "user", content: { type: "image", data: PNG, mimeType: "image/png" } },
      ],
    };
    const { result, masked } = maskGetPromptResult(prompt, engine, () => "full", ctx);
    expect(result.description).toBe("Prompt about ***");
    expect(result.messages.map((message) => message.content)).toEqual([
      { type: "text", text: "Summarise the account of ***" },
      { type: "resource", resource: { uri: "test://x", text: "SSN ***" } },
      prompt.messages[2]!.content,
    ]);
    expect(masked).toBe(3);
    const clean: GetPromptResult = { messages: [{ role: "user", content: { type: "text", text: "Hello" } }] };
    expect(maskGetPromptResult(clean, engine, () => "full", ctx).result).toBe(clean);
  });
});

describe("maskReadResourceResult", () => {
  it("masks text contents and leaves blobs", () => {
    const read: ReadResourceResult = {
      contents: [
        {
          uri: "test://static/resource/1",
          mimeType: "application/json",
          text: '{"owner":"jane.doe@example.com"}',
        },
        { uri: "test://static/resource/2", blob: "amFuZUBleGFtcGxlLmNvbQ==" },
      ],
    };
    const { result, masked } = maskReadResourceResult(read, engine, () => "tokenize", ctx);
    expect(result.contents[0]).toEqual({
      uri: "test://static/resource/1",
      mimeType: "application/json",
      text: JSON.stringify({ owner: ctx.tokenFor("email", "jane.doe@example.com") }),
    });
    expect(result.contents[1]).toBe(read.contents[1]);
    expect(masked).toBe(1);
    const clean: ReadResourceResult = { contents: [{ uri: "test://a", text: "plain" }] };
    expect(maskReadResourceResult(clean, engine, () => "full", ctx).result).toBe(clean);
  });
});
