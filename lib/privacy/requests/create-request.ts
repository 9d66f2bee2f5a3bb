import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/record-event";
import type { AuditBy } from "@/lib/audit/audit-event-types";
import { findSubject } from "@/lib/privacy/subjects/resolve-subject";
import { normalizeIdentifier } from "@/lib/privacy/subjects/identifier-hash";
import { maskIdentifier } from "@/lib/privacy/subjects/mask-identifier";
import { addDays } from "@/lib/privacy/requests/request-deadlines";
import { personOf } from "@/lib/privacy/requests/request-person";
import type { CreateRequestInput } from "@/lib/privacy/requests/schemas";
import type { RequestRow } from "@/lib/privacy/requests/request-view";

export function newRequestId(): string {
  return `dsr_${randomBytes(12).toString("base64url")}`;
}

const NOUNS = { email: "email address", phone: "phone number", external_id: "external id" } as const;

/**
 * Records a request received from a person. The person is looked up in the subject registry and
 * never created: a request about someone Gatehouse does not know is still recorded, and its answer
 * will say that nothing was found. Only a masked hint of the identifier is kept on the request.
 */
export async function createPrivacyRequest(input: CreateRequestInput, by: AuditBy): Promise<RequestRow> {
  const { kind, value } = input.identifier;
  const normalized = normalizeIdentifier(kind, value);
  if (normalized === null)
    throw new AppError("invalid_input", `Not a valid ${NOUNS[kind]}.`, {
      fields: { "identifier.value": [`Enter a valid ${NOUNS[kind]}`] },
    });
  const subject = await findSubject({ kind, value: normalized });
  const receivedAt = new Date();
  const dueAt = addDays(receivedAt, env.PRIVACY_REQUEST_DUE_DAYS);
  const receivedById = by.principal ? personOf(by.principal) : null;
  const id = newRequestId();
  const request = await db.privacyRequest.create({
    data: {
      id,
      type: input.type,
      state: "received",
      subjectId: subject?.id ?? null,
      identifierKind: kind,
      identifierHint: maskIdentifier(kind, normalized),
      receivedAt,
      receivedById,
      initialDueAt: dueAt,
      dueAt,
      transitions: {
        create: {
          fromState: null,
          toState: "received",
          action: "receive",
          actorType: by.actor.type === "user" || by.actor.type === "api_key" ? by.actor.type : "system",
          actorId: "id" in by.actor ? by.actor.id : null,
          details: { found: subject !== null },
        },
      },
    },
  });
  await recordEvent({
    category: "privacy",
    action: "request.receive",
    result: "success",
    actor: by.actor,
    target: id,
    subjectId: subject?.id ?? null,
    details: {
      requestId: id,
      type: input.type,
      identifierKind: kind,
      found: subject !== null,
      dueAt: dueAt.toISOString(),
    },
    meta: by.meta,
  });
  return request;
}
