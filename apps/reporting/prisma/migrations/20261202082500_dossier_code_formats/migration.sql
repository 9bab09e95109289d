-- The dossier code formats a dossier step must match (docs/domain.md §3.6). Data, not code: the 2025 format is
-- [S] (a secondary source), so an administrator corrects a pattern, or retires a format, without a release.
-- Each pattern is a JavaScript regular expression over the whole code; its group "date" is the receipt date YYMMDD.

INSERT INTO "DossierCodeFormat" ("code", "name", "pattern", "example", "source", "sortOrder") VALUES
  ('tt01-2018', 'V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX (mã cơ quan, ngày tiếp nhận, số thứ tự 4 chữ số trong ngày)',
   '^(?<agency>[A-Z0-9]{3}\.[A-Z0-9]{2}\.[A-Z0-9]{2}\.[A-Z][0-9]{2})-(?<date>[0-9]{6})-(?<serial>[0-9]{4})$',
   '000.00.31.H29-260105-0001', 'Thông tư 01/2018/TT-VPCP Điều 19 [C]', 10),
  ('tt04-2025', 'MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX (hệ thống tập trung toàn quốc, từ 25/01/2026)',
   '^(?<agency>[A-Z][0-9]{2}\.[A-Z0-9]{3}\.[A-Z0-9]{2})-(?<date>[0-9]{6})-(?<serial>[A-Z0-9]{2}[0-9]{4})$',
   'H29.123.45-260105-010001', 'Thông tư 04/2025 (nguồn thứ cấp) [S]', 20);
