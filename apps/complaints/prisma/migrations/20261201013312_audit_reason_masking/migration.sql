-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "reasonMaskedAt" TIMESTAMP(3);


-- The audit trail stays append-only, with one exception (issue 9 item 10): the retention masks the
-- personal data in a reason, once, stamping "reasonMaskedAt"; no other column may change.
CREATE OR REPLACE FUNCTION "complaints_audit_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD."reasonMaskedAt" IS NULL AND NEW."reasonMaskedAt" IS NOT NULL
     AND (NEW.id, NEW."complaintId", NEW.at, NEW."actorId", NEW."actorKind", NEW.action, NEW."fromStatus", NEW."toStatus")
         IS NOT DISTINCT FROM (OLD.id, OLD."complaintId", OLD.at, OLD."actorId", OLD."actorKind", OLD.action, OLD."fromStatus", OLD."toStatus")
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEntry is append-only';
END;
$$;
