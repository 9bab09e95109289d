-- CreateTable
CREATE TABLE "IndexIndicator" (
    "code" TEXT NOT NULL,
    "groupCode" TEXT NOT NULL,
    "groupNameVi" TEXT NOT NULL,
    "groupNameEn" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "numeratorMeasures" TEXT[],
    "denominatorMeasures" TEXT[],
    "target" DOUBLE PRECISION NOT NULL,
    "maxPoints" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "IndexIndicator_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "IndexManualValue" (
    "unitId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "numerator" INTEGER NOT NULL,
    "denominator" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndexManualValue_pkey" PRIMARY KEY ("unitId","month","indicatorCode")
);

-- CreateTable
CREATE TABLE "IndexManualValueAudit" (
    "id" UUID NOT NULL,
    "unitId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "numerator" INTEGER NOT NULL,
    "denominator" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "previousNumerator" INTEGER,
    "previousDenominator" INTEGER,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndexManualValueAudit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndexManualValue_month_idx" ON "IndexManualValue"("month");

-- CreateIndex
CREATE INDEX "IndexManualValueAudit_unitId_month_idx" ON "IndexManualValueAudit"("unitId", "month");

