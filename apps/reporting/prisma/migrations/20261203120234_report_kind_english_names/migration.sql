-- AlterTable
ALTER TABLE "ReportKind" ADD COLUMN     "nameEn" TEXT NOT NULL DEFAULT '';


-- English names of the kinds the registry ships with; a kind added later without one shows its Vietnamese name.
UPDATE "ReportKind" AS k SET "nameEn" = v.name_en
FROM (VALUES
  ('tthc-control-quarterly', 'Quarterly report on the control of administrative procedures'),
  ('tthc-control-half-year', 'Six-month report on the control of administrative procedures'),
  ('tthc-control-nine-month', 'Nine-month report on the control of administrative procedures'),
  ('tthc-control-annual', 'Annual report on the control of administrative procedures'),
  ('ad-hoc', 'Ad hoc report')
) AS v(code, name_en)
WHERE k."code" = v.code;
