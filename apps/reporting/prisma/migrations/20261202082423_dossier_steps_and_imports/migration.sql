-- CreateTable
CREATE TABLE "DossierCodeFormat" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "pattern" TEXT NOT NULL,
    "example" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DossierCodeFormat_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "DossierStepKey" (
    "id" UUID NOT NULL,
    "dossierCode" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DossierStepKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierImport" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "header" TEXT[],
    "status" TEXT NOT NULL DEFAULT 'processing',
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "failure" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "DossierImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DossierImportRejection" (
    "importId" UUID NOT NULL,
    "row" INTEGER NOT NULL,
    "cells" TEXT[],
    "reason" TEXT NOT NULL,

    CONSTRAINT "DossierImportRejection_pkey" PRIMARY KEY ("importId","row")
);

-- CreateIndex
CREATE INDEX "DossierStepKey_dossierCode_idx" ON "DossierStepKey"("dossierCode");

-- AddForeignKey
ALTER TABLE "DossierImportRejection" ADD CONSTRAINT "DossierImportRejection_importId_fkey" FOREIGN KEY ("importId") REFERENCES "DossierImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

