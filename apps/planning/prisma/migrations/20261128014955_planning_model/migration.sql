-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('draft', 'issued', 'closed');

-- CreateEnum
CREATE TYPE "UnitRole" AS ENUM ('lead', 'coordinating');

-- CreateEnum
CREATE TYPE "OccurrenceStatus" AS ENUM ('not_started', 'in_progress', 'done', 'blocked');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('pending', 'accepted', 'returned');

-- CreateEnum
CREATE TYPE "UnitPlanStatus" AS ENUM ('missing', 'draft', 'submitted', 'accepted', 'returned');

-- CreateTable
CREATE TABLE "plan" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "issuing_unit_id" TEXT NOT NULL,
    "decision_number" TEXT,
    "decision_date" DATE,
    "title" TEXT NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'draft',
    "unit_plan_deadline" DATE,
    "copied_from_id" UUID,
    "decision" JSONB NOT NULL,
    "import_warnings" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issued_at" TIMESTAMP(3),

    CONSTRAINT "plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "section" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "order" INTEGER NOT NULL,
    "number" TEXT,
    "title" TEXT NOT NULL,

    CONSTRAINT "section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "section_id" UUID NOT NULL,
    "order" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "timeframe_text" TEXT NOT NULL,
    "timeframe" JSONB NOT NULL,
    "expected_result" TEXT NOT NULL,
    "result_items" TEXT[],
    "activity_kind" TEXT,

    CONSTRAINT "task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "task_unit" (
    "id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "role" "UnitRole" NOT NULL,
    "written_name" TEXT NOT NULL,
    "unit_id" TEXT,
    "via_group" TEXT,

    CONSTRAINT "task_unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_name_mapping" (
    "id" UUID NOT NULL,
    "issuing_unit_id" TEXT NOT NULL,
    "normalised_name" TEXT NOT NULL,
    "written_name" TEXT NOT NULL,
    "unit_id" TEXT,
    "rule" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "unit_name_mapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "occurrence" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "unit_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "due_day" DATE NOT NULL,
    "status" "OccurrenceStatus" NOT NULL DEFAULT 'not_started',
    "review" "ReviewState",
    "reminded" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "occurrence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "progress_report" (
    "id" UUID NOT NULL,
    "occurrence_id" UUID NOT NULL,
    "unit_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "status" "OccurrenceStatus" NOT NULL,
    "note" TEXT NOT NULL,
    "evidence_number" TEXT,
    "evidence_date" DATE,
    "evidence_link" TEXT,
    "file_ids" TEXT[],
    "review_state" "ReviewState" NOT NULL DEFAULT 'pending',
    "review_comment" TEXT,
    "reviewed_by" TEXT,
    "reviewed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "progress_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_plan" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "unit_id" TEXT NOT NULL,
    "status" "UnitPlanStatus" NOT NULL DEFAULT 'missing',
    "submitted_at" TIMESTAMP(3),
    "late" BOOLEAN NOT NULL DEFAULT false,
    "review_comment" TEXT,

    CONSTRAINT "unit_plan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "plan_year_idx" ON "plan"("year");

-- CreateIndex
CREATE UNIQUE INDEX "section_plan_id_order_key" ON "section"("plan_id", "order");

-- CreateIndex
CREATE INDEX "task_section_id_idx" ON "task"("section_id");

-- CreateIndex
CREATE UNIQUE INDEX "task_plan_id_order_key" ON "task"("plan_id", "order");

-- CreateIndex
CREATE INDEX "task_unit_task_id_idx" ON "task_unit"("task_id");

-- CreateIndex
CREATE INDEX "task_unit_unit_id_idx" ON "task_unit"("unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "unit_name_mapping_issuing_unit_id_normalised_name_key" ON "unit_name_mapping"("issuing_unit_id", "normalised_name");

-- CreateIndex
CREATE INDEX "occurrence_unit_id_due_day_idx" ON "occurrence"("unit_id", "due_day");

-- CreateIndex
CREATE INDEX "occurrence_plan_id_idx" ON "occurrence"("plan_id");

-- CreateIndex
CREATE UNIQUE INDEX "occurrence_task_id_unit_id_key_key" ON "occurrence"("task_id", "unit_id", "key");

-- CreateIndex
CREATE INDEX "progress_report_occurrence_id_idx" ON "progress_report"("occurrence_id");

-- CreateIndex
CREATE UNIQUE INDEX "unit_plan_plan_id_unit_id_key" ON "unit_plan"("plan_id", "unit_id");

-- AddForeignKey
ALTER TABLE "section" ADD CONSTRAINT "section_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task" ADD CONSTRAINT "task_section_id_fkey" FOREIGN KEY ("section_id") REFERENCES "section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "task_unit" ADD CONSTRAINT "task_unit_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "occurrence" ADD CONSTRAINT "occurrence_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "occurrence" ADD CONSTRAINT "occurrence_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_report" ADD CONSTRAINT "progress_report_occurrence_id_fkey" FOREIGN KEY ("occurrence_id") REFERENCES "occurrence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_plan" ADD CONSTRAINT "unit_plan_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

