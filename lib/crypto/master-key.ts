import "server-only";
import { createHash, hkdfSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

const MASTER_KEY_FILE = "master.key";

/**
 * Returns the path of the generated master secret file, creating it (mode 600) when
 * GATEHOUSE_SECRET is not set and no file exists yet. Safe against concurrent first starts.
 */
export function ensureMasterSecretFile(): string | null {
  if (env.GATEHOUSE_SECRET) return null;
  const file = path.join(env.dataDir, MASTER_KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(env.dataDir, { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, randomBytes(48).toString("base64") + "\n", { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return file;
}

let cachedMasterKey: Buffer | undefined;

/** 32-byte master key: from GATEHOUSE_SECRET, or the secret generated into the data directory. */
export function getMasterKey(): Buffer {
  if (!cachedMasterKey) {
    const file = ensureMasterSecretFile();
    const secret = env.GATEHOUSE_SECRET ?? readFileSync(file!, "utf8").trim();
    cachedMasterKey = createHash("sha256").update(secret).digest();
  }
  return cachedMasterKey;
}

/** A key for one purpose, derived from the master key so that purposes never share key material. */
export function deriveKey(purpose: string, length = 32): Buffer {
  return Buffer.from(hkdfSync("sha256", getMasterKey(), Buffer.alloc(0), `gatehouse:${purpose}`, length));
}
