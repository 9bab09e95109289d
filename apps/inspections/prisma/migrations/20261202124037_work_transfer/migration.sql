-- CreateTable
CREATE TABLE "work_transfer" (
    "event_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject_id" UUID NOT NULL,
    "from_unit_id" TEXT NOT NULL,
    "to_unit_id" TEXT NOT NULL,
    "decision_id" TEXT NOT NULL,
    "decision_number" TEXT NOT NULL,
    "effective_from" DATE NOT NULL,

    CONSTRAINT "work_transfer_pkey" PRIMARY KEY ("event_id","kind","subject_id")
);

-- CreateIndex
CREATE INDEX "work_transfer_kind_subject_id_idx" ON "work_transfer"("kind", "subject_id");

