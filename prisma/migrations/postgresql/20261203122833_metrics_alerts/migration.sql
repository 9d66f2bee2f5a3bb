-- CreateTable
CREATE TABLE "MetricRollup" (
    "tier" TEXT NOT NULL,
    "bucketStart" TIMESTAMP(3) NOT NULL,
    "dimension" TEXT NOT NULL,
    "server" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "writer" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,
    "errors" INTEGER NOT NULL,
    "denied" INTEGER NOT NULL,
    "rateLimited" INTEGER NOT NULL,
    "outcomes" TEXT NOT NULL,
    "latencySumMs" DOUBLE PRECISION NOT NULL,
    "latencySketch" TEXT,
    "peakInflight" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MetricRollup_pkey" PRIMARY KEY ("tier","dimension","server","name","bucketStart","writer")
);

-- CreateTable
CREATE TABLE "UpstreamStateSample" (
    "id" SERIAL NOT NULL,
    "server" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "latencyMs" DOUBLE PRECISION,
    "writer" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UpstreamStateSample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertRule" (
    "id" TEXT NOT NULL,
    "builtIn" TEXT,
    "name" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "server" TEXT,
    "tool" TEXT,
    "comparison" TEXT NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "forSeconds" INTEGER NOT NULL,
    "windowSeconds" INTEGER NOT NULL DEFAULT 300,
    "severity" TEXT NOT NULL,
    "isEnabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertState" (
    "id" SERIAL NOT NULL,
    "ruleId" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "pendingSince" TIMESTAMP(3),
    "firedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "lastEvaluatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertEvent" (
    "id" SERIAL NOT NULL,
    "ruleId" TEXT NOT NULL,
    "ruleName" TEXT NOT NULL,
    "instance" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "threshold" DOUBLE PRECISION NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertWebhook" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secretEncrypted" TEXT NOT NULL,
    "minSeverity" TEXT NOT NULL DEFAULT 'warning',
    "isEnabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AlertWebhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" SERIAL NOT NULL,
    "webhookId" TEXT NOT NULL,
    "alertEventId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MetricRollup_tier_dimension_bucketStart_idx" ON "MetricRollup"("tier", "dimension", "bucketStart");

-- CreateIndex
CREATE INDEX "UpstreamStateSample_server_kind_at_idx" ON "UpstreamStateSample"("server", "kind", "at");

-- CreateIndex
CREATE INDEX "UpstreamStateSample_at_idx" ON "UpstreamStateSample"("at");

-- CreateIndex
CREATE UNIQUE INDEX "AlertRule_builtIn_key" ON "AlertRule"("builtIn");

-- CreateIndex
CREATE INDEX "AlertState_state_idx" ON "AlertState"("state");

-- CreateIndex
CREATE UNIQUE INDEX "AlertState_ruleId_instance_key" ON "AlertState"("ruleId", "instance");

-- CreateIndex
CREATE INDEX "AlertEvent_at_idx" ON "AlertEvent"("at");

-- CreateIndex
CREATE INDEX "AlertEvent_ruleId_at_idx" ON "AlertEvent"("ruleId", "at");

-- CreateIndex
CREATE INDEX "AlertDelivery_status_nextAttemptAt_idx" ON "AlertDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "AlertDelivery_webhookId_id_idx" ON "AlertDelivery"("webhookId", "id");

-- AddForeignKey
ALTER TABLE "AlertState" ADD CONSTRAINT "AlertState_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "AlertRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertDelivery" ADD CONSTRAINT "AlertDelivery_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "AlertWebhook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

