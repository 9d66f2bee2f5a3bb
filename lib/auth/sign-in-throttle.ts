import "server-only";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { getRedis } from "@/lib/redis";
import { processSingleton } from "@/lib/process-singleton";

// Failed sign-ins are counted three ways, each in a window of SIGNIN_LOCKOUT_SECONDS:
// - account + address: SIGNIN_MAX_FAILURES_PER_ACCOUNT failures lock that account for that
//   address only, so nobody can lock a person out from elsewhere;
// - address: SIGNIN_MAX_FAILURES_PER_IP failures lock the address for every account (spraying);
// - account, across addresses: from SIGNIN_MAX_FAILURES_PER_ACCOUNT failures on, each further
//   failure doubles a back-off (1 s, 2 s, 4 s, … up to SIGNIN_LOCKOUT_SECONDS) during which the
//   addresses that have already failed on the account are refused. An address with no failures
//   is always heard, so the right password from it always signs in.
// In Redis when REDIS_URL is set, so that every Gatehouse process sees the same counts. An admin
// unlock (unlockAccount) starts the account's counts afresh by moving it to a new epoch: the
// per-address counts cannot be listed, but keys carrying the old epoch are never read again.
type Scope = "account_address" | "ip" | "account";
type Limiters = {
  pair: RateLimiterAbstract;
  ip: RateLimiterAbstract;
  account: RateLimiterAbstract;
  backoff: RateLimiterAbstract;
};

const UNKNOWN_ADDRESS = "unknown";
const COUNT_ONLY = 1_000_000;

function createLimiter(name: string, points: number): RateLimiterAbstract {
  const options = { keyPrefix: `gatehouse:signin:${name}`, points, duration: env.SIGNIN_LOCKOUT_SECONDS };
  const redis = getRedis();
  return redis ? new RateLimiterRedis({ ...options, storeClient: redis }) : new RateLimiterMemory(options);
}

/** Process singleton name of the limiters (tests reset it to switch between memory and Redis). */
export const SIGN_IN_LIMITERS = "auth.sign-in-limiters";

function limiters(): Limiters {
  return processSingleton(SIGN_IN_LIMITERS, () => ({
    pair: createLimiter("pair", env.SIGNIN_MAX_FAILURES_PER_ACCOUNT),
    ip: createLimiter("ip", env.SIGNIN_MAX_FAILURES_PER_IP),
    account: createLimiter("account", COUNT_ONLY),
    backoff: createLimiter("backoff", 1),
  }));
}

/** Without Redis: each account's epoch, in memory. */
const epochs = () => processSingleton("auth.sign-in-epochs", () => new Map<string, string>());

const epochKey = (account: string) => `gatehouse:signin:epoch:${account}`;

async function accountKey(account: string): Promise<string> {
  const redis = getRedis();
  const epoch = redis ? await redis.get(epochKey(account)) : epochs().get(account);
  return `${account}#${epoch ?? "0"}`;
}

/** The keys of one attempt: ip and epoch contain neither "#" nor "|", so keys never collide. */
async function keysOf(account: string, ip: string | null) {
  const accountWide = await accountKey(account);
  return { accountWide, pair: `${accountWide}|${ip ?? UNKNOWN_ADDRESS}`, ip: ip ?? UNKNOWN_ADDRESS };
}

export type Lockout = { scope: Scope; retryAfterSeconds: number };

const secondsOf = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * The lockout in force for this attempt, if any. Requests whose address is unknown (not served
 * through scripts/server.mjs) share one address.
 */
export async function findLockout(account: string, ip: string | null): Promise<Lockout | null> {
  const { pair, ip: address, accountWide } = await keysOf(account, ip);
  const l = limiters();
  const [ipState, pairState, backoffState] = await Promise.all([
    l.ip.get(address),
    l.pair.get(pair),
    l.backoff.get(accountWide),
  ]);
  if (ipState && ipState.consumedPoints >= l.ip.points)
    return { scope: "ip", retryAfterSeconds: secondsOf(ipState.msBeforeNext) };
  if (pairState && pairState.consumedPoints >= l.pair.points)
    return { scope: "account_address", retryAfterSeconds: secondsOf(pairState.msBeforeNext) };
  // The back-off holds only against addresses that have failed on this account.
  if (
    pairState &&
    pairState.consumedPoints > 0 &&
    backoffState &&
    backoffState.consumedPoints > l.backoff.points
  ) {
    return { scope: "account", retryAfterSeconds: secondsOf(backoffState.msBeforeNext) };
  }
  return null;
}

/** Counts a failure; returns the lockouts that this failure started (each one is audited once). */
export async function recordSignInFailure(account: string, ip: string | null): Promise<Lockout[]> {
  const { pair, ip: address, accountWide } = await keysOf(account, ip);
  const l = limiters();
  const [pairState, ipState, accountState] = await Promise.all([
    l.pair.penalty(pair, 1),
    l.ip.penalty(address, 1),
    l.account.penalty(accountWide, 1),
  ]);
  const started: Lockout[] = [];
  if (pairState.consumedPoints === l.pair.points)
    started.push({ scope: "account_address", retryAfterSeconds: secondsOf(pairState.msBeforeNext) });
  if (ipState.consumedPoints === l.ip.points)
    started.push({ scope: "ip", retryAfterSeconds: secondsOf(ipState.msBeforeNext) });

  const beyond = accountState.consumedPoints - env.SIGNIN_MAX_FAILURES_PER_ACCOUNT;
  if (beyond >= 0) {
    const backoffSeconds = Math.min(2 ** Math.min(beyond, 30), env.SIGNIN_LOCKOUT_SECONDS);
    await l.backoff.block(accountWide, backoffSeconds);
    if (beyond === 0) started.push({ scope: "account", retryAfterSeconds: backoffSeconds });
  }
  return started;
}

/**
 * After a successful sign-in: that address's failures on the account were the owner's own typos,
 * so they are forgiven, in the account-wide count too. Failures from other addresses stay
 * counted, and so does the back-off while they reach the limit.
 */
export async function clearSignInFailures(account: string, ip: string | null): Promise<void> {
  const { pair, accountWide } = await keysOf(account, ip);
  const l = limiters();
  const forgiven = (await l.pair.get(pair))?.consumedPoints ?? 0;
  if (forgiven === 0) return;
  await l.pair.delete(pair);
  // Never below zero: the account's window may have ended before this address's did.
  const counted = (await l.account.get(accountWide))?.consumedPoints ?? 0;
  const remaining =
    counted > 0 ? (await l.account.reward(accountWide, Math.min(forgiven, counted))).consumedPoints : 0;
  if (remaining < env.SIGNIN_MAX_FAILURES_PER_ACCOUNT) await l.backoff.delete(accountWide);
}

/** An admin's unlock: every count and back-off of this account starts afresh (address locks stay). */
export async function unlockAccount(account: string): Promise<void> {
  const epoch = String(Date.now());
  const redis = getRedis();
  // No expiry: an epoch that lapsed would bring back counts that were started under it.
  if (redis) await redis.set(epochKey(account), epoch);
  else epochs().set(account, epoch);
}
