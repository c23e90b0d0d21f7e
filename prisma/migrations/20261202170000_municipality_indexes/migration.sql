-- The municipality dashboard reads a municipality's openings by publication date and its active
-- candidates (without them it read every row of both tables on each view)

-- CreateIndex
CREATE INDEX "Opening_municipalityNumber_publishedAt_idx" ON "Opening"("municipalityNumber", "publishedAt");

-- CreateIndex
CREATE INDEX "Candidate_municipalityNumber_status_idx" ON "Candidate"("municipalityNumber", "status");
