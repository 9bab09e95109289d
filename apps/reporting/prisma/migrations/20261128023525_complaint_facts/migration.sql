-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "ComplaintFact" (
    "id" UUID NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "receivedDay" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "statusBeforePause" TEXT,
    "field" TEXT,
    "leadUnitId" TEXT,
    "unitIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "dueHandle" DATE,
    "dueAnswer" DATE NOT NULL,
    "settledDay" DATE,
    "settledOnTime" BOOLEAN,
    "lastEventAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComplaintFact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ComplaintFact_receivedDay_idx" ON "ComplaintFact"("receivedDay");

