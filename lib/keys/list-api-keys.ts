import "server-only";
import { db } from "@/lib/db";
import { keyViewSelect, toKeyView, type KeyView } from "@/lib/keys/key-view";

export async function listApiKeys(): Promise<KeyView[]> {
  const keys = await db.apiKey.findMany({ orderBy: { createdAt: "desc" }, select: keyViewSelect });
  return keys.map((key) => toKeyView(key));
}
