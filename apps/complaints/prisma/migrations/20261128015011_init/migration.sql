-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Complaint" (
    "id" UUID NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "receivedDay" DATE NOT NULL,
    "senderName" TEXT NOT NULL,
    "senderAddress" TEXT NOT NULL,
    "senderPhone" TEXT,
    "senderEmail" TEXT,
    "consent" BOOLEAN NOT NULL DEFAULT false,
    "regulation" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "statusBeforePause" TEXT,
    "kind" TEXT,
    "category" TEXT,
    "field" TEXT,
    "classifiedRegulation" TEXT,
    "concernedUnitId" TEXT,
    "unitIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "leadUnitId" TEXT,
    "transferredAt" TIMESTAMP(3),
    "dueClassify" DATE NOT NULL,
    "dueOutOfScope" DATE NOT NULL,
    "dueHandle" DATE,
    "dueAnswer" DATE NOT NULL,
    "pauses" JSONB NOT NULL DEFAULT '[]',
    "extensionReason" TEXT,
    "extendedAt" TIMESTAMP(3),
    "extendedBy" TEXT,
    "answeredAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "publishedQuestion" TEXT,
    "publishedText" TEXT,
    "returnedReason" TEXT,
    "returnedGuidance" TEXT,
    "mergedIntoId" UUID,
    "alertsRaised" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Transfer" (
    "id" UUID NOT NULL,
    "complaintId" UUID NOT NULL,
    "unitId" TEXT NOT NULL,
    "lead" BOOLEAN NOT NULL,
    "transferredAt" TIMESTAMP(3) NOT NULL,
    "transferredBy" TEXT NOT NULL,
    "dueDay" DATE,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Transfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" UUID NOT NULL,
    "complaintId" UUID NOT NULL,
    "unitId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "documentNumber" TEXT NOT NULL,
    "documentDate" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "draftedAt" TIMESTAMP(3) NOT NULL,
    "reviewedBy" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewReason" TEXT,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" UUID NOT NULL,
    "complaintId" UUID NOT NULL,
    "unitId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "complaintId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorKind" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonalDataAccess" (
    "id" BIGSERIAL NOT NULL,
    "complaintId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT NOT NULL,
    "unitId" TEXT,
    "purpose" TEXT NOT NULL,
    "reason" TEXT,

    CONSTRAINT "PersonalDataAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "complaintId" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("complaintId","fileId")
);

-- CreateTable
CREATE TABLE "ComplaintSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "deadlineRules" JSONB NOT NULL,
    "attachmentPolicy" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "ComplaintSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubmissionChallenge" (
    "nonce" TEXT NOT NULL,
    "difficulty" INTEGER NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "SubmissionChallenge_pkey" PRIMARY KEY ("nonce")
);

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_trackingCode_key" ON "Complaint"("trackingCode");

-- CreateIndex
CREATE INDEX "Complaint_status_idx" ON "Complaint"("status");

-- CreateIndex
CREATE INDEX "Complaint_receivedAt_idx" ON "Complaint"("receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_unitIds_idx" ON "Complaint" USING GIN ("unitIds");

-- CreateIndex
CREATE INDEX "Transfer_complaintId_idx" ON "Transfer"("complaintId");

-- CreateIndex
CREATE INDEX "Answer_complaintId_idx" ON "Answer"("complaintId");

-- CreateIndex
CREATE INDEX "Contribution_complaintId_idx" ON "Contribution"("complaintId");

-- CreateIndex
CREATE INDEX "AuditEntry_complaintId_id_idx" ON "AuditEntry"("complaintId", "id");

-- CreateIndex
CREATE INDEX "PersonalDataAccess_complaintId_idx" ON "PersonalDataAccess"("complaintId");

-- CreateIndex
CREATE INDEX "Attachment_fileId_idx" ON "Attachment"("fileId");

-- CreateIndex
CREATE INDEX "SubmissionChallenge_expiresAt_idx" ON "SubmissionChallenge"("expiresAt");

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Complaint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transfer" ADD CONSTRAINT "Transfer_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalDataAccess" ADD CONSTRAINT "PersonalDataAccess_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The audit trail cannot be edited (issue 4 §3): refuse UPDATE and DELETE of audit entries.
CREATE FUNCTION "complaints_audit_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only';
END;
$$;

CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "complaints_audit_append_only"();
