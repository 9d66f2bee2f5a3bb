import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { processSingleton } from "@/lib/process-singleton";

// Caches of policy and registry (API keys, role definitions, the gateway catalog) are dropped
// when anything they hold changes. In this process that is immediate; other processes sharing
// the database notice a new version within POLL_INTERVAL_MS, without a query per request.
const SETTING_KEY = "change_version";
const POLL_INTERVAL_MS = 2000;

type Listener = () => void | Promise<void>;

type Feed = { version: string | null; lastPolledAt: number; polling: boolean; listeners: Set<Listener> };
const feed = processSingleton<Feed>("cache.change-feed", () => ({
  version: null,
  lastPolledAt: 0,
  polling: false,
  listeners: new Set(),
}));

export function onChange(listener: Listener): () => void {
  feed.listeners.add(listener);
  return () => feed.listeners.delete(listener);
}

function notify(): Promise<void> {
  return Promise.allSettled([...feed.listeners].map(async (listener) => listener())).then(() => undefined);
}

/** Call after committing a change to keys, roles, users, servers or tools. */
export async function announceChange(): Promise<void> {
  const version = randomUUID();
  feed.version = version;
  await db.setting.upsert({
    where: { key: SETTING_KEY },
    create: { key: SETTING_KEY, value: version },
    update: { value: version },
  });
  await notify();
}

/** Checks for changes made by other processes, at most every POLL_INTERVAL_MS; never blocks. */
export function pollChanges(): void {
  const now = Date.now();
  if (feed.polling || now - feed.lastPolledAt < POLL_INTERVAL_MS) return;
  feed.polling = true;
  feed.lastPolledAt = now;
  db.setting
    .findUnique({ where: { key: SETTING_KEY } })
    .then((row) => {
      const version = typeof row?.value === "string" ? row.value : null;
      if (feed.version !== null && version !== feed.version) void notify();
      feed.version = version;
    })
    .catch(() => undefined)
    .finally(() => (feed.polling = false));
}
