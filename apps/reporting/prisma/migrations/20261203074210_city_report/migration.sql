-- CreateTable
CREATE TABLE "CityReport" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "kindCode" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "periodLabel" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "issuedOn" DATE NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "issuedBy" TEXT NOT NULL,
    "expected" INTEGER NOT NULL,
    "received" INTEGER NOT NULL,
    "accepted" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "late" INTEGER NOT NULL,
    "docxFileId" UUID NOT NULL,
    "xlsxFileId" UUID NOT NULL,

    CONSTRAINT "CityReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CityReport_number_key" ON "CityReport"("number");

-- CreateIndex
CREATE INDEX "CityReport_kindCode_periodKey_issuedAt_idx" ON "CityReport"("kindCode", "periodKey", "issuedAt");

