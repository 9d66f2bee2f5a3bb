// globalSetup of the "sqlite" project: one migrated SQLite file per run, copied per test file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "./databases";

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-test-"));
  const template = path.join(dir, "template.db");
  await migrateDeploy(`file:${template}`);
  project.provide("database", { provider: "sqlite", template, dir });
  return () => rmSync(dir, { recursive: true, force: true });
}
