-- NAV alongside: a fourth organisation kind, the municipalities a NAV office serves, the office
-- invited into a proposal and its decision per measure

-- AlterEnum
ALTER TYPE "OrganizationKind" ADD VALUE 'NAV_OFFICE';

-- CreateEnum
CREATE TYPE "NavDecisionOutcome" AS ENUM ('APPROVED', 'DECLINED');

-- CreateTable
CREATE TABLE "NavOfficeMunicipality" (
    "navOfficeId" TEXT NOT NULL,
    "municipalityNumber" TEXT NOT NULL,

    CONSTRAINT "NavOfficeMunicipality_pkey" PRIMARY KEY ("navOfficeId","municipalityNumber")
);

-- CreateTable
CREATE TABLE "NavCase" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "navOfficeId" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NavCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NavDecision" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "measureCode" TEXT NOT NULL,
    "outcome" "NavDecisionOutcome" NOT NULL,
    "percent" INTEGER,
    "periodFrom" DATE,
    "periodTo" DATE,
    "reason" TEXT,
    "decidedOn" DATE NOT NULL,
    "decidedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NavDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NavOfficeMunicipality_municipalityNumber_idx" ON "NavOfficeMunicipality"("municipalityNumber");

-- CreateIndex
CREATE UNIQUE INDEX "NavCase_proposalId_key" ON "NavCase"("proposalId");

-- CreateIndex
CREATE INDEX "NavCase_navOfficeId_invitedAt_idx" ON "NavCase"("navOfficeId", "invitedAt");

-- CreateIndex
CREATE UNIQUE INDEX "NavDecision_caseId_measureCode_key" ON "NavDecision"("caseId", "measureCode");

-- AddForeignKey
ALTER TABLE "NavOfficeMunicipality" ADD CONSTRAINT "NavOfficeMunicipality_navOfficeId_fkey" FOREIGN KEY ("navOfficeId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NavCase" ADD CONSTRAINT "NavCase_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NavCase" ADD CONSTRAINT "NavCase_navOfficeId_fkey" FOREIGN KEY ("navOfficeId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NavDecision" ADD CONSTRAINT "NavDecision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "NavCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;
