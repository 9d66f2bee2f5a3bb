-- AlterTable
ALTER TABLE "UpstreamServer" ADD COLUMN "privacyDefault" JSONB;

-- AlterTable
ALTER TABLE "Tool" ADD COLUMN "privacy" JSONB;

-- CreateTable
CREATE TABLE "DataSubject" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "keyId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SubjectIdentifier" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "ciphertext" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SubjectIdentifier_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "DataSubject" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Purpose" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "legalBasis" TEXT NOT NULL,
    "isBuiltIn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subjectId" TEXT NOT NULL,
    "purposeKey" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "noticeVersion" TEXT,
    "source" TEXT NOT NULL,
    "recordedByType" TEXT NOT NULL,
    "recordedById" TEXT,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConsentRecord_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "DataSubject" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CustomDetector" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "pattern" TEXT NOT NULL,
    "flags" TEXT NOT NULL DEFAULT '',
    "sample" TEXT NOT NULL,
    "isEnabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "MaskingPolicy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "toolPattern" TEXT NOT NULL DEFAULT '*',
    "roleName" TEXT,
    "detectors" JSONB NOT NULL,
    "strategy" TEXT NOT NULL,
    "appliesTo" TEXT NOT NULL DEFAULT 'both',
    "isEnabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PrivacyToken" (
    "token" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "ciphertext" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "DataSubject_createdAt_idx" ON "DataSubject"("createdAt");

-- CreateIndex
CREATE INDEX "SubjectIdentifier_subjectId_idx" ON "SubjectIdentifier"("subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "SubjectIdentifier_kind_hash_key" ON "SubjectIdentifier"("kind", "hash");

-- CreateIndex
CREATE INDEX "ConsentRecord_subjectId_purposeKey_id_idx" ON "ConsentRecord"("subjectId", "purposeKey", "id");

-- CreateIndex
CREATE INDEX "ConsentRecord_purposeKey_id_idx" ON "ConsentRecord"("purposeKey", "id");

-- CreateIndex
CREATE INDEX "ConsentRecord_recordedAt_idx" ON "ConsentRecord"("recordedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CustomDetector_name_key" ON "CustomDetector"("name");

-- CreateIndex
CREATE UNIQUE INDEX "MaskingPolicy_name_key" ON "MaskingPolicy"("name");

