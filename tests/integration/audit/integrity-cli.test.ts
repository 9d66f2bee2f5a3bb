// `npm run cli -- audit seal` and `audit verify` against this file's database, as an operator
// would run them: exit code 0 and "verified up to event N", or 1 and the first problem.
import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { tamper, writeEvents } from "./integrity-test-events";
import { cli } from "./run-cli";

test(
  "audit seal, then audit verify: exit 0 and how far the chain verifies; a tampered event: exit 1 naming it",
  { timeout: 120_000 },
  async () => {
    const ids = await writeEvents(6);
    const sealed = await cli("audit", "seal");
    expect(sealed).toMatchObject({ code: 0, stdout: "sealed 6 events in 1 seal\n" });

    await writeEvents(2);
    const ok = await cli("audit", "verify");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(
      new RegExp(
        `^verified up to event ${ids[5]} \\(1 seal, 6 events, 0 tombstones\\) in \\d+\\.\\d s; 2 events not yet sealed\\n$`,
      ),
    );

    await tamper(`UPDATE "AuditEvent" SET "result" = 'denied' WHERE "id" = ${ids[3]}`);
    const tampered = await cli("audit", "verify");
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain(
      `event_edited: event ${ids[3]}: its content does not match its hash (edited after it was written)`,
    );
    expect(tampered.stderr).toContain("(nothing verified before it)");

    const json = await cli("audit", "verify", "--json");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      problem: { kind: "event_edited", eventId: ids[3] },
      unsealedEvents: 2,
    });
    // The CLI only reads: no verification is stored and no event written.
    expect(await db.setting.findUnique({ where: { key: "audit_last_verification" } })).toBeNull();
    expect(await db.auditEvent.count()).toBe(8);
  },
);
