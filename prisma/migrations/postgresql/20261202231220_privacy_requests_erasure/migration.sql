-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "actorSubjectId" TEXT;

-- AlterTable
ALTER TABLE "LegalHold" ADD COLUMN     "subjectId" TEXT;

-- CreateTable
CREATE TABLE "PrivacyRequest" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "subjectId" TEXT,
    "identifierKind" TEXT NOT NULL,
    "identifierHint" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedById" TEXT,
    "initialDueAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "extensionReason" TEXT,
    "extendedAt" TIMESTAMP(3),
    "extendedById" TEXT,
    "verificationMethod" TEXT,
    "verificationReference" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "executedById" TEXT,
    "executionStartedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "closedReason" TEXT,
    "failure" TEXT,
    "holdId" TEXT,
    "progress" JSONB,
    "leaseOwner" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "outcome" JSONB,
    "certificate" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PrivacyRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrivacyRequestTransition" (
    "id" SERIAL NOT NULL,
    "requestId" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "reason" TEXT,
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrivacyRequestTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubjectExport" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "wrappedKey" TEXT,
    "byteCount" INTEGER NOT NULL DEFAULT 0,
    "sha256" TEXT,
    "manifest" TEXT,
    "counts" JSONB,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "SubjectExport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditRedaction" (
    "eventId" INTEGER NOT NULL,
    "sealedHash" TEXT NOT NULL,
    "anchorEventId" INTEGER NOT NULL,
    "requestId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditRedaction_pkey" PRIMARY KEY ("eventId")
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

-- AddForeignKey
ALTER TABLE "PrivacyRequestTransition" ADD CONSTRAINT "PrivacyRequestTransition_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PrivacyRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubjectExport" ADD CONSTRAINT "SubjectExport_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PrivacyRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

