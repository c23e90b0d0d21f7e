-- Money moves back only by agreement (order disputes), and stored mail about a candidate is linked
-- to the candidate so that retention and erasure delete it (docs/decisions/0010, 0007).

-- CreateEnum
CREATE TYPE "OrderSide" AS ENUM ('BUYER', 'COMPANY');

-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('OPEN', 'DECLINED', 'AGREED', 'DECIDED_CANCEL', 'DECIDED_KEEP');

-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN "candidateId" TEXT;

-- CreateTable
CREATE TABLE "OrderDispute" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "openedBySide" "OrderSide" NOT NULL,
    "openedByUserId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "DisputeStatus" NOT NULL DEFAULT 'OPEN',
    "answeredByUserId" TEXT,
    "answerReason" TEXT,
    "answeredAt" TIMESTAMP(3),
    "decidedByUserId" TEXT,
    "decisionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "refunded" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "OrderDispute_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EmailMessage_candidateId_idx" ON "EmailMessage"("candidateId");

-- CreateIndex
CREATE INDEX "OrderDispute_orderId_idx" ON "OrderDispute"("orderId");

-- CreateIndex
CREATE INDEX "OrderDispute_status_idx" ON "OrderDispute"("status");

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderDispute" ADD CONSTRAINT "OrderDispute_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
