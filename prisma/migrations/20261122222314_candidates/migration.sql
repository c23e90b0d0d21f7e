-- CreateEnum
CREATE TYPE "CandidateStatus" AS ENUM ('ACTIVE', 'PAUSED', 'PLACED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "TravelMode" AS ENUM ('OWN_MUNICIPALITY', 'LISTED', 'COUNTY');

-- CreateEnum
CREATE TYPE "ConsentKind" AS ENUM ('LISTING', 'SHARE_ACCOMMODATIONS');

-- CreateEnum
CREATE TYPE "InquiryStatus" AS ENUM ('OPEN', 'ANSWERED');

-- CreateTable
CREATE TABLE "Candidate" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "fullName" TEXT,
    "birthYear" INTEGER,
    "phone" TEXT,
    "email" TEXT,
    "notes" TEXT,
    "personalDataDeletedAt" TIMESTAMP(3),
    "occupationCodes" TEXT[],
    "skills" TEXT[],
    "summary" TEXT NOT NULL DEFAULT '',
    "municipalityNumber" TEXT NOT NULL,
    "travelMode" "TravelMode" NOT NULL DEFAULT 'OWN_MUNICIPALITY',
    "workMunicipalities" TEXT[],
    "hoursPerWeek" INTEGER NOT NULL,
    "earliestStart" DATE,
    "norwegianLevel" TEXT NOT NULL DEFAULT 'NONE',
    "languages" JSONB NOT NULL DEFAULT '[]',
    "licences" TEXT[],
    "accommodations" TEXT[],
    "targetGroups" TEXT[],
    "measures" TEXT[],
    "status" "CandidateStatus" NOT NULL DEFAULT 'ACTIVE',
    "listingConsentAt" TIMESTAMP(3),
    "accommodationConsentAt" TIMESTAMP(3),
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateConsent" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "kind" "ConsentKind" NOT NULL,
    "givenOn" DATE NOT NULL,
    "method" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,

    CONSTRAINT "CandidateConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateEvent" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "actorUserId" TEXT,
    "metadata" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateInquiry" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "fromOrganizationId" TEXT NOT NULL,
    "fromUserId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "InquiryStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "CandidateInquiry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_code_key" ON "Candidate"("code");

-- CreateIndex
CREATE INDEX "Candidate_organizationId_status_idx" ON "Candidate"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Candidate_lastActivityAt_idx" ON "Candidate"("lastActivityAt");

-- CreateIndex
CREATE INDEX "CandidateConsent_candidateId_kind_idx" ON "CandidateConsent"("candidateId", "kind");

-- CreateIndex
CREATE INDEX "CandidateEvent_candidateId_at_idx" ON "CandidateEvent"("candidateId", "at");

-- CreateIndex
CREATE INDEX "CandidateInquiry_candidateId_idx" ON "CandidateInquiry"("candidateId");

-- CreateIndex
CREATE INDEX "CandidateInquiry_fromOrganizationId_idx" ON "CandidateInquiry"("fromOrganizationId");

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateConsent" ADD CONSTRAINT "CandidateConsent_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateEvent" ADD CONSTRAINT "CandidateEvent_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateInquiry" ADD CONSTRAINT "CandidateInquiry_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateInquiry" ADD CONSTRAINT "CandidateInquiry_fromOrganizationId_fkey" FOREIGN KEY ("fromOrganizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
