-- Young people first: apprenticeships, training candidates, summer jobs and work placements
-- beside jobs and tasks, with the fields each of them needs

-- AlterEnum
ALTER TYPE "OpeningKind" ADD VALUE 'APPRENTICESHIP';
ALTER TYPE "OpeningKind" ADD VALUE 'TRAINING_CANDIDATE';
ALTER TYPE "OpeningKind" ADD VALUE 'SUMMER_JOB';
ALTER TYPE "OpeningKind" ADD VALUE 'WORK_PLACEMENT';

-- AlterTable
ALTER TABLE "Opening" ADD COLUMN     "tradeCode" TEXT,
ADD COLUMN     "programmeArea" TEXT,
ADD COLUMN     "trainingMonths" INTEGER,
ADD COLUMN     "approvedTrainingCompany" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "endDate" DATE,
ADD COLUMN     "ageMin" INTEGER,
ADD COLUMN     "ageMax" INTEGER;
