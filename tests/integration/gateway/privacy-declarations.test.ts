// What tools and servers declare they do with personal data: PUT validates (purposes must exist),
// audits the declaration, and the tool's views show the declaration in force and where it comes
// from (the tool's own, else the server's default, else none).
import { beforeAll, describe, expect, test } from "vitest";
import * as toolById from "@/app/api/v1/tools/[id]/route";
import * as toolPrivacy from "@/app/api/v1/tools/[id]/privacy/route";
import * as serverById from "@/app/api/v1/servers/[id]/route";
import * as serverPrivacy from "@/app/api/v1/servers/[id]/privacy/route";
import * as tools from "@/app/api/v1/tools/route";
import { db } from "@/lib/db";
import { syncTools } from "@/lib/tools/sync-tools";
import type { ToolDetail } from "@/lib/tools/tool-detail-type";
import type { ToolView } from "@/lib/tools/tool-view-type";
import type { ServerView } from "@/lib/servers/server-view";
import { call, type ErrorBody } from "../../helpers/http";
import { createTestKey, seedRoles, uniqueName, type TestKey } from "../../helpers/fixtures";
import { findAuditEvents, lastAuditId } from "../../helpers/audit";
import { createEverythingServer } from "../../helpers/upstream";

let admin: TestKey;
let viewer: TestKey;
let serverId: string;
let toolId: string;

const declaration = {
  purposes: ["pii_access"],
  categories: ["contact"],
  identifyingArguments: ["customer.email"],
  requiresSubject: true,
};

function putTool(body: unknown, apiKey = admin.secret) {
  return call<{ tool: ToolDetail } & ErrorBody>(toolPrivacy.PUT, "PUT", `/api/v1/tools/${toolId}/privacy`, {
    apiKey,
    body,
    params: { id: toolId },
  });
}

function putServer(body: unknown) {
  return call<{ server: ServerView } & ErrorBody>(
    serverPrivacy.PUT,
    "PUT",
    `/api/v1/servers/${serverId}/privacy`,
    { apiKey: admin.secret, body, params: { id: serverId } },
  );
}

beforeAll(async () => {
  await seedRoles();
  [admin, viewer] = await Promise.all([createTestKey(["admin"]), createTestKey(["viewer"])]);
  const server = await createEverythingServer();
  serverId = server.id;
  const name = uniqueName("lookup").replace("-", "_");
  await syncTools({ id: server.id, slug: server.slug, autoApprove: false }, [
    { name, description: "Looks a customer up", inputSchema: { type: "object" } },
  ]);
  toolId = (await db.tool.findUniqueOrThrow({ where: { serverId_name: { serverId, name } } })).id;
});

describe("privacy declarations", () => {
  test("an undeclared tool processes nothing personal", async () => {
    const res = await call<{ tool: ToolDetail }>(toolById.GET, "GET", `/api/v1/tools/${toolId}`, {
      apiKey: admin.secret,
      params: { id: toolId },
    });
    expect(res.status).toBe(200);
    expect(res.body.tool.privacy).toEqual({ declaration: null, source: null });
  });

  test("a tool's own declaration is stored, shown with source tool and audited", async () => {
    const since = await lastAuditId();
    const res = await putTool({ declaration });
    expect(res.status).toBe(200);
    expect(res.body.tool.privacy).toEqual({ declaration, source: "tool" });
    const [event] = await findAuditEvents({ category: "tool", action: "privacy_declared", sinceId: since });
    expect(event).toMatchObject({ result: "success", target: toolId, details: { declaration } });
    const list = await call<{ tools: ToolView[] }>(tools.GET, "GET", `/api/v1/tools?server=${serverId}`, {
      apiKey: admin.secret,
    });
    expect(list.body.tools.find((t) => t.id === toolId)?.privacy.source).toBe("tool");
  });

  test("defaults are filled in: an empty object declares nothing but is still the tool's own", async () => {
    const res = await putTool({ declaration: {} });
    expect(res.status).toBe(200);
    expect(res.body.tool.privacy).toEqual({
      declaration: { purposes: [], categories: [], identifyingArguments: [], requiresSubject: false },
      source: "tool",
    });
  });

  test("unknown purposes, bad categories, bad paths and unknown fields are 400, nothing stored", async () => {
    await putTool({ declaration });
    const unknown = await putTool({ declaration: { ...declaration, purposes: ["no_such_purpose"] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe("invalid_input");
    expect(unknown.body.error.message).toMatch(/^Unknown purpose no_such_purpose/);
    for (const bad of [
      { declaration: { categories: ["dna"] } },
      { declaration: { identifyingArguments: ["a..b"] } },
      { declaration: { requiresSubject: "yes" } },
      { declaration: { purposes: ["Marketing!"] } },
      { declaration: { ...declaration, extra: 1 } },
      {},
    ]) {
      const res = await putTool(bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(res.body.error.code).toBe("invalid_input");
    }
    const row = await db.tool.findUniqueOrThrow({ where: { id: toolId } });
    expect(row.privacy).toEqual(declaration);
  });

  test("a custom purpose that exists may be declared", async () => {
    const key = `p_${uniqueName("x").replace(/[^a-z0-9]/g, "_")}`.slice(0, 40);
    await db.purpose.create({ data: { key, name: "Fraud checks", legalBasis: "legitimate_interests" } });
    const res = await putTool({ declaration: { ...declaration, purposes: [key, "marketing"] } });
    expect(res.status).toBe(200);
    expect(res.body.tool.privacy.declaration?.purposes).toEqual([key, "marketing"]);
  });

  test("a tool without its own declaration inherits the server's default; null clears each", async () => {
    const since = await lastAuditId();
    const serverDefault = { ...declaration, purposes: ["marketing"], identifyingArguments: ["email"] };
    const server = await putServer({ declaration: serverDefault });
    expect(server.status).toBe(200);
    expect(server.body.server.privacyDefault).toEqual(serverDefault);
    const [event] = await findAuditEvents({
      category: "server",
      action: "privacy_default_declared",
      sinceId: since,
    });
    expect(event).toMatchObject({ result: "success", serverId, details: { declaration: serverDefault } });

    // The tool's own still wins.
    const own = await call<{ tool: ToolDetail }>(toolById.GET, "GET", `/api/v1/tools/${toolId}`, {
      apiKey: admin.secret,
      params: { id: toolId },
    });
    expect(own.body.tool.privacy.source).toBe("tool");

    const cleared = await putTool({ declaration: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body.tool.privacy).toEqual({ declaration: serverDefault, source: "server" });

    const shown = await call<{ server: ServerView }>(serverById.GET, "GET", `/api/v1/servers/${serverId}`, {
      apiKey: admin.secret,
      params: { id: serverId },
    });
    expect(shown.body.server.privacyDefault).toEqual(serverDefault);

    expect((await putServer({ declaration: null })).status).toBe(200);
    const none = await call<{ tool: ToolDetail }>(toolById.GET, "GET", `/api/v1/tools/${toolId}`, {
      apiKey: admin.secret,
      params: { id: toolId },
    });
    expect(none.body.tool.privacy).toEqual({ declaration: null, source: null });
  });

  test("a viewer may not declare (403), an unknown tool is 404", async () => {
    const denied = await putTool({ declaration }, viewer.secret);
    expect(denied.status).toBe(403);
    const missing = await call<ErrorBody>(toolPrivacy.PUT, "PUT", "/api/v1/tools/nope/privacy", {
      apiKey: admin.secret,
      body: { declaration },
      params: { id: "nope" },
    });
    expect(missing.status).toBe(404);
  });
});
