// `audit verify --anchor <manifest>`: a signed export manifest kept outside the database names the
// newest seal its rows were covered by; deleting seals from the chain's end is caught by it.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { startAuditExport } from "@/lib/audit/export/start-audit-export";
import { tamper, writeEvents } from "./integrity-test-events";
import { cli } from "./run-cli";

test(
  "--anchor: a signed export manifest kept outside the database shows that the chain's newest seals were deleted",
  { timeout: 120_000 },
  async () => {
    await writeEvents(3);
    expect((await cli("audit", "seal")).code).toBe(0);
    const started = await startAuditExport(
      { format: "jsonl", filters: {} },
      { principal: null, actor: { type: "system" } },
    );
    await new Response(started.body).arrayBuffer();
    const { manifest } = await db.auditExport.findUniqueOrThrow({ where: { id: started.exportId } });
    const anchor = path.join(mkdtempSync(path.join(os.tmpdir(), "gh-anchor-")), "manifest.json");
    writeFileSync(anchor, manifest!);
    const lastSeal = await db.auditSeal.findFirstOrThrow({ orderBy: { id: "desc" } });

    const held = await cli("audit", "verify", "--anchor", anchor);
    expect(held.code).toBe(0);
    expect(held.stderr).toContain(`seal ${lastSeal.id} is still in the chain`);

    // Cut the tail: the chain that remains is consistent, so only the anchor can tell.
    await tamper(`DELETE FROM "AuditSeal" WHERE "id" = ${lastSeal.id}`);
    expect((await cli("audit", "verify")).code).toBe(0);
    const cut = await cli("audit", "verify", "--anchor", anchor);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain(`BROKEN: seal ${lastSeal.id}, seen by export ${started.exportId}`);
    expect(cut.stderr).toContain("is gone: the chain was cut after that export");

    expect(
      (await cli("audit", "verify", "--anchor", path.join(os.tmpdir(), "no-such-manifest.json"))).code,
    ).toBe(2);
  },
);
