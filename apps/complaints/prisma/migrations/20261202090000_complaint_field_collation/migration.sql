-- The inbox sorts by field (lĩnh vực) in SQL: the column takes PostgreSQL's ICU Vietnamese collation, so
-- ORDER BY follows the Vietnamese alphabet (a, ă, â, b, c, d, đ, …) instead of the bytes of UTF-8.
-- Prisma's datamodel cannot state a collation, so this migration is written by hand (the snapshot is unchanged).
ALTER TABLE "Complaint" ALTER COLUMN "field" TYPE TEXT COLLATE "vi-VN-x-icu";
