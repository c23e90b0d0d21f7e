-- CreateEnum
CREATE TYPE "OpeningKind" AS ENUM ('JOB', 'TASK');

-- CreateEnum
CREATE TYPE "OpeningStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'FILLED', 'CLOSED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "OpeningExtent" AS ENUM ('FULL_TIME', 'PART_TIME');

-- CreateTable
CREATE TABLE "Opening" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "OpeningKind" NOT NULL,
    "status" "OpeningStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "occupationCode" TEXT NOT NULL,
    "municipalityNumber" TEXT NOT NULL,
    "address" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "hoursPerWeek" DOUBLE PRECISION NOT NULL,
    "extent" "OpeningExtent" NOT NULL,
    "startDate" DATE,
    "applicationDeadline" DATE,
    "positions" INTEGER NOT NULL DEFAULT 1,
    "norwegianLevel" TEXT NOT NULL DEFAULT 'NONE',
    "licenceClass" TEXT NOT NULL DEFAULT 'NONE',
    "skills" TEXT[],
    "accommodations" TEXT[],
    "accommodationNote" TEXT,
    "measures" TEXT[],
    "budgetMinOre" INTEGER,
    "budgetMaxOre" INTEGER,
    "deliveryStart" DATE,
    "deliveryEnd" DATE,
    "deliveryPlace" TEXT,
    "reservedForInclusion" BOOLEAN NOT NULL DEFAULT false,
    "quoteDeadline" DATE,
    "publishedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpeningVersion" (
    "id" TEXT NOT NULL,
    "openingId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "changedBy" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpeningVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Opening_organizationId_status_idx" ON "Opening"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Opening_status_applicationDeadline_idx" ON "Opening"("status", "applicationDeadline");

-- CreateIndex
CREATE UNIQUE INDEX "OpeningVersion_openingId_version_key" ON "OpeningVersion"("openingId", "version");

-- AddForeignKey
ALTER TABLE "Opening" ADD CONSTRAINT "Opening_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpeningVersion" ADD CONSTRAINT "OpeningVersion_openingId_fkey" FOREIGN KEY ("openingId") REFERENCES "Opening"("id") ON DELETE CASCADE ON UPDATE CASCADE;
