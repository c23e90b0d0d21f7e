import type { Prisma } from "~/generated/prisma/client";
import type { PackageMeasureInput } from "~/domain/measures/catalogue";
import { startFollowUp } from "~/domain/follow-up/follow-up.server";
import { currentMilestones, measureMilestones } from "~/domain/follow-up/milestones";
import type { Db } from "~/lib/db.server";
import { addDays, addMonths, dayToStored, osloMidnight, osloToday } from "~/lib/dates";

/**
 * A year and a half of follow-up after hire, relative to the day the seed runs: 70 fictional hires
 * over the demo's employers (Bergen kommune itself among them) with their check-ins, some who left
 * after three months, some check-ins never recorded; so the dashboard's retention, the
 * municipality's own hires and the net saving show figures above the suppression threshold. Plus
 * three hires for the demo and the end-to-end test at Fjordkafé: a check-in due now, a proposal in
 * its trial period (40 % wage subsidy for 12 months) to be hired, and a step-down two weeks ahead.
 */
const PLACES = [
  { employer: "fjordkafe", company: "bergenarbeid", municipality: "4601" },
  { employer: "bergen", company: "bergenarbeid", municipality: "4601" },
  { employer: "bryggebakeri", company: "vestbro", municipality: "4601" },
  { employer: "bergen", company: "vestbro", municipality: "4601" },
  { employer: "nidaroslager", company: "nidarosjobb", municipality: "5001" },
  { employer: "trondheim", company: "nidarosjobb", municipality: "5001" },
  { employer: "askoyrenhold", company: "vestbro", municipality: "4627" },
  { employer: "malvikbil", company: "nidarosjobb", municipality: "5031" },
  { employer: "tydal", company: "fjellvekst", municipality: "5033" },
] as const;

const FIRST = ["Amal", "Bjørn", "Chen", "Dina", "Elias", "Frida", "Goran", "Hanne", "Ismail", "Jorunn"];
const LAST = ["Aasen", "Berisha", "Dale", "Farah", "Grønli", "Halvorsen", "Iversen", "Jama", "Kleppe", "Lien"];
const GROUPS = [["UNDER_30"], ["NEWLY_ARRIVED"], ["VTA_AFT"], ["OVER_50"], ["CV_GAP"]];
const NEEDS = [
  "",
  "Ønsker flere vakter i helgene.",
  "Trenger opplæring på ny kasse.",
  "Vil prøve å øke til full stilling.",
];

const wageSubsidy = (percent: number, months: number, reduced = false): PackageMeasureInput => ({
  code: "MIDLERTIDIG_LONNSTILSKUDD",
  percent,
  months,
  reducedWorkCapacity: reduced,
});

function packageFor(i: number): PackageMeasureInput[] {
  switch (i % 4) {
    case 0:
      return [wageSubsidy(40, 12)];
    case 1:
      return [wageSubsidy(60, 24, true)];
    case 2:
      return [
        wageSubsidy(30, 6),
        {
          code: "MENTOR",
          percent: null,
          months: 6,
          reducedWorkCapacity: false,
          mentorHoursPerMonth: 10,
          mentorHourlyWageOre: 30_000,
        },
      ];
    default:
      return [{ code: "IPS_JOBBSTOTTE", percent: null, months: null, reducedWorkCapacity: false }];
  }
}

type Hire = {
  code: string;
  place: (typeof PLACES)[number];
  hireDay: string | null;
  stage: "HIRED" | "TRIAL";
  measures: PackageMeasureInput[];
  targetGroups: string[];
  leavesAtThree: boolean;
  missesSix: boolean;
  hours: number;
};

function demoHires(today: string): Hire[] {
  const hires: Hire[] = Array.from({ length: 70 }, (_, i) => ({
    code: `K-97${String(i).padStart(3, "0")}`,
    // Bergen's employers get more than half, so Bergen's dashboard has real figures.
    place: PLACES[i % 7 < 4 ? i % 4 : 4 + ((i % PLACES.length) % 5)]!,
    hireDay: addDays(today, -(700 - i * 10)),
    stage: "HIRED",
    measures: packageFor(i),
    targetGroups: GROUPS[i % GROUPS.length]!,
    leavesAtThree: i % 4 === 3,
    missesSix: i % 9 === 5,
    hours: [20, 30, 37.5][i % 3]!,
  }));
  const fjordkafe = PLACES[0];
  const special = (code: string, hireDay: string | null, stage: Hire["stage"]): Hire => ({
    code,
    place: fjordkafe,
    hireDay,
    stage,
    measures: [wageSubsidy(40, 12)],
    targetGroups: ["UNDER_30"],
    leavesAtThree: false,
    missesSix: false,
    hours: 30,
  });
  return [
    ...hires,
    // The 1-month check-in opens now (due in three days).
    special("K-97100", addDays(addMonths(today, -1), 3), "HIRED"),
    // In the trial period: the end-to-end test records the hire and sees the step-down.
    special("K-97101", null, "TRIAL"),
    // The wage subsidy steps down in ten days: a reminder that stands now.
    special("K-97102", addDays(addMonths(today, -6), 10), "HIRED"),
  ];
}

export async function seedFollowUp(db: Db, orgIds: Map<string, string>, today: string = osloToday()): Promise<number> {
  // Seeded once: the demo's own hires are there already.
  if (await db.proposal.findFirst({ where: { candidate: { code: { in: ["K-97101", "K-97102"] } } } })) return 0;
  const org = (key: string) => {
    const id = orgIds.get(key);
    if (!id) throw new Error(`unknown demo organisation ${key}`);
    return id;
  };
  const openingOf = new Map<string, { id: string; occupationCode: string }>();
  const adminOf = new Map<string, string>();
  for (const key of new Set(PLACES.flatMap((p) => [p.employer, p.company]))) {
    const admin = await db.membership.findFirstOrThrow({ where: { organizationId: org(key), role: "ADMIN" } });
    adminOf.set(key, admin.userId);
    const opening = await db.opening.findFirst({
      where: { organizationId: org(key), kind: "JOB" },
      orderBy: { title: "asc" },
      select: { id: true, occupationCode: true },
    });
    if (opening) openingOf.set(key, opening);
  }
  const hires = demoHires(today);
  for (const [i, h] of hires.entries()) {
    const opening = openingOf.get(h.place.employer);
    if (!opening) continue;
    // The demo's other candidates have random codes: one that took this code keeps it.
    if (await db.candidate.findUnique({ where: { code: h.code }, select: { id: true } })) continue;
    const companyId = org(h.place.company);
    const hiredAt = h.hireDay ? osloMidnight(h.hireDay) : null;
    const candidate = await db.candidate.create({
      data: {
        organizationId: companyId,
        code: h.code,
        fullName: `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`,
        birthYear: 1970 + (i % 30),
        municipalityNumber: h.place.municipality,
        occupationCodes: [opening.occupationCode],
        hoursPerWeek: Math.round(h.hours),
        targetGroups: h.targetGroups,
        measures: h.measures.map((m) => m.code),
        // IPS reaches the employer only with the consent to share it; these candidates gave it.
        accommodationConsentAt: h.measures.some((m) => m.code === "IPS_JOBBSTOTTE") ? (hiredAt ?? new Date()) : null,
        status: h.stage === "HIRED" ? "PLACED" : "ACTIVE",
        createdById: adminOf.get(h.place.company),
      },
    });
    const createdAt = hiredAt ? new Date(hiredAt.getTime() - (20 + (i % 40)) * 86_400_000) : new Date();
    const proposal = await db.proposal.create({
      data: {
        openingId: opening.id,
        candidateId: candidate.id,
        companyId,
        createdById: adminOf.get(h.place.company) ?? "",
        measures: h.measures as Prisma.InputJsonValue,
        reducedWorkCapacity: h.measures.some((m) => m.reducedWorkCapacity),
        followUpFrequency: "BIWEEKLY",
        contactPerson: "Jobbspesialist",
        trialPeriodWeeks: 4,
        message: "Kandidaten har relevant erfaring. Vi følger opp annenhver uke.",
        estimatedMonthlyWageOre: Math.round((h.hours * 52 * 21_000) / 12 / 100) * 100,
        employerTaxZone: "1",
        stage: h.stage,
        meetingRequestedAt: createdAt,
        introConsentAt: createdAt,
        introConsentMethod: "SIGNED_PAPER",
        outcome: h.stage === "HIRED" ? "HIRED" : "TRIAL",
        outcomeDate: dayToStored(h.hireDay ?? today),
        createdAt,
      },
    });
    if (!h.hireDay) continue;
    await startFollowUp(db, { id: proposal.id, companyId }, h.hireDay);
    await recordPast(db, proposal.id, h, i, today, adminOf.get(h.place.company) ?? null);
    // Milestones the employer would already have been told of: marked as told, except the one the demo shows.
    const told = h.code === "K-97102" ? [] : currentMilestones(measureMilestones(h.measures, h.hireDay), today);
    if (told.length)
      await db.measureReminderSent.createMany({ data: told.map((m) => ({ proposalId: proposal.id, key: m.key })) });
  }
  return hires.length;
}

/** The check-ins already due, as the company recorded them (a few never were). */
async function recordPast(db: Db, proposalId: string, h: Hire, i: number, today: string, by: string | null) {
  const checkIns = await db.hireCheckIn.findMany({ where: { proposalId }, orderBy: { month: "asc" } });
  let ended = false;
  let last: Date | null = null;
  for (const c of checkIns) {
    const dueOn = c.dueOn.toISOString().slice(0, 10);
    const recordOn = addDays(dueOn, (i % 5) - 2);
    if (recordOn >= today) break;
    const old = { reminderSentAt: osloMidnight(addDays(dueOn, -7)) };
    if (ended) {
      await db.hireCheckIn.update({ where: { id: c.id }, data: { ...old, closedAt: last, stillEmployed: false } });
      continue;
    }
    if (h.missesSix && c.month === 6) {
      const missed = addDays(dueOn, 15) < today ? { missedNotifiedAt: osloMidnight(addDays(dueOn, 15)) } : {};
      await db.hireCheckIn.update({ where: { id: c.id }, data: { ...old, ...missed } });
      continue;
    }
    const leaves = h.leavesAtThree && c.month === 3;
    last = new Date(osloMidnight(recordOn).getTime() + 10 * 3_600_000);
    await db.hireCheckIn.update({
      where: { id: c.id },
      data: {
        ...old,
        recordedAt: last,
        recordedById: by,
        stillEmployed: !leaves,
        hoursPerWeek: leaves ? null : h.hours,
        measureRunning: !leaves && h.measures.some((m) => m.months === null || m.months >= c.month),
        needs: leaves ? "" : (NEEDS[(i + c.month) % NEEDS.length] ?? ""),
      },
    });
    if (leaves) ended = true;
  }
  if (last)
    await db.candidate.updateMany({
      where: { proposals: { some: { id: proposalId } } },
      data: { lastActivityAt: last },
    });
}
