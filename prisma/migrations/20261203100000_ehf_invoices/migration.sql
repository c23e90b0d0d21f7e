-- EHF invoices and credit notes (Peppol BIS Billing 3.0), the supplier's payment details,
-- gapless number series, the Peppol outbox and the local access-point double (docs/decisions/0018)

-- CreateEnum
CREATE TYPE "EhfDocumentKind" AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- CreateEnum
CREATE TYPE "EhfPurpose" AS ENUM ('ORDER', 'PLATFORM_FEE');

-- CreateEnum
CREATE TYPE "KidAlgorithm" AS ENUM ('MOD10', 'MOD11');

-- CreateEnum
CREATE TYPE "PeppolStatus" AS ENUM ('PENDING', 'SENT');

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "buyerReference" TEXT;

-- CreateTable
CREATE TABLE "SupplierPaymentDetails" (
    "organizationId" TEXT NOT NULL,
    "accountNumber" TEXT NOT NULL,
    "kidAlgorithm" "KidAlgorithm",
    "foretaksregisteret" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupplierPaymentDetails_pkey" PRIMARY KEY ("organizationId")
);

-- CreateTable
CREATE TABLE "InvoiceCounter" (
    "supplierKey" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InvoiceCounter_pkey" PRIMARY KEY ("supplierKey")
);

-- CreateTable
CREATE TABLE "EhfDocument" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" "EhfDocumentKind" NOT NULL,
    "purpose" "EhfPurpose" NOT NULL,
    "supplierKey" TEXT NOT NULL,
    "receiverId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "issueDate" DATE NOT NULL,
    "dueDate" DATE,
    "amountExVatOre" INTEGER NOT NULL,
    "vatOre" INTEGER NOT NULL,
    "totalOre" INTEGER NOT NULL,
    "kid" TEXT,
    "creditsId" TEXT,
    "xml" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EhfDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeppolOutbox" (
    "documentId" TEXT NOT NULL,
    "status" "PeppolStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "messageId" TEXT,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "PeppolOutbox_pkey" PRIMARY KEY ("documentId")
);

-- CreateTable
CREATE TABLE "PeppolDoubleMessage" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "receiverId" TEXT NOT NULL,
    "documentType" TEXT NOT NULL,
    "xml" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeppolDoubleMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EhfDocument_creditsId_key" ON "EhfDocument"("creditsId");

-- CreateIndex
CREATE INDEX "EhfDocument_receiverId_idx" ON "EhfDocument"("receiverId");

-- CreateIndex
CREATE UNIQUE INDEX "EhfDocument_supplierKey_number_key" ON "EhfDocument"("supplierKey", "number");

-- CreateIndex
CREATE UNIQUE INDEX "EhfDocument_orderId_purpose_kind_key" ON "EhfDocument"("orderId", "purpose", "kind");

-- CreateIndex
CREATE INDEX "PeppolOutbox_status_nextAttemptAt_idx" ON "PeppolOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "PeppolDoubleMessage_documentId_idx" ON "PeppolDoubleMessage"("documentId");

-- AddForeignKey
ALTER TABLE "SupplierPaymentDetails" ADD CONSTRAINT "SupplierPaymentDetails_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EhfDocument" ADD CONSTRAINT "EhfDocument_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EhfDocument" ADD CONSTRAINT "EhfDocument_creditsId_fkey" FOREIGN KEY ("creditsId") REFERENCES "EhfDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeppolOutbox" ADD CONSTRAINT "PeppolOutbox_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "EhfDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;
