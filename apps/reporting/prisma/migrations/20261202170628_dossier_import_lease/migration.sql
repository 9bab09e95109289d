-- AlterTable
ALTER TABLE "DossierImport" ADD COLUMN     "leaseUntil" TIMESTAMP(3);

