-- The candidate's own page (issue 18): who gave each consent, one-time sign-in links, the candidate's
-- own short sessions, answers to employers who ask to be introduced, and erasure requests.
-- CreateEnum
CREATE TYPE "ConsentSource" AS ENUM ('CANDIDATE_LINK', 'COMPANY_RECORDED');

-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "erasureRequestedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "CandidateConsent" ADD COLUMN     "source" "ConsentSource" NOT NULL DEFAULT 'COMPANY_RECORDED',
ADD COLUMN     "withdrawnVia" "ConsentSource",
ALTER COLUMN "recordedById" DROP NOT NULL;

-- AlterTable
ALTER TABLE "CandidateInquiry" ADD COLUMN     "wantsIntroduction" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CandidateSignInLink" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "sentById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateSignInLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateSession" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateIntroduction" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "inquiryId" TEXT,
    "given" BOOLEAN NOT NULL,
    "source" "ConsentSource" NOT NULL,
    "recordedById" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnSource" "ConsentSource",

    CONSTRAINT "CandidateIntroduction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CandidateSignInLink_tokenHash_key" ON "CandidateSignInLink"("tokenHash");

-- CreateIndex
CREATE INDEX "CandidateSignInLink_candidateId_idx" ON "CandidateSignInLink"("candidateId");

-- CreateIndex
CREATE INDEX "CandidateSession_candidateId_idx" ON "CandidateSession"("candidateId");

-- CreateIndex
CREATE INDEX "CandidateIntroduction_candidateId_idx" ON "CandidateIntroduction"("candidateId");

-- CreateIndex
CREATE INDEX "CandidateIntroduction_employerOrganizationId_candidateId_idx" ON "CandidateIntroduction"("employerOrganizationId", "candidateId");

-- AddForeignKey
ALTER TABLE "CandidateSignInLink" ADD CONSTRAINT "CandidateSignInLink_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateSession" ADD CONSTRAINT "CandidateSession_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateIntroduction" ADD CONSTRAINT "CandidateIntroduction_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;


