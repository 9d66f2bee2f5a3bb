import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { apiSend, uniqueSuffix, waitForServerTools } from "./servers";

export type ToolDefinitionFile = { description: string; withUnits?: boolean };

export type ChangingServer = {
  id: string;
  slug: string;
  name: string;
  toolId: string;
  exposedName: string;
  /** Writes a new definition; the fixture notices and tells Gatehouse its tool list changed. */
  define: (definition: ToolDefinitionFile) => void;
  remove: () => Promise<void>;
};

/**
 * Registers e2e/fixtures/changing-server.mjs (stdio) through the API with the page's admin session,
 * and waits until its one tool, "forecast", is listed.
 */
export async function registerChangingServer(
  page: Page,
  prefix: string,
  initial: ToolDefinitionFile,
): Promise<ChangingServer> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "gatehouse-e2e-")), "definition.json");
  const define = (definition: ToolDefinitionFile) => writeFileSync(file, JSON.stringify(definition));
  define(initial);
  const slug = `${prefix}-${uniqueSuffix()}`;
  const name = `Changing ${slug}`;
  const response = await apiSend(page, "POST", "/api/v1/servers", {
    transport: "stdio",
    slug,
    name,
    command: process.execPath,
    args: [path.resolve(__dirname, "..", "fixtures", "changing-server.mjs")],
    env: { DEFINITION_FILE: file },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { server }: { server: { id: string } } = await response.json();
  const [tool] = await waitForServerTools(page, slug, 30_000);
  return {
    id: server.id,
    slug,
    name,
    toolId: tool.id,
    exposedName: tool.exposedName,
    define,
    remove: async () => {
      await apiSend(page, "DELETE", `/api/v1/servers/${server.id}`);
    },
  };
}
