import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { processSingleton } from "@/lib/process-singleton";

// Caches are dropped when anything they hold changes. In this process that is immediate; other
// processes sharing the database notice a new version within POLL_INTERVAL_MS, without a query
// per request. Topics keep unrelated caches apart: a consent withdrawal must reach every process
// within the interval, but must not make the gateway reload its catalog and every key.
export type ChangeTopic =
  /** API keys, roles, users, servers, tools: the policy and registry caches */
  | "policy"
  /** consent records and purposes: the consent ledger's cache */
  | "consent"
  /** data subjects, detectors and masking policies */
  | "privacy";

const SETTING_KEYS: Record<ChangeTopic, string> = {
  policy: "change_version",
  consent: "change_version.consent",
  privacy: "change_version.privacy",
};
const TOPICS = Object.keys(SETTING_KEYS) as ChangeTopic[];
const POLL_INTERVAL_MS = 2000;

type Listener = () => void | Promise<void>;

// version undefined: not read yet. null: read, never announced (a first announcement elsewhere is a change).
type TopicState = { version: string | null | undefined; listeners: Set<Listener> };
type Feed = { lastPolledAt: number; polling: boolean; topics: Record<ChangeTopic, TopicState> };
const feed = processSingleton<Feed>("cache.change-feed", () => ({
  lastPolledAt: 0,
  polling: false,
  topics: Object.fromEntries(TOPICS.map((t) => [t, { version: undefined, listeners: new Set() }])) as Record<
    ChangeTopic,
    TopicState
  >,
}));

export function onChange(listener: Listener, topic: ChangeTopic = "policy"): () => void {
  const { listeners } = feed.topics[topic];
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(topic: ChangeTopic): Promise<void> {
  return Promise.allSettled([...feed.topics[topic].listeners].map(async (listener) => listener())).then(
    () => undefined,
  );
}

/** Call after committing a change to what the topic's caches hold (by default keys, roles, users, servers or tools). */
export async function announceChange(topic: ChangeTopic = "policy"): Promise<void> {
  const version = randomUUID();
  feed.topics[topic].version = version;
  const key = SETTING_KEYS[topic];
  await db.setting.upsert({ where: { key }, create: { key, value: version }, update: { value: version } });
  await notify(topic);
}

/** Checks for changes made by other processes, at most every POLL_INTERVAL_MS; never blocks. */
export function pollChanges(): void {
  const now = Date.now();
  if (feed.polling || now - feed.lastPolledAt < POLL_INTERVAL_MS) return;
  feed.polling = true;
  feed.lastPolledAt = now;
  db.setting
    .findMany({ where: { key: { in: Object.values(SETTING_KEYS) } } })
    .then((rows) => {
      for (const topic of TOPICS) {
        const row = rows.find((r) => r.key === SETTING_KEYS[topic]);
        const version = typeof row?.value === "string" ? row.value : null;
        const state = feed.topics[topic];
        if (state.version !== undefined && version !== state.version) void notify(topic);
        state.version = version;
      }
    })
    .catch(() => undefined)
    .finally(() => (feed.polling = false));
}

/**
 * Polls in the background too. Requests poll as they come, but a poll never blocks its request:
 * without this, the first call after a quiet spell would be decided on what the process cached
 * before it (one more call let through after a consent withdrawal in another process).
 */
export function startChangePolling(): () => void {
  const timer = setInterval(pollChanges, POLL_INTERVAL_MS / 2);
  timer.unref();
  return () => clearInterval(timer);
}
