-- CreateTable
CREATE TABLE "DossierStep" (
    "id" UUID NOT NULL,
    "dossierCode" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "resolvedAs" TEXT,

    CONSTRAINT "DossierStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DossierStep_unitId_day_idx" ON "DossierStep"("unitId", "day");

-- CreateIndex
CREATE INDEX "DossierStep_dossierCode_idx" ON "DossierStep"("dossierCode");

