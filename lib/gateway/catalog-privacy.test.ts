import { describe, expect, test } from "vitest";
import { CatalogIndex } from "@/lib/gateway/catalog-index";
import { toCatalogPrivacy } from "@/lib/gateway/catalog-privacy";

const tool = (name: string, privacy: unknown) => ({
  serverId: "s1",
  name,
  title: null,
  description: "",
  inputSchema: { type: "object" },
  outputSchema: null,
  annotations: null,
  definitionHash: `hash-${name}`,
  timeoutMs: null,
  status: "active",
  privacy,
});

const serverDefault = { purposes: ["analytics"], identifyingArguments: ["email"], requiresSubject: true };
const own = { purposes: ["marketing"], identifyingArguments: ["customer.phone"] };

describe("the catalog's privacy declarations", () => {
  test("a tool's own wins, else the server default; prompts and resources get the default; paths split", () => {
    const catalog = new CatalogIndex(
      new Map([["s1", "crm"]]),
      {
        tools: [tool("lookup", own), tool("plain", null), tool("broken", { purposes: "nope" })],
        prompts: [{ serverId: "s1", name: "p", title: null, description: "", arguments: [] }],
        resources: [
          {
            serverId: "s1",
            kind: "resource",
            uri: "crm://a",
            name: "a",
            title: null,
            description: "",
            mimeType: null,
          },
          {
            serverId: "s1",
            kind: "template",
            uri: "crm://t/{id}",
            name: "t",
            title: null,
            description: "",
            mimeType: null,
          },
        ],
      },
      new Map([["s1", serverDefault]]),
    );
    expect(catalog.tools.get("crm__lookup")?.privacy).toMatchObject({
      purposes: ["marketing"],
      requiresSubject: false,
      identifyingPaths: [["customer", "phone"]],
    });
    // No own declaration, or a malformed one: the server's default applies.
    for (const name of ["crm__plain", "crm__broken"])
      expect(catalog.tools.get(name)?.privacy).toMatchObject({
        purposes: ["analytics"],
        identifyingPaths: [["email"]],
      });
    expect(catalog.prompts.get("crm__p")?.privacy?.purposes).toEqual(["analytics"]);
    expect(catalog.findResourceServer("crm://a")?.privacy?.requiresSubject).toBe(true);
    expect(catalog.findResourceServer("crm://t/7")?.privacy?.requiresSubject).toBe(true);
  });

  test("without any declaration everything is null; an empty declaration counts as none", () => {
    const catalog = new CatalogIndex(new Map([["s1", "crm"]]), {
      tools: [tool("plain", null)],
      prompts: [],
      resources: [],
    });
    expect(catalog.tools.get("crm__plain")?.privacy).toBeNull();
    expect(
      toCatalogPrivacy({ purposes: [], categories: [], identifyingArguments: [], requiresSubject: false }),
    ).toBeNull();
  });
});
