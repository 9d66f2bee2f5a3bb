-- DropIndex
DROP INDEX "AuditEvent_serverId_createdAt_idx";

-- DropIndex
DROP INDEX "AuditEvent_actorId_createdAt_idx";

-- DropIndex
DROP INDEX "AuditEvent_category_createdAt_idx";

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "actorHash" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "hash" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "payload" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "payloadDigest" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "payloadPurgedAt" DATETIME;
ALTER TABLE "AuditEvent" ADD COLUMN "personal" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "subjectHash" TEXT;

-- CreateTable
CREATE TABLE "AuditSeal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "eventCount" INTEGER NOT NULL,
    "eventsHash" TEXT NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditTombstone" (
    "eventId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "eventAt" DATETIME NOT NULL,
    "purgeId" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "AuditPurge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ranAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "policy" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "cutoff" DATETIME NOT NULL,
    "count" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "RetentionPolicy" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "days" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);

-- CreateTable
CREATE TABLE "LegalHold" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reason" TEXT NOT NULL,
    "fromTime" DATETIME,
    "toTime" DATETIME,
    "actorId" TEXT,
    "subjectHash" TEXT,
    "subjectHint" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "releasedAt" DATETIME,
    "releasedById" TEXT
);

-- CreateTable
CREATE TABLE "SubjectKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectHash" TEXT NOT NULL,
    "wrappedKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "destroyedAt" DATETIME
);

-- CreateTable
CREATE TABLE "AuditExport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "format" TEXT NOT NULL,
    "filters" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "rowCount" INTEGER NOT NULL DEFAULT 0,
    "sha256" TEXT,
    "manifest" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME
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

