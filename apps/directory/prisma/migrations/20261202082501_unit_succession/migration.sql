-- CreateEnum
CREATE TYPE "WorkKind" AS ENUM ('PLAN_WORK', 'COMPLAINTS', 'RECOMMENDATIONS', 'USERS');

-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'APPLIED', 'FAILED');

-- CreateTable
CREATE TABLE "UnitVersion" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "levelCode" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "UnitVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitSuccession" (
    "predecessorId" UUID NOT NULL,
    "successorId" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "workKinds" "WorkKind"[],
    "effectiveFrom" DATE NOT NULL,

    CONSTRAINT "UnitSuccession_pkey" PRIMARY KEY ("predecessorId","successorId")
);

-- CreateTable
CREATE TABLE "ReorganisationDecision" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "fileId" TEXT,
    "changes" JSONB NOT NULL,
    "status" "DecisionStatus" NOT NULL DEFAULT 'DRAFT',
    "failure" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "scheduledAt" TIMESTAMP(3),
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "ReorganisationDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitVersion_unitId_validFrom_idx" ON "UnitVersion"("unitId", "validFrom");

-- CreateIndex
CREATE INDEX "UnitSuccession_successorId_idx" ON "UnitSuccession"("successorId");

-- CreateIndex
CREATE INDEX "ReorganisationDecision_status_effectiveFrom_idx" ON "ReorganisationDecision"("status", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "UnitVersion" ADD CONSTRAINT "UnitVersion_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "ReorganisationDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Every existing unit had one name and level for its whole life so far.
INSERT INTO "UnitVersion" ("id", "unitId", "name", "shortName", "levelCode", "validFrom", "validTo")
  SELECT gen_random_uuid(), "id", "name", "shortName", "levelCode", "validFrom", "validTo" FROM "Unit";
