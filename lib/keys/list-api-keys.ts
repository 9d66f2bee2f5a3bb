import "server-only";
import { db } from "@/lib/db";
import { keyViewSelect, toKeyView } from "@/lib/keys/key-view";
import type { KeyView } from "@/lib/keys/key-view-type";

export async function listApiKeys(): Promise<KeyView[]> {
  const keys = await db.apiKey.findMany({ orderBy: { createdAt: "desc" }, select: keyViewSelect });
  return keys.map((key) => toKeyView(key));
}
