-- CreateEnum
CREATE TYPE "ProposalStage" AS ENUM ('PROPOSED', 'SHORTLISTED', 'MEETING', 'TRIAL', 'HIRED', 'REJECTED');

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "openingId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "measures" JSONB NOT NULL,
    "reducedWorkCapacity" BOOLEAN NOT NULL DEFAULT false,
    "followUpFrequency" TEXT NOT NULL,
    "contactPerson" TEXT NOT NULL,
    "accommodations" TEXT[],
    "trialPeriodWeeks" INTEGER,
    "message" TEXT NOT NULL,
    "estimatedMonthlyWageOre" INTEGER NOT NULL,
    "employerTaxZone" TEXT NOT NULL DEFAULT '1',
    "stage" "ProposalStage" NOT NULL DEFAULT 'PROPOSED',
    "rejectionReason" TEXT,
    "meetingRequestedAt" TIMESTAMP(3),
    "introConsentAt" TIMESTAMP(3),
    "introConsentMethod" TEXT,
    "introConsentById" TEXT,
    "outcome" TEXT,
    "outcomeDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalMessage" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "authorUserId" TEXT NOT NULL,
    "authorOrganizationId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Proposal_companyId_idx" ON "Proposal"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_openingId_candidateId_key" ON "Proposal"("openingId", "candidateId");

-- CreateIndex
CREATE INDEX "ProposalMessage_proposalId_createdAt_idx" ON "ProposalMessage"("proposalId", "createdAt");

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_openingId_fkey" FOREIGN KEY ("openingId") REFERENCES "Opening"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalMessage" ADD CONSTRAINT "ProposalMessage_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
