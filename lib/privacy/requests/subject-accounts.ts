import "server-only";
import { db } from "@/lib/db";
import { decryptPersonal } from "@/lib/privacy/personal-cipher";
import { subjectKeysById } from "@/lib/privacy/subject-keys";

/**
 * What links a data subject to the rest of Gatehouse while their key still exists: their email
 * identifiers' keyed hashes (how legacy events and holds name them) and their console accounts
 * (users whose email is one of their addresses).
 */
export async function subjectLinks(subjectId: string): Promise<{ emailHashes: string[]; userIds: string[] }> {
  const subject = await db.dataSubject.findUnique({
    where: { id: subjectId },
    select: {
      keyId: true,
      identifiers: { where: { kind: "email" }, select: { hash: true, ciphertext: true } },
    },
  });
  if (!subject || subject.identifiers.length === 0) return { emailHashes: [], userIds: [] };
  const key = (await subjectKeysById([subject.keyId])).get(subject.keyId) ?? null;
  const emails = key
    ? subject.identifiers.map((i) => decryptPersonal(i.ciphertext, key)).filter((e) => typeof e === "string")
    : [];
  const users = emails.length
    ? await db.user.findMany({ where: { email: { in: emails } }, select: { id: true } })
    : [];
  return { emailHashes: subject.identifiers.map((i) => i.hash), userIds: users.map((u) => u.id) };
}
