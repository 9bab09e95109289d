-- AlterTable
ALTER TABLE "unit_plan" ADD COLUMN     "submitted_on" DATE;

