import { describe, expect, it } from "vitest";
import {
  emptyServerForm,
  parseArgs,
  serverFormFrom,
  suggestSlug,
  toConnectionBody,
  toCreateBody,
  toUpdateBody,
  type ServerFormValues,
} from "@/lib/client/servers/server-form-values";

function form(overrides: Partial<ServerFormValues>): ServerFormValues {
  return { ...emptyServerForm(), ...overrides };
}

const saved = {
  name: "Weather",
  slug: "weather",
  description: "",
  transport: "streamable_http",
  command: null,
  args: [],
  url: "https://weather.example/mcp",
  envKeys: [],
  headerKeys: ["Authorization"],
  autoApprove: false,
  timeoutMs: 30_000,
  maxConcurrent: 10,
  maxQueue: 100,
  breakerFailureThreshold: 5,
  breakerHalfOpenAfterMs: 60_000,
  breakerSuccessThreshold: 3,
};

describe("suggestSlug", () => {
  it("turns a name into a valid slug", () => {
    expect(suggestSlug("Acme Weather API")).toBe("acme-weather-api");
    expect(suggestSlug("  --Café Ünïcode!! ")).toBe("cafe-unicode");
    expect(suggestSlug("x".repeat(40))).toHaveLength(32);
    expect(suggestSlug("a".repeat(31) + " b")).toBe("a".repeat(31));
    expect(suggestSlug("!!!")).toBe("");
  });
});

describe("parseArgs", () => {
  it("takes one argument per non-blank line", () => {
    expect(parseArgs("server.js\n\n  --port 3000 \r\nstdio")).toEqual(["server.js", "--port 3000", "stdio"]);
  });
});

describe("toCreateBody", () => {
  it("builds a stdio body with args, env and only the limits that were typed", () => {
    const result = toCreateBody(
      form({
        name: "Local",
        slug: "local",
        command: "node",
        argsText: "server.js\nstdio",
        secrets: [
          { id: 1, key: "API_TOKEN", value: "s3cret" },
          { id: 2, key: "", value: "" },
        ],
        limits: { ...emptyServerForm().limits, timeoutMs: "5000" },
      }),
    );
    expect(result).toEqual({
      ok: true,
      body: {
        transport: "stdio",
        command: "node",
        args: ["server.js", "stdio"],
        env: { API_TOKEN: "s3cret" },
        slug: "local",
        name: "Local",
        timeoutMs: 5000,
        autoApprove: false,
      },
    });
  });

  it("reports the API schema's errors by field, and row errors by row", () => {
    const result = toCreateBody(
      form({
        transport: "streamable_http",
        name: "",
        slug: "Bad Slug",
        url: "ftp://x",
        secrets: [
          { id: 1, key: "bad key", value: "v" },
          { id: 2, key: "X-Token", value: "" },
          { id: 3, key: "Dup", value: "a" },
          { id: 4, key: "Dup", value: "b" },
        ],
        limits: { ...emptyServerForm().limits, maxQueue: "1.5" },
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      ["headers.1.key", "headers.2.value", "headers.4.key", "maxQueue", "name", "slug", "url"].sort(),
    );
    expect(result.errors.name).toBe("Enter a name");
  });
});

describe("toConnectionBody", () => {
  it("sends only the connection for a test", () => {
    expect(
      toConnectionBody(form({ transport: "sse", url: " http://localhost:3001/sse ", name: "ignored" })),
    ).toEqual({
      ok: true,
      body: { transport: "sse", url: "http://localhost:3001/sse", headers: {} },
    });
  });
});

describe("toUpdateBody", () => {
  it("keeps stored secrets unless they are being replaced", () => {
    const values = serverFormFrom(saved);
    expect(values.secrets).toEqual([]);
    const result = toUpdateBody({ ...values, name: "Weather 2" });
    expect(result.ok && result.body).toEqual({
      name: "Weather 2",
      description: "",
      url: "https://weather.example/mcp",
      timeoutMs: 30_000,
      maxConcurrent: 10,
      maxQueue: 100,
      breakerFailureThreshold: 5,
      breakerHalfOpenAfterMs: 60_000,
      breakerSuccessThreshold: 3,
      autoApprove: false,
    });
  });

  it("sends every header when replacing, and requires values", () => {
    const values = serverFormFrom(saved);
    const missing = toUpdateBody({
      ...values,
      isReplacingSecrets: true,
      secrets: [{ id: 1, key: "Authorization", value: "" }],
    });
    expect(missing.ok).toBe(false);
    const result = toUpdateBody({
      ...values,
      isReplacingSecrets: true,
      secrets: [{ id: 1, key: "Authorization", value: "Bearer new" }],
    });
    expect(result.ok && result.body.headers).toEqual({ Authorization: "Bearer new" });
    const cleared = toUpdateBody({ ...values, isReplacingSecrets: true, secrets: [] });
    expect(cleared.ok && cleared.body.headers).toEqual({});
  });

  it("requires every limit when editing", () => {
    const values = serverFormFrom(saved);
    const result = toUpdateBody({ ...values, limits: { ...values.limits, timeoutMs: "" } });
    expect(result.ok ? null : result.errors.timeoutMs).toBe("Enter a number");
  });
});
