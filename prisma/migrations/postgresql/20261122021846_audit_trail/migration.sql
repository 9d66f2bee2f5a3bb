-- DropIndex
DROP INDEX "AuditEvent_actorId_createdAt_idx";

-- DropIndex
DROP INDEX "AuditEvent_category_createdAt_idx";

-- DropIndex
DROP INDEX "AuditEvent_serverId_createdAt_idx";

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "actorHash" TEXT,
ADD COLUMN     "hash" TEXT,
ADD COLUMN     "payload" TEXT,
ADD COLUMN     "payloadDigest" TEXT,
ADD COLUMN     "payloadPurgedAt" TIMESTAMP(3),
ADD COLUMN     "personal" TEXT,
ADD COLUMN     "subjectHash" TEXT;

-- CreateTable
CREATE TABLE "AuditSeal" (
    "id" INTEGER NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "eventCount" INTEGER NOT NULL,
    "eventsHash" TEXT NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditSeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditTombstone" (
    "eventId" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "eventAt" TIMESTAMP(3) NOT NULL,
    "purgeId" TEXT NOT NULL,

    CONSTRAINT "AuditTombstone_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "AuditPurge" (
    "id" TEXT NOT NULL,
    "ranAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "policy" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "cutoff" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "AuditPurge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionPolicy" (
    "key" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "RetentionPolicy_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "LegalHold" (
    "id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "fromTime" TIMESTAMP(3),
    "toTime" TIMESTAMP(3),
    "actorId" TEXT,
    "subjectHash" TEXT,
    "subjectHint" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "releasedAt" TIMESTAMP(3),
    "releasedById" TEXT,

    CONSTRAINT "LegalHold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubjectKey" (
    "id" TEXT NOT NULL,
    "subjectHash" TEXT NOT NULL,
    "wrappedKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "destroyedAt" TIMESTAMP(3),

    CONSTRAINT "SubjectKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditExport" (
    "id" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "filters" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "rowCount" INTEGER NOT NULL DEFAULT 0,
    "sha256" TEXT,
    "manifest" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "AuditExport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LegalHold_releasedAt_idx" ON "LegalHold"("releasedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SubjectKey_subjectHash_key" ON "SubjectKey"("subjectHash");

-- CreateIndex
CREATE INDEX "AuditExport_createdAt_idx" ON "AuditExport"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_category_id_idx" ON "AuditEvent"("category", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_action_id_idx" ON "AuditEvent"("action", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_result_id_idx" ON "AuditEvent"("result", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_id_idx" ON "AuditEvent"("actorId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_actorHash_id_idx" ON "AuditEvent"("actorHash", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectHash_id_idx" ON "AuditEvent"("subjectHash", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_serverId_id_idx" ON "AuditEvent"("serverId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_tool_id_idx" ON "AuditEvent"("tool", "id");

