-- AlterTable
ALTER TABLE "inspection" ADD COLUMN     "conclusion_file_id" UUID;

-- AlterTable
ALTER TABLE "criterion" ADD COLUMN     "self_file_ids" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "team_file_ids" UUID[] DEFAULT ARRAY[]::UUID[];

-- AlterTable
ALTER TABLE "finding" ADD COLUMN     "file_ids" UUID[] DEFAULT ARRAY[]::UUID[];

-- AlterTable
ALTER TABLE "recommendation" ADD COLUMN     "answer_file_ids" UUID[] DEFAULT ARRAY[]::UUID[];

