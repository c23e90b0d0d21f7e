-- Serious working life per task (docs/decisions/0016): reserved-contract declarations, contract
-- terms per task and their confirmation in the quote, HMS cards per assigned worker, and the
-- buyer's controls during delivery.

-- CreateEnum
CREATE TYPE "ServiceArea" AS ENUM ('CLEANING', 'BUILDING', 'OTHER');

-- CreateEnum
CREATE TYPE "ControlStatus" AS ENUM ('REQUESTED', 'PASSED', 'FAILED', 'RESOLVED');

-- AlterTable
ALTER TABLE "Opening" ADD COLUMN "serviceArea" "ServiceArea",
ADD COLUMN "contractTerms" TEXT[];

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN "confirmedTerms" TEXT[];

-- CreateTable
CREATE TABLE "ReservedContractDeclaration" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "mainPurposeIntegration" BOOLEAN NOT NULL,
    "staffSharePercent" INTEGER NOT NULL,
    "declaredOn" DATE NOT NULL,
    "declaredById" TEXT NOT NULL,
    "declaredByName" TEXT NOT NULL,
    "evidenceDocumentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReservedContractDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssignedWorker" (
    "id" TEXT NOT NULL,
    "quoteId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cardNumber" TEXT NOT NULL,
    "cardExpiresOn" DATE NOT NULL,
    "expiryNotifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssignedWorker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractControl" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "documentation" TEXT NOT NULL,
    "requestNote" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "ControlStatus" NOT NULL DEFAULT 'REQUESTED',
    "outcomeNote" TEXT,
    "outcomeById" TEXT,
    "outcomeAt" TIMESTAMP(3),
    "resolvedNote" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "ContractControl_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReservedContractDeclaration_companyId_declaredOn_idx" ON "ReservedContractDeclaration"("companyId", "declaredOn");

-- CreateIndex
CREATE INDEX "AssignedWorker_quoteId_idx" ON "AssignedWorker"("quoteId");

-- CreateIndex
CREATE INDEX "ContractControl_orderId_status_idx" ON "ContractControl"("orderId", "status");

-- AddForeignKey
ALTER TABLE "ReservedContractDeclaration" ADD CONSTRAINT "ReservedContractDeclaration_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReservedContractDeclaration" ADD CONSTRAINT "ReservedContractDeclaration_evidenceDocumentId_fkey" FOREIGN KEY ("evidenceDocumentId") REFERENCES "SupplierDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignedWorker" ADD CONSTRAINT "AssignedWorker_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractControl" ADD CONSTRAINT "ContractControl_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
