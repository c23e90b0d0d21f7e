-- Follow-up after hire: check-ins at 1, 3, 6 and 12 months, and the measure milestones told to the employer

-- CreateTable
CREATE TABLE "HireCheckIn" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "month" INTEGER NOT NULL,
    "dueOn" DATE NOT NULL,
    "recordedAt" TIMESTAMP(3),
    "recordedById" TEXT,
    "stillEmployed" BOOLEAN,
    "hoursPerWeek" DOUBLE PRECISION,
    "measureRunning" BOOLEAN,
    "needs" TEXT NOT NULL DEFAULT '',
    "closedAt" TIMESTAMP(3),
    "reminderSentAt" TIMESTAMP(3),
    "missedNotifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HireCheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureReminderSent" (
    "id" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeasureReminderSent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HireCheckIn_companyId_dueOn_idx" ON "HireCheckIn"("companyId", "dueOn");

-- CreateIndex
CREATE INDEX "HireCheckIn_dueOn_idx" ON "HireCheckIn"("dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "HireCheckIn_proposalId_month_key" ON "HireCheckIn"("proposalId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "MeasureReminderSent_proposalId_key_key" ON "MeasureReminderSent"("proposalId", "key");

-- AddForeignKey
ALTER TABLE "HireCheckIn" ADD CONSTRAINT "HireCheckIn_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureReminderSent" ADD CONSTRAINT "MeasureReminderSent_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
