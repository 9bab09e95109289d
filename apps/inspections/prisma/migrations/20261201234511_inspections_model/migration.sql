-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "InspectionType" AS ENUM ('periodic', 'unannounced', 'thematic');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('draft', 'approved');

-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('month', 'quarter');

-- CreateEnum
CREATE TYPE "InspectionStatus" AS ENUM ('scheduled', 'started', 'concluded');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('lead', 'member', 'secretary');

-- CreateEnum
CREATE TYPE "AssessmentKind" AS ENUM ('yes_no', 'count', 'rate', 'score');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('minor', 'major', 'serious');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('open', 'answered', 'returned', 'verified');

-- CreateTable
CREATE TABLE "inspection_plan" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'draft',
    "drafted_by_id" TEXT NOT NULL,
    "approved_by_id" TEXT,
    "approved_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inspection_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_item" (
    "id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "order" INTEGER NOT NULL,
    "unit_id" TEXT NOT NULL,
    "period_kind" "PeriodKind" NOT NULL,
    "period" INTEGER NOT NULL,
    "type" "InspectionType" NOT NULL,
    "focus" TEXT NOT NULL,

    CONSTRAINT "plan_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checklist_template" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "checklist_template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "template_version" (
    "id" UUID NOT NULL,
    "template_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "groups" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by" TEXT NOT NULL,

    CONSTRAINT "template_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inspection" (
    "id" UUID NOT NULL,
    "plan_id" UUID,
    "plan_item_id" UUID,
    "unit_id" TEXT NOT NULL,
    "type" "InspectionType" NOT NULL,
    "focus" TEXT NOT NULL,
    "status" "InspectionStatus" NOT NULL DEFAULT 'scheduled',
    "window_start" DATE NOT NULL,
    "window_end" DATE NOT NULL,
    "start_day" DATE,
    "end_day" DATE,
    "decision_number" TEXT,
    "decision_date" DATE,
    "template_version_id" UUID,
    "started_at" TIMESTAMP(3),
    "self_assessment_due" DATE,
    "self_submitted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team_member" (
    "id" UUID NOT NULL,
    "inspection_id" UUID NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL,

    CONSTRAINT "team_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "criterion" (
    "id" UUID NOT NULL,
    "inspection_id" UUID NOT NULL,
    "group_code" TEXT NOT NULL,
    "group_name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "AssessmentKind" NOT NULL,
    "max_score" INTEGER,
    "self_value" DOUBLE PRECISION,
    "self_note" TEXT,
    "team_value" DOUBLE PRECISION,
    "team_note" TEXT,

    CONSTRAINT "criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding" (
    "id" UUID NOT NULL,
    "inspection_id" UUID NOT NULL,
    "criterion_id" UUID,
    "severity" "Severity" NOT NULL,
    "description" TEXT NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recommendation" (
    "id" UUID NOT NULL,
    "finding_id" UUID NOT NULL,
    "inspection_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "responsible_unit_id" TEXT NOT NULL,
    "due_day" DATE NOT NULL,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'open',
    "answer" TEXT,
    "answered_at" TIMESTAMP(3),
    "return_reason" TEXT,
    "verified_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "inspection_plan_year_idx" ON "inspection_plan"("year");

-- CreateIndex
CREATE UNIQUE INDEX "plan_item_plan_id_order_key" ON "plan_item"("plan_id", "order");

-- CreateIndex
CREATE UNIQUE INDEX "checklist_template_code_key" ON "checklist_template"("code");

-- CreateIndex
CREATE UNIQUE INDEX "template_version_template_id_version_key" ON "template_version"("template_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_plan_item_id_key" ON "inspection"("plan_item_id");

-- CreateIndex
CREATE INDEX "inspection_unit_id_idx" ON "inspection"("unit_id");

-- CreateIndex
CREATE INDEX "inspection_window_start_idx" ON "inspection"("window_start");

-- CreateIndex
CREATE UNIQUE INDEX "team_member_inspection_id_user_id_key" ON "team_member"("inspection_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "criterion_inspection_id_code_key" ON "criterion"("inspection_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "criterion_inspection_id_order_key" ON "criterion"("inspection_id", "order");

-- CreateIndex
CREATE INDEX "finding_inspection_id_idx" ON "finding"("inspection_id");

-- CreateIndex
CREATE INDEX "recommendation_finding_id_idx" ON "recommendation"("finding_id");

-- CreateIndex
CREATE INDEX "recommendation_inspection_id_idx" ON "recommendation"("inspection_id");

-- CreateIndex
CREATE INDEX "recommendation_responsible_unit_id_idx" ON "recommendation"("responsible_unit_id");

-- AddForeignKey
ALTER TABLE "plan_item" ADD CONSTRAINT "plan_item_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "inspection_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "template_version" ADD CONSTRAINT "template_version_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "checklist_template"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection" ADD CONSTRAINT "inspection_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "inspection_plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_inspection_id_fkey" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "criterion" ADD CONSTRAINT "criterion_inspection_id_fkey" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_inspection_id_fkey" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_criterion_id_fkey" FOREIGN KEY ("criterion_id") REFERENCES "criterion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recommendation" ADD CONSTRAINT "recommendation_finding_id_fkey" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

