-- CreateEnum
CREATE TYPE "RegisterKind" AS ENUM ('ENHETSREGISTERET', 'RENHOLDSREGISTERET');

-- CreateTable
CREATE TABLE "RegisterCheck" (
    "id" TEXT NOT NULL,
    "register" "RegisterKind" NOT NULL,
    "orgNumber" TEXT NOT NULL,
    "organizationId" TEXT,
    "outcome" TEXT NOT NULL,
    "detail" JSONB,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegisterCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RegisterCheck_orgNumber_register_checkedAt_idx" ON "RegisterCheck"("orgNumber", "register", "checkedAt");

-- CreateIndex
CREATE INDEX "RegisterCheck_organizationId_register_checkedAt_idx" ON "RegisterCheck"("organizationId", "register", "checkedAt");

-- AddForeignKey
ALTER TABLE "RegisterCheck" ADD CONSTRAINT "RegisterCheck_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
