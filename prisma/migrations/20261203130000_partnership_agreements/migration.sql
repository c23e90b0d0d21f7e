-- Partnership agreements (docs/decisions/0021): agreements with a price list, a ceiling and a
-- period, their suppliers, call-offs that become orders, and which municipality owns a company

-- CreateEnum
CREATE TYPE "AgreementBasis" AS ENUM ('RESERVED_COMPETITION', 'IN_HOUSE');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "ownerSharePercent" INTEGER;

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "legalBasis" "AgreementBasis" NOT NULL,
    "ceilingOre" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "optionsLeft" INTEGER NOT NULL DEFAULT 0,
    "optionMonths" INTEGER NOT NULL DEFAULT 12,
    "buyerContactName" TEXT NOT NULL,
    "buyerContactEmail" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ceilingNotifiedAt" TIMESTAMP(3),
    "expiryNotifiedFor" DATE,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementSupplier" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "contactName" TEXT,
    "contactEmail" TEXT,
    "ownershipPercent" INTEGER,

    CONSTRAINT "AgreementSupplier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementPrice" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "service" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "priceExVatOre" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementPrice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CallOff" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "supplierId" TEXT NOT NULL,
    "priceId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "amountExVatOre" INTEGER NOT NULL,
    "orderId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "calledOffAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CallOff_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Agreement_buyerId_idx" ON "Agreement"("buyerId");

-- CreateIndex
CREATE INDEX "Agreement_endsOn_idx" ON "Agreement"("endsOn");

-- CreateIndex
CREATE INDEX "AgreementSupplier_companyId_idx" ON "AgreementSupplier"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementSupplier_agreementId_companyId_key" ON "AgreementSupplier"("agreementId", "companyId");

-- CreateIndex
CREATE INDEX "AgreementPrice_agreementId_idx" ON "AgreementPrice"("agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "CallOff_orderId_key" ON "CallOff"("orderId");

-- CreateIndex
CREATE INDEX "CallOff_agreementId_calledOffAt_idx" ON "CallOff"("agreementId", "calledOffAt");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSupplier" ADD CONSTRAINT "AgreementSupplier_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSupplier" ADD CONSTRAINT "AgreementSupplier_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementPrice" ADD CONSTRAINT "AgreementPrice_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallOff" ADD CONSTRAINT "CallOff_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallOff" ADD CONSTRAINT "CallOff_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "AgreementSupplier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallOff" ADD CONSTRAINT "CallOff_priceId_fkey" FOREIGN KEY ("priceId") REFERENCES "AgreementPrice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallOff" ADD CONSTRAINT "CallOff_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;


