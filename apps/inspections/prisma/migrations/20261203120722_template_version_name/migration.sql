-- AlterTable
-- Each version keeps the template's name as it was saved. Versions saved before this change take the
-- template's current name, the best record there is of it.
ALTER TABLE "template_version" ADD COLUMN     "name" TEXT;
UPDATE "template_version" v SET "name" = t."name" FROM "checklist_template" t WHERE t."id" = v."template_id";
ALTER TABLE "template_version" ALTER COLUMN "name" SET NOT NULL;
