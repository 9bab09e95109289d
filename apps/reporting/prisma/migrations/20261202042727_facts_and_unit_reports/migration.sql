-- CreateTable
CREATE TABLE "ProjectedEvent" (
    "id" UUID NOT NULL,
    "entity" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "time" TIMESTAMP(3) NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "ProjectedEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactContribution" (
    "entity" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "FactContribution_pkey" PRIMARY KEY ("entity","measure","unitId","day")
);

-- CreateTable
CREATE TABLE "DailyFact" (
    "measure" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "DailyFact_pkey" PRIMARY KEY ("measure","unitId","day")
);

-- CreateTable
CREATE TABLE "ReportIndicator" (
    "code" TEXT NOT NULL,
    "groupName" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "measures" TEXT[],
    "aggregate" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "ReportIndicator_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "ReportKind" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "periodKind" TEXT NOT NULL,
    "cutoffDay" INTEGER NOT NULL DEFAULT 14,
    "deadlineWorkingDays" INTEGER NOT NULL DEFAULT 2,
    "source" TEXT NOT NULL,
    "indicatorCodes" TEXT[],
    "unitLevelCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportKind_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "UnitReport" (
    "id" UUID NOT NULL,
    "kindCode" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "periodLabel" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'expected',
    "narrative" TEXT,
    "figures" JSONB,
    "submittedOn" DATE,
    "submittedLate" BOOLEAN,
    "submittedBy" TEXT,
    "reviewComment" TEXT,
    "reviewedBy" TEXT,
    "lockedOn" DATE,
    "exceptionUntil" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnitReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportCorrection" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "originalValue" INTEGER NOT NULL,
    "correctedValue" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "correctedBy" TEXT NOT NULL,
    "correctedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProjectedEvent_entity_time_idx" ON "ProjectedEvent"("entity", "time");

-- CreateIndex
CREATE INDEX "DailyFact_day_idx" ON "DailyFact"("day");

-- CreateIndex
CREATE INDEX "UnitReport_unitId_periodEnd_idx" ON "UnitReport"("unitId", "periodEnd");

-- CreateIndex
CREATE INDEX "UnitReport_kindCode_periodKey_idx" ON "UnitReport"("kindCode", "periodKey");

-- CreateIndex
CREATE UNIQUE INDEX "UnitReport_kindCode_periodKey_unitId_key" ON "UnitReport"("kindCode", "periodKey", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportCorrection_reportId_indicatorCode_key" ON "ReportCorrection"("reportId", "indicatorCode");

-- AddForeignKey
ALTER TABLE "ReportCorrection" ADD CONSTRAINT "ReportCorrection_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "UnitReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

