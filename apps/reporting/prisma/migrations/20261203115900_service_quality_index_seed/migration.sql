-- The indicators of the Decision 766/QĐ-TTg service-quality index (docs/domain.md §4). The official appendix was
-- not found: groups and their maxima are [S] (third-party readings of the national portal), the targets named in
-- §4 are [S], every other target and every per-indicator maximum is [U]. Data, not code: an administrator corrects
-- them without a release, and the index shows each row's source.
-- Computed indicators name the daily-fact measures of src/domain/measures.ts; manual ones (no measures) are
-- entered per unit and month by the city office with their source.
INSERT INTO "IndexIndicator" ("code", "groupCode", "groupNameVi", "groupNameEn", "nameVi", "nameEn", "numeratorMeasures", "denominatorMeasures", "target", "maxPoints", "source", "sortOrder") VALUES
  ('1.1', 'transparency', 'Công khai, minh bạch', 'Transparency',
   'TTHC được công khai đầy đủ, đúng hạn / TTHC thuộc thẩm quyền', 'Procedures published fully and on time / procedures in competence',
   ARRAY[]::text[], ARRAY[]::text[], 1.0, 18,
   '[U] mục tiêu và điểm tối đa chưa xác minh; nhóm 18 điểm [S] (docs/domain.md §4). Nhập tay: nền tảng không có dữ liệu.', 10),
  ('2.1', 'progress', 'Tiến độ giải quyết', 'Progress of resolution',
   'Hồ sơ giải quyết trước hạn và đúng hạn / hồ sơ đã giải quyết', 'Dossiers resolved early or on time / dossiers resolved',
   ARRAY['dossier.resolved.early', 'dossier.resolved.on-time'], ARRAY['dossier.resolved.early', 'dossier.resolved.on-time', 'dossier.resolved.late'], 1.0, 20,
   '[U] mục tiêu 100% chưa xác minh; nhóm 20 điểm [S] (docs/domain.md §4).', 20),
  ('3.1', 'online', 'Dịch vụ công trực tuyến', 'Online public services',
   'TTHC có dịch vụ công trực tuyến / TTHC thuộc thẩm quyền', 'Procedures with an online service / procedures in competence',
   ARRAY[]::text[], ARRAY[]::text[], 0.8, 4,
   '[S] mục tiêu 80% (docs/domain.md §4); [U] điểm tối đa. Nhập tay: nền tảng không có danh mục TTHC.', 30),
  ('3.2', 'online', 'Dịch vụ công trực tuyến', 'Online public services',
   'Hồ sơ tiếp nhận trực tuyến / hồ sơ tiếp nhận', 'Dossiers received online / dossiers received',
   ARRAY['dossier.received.online'], ARRAY['dossier.received.online', 'dossier.received.offline'], 0.5, 8,
   '[U] mục tiêu 50% và điểm tối đa chưa xác minh; nhóm 12 điểm [S] (docs/domain.md §4).', 31),
  ('3.6', 'payment', 'Thanh toán trực tuyến', 'Online payment',
   'Hồ sơ thanh toán trực tuyến / hồ sơ tiếp nhận', 'Dossiers paid online / dossiers received',
   ARRAY['dossier.paid-online'], ARRAY['dossier.received.online', 'dossier.received.offline'], 0.5, 10,
   '[U] mục tiêu 50% chưa xác minh; nhóm 10 điểm [S]. Mẫu số là hồ sơ tiếp nhận vì sự kiện hồ sơ chưa cho biết hồ sơ có phí (docs/domain.md §4).', 40),
  ('4.2', 'digitisation', 'Số hóa hồ sơ', 'Digitisation of dossiers',
   'Hồ sơ được số hóa / hồ sơ tiếp nhận', 'Dossiers digitised / dossiers received',
   ARRAY['dossier.digitised'], ARRAY['dossier.received.online', 'dossier.received.offline'], 0.8, 22,
   '[S] mục tiêu 80% (docs/domain.md §4); nhóm 22 điểm [S].', 50),
  ('5.2', 'satisfaction', 'Mức độ hài lòng', 'Satisfaction',
   'PAKN xử lý đúng hạn / PAKN đã xử lý', 'PAKN handled on time / PAKN handled',
   ARRAY['pakn.settled.on-time'], ARRAY['pakn.settled.on-time', 'pakn.settled.late'], 1.0, 9,
   '[S] chỉ tiêu 5.2 (docs/domain.md §4); [U] mục tiêu 100% và điểm tối đa; nhóm 18 điểm [S].', 60),
  ('5.3', 'satisfaction', 'Mức độ hài lòng', 'Satisfaction',
   'Đánh giá hài lòng / lượt đánh giá', 'Rated satisfied / answers rated',
   ARRAY['pakn.rated.satisfied'], ARRAY['pakn.rated'], 0.9, 9,
   '[U] mục tiêu 90% và điểm tối đa chưa xác minh; nhóm 18 điểm [S] (docs/domain.md §4).', 61);
