-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "endedAt" DATETIME,
    CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE INDEX "UserSession_expiresAt_idx" ON "UserSession"("expiresAt");


-- Backfill: every key belongs to a user. Keys created from the CLI or by another key had no owner;
-- they go to the earliest-created enabled admin. With no such user they stay ownerless, and
-- ownerless keys are refused (lib/auth/authenticate-api-key.ts).
UPDATE "ApiKey" SET "createdById" = (
    SELECT u."id" FROM "User" u
    JOIN "UserRole" ur ON ur."userId" = u."id"
    JOIN "Role" r ON r."id" = ur."roleId"
    WHERE r."name" = 'admin' AND u."isDisabled" = 0
    ORDER BY u."createdAt" ASC, u."id" ASC
    LIMIT 1
) WHERE "createdById" IS NULL;
