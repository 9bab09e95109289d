-- AlterTable
ALTER TABLE "inspection" ADD COLUMN     "concluded_on" DATE,
ADD COLUMN     "conclusion_number" TEXT;

