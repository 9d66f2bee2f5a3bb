import "server-only";
import type Redis from "ioredis";

/** One fixed window as Redis counts it: `points` per `durationSec` under `key`. */
export type RedisWindow = { key: string; points: number; durationSec: number };

/** A window after the call: calls counted in it so far, and ms until it starts over. */
export type WindowCount = { consumed: number; msBeforeNext: number };

// Every window of a call in one script, so one round trip and one atomic step: either the call is
// counted in all of them or, when one is full, in none of those that had room (the full one keeps
// counting refused calls, as rate-limiter-flexible did). Each counter is the integer it always was,
// under the same key, so processes of the previous release share counts with this one.
// KEYS: the windows' keys; ARGV: points and duration (s) of each, in pairs.
const CONSUME_WINDOWS = `
local counts = {}
local refused = false
for i, key in ipairs(KEYS) do
  local points = tonumber(ARGV[2 * i - 1])
  local duration = tonumber(ARGV[2 * i])
  redis.call('set', key, 0, 'EX', duration, 'NX')
  local consumed = redis.call('incr', key)
  local ttl = redis.call('pttl', key)
  if ttl < 0 then
    redis.call('expire', key, duration)
    ttl = 1000 * duration
  end
  counts[2 * i - 1] = consumed
  counts[2 * i] = ttl
  if consumed > points then refused = true end
end
if refused then
  for i, key in ipairs(KEYS) do
    if counts[2 * i - 1] <= tonumber(ARGV[2 * i - 1]) then
      counts[2 * i - 1] = redis.call('decr', key)
    end
  end
end
return counts
`;

type WithScript = Redis & {
  gatehouseConsumeWindows(numberOfKeys: number, ...keysThenArgs: (string | number)[]): Promise<number[]>;
};

const defined = new WeakSet<Redis>();

/** Counts one call in every window at once (EVALSHA, loaded on first use); resolves in their order. */
export async function consumeInRedis(client: Redis, windows: readonly RedisWindow[]): Promise<WindowCount[]> {
  if (!defined.has(client)) {
    client.defineCommand("gatehouseConsumeWindows", { lua: CONSUME_WINDOWS });
    defined.add(client);
  }
  const args: (string | number)[] = windows.map((w) => w.key);
  for (const w of windows) args.push(w.points, w.durationSec);
  const flat = await (client as WithScript).gatehouseConsumeWindows(windows.length, ...args);
  return windows.map((_, i) => ({ consumed: Number(flat[2 * i]), msBeforeNext: Number(flat[2 * i + 1]) }));
}
