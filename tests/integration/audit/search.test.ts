// Audit search against a known trail: each filter alone (inside the scenario's hour), filters
// combined, a person found by email through the keyed hash only, free text with LIKE's
// metacharacters taken literally, time bounds, and cursor pagination at its edges.
import { beforeAll, describe, expect, test } from "vitest";
import { maskEmail, subjectHashOf } from "@/lib/privacy/subject-hash";
import { destroySubjectKey } from "@/lib/privacy/subject-keys";
import { ERASED } from "@/lib/privacy/personal-cipher";
import { auditRowsContaining } from "../../helpers/audit";
import { uniqueName } from "../../helpers/fixtures";
import {
  IN_WINDOW,
  WINDOW_END,
  WINDOW_START,
  idsOf,
  insertEvent,
  insertEvents,
  minutesIn,
  newestFirst,
  searchAll,
  searchPage,
} from "./search-scenario";

const alice = `${uniqueName("alice")}@example.test`;
const bob = `${uniqueName("bob.smith")}@example.test`;
const carol = `${uniqueName("carol")}@example.test`;
const keyA = { type: "api_key" as const, id: uniqueName("key-a"), label: "billing agent (ghk_aaaa1111)" };
const keyB = { type: "api_key" as const, id: uniqueName("key-b"), label: "support agent (ghk_bbbb2222)" };
const serverA = uniqueName("srv-a");
const serverB = uniqueName("srv-b");
const correlation = {
  echo: uniqueName("corr"),
  signIn: uniqueName("corr"),
  denied: uniqueName("corr"),
  invite: uniqueName("corr"),
};

/** Scenario event ids by name. */
const id: Record<string, number> = {};

beforeAll(async () => {
  const names = [
    "signIn",
    "failedSignIn",
    "echo",
    "add",
    "denied",
    "invite",
    "revoke",
    "start",
    "literal",
  ] as const;
  const ids = await insertEvents([
    {
      at: minutesIn(0),
      input: {
        category: "auth",
        action: "sign_in",
        result: "success",
        actor: { type: "user", id: "u-alice", label: alice },
        meta: { correlationId: correlation.signIn, ip: "203.0.113.7" },
      },
    },
    {
      at: minutesIn(1),
      input: {
        category: "auth",
        action: "sign_in",
        result: "failure",
        actor: { type: "anonymous", label: bob },
        details: { reason: "wrong password" },
      },
    },
    {
      at: minutesIn(2),
      input: {
        category: "gateway",
        action: "tools/call",
        result: "success",
        actor: keyA,
        serverId: serverA,
        tool: `${serverA}/echo`,
        target: `${serverA}/echo`,
        details: { note: "100% sure_thing" },
        payload: { message: "hello" },
        durationMs: 12,
        meta: { correlationId: correlation.echo },
      },
    },
    {
      at: minutesIn(3),
      input: {
        category: "gateway",
        action: "tools/call",
        result: "error",
        actor: keyA,
        serverId: serverA,
        tool: `${serverA}/add`,
        target: `${serverA}/add`,
        details: { error: "Upstream timeout after 30 s" },
        meta: { correlationId: correlation.echo },
      },
    },
    {
      at: minutesIn(4),
      input: {
        category: "gateway",
        action: "tools/call",
        result: "denied",
        actor: keyB,
        serverId: serverB,
        tool: `${serverB}/echo`,
        target: `${serverB}/echo`,
        meta: { correlationId: correlation.denied },
      },
    },
    {
      at: minutesIn(5),
      input: {
        category: "user",
        action: "create",
        result: "success",
        actor: { type: "user", id: "u-alice", label: alice },
        subject: { email: carol.toUpperCase(), id: "u-carol", details: { name: "Carol" } },
        target: "u-carol",
        meta: { correlationId: correlation.invite },
      },
    },
    {
      at: minutesIn(6),
      input: {
        category: "key",
        action: "revoke",
        result: "success",
        actor: { type: "user", id: "u-dave", label: "dave@example.test" },
        target: keyB.id,
      },
    },
    {
      at: minutesIn(7),
      input: {
        category: "system",
        action: "start",
        result: "success",
        actor: { type: "system" },
        details: { note: "100 percent sureXthing" },
      },
    },
    {
      at: minutesIn(8),
      input: {
        category: "system",
        action: "check",
        result: "success",
        actor: { type: "system" },
        details: { note: "50% off, under_score" },
      },
    },
  ]);
  names.forEach((name, index) => (id[name] = ids[index]));
});

describe("each filter", () => {
  test("category (one or several)", async () => {
    expect(await idsOf({ ...IN_WINDOW, category: "gateway" })).toEqual(
      newestFirst(id.echo, id.add, id.denied),
    );
    expect(await idsOf({ ...IN_WINDOW, category: "auth,key" })).toEqual(
      newestFirst(id.signIn, id.failedSignIn, id.revoke),
    );
  });

  test("action", async () => {
    expect(await idsOf({ ...IN_WINDOW, action: "sign_in" })).toEqual(newestFirst(id.signIn, id.failedSignIn));
  });

  test("result (one or several)", async () => {
    expect(await idsOf({ ...IN_WINDOW, result: "failure" })).toEqual([id.failedSignIn]);
    expect(await idsOf({ ...IN_WINDOW, result: "error,denied" })).toEqual(newestFirst(id.add, id.denied));
  });

  test("actor type", async () => {
    expect(await idsOf({ ...IN_WINDOW, actorType: "system" })).toEqual(newestFirst(id.start, id.literal));
    expect(await idsOf({ ...IN_WINDOW, actorType: "anonymous" })).toEqual([id.failedSignIn]);
  });

  test("actor: a user id or an API key id", async () => {
    expect(await idsOf({ ...IN_WINDOW, actor: "u-alice" })).toEqual(newestFirst(id.signIn, id.invite));
    expect(await idsOf({ ...IN_WINDOW, actor: keyA.id })).toEqual(newestFirst(id.echo, id.add));
  });

  test("server", async () => {
    expect(await idsOf({ ...IN_WINDOW, server: serverB })).toEqual([id.denied]);
  });

  test("tool", async () => {
    expect(await idsOf({ ...IN_WINDOW, tool: `${serverA}/echo` })).toEqual([id.echo]);
  });

  test("correlation id, without a time range", async () => {
    expect(await idsOf({ correlationId: correlation.echo })).toEqual(newestFirst(id.echo, id.add));
  });

  test("the results carry what the console shows", async () => {
    const [echo] = await searchAll({ correlationId: correlation.echo, tool: `${serverA}/echo` });
    expect(echo).toMatchObject({
      id: id.echo,
      createdAt: minutesIn(2).toISOString(),
      category: "gateway",
      action: "tools/call",
      result: "success",
      actor: { type: "api_key", id: keyA.id, label: keyA.label },
      serverId: serverA,
      tool: `${serverA}/echo`,
      durationMs: 12,
      details: { note: "100% sure_thing" },
      payload: { message: "hello" },
      payloadPurged: false,
      correlationId: correlation.echo,
    });
    expect(echo.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("filters combined", () => {
  test("category and result", async () => {
    expect(await idsOf({ ...IN_WINDOW, category: "gateway", result: "error,denied" })).toEqual(
      newestFirst(id.add, id.denied),
    );
    expect(await idsOf({ ...IN_WINDOW, category: "auth", result: "error,denied" })).toEqual([]);
  });

  test("actor, server and action", async () => {
    expect(
      await idsOf({ ...IN_WINDOW, actor: keyA.id, server: serverA, action: "tools/call", result: "success" }),
    ).toEqual([id.echo]);
    expect(await idsOf({ ...IN_WINDOW, actor: keyB.id, server: serverA })).toEqual([]);
  });

  test("correlation id and free text", async () => {
    expect(await idsOf({ correlationId: correlation.echo, q: "timeout" })).toEqual([id.add]);
  });
});

describe("a person, found by email", () => {
  test("as the actor or as the subject, whatever the case of the address", async () => {
    expect(await idsOf({ person: alice.toUpperCase() })).toEqual(newestFirst(id.signIn, id.invite));
    expect(await idsOf({ person: carol })).toEqual([id.invite]);
  });

  test("an address typed at a failed sign-in names no one unless it is a registered subject's", async () => {
    // bob is not in the registry: the row keeps only a mask, no keyed hash, so nothing links it to him.
    expect(await idsOf({ person: bob.replace("bob.smith", "Bob.Smith") })).toEqual([]);
    const [failed] = await searchAll({ ...IN_WINDOW, q: "wrong password" });
    expect(failed.actor.label).toBe(maskEmail(bob));
    expect(failed.actorSubjectId).toBeNull();
  });

  test("through the keyed hash: no row holds the address in plaintext", async () => {
    for (const email of [alice, bob, carol]) {
      expect(await auditRowsContaining(email)).toEqual([]);
      expect(await auditRowsContaining(email.toUpperCase())).toEqual([]);
    }
    // …while the search shows it decrypted.
    const [invite] = await searchAll({ person: carol });
    expect(invite.actor.label).toBe(alice);
    expect(invite.subject).toEqual({ email: carol.toUpperCase(), name: "Carol" });
  });

  test("an unknown address finds nothing", async () => {
    expect(await idsOf({ person: `${uniqueName("nobody")}@example.test` })).toEqual([]);
  });
});

describe("free text", () => {
  test("over details, target, tool and action, ignoring case", async () => {
    expect(await idsOf({ ...IN_WINDOW, q: "UPSTREAM TIMEOUT" })).toEqual([id.add]);
    expect(await idsOf({ ...IN_WINDOW, q: "Wrong Password" })).toEqual([id.failedSignIn]);
    expect(await idsOf({ ...IN_WINDOW, q: keyB.id.toUpperCase() })).toEqual([id.revoke]);
    expect(await idsOf({ ...IN_WINDOW, q: serverB.toUpperCase() })).toEqual([id.denied]);
    expect(await idsOf({ ...IN_WINDOW, q: "TOOLS/CALL" })).toEqual(newestFirst(id.echo, id.add, id.denied));
  });

  test("% and _ match only themselves", async () => {
    // As wildcards, "100%" would also match "100 percent" and "sure_thing" would match "sureXthing".
    expect(await idsOf({ ...IN_WINDOW, q: "100%" })).toEqual([id.echo]);
    expect(await idsOf({ ...IN_WINDOW, q: "sure_thing" })).toEqual([id.echo]);
    expect(await idsOf({ ...IN_WINDOW, q: "%" })).toEqual(newestFirst(id.echo, id.literal));
    expect(await idsOf({ ...IN_WINDOW, q: "_score" })).toEqual([id.literal]);
    expect(await idsOf({ ...IN_WINDOW, q: "\\" })).toEqual([]);
  });

  test("personal fields are not searched as text (they are ciphertext)", async () => {
    expect(await idsOf({ ...IN_WINDOW, q: carol })).toEqual([]);
  });
});

describe("time range", () => {
  test("from and to are inclusive, to the millisecond", async () => {
    const action = uniqueName("bounds");
    const at = (ms: number) => new Date(WINDOW_END.getTime() + 3_600_000 + ms);
    const [early, first, last, late] = await insertEvents(
      [-1, 0, 1000, 1001].map((ms) => ({
        at: at(ms),
        input: { category: "system", action, result: "success", actor: { type: "system" } } as const,
      })),
    );
    const from = at(0).toISOString();
    const to = at(1000).toISOString();
    expect(await idsOf({ action, from, to })).toEqual(newestFirst(first, last));
    expect(await idsOf({ action, from })).toEqual(newestFirst(first, last, late));
    expect(await idsOf({ action, to })).toEqual(newestFirst(early, first, last));
    expect(await idsOf({ action, from: to, to })).toEqual([last]);
    // The same instants written with an offset mean the same bounds.
    expect(await idsOf({ action, from: from.replace("Z", "+00:00"), to: to.replace("Z", "+00:00") })).toEqual(
      newestFirst(first, last),
    );
  });

  test("the scenario's own hour", async () => {
    const inHour = await idsOf(IN_WINDOW);
    expect(inHour).toHaveLength(Object.keys(id).length);
    expect(new Set(inHour)).toEqual(new Set(Object.values(id)));
    expect(await idsOf({ from: WINDOW_START.toISOString(), to: minutesIn(1).toISOString() })).toEqual(
      newestFirst(id.signIn, id.failedSignIn),
    );
  });

  test("a relative range counts back from now", async () => {
    const action = uniqueName("recent");
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const [tenMinutes, twentyMinutes, twoHours] = await insertEvents(
      [10, 20, 120].map((m) => ({
        at: ago(m),
        input: { category: "system", action, result: "success", actor: { type: "system" } } as const,
      })),
    );
    expect(await idsOf({ action, range: "15m" })).toEqual([tenMinutes]);
    expect(await idsOf({ action, range: "1h" })).toEqual(newestFirst(tenMinutes, twentyMinutes));
    expect(await idsOf({ action, range: "24h" })).toEqual(newestFirst(tenMinutes, twentyMinutes, twoHours));
  });
});

describe("pagination", () => {
  async function insertSameInstant(count: number): Promise<{ action: string; ids: number[] }> {
    const action = uniqueName("page");
    const at = new Date("2026-02-01T08:00:00.000Z");
    const ids = await insertEvents(
      Array.from({ length: count }, (_, n) => ({
        at,
        input: {
          category: "system",
          action,
          result: "success",
          actor: { type: "system" },
          details: { n },
        } as const,
      })),
    );
    return { action, ids };
  }

  test("many events with the same createdAt, small pages: none twice, none missing, newest first", async () => {
    const { action, ids } = await insertSameInstant(23);
    const pages = [];
    let before: number | null = null;
    do {
      const page = await searchPage({
        action,
        limit: "5",
        ...(before === null ? {} : { before: String(before) }),
      });
      pages.push(page.events.map((e) => e.id));
      before = page.nextCursor;
    } while (before !== null);
    expect(pages.map((p) => p.length)).toEqual([5, 5, 5, 5, 3]);
    expect(pages.flat()).toEqual(newestFirst(...ids));
  });

  test("an exactly full last page has no next cursor", async () => {
    const { action, ids } = await insertSameInstant(10);
    const first = await searchPage({ action, limit: "5" });
    expect(first.nextCursor).toBe(first.events[4].id);
    const last = await searchPage({ action, limit: "5", before: String(first.nextCursor) });
    expect(last.events.map((e) => e.id)).toEqual(newestFirst(...ids).slice(5));
    expect(last.nextCursor).toBeNull();
  });

  test("empty results, and a cursor past the end", async () => {
    expect(await searchPage({ action: uniqueName("none") })).toEqual({ events: [], nextCursor: null });
    const { action, ids } = await insertSameInstant(3);
    expect(await searchPage({ action, before: String(Math.min(...ids)) })).toEqual({
      events: [],
      nextCursor: null,
    });
    expect(await searchPage({ action, before: "1" })).toEqual({ events: [], nextCursor: null });
  });

  test("the default page holds 50 events", async () => {
    const { action } = await insertSameInstant(51);
    const page = await searchPage({ action });
    expect(page.events).toHaveLength(50);
    expect(page.nextCursor).toBe(page.events[49].id);
  });
});

describe("erasure", () => {
  test("a destroyed subject key makes the actor label and the subject read as erased; the person is still found", async () => {
    const erin = `${uniqueName("erin")}@example.test`;
    const at = new Date("2026-04-01T09:00:00.000Z");
    const actedId = await insertEvent(
      {
        category: "auth",
        action: "sign_in",
        result: "success",
        actor: { type: "user", id: "u-erin", label: erin },
      },
      at,
    );
    const aboutId = await insertEvent(
      {
        category: "user",
        action: "update",
        result: "success",
        actor: { type: "system" },
        subject: { email: erin, details: { name: "Erin" } },
        payload: { note: `${erin} asked` },
      },
      new Date(at.getTime() + 1000),
    );
    const before = await searchAll({ person: erin });
    expect(before.map((e) => [e.id, e.actor.label, e.subject])).toEqual([
      [aboutId, null, { email: erin, name: "Erin" }],
      [actedId, erin, null],
    ]);

    expect(await destroySubjectKey(subjectHashOf(erin))).not.toBeNull();

    const after = await searchAll({ person: erin });
    expect(after.map((e) => [e.id, e.actor.label, e.subject, e.payload])).toEqual([
      [aboutId, null, ERASED, ERASED],
      [actedId, ERASED, null, null],
    ]);
    expect(JSON.stringify(after)).not.toContain(erin);
  });
});
