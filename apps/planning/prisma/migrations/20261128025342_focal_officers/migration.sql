-- CreateTable
CREATE TABLE "focal_officer_change" (
    "id" UUID NOT NULL,
    "unit_id" TEXT NOT NULL,
    "decision_number" TEXT NOT NULL,
    "decision_date" DATE NOT NULL,
    "officers" JSONB NOT NULL,
    "changed_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "focal_officer_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "focal_officer_change_unit_id_created_at_idx" ON "focal_officer_change"("unit_id", "created_at");

