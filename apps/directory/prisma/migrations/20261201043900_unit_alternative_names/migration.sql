-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "alternativeNames" TEXT[] DEFAULT ARRAY[]::TEXT[];

