-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "actorSubjectId" TEXT;

-- AlterTable
ALTER TABLE "LegalHold" ADD COLUMN "subjectId" TEXT;

-- CreateTable
CREATE TABLE "PrivacyRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "subjectId" TEXT,
    "identifierKind" TEXT NOT NULL,
    "identifierHint" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedById" TEXT,
    "initialDueAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "extensionReason" TEXT,
    "extendedAt" DATETIME,
    "extendedById" TEXT,
    "verificationMethod" TEXT,
    "verificationReference" TEXT,
    "verifiedAt" DATETIME,
    "verifiedById" TEXT,
    "approvedAt" DATETIME,
    "approvedById" TEXT,
    "executedById" TEXT,
    "executionStartedAt" DATETIME,
    "completedAt" DATETIME,
    "closedReason" TEXT,
    "failure" TEXT,
    "holdId" TEXT,
    "progress" JSONB,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "outcome" JSONB,
    "certificate" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PrivacyRequestTransition" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "requestId" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "reason" TEXT,
    "details" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PrivacyRequestTransition_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PrivacyRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubjectExport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "wrappedKey" TEXT,
    "byteCount" INTEGER NOT NULL DEFAULT 0,
    "sha256" TEXT,
    "manifest" TEXT,
    "counts" JSONB,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME,
    "expiresAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "SubjectExport_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PrivacyRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditRedaction" (
    "eventId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sealedHash" TEXT NOT NULL,
    "anchorEventId" INTEGER NOT NULL,
    "requestId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "PrivacyRequest_state_dueAt_idx" ON "PrivacyRequest"("state", "dueAt");

-- CreateIndex
CREATE INDEX "PrivacyRequest_subjectId_idx" ON "PrivacyRequest"("subjectId");

-- CreateIndex
CREATE INDEX "PrivacyRequest_receivedAt_idx" ON "PrivacyRequest"("receivedAt");

-- CreateIndex
CREATE INDEX "PrivacyRequestTransition_requestId_id_idx" ON "PrivacyRequestTransition"("requestId", "id");

-- CreateIndex
CREATE INDEX "SubjectExport_requestId_idx" ON "SubjectExport"("requestId");

-- CreateIndex
CREATE INDEX "SubjectExport_expiresAt_idx" ON "SubjectExport"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditRedaction_anchorEventId_idx" ON "AuditRedaction"("anchorEventId");

-- CreateIndex
CREATE INDEX "AuditRedaction_requestId_idx" ON "AuditRedaction"("requestId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorSubjectId_id_idx" ON "AuditEvent"("actorSubjectId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectId_id_idx" ON "AuditEvent"("subjectId", "id");

