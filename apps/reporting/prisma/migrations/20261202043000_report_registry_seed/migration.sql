-- The report forms' indicators and the report kinds of the TTHC-control reporting regime (docs/domain.md §2).
-- Data, not code: an administrator corrects a cut-off day, a deadline or a form without a release.

INSERT INTO "ReportIndicator" ("code", "groupName", "label", "measures", "aggregate", "sortOrder") VALUES
  -- Biểu 06/VPCP/KSTT (§2.4 [S]): dossiers received, resolved, in progress.
  ('dossier.received', 'Hồ sơ TTHC — số hồ sơ nhận giải quyết', 'Tổng số', ARRAY['dossier.received.online', 'dossier.received.offline'], 'flow', 10),
  ('dossier.received.online', 'Hồ sơ TTHC — số hồ sơ nhận giải quyết', 'Trong đó: trực tuyến', ARRAY['dossier.received.online'], 'flow', 11),
  ('dossier.received.offline', 'Hồ sơ TTHC — số hồ sơ nhận giải quyết', 'Trực tiếp hoặc qua bưu chính', ARRAY['dossier.received.offline'], 'flow', 12),
  ('dossier.carried-over', 'Hồ sơ TTHC — số hồ sơ nhận giải quyết', 'Từ kỳ trước chuyển qua', ARRAY['dossier.open.within-deadline', 'dossier.open.overdue'], 'opening', 13),
  ('dossier.resolved', 'Hồ sơ TTHC — đã giải quyết', 'Tổng số', ARRAY['dossier.resolved.early', 'dossier.resolved.on-time', 'dossier.resolved.late'], 'flow', 20),
  ('dossier.resolved.early', 'Hồ sơ TTHC — đã giải quyết', 'Trước hạn', ARRAY['dossier.resolved.early'], 'flow', 21),
  ('dossier.resolved.on-time', 'Hồ sơ TTHC — đã giải quyết', 'Đúng hạn', ARRAY['dossier.resolved.on-time'], 'flow', 22),
  ('dossier.resolved.late', 'Hồ sơ TTHC — đã giải quyết', 'Quá hạn', ARRAY['dossier.resolved.late'], 'flow', 23),
  ('dossier.open', 'Hồ sơ TTHC — đang giải quyết', 'Tổng số', ARRAY['dossier.open.within-deadline', 'dossier.open.overdue'], 'closing', 30),
  ('dossier.open.within-deadline', 'Hồ sơ TTHC — đang giải quyết', 'Trong hạn', ARRAY['dossier.open.within-deadline'], 'closing', 31),
  ('dossier.open.overdue', 'Hồ sơ TTHC — đang giải quyết', 'Quá hạn', ARRAY['dossier.open.overdue'], 'closing', 32),
  -- PAKN received and handled (Decree 63/2010 Art 35 contents, §2.1), in the same columns.
  ('pakn.received', 'Phản ánh, kiến nghị — tiếp nhận', 'Tổng số', ARRAY['pakn.received'], 'flow', 40),
  ('pakn.received.online', 'Phản ánh, kiến nghị — tiếp nhận', 'Trong đó: trực tuyến', ARRAY['pakn.received.online'], 'flow', 41),
  ('pakn.received.offline', 'Phản ánh, kiến nghị — tiếp nhận', 'Trực tiếp, bưu chính, điện thoại', ARRAY['pakn.received.offline'], 'flow', 42),
  ('pakn.carried-over', 'Phản ánh, kiến nghị — tiếp nhận', 'Từ kỳ trước chuyển qua', ARRAY['pakn.open'], 'opening', 43),
  ('pakn.settled', 'Phản ánh, kiến nghị — đã xử lý', 'Tổng số', ARRAY['pakn.settled.on-time', 'pakn.settled.late'], 'flow', 50),
  ('pakn.settled.on-time', 'Phản ánh, kiến nghị — đã xử lý', 'Đúng hạn', ARRAY['pakn.settled.on-time'], 'flow', 51),
  ('pakn.settled.late', 'Phản ánh, kiến nghị — đã xử lý', 'Quá hạn', ARRAY['pakn.settled.late'], 'flow', 52),
  ('pakn.set-aside', 'Phản ánh, kiến nghị — đã xử lý', 'Gộp hoặc đóng không trả lời', ARRAY['pakn.set-aside'], 'flow', 53),
  ('pakn.open', 'Phản ánh, kiến nghị — đang xử lý', 'Tổng số', ARRAY['pakn.open'], 'closing', 60),
  ('pakn.open.within-deadline', 'Phản ánh, kiến nghị — đang xử lý', 'Trong hạn', ARRAY['pakn.open.within-deadline'], 'closing', 61),
  ('pakn.open.overdue', 'Phản ánh, kiến nghị — đang xử lý', 'Quá hạn', ARRAY['pakn.open.overdue'], 'closing', 62),
  -- The year's TTHC-control plan and inspections of TTHC-control work.
  ('plan.occurrence.done', 'Kế hoạch kiểm soát TTHC', 'Nhiệm vụ hoàn thành', ARRAY['plan.occurrence.done.on-time', 'plan.occurrence.done.late'], 'flow', 70),
  ('plan.occurrence.done.on-time', 'Kế hoạch kiểm soát TTHC', 'Trong đó: đúng hạn', ARRAY['plan.occurrence.done.on-time'], 'flow', 71),
  ('plan.occurrence.done.late', 'Kế hoạch kiểm soát TTHC', 'Trong đó: quá hạn', ARRAY['plan.occurrence.done.late'], 'flow', 72),
  ('plan.occurrence.open.overdue', 'Kế hoạch kiểm soát TTHC', 'Nhiệm vụ quá hạn chưa hoàn thành', ARRAY['plan.occurrence.open.overdue'], 'closing', 73),
  ('inspection.concluded', 'Kiểm tra công tác kiểm soát TTHC', 'Cuộc kiểm tra đã kết luận', ARRAY['inspection.concluded'], 'flow', 80),
  ('inspection.finding', 'Kiểm tra công tác kiểm soát TTHC', 'Phát hiện', ARRAY['inspection.finding'], 'flow', 81),
  ('recommendation.issued', 'Kiểm tra công tác kiểm soát TTHC', 'Kiến nghị đã ban hành', ARRAY['recommendation.issued'], 'flow', 82),
  ('recommendation.closed', 'Kiểm tra công tác kiểm soát TTHC', 'Kiến nghị đã thực hiện', ARRAY['recommendation.closed.on-time', 'recommendation.closed.late'], 'flow', 83),
  ('recommendation.open', 'Kiểm tra công tác kiểm soát TTHC', 'Kiến nghị chưa thực hiện', ARRAY['recommendation.open'], 'closing', 84),
  ('recommendation.open.overdue', 'Kiểm tra công tác kiểm soát TTHC', 'Trong đó: quá hạn', ARRAY['recommendation.open.overdue'], 'closing', 85);

-- Cut-off day 14 (Decree 09/2019 Art 12 pattern, [U]) and submission 02 working days after it (a provincial
-- rule, [S]): both defaults, shown with their source. Decree 63/2010 Art 35 fixes 6-monthly and ad hoc
-- reports [C]; the quarterly, 9-month and annual ones follow the provincial regime.
INSERT INTO "ReportKind" ("code", "name", "periodKind", "cutoffDay", "deadlineWorkingDays", "source", "indicatorCodes", "sortOrder")
SELECT k.code, k.name, k.period_kind, 14, 2, k.source, (SELECT array_agg("code" ORDER BY "sortOrder") FROM "ReportIndicator"), k.sort_order
FROM (VALUES
  ('tthc-control-quarterly', 'Báo cáo tình hình, kết quả thực hiện công tác kiểm soát TTHC quý', 'quarter',
   'Kỳ và ngày chốt số liệu: Nghị định 09/2019/NĐ-CP Điều 12 [chưa xác nhận]; hạn nộp 02 ngày làm việc sau ngày chốt: quy định cấp tỉnh [nguồn thứ cấp]', 1),
  ('tthc-control-half-year', 'Báo cáo tình hình, kết quả thực hiện công tác kiểm soát TTHC 6 tháng', 'half-year',
   'Nghị định 63/2010/NĐ-CP Điều 35 (sửa đổi bởi 48/2013); ngày chốt: Nghị định 09/2019/NĐ-CP Điều 12 [chưa xác nhận]; hạn nộp: quy định cấp tỉnh [nguồn thứ cấp]', 2),
  ('tthc-control-nine-month', 'Báo cáo tình hình, kết quả thực hiện công tác kiểm soát TTHC 9 tháng', 'nine-month',
   'Kỳ 9 tháng (15/12 năm trước đến 14/9): quy định cấp tỉnh [nguồn thứ cấp]; hạn nộp: quy định cấp tỉnh [nguồn thứ cấp]', 3),
  ('tthc-control-annual', 'Báo cáo tình hình, kết quả thực hiện công tác kiểm soát TTHC năm', 'year',
   'Ngày chốt: Nghị định 09/2019/NĐ-CP Điều 12 [chưa xác nhận]; hạn nộp: quy định cấp tỉnh [nguồn thứ cấp]', 4),
  ('ad-hoc', 'Báo cáo đột xuất', 'ad-hoc',
   'Nghị định 63/2010/NĐ-CP Điều 35: báo cáo đột xuất theo yêu cầu; kỳ số liệu do Văn phòng ấn định; hạn nộp: mặc định 02 ngày làm việc sau ngày cuối kỳ', 5)
) AS k(code, name, period_kind, source, sort_order);
