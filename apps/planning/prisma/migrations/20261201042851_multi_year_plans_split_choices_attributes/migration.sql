-- AlterTable: a plan made before multi-year plans covers its one year.
ALTER TABLE "plan" ADD COLUMN     "last_year" INTEGER;
UPDATE "plan" SET "last_year" = "year";
ALTER TABLE "plan" ALTER COLUMN "last_year" SET NOT NULL;

-- AlterTable
ALTER TABLE "task" ADD COLUMN     "attributes" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "unit_split_choice" (
    "id" UUID NOT NULL,
    "issuing_unit_id" TEXT NOT NULL,
    "normalised_text" TEXT NOT NULL,
    "written_text" TEXT NOT NULL,
    "names" TEXT[],
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "unit_split_choice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "unit_split_choice_issuing_unit_id_normalised_text_key" ON "unit_split_choice"("issuing_unit_id", "normalised_text");

