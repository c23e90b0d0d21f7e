import { readFileSync } from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, expect, test } from "./support/fixtures";
import { signInListedCandidate } from "./support/candidate-link";

/**
 * Every route × every kind of caller, against the running app with the demo data. Later issues
 * add their routes here; the last test fails when app/routes.ts has a path this table lacks.
 */
const roles = {
  anonymous: null,
  employerMember: "jonas@fjordkafe.no",
  employerAdmin: "sigrid@fjordkafe.no",
  otherEmployerAdmin: "hilde@bryggebakeri.no", // ANOTHER organisation of the same kind
  municipalityMember: "ola.hansen@bergen.kommune.no",
  inclusionMember: "mohammed@bergenarbeid.no",
  otherInclusionAdmin: "lise@vestbro.no", // ANOTHER inclusion company
  navMember: "jon.nav@nav.no", // NAV Bergenhus, invited into Bergen Arbeid's proposals to Fjordkafé
  otherNavAdmin: "turid.nav@nav.no", // ANOTHER NAV office (Trondheim)
  pendingOrgAdmin: "marit@stryntre.no", // organisation not yet approved
  platformAdmin: "admin@arbeidsbro.no",
  // A candidate signed in with their own link (issue 18): a session scoped to one candidate.
  candidate: "link",
} as const;
type Role = keyof typeof roles;

/** Expected status per role; `login` is a redirect to /logg-inn, `home` a redirect elsewhere. */
type Expect = number | "login" | "redirect";
const everyone = (status: Expect): Record<Role, Expect> =>
  Object.fromEntries(Object.keys(roles).map((r) => [r, status])) as Record<Role, Expect>;
const signedIn = (status: Expect, overrides: Partial<Record<Role, Expect>> = {}): Record<Role, Expect> => ({
  ...everyone(status),
  anonymous: "login",
  ...overrides,
});
const onlyPlatformAdmin = signedIn(403, { platformAdmin: 200 });
const inclusion = (status: Expect): Partial<Record<Role, Expect>> => ({
  inclusionMember: status,
  otherInclusionAdmin: status,
});
const posters = (status: Expect): Partial<Record<Role, Expect>> => ({
  employerMember: status,
  employerAdmin: status,
  otherEmployerAdmin: status,
  municipalityMember: status,
});

type Row = { method: "GET" | "POST"; path: string; form?: Record<string, string>; expect: Record<Role, Expect> };

/**
 * The candidate's session opens the candidate's own page and nothing else: on every other route
 * the candidate is answered exactly as an anonymous visitor is (their cookie is not a member's
 * session). Their own routes send everyone else to the sign-in link page.
 */
const ownPage = (candidate: Expect): Record<Role, Expect> => ({ ...everyone("redirect"), candidate });
const isOwnPage = (path: string) => path === "/min-side" || path.startsWith("/min-side/");

const matrix: Row[] = [
  // Signed-in members land on "Mine oppgaver"; the front page is for visitors.
  {
    method: "GET",
    path: "/",
    expect: { ...everyone("redirect"), anonymous: 200, pendingOrgAdmin: 200, platformAdmin: 200 },
  },
  { method: "GET", path: "/oppgaver", expect: signedIn(200, { pendingOrgAdmin: 403, platformAdmin: 403 }) },
  { method: "GET", path: "/healthz", expect: everyone(200) },
  { method: "GET", path: "/readyz", expect: everyone(200) },
  { method: "GET", path: "/sprak", expect: everyone("redirect") },
  { method: "GET", path: "/logg-inn", expect: { ...everyone("redirect"), anonymous: 200 } },
  { method: "GET", path: "/logg-ut", expect: everyone("redirect") },
  { method: "GET", path: "/registrer", expect: everyone(200) },
  { method: "GET", path: "/registrer/bekreft", expect: everyone(200) },
  { method: "POST", path: "/registrer/bekreft", form: { token: "not-a-token" }, expect: everyone(409) },
  { method: "GET", path: "/glemt-passord", expect: everyone(200) },
  { method: "GET", path: "/nytt-passord", expect: everyone(200) },
  { method: "GET", path: "/invitasjon", expect: everyone(200) },
  { method: "POST", path: "/invitasjon", form: { intent: "join", token: "not-a-token" }, expect: everyone(404) },
  { method: "GET", path: "/organisasjon", expect: signedIn(200) },
  {
    method: "GET",
    path: "/organisasjon/inviter",
    expect: signedIn(403, {
      employerAdmin: 200,
      otherEmployerAdmin: 200,
      otherInclusionAdmin: 200,
      otherNavAdmin: 200,
    }),
  },
  {
    method: "POST",
    path: "/organisasjon/inviter",
    form: { email: "", role: "MEMBER" }, // invalid on purpose: allowed callers get 400, nobody is invited
    expect: signedIn(403, {
      employerAdmin: 400,
      otherEmployerAdmin: 400,
      otherInclusionAdmin: 400,
      otherNavAdmin: 400,
    }),
  },
  { method: "GET", path: "/muligheter", expect: everyone(200) },
  { method: "GET", path: "/muligheter/:id", expect: everyone(404) }, // an id that is not published
  { method: "GET", path: "/muligheter/feed.atom", expect: everyone(200) },
  { method: "GET", path: "/en/opportunities", expect: everyone(200) },
  { method: "GET", path: "/en/opportunities/:id", expect: everyone(200) }, // a published opening
  { method: "GET", path: "/api/v1/openings", expect: everyone(200) },
  { method: "GET", path: "/api/v1/openings/:id", expect: everyone(200) }, // a published opening
  { method: "GET", path: "/api/openapi.json", expect: everyone(200) },
  // The benchmark's reference page exists only in the benchmark's server (BENCH_BASELINE=1).
  { method: "GET", path: "/bench/baseline", expect: everyone(404) },
  {
    method: "GET",
    path: "/stillinger",
    expect: signedIn(403, {
      employerMember: 200,
      employerAdmin: 200,
      otherEmployerAdmin: 200,
      municipalityMember: 200,
    }),
  },
  {
    method: "GET",
    path: "/stillinger/ny",
    expect: signedIn(403, {
      employerMember: 200,
      employerAdmin: 200,
      otherEmployerAdmin: 200,
      municipalityMember: 200,
    }),
  },
  {
    method: "POST",
    path: "/stillinger/ny",
    form: { title: "" }, // invalid on purpose: allowed callers get 400, nothing is created
    expect: signedIn(403, {
      employerMember: 400,
      employerAdmin: 400,
      otherEmployerAdmin: 400,
      municipalityMember: 400,
    }),
  },
  // Fjordkafé's own opening: its members may edit; ANOTHER employer gets 404, not 403.
  {
    method: "GET",
    path: "/stillinger/:id",
    expect: signedIn(403, {
      employerMember: 200,
      employerAdmin: 200,
      otherEmployerAdmin: 404,
      municipalityMember: 404,
    }),
  },
  {
    method: "POST",
    path: "/stillinger/:id",
    form: { intent: "duplicate" },
    expect: signedIn(403, {
      employerMember: "redirect",
      employerAdmin: "redirect",
      otherEmployerAdmin: 404,
      municipalityMember: 404,
    }),
  },
  // Candidates: Bergen Arbeid's own; ANOTHER inclusion company gets 404 for them, everyone else 403.
  { method: "GET", path: "/kandidater", expect: signedIn(403, inclusion(200)) },
  { method: "GET", path: "/kandidater/ny", expect: signedIn(403, inclusion(200)) },
  { method: "POST", path: "/kandidater/ny", form: { fullName: "" }, expect: signedIn(403, inclusion(400)) },
  { method: "GET", path: "/kandidater/henvendelser", expect: signedIn(403, inclusion(200)) },
  { method: "GET", path: "/kandidater/logg", expect: signedIn(403, { otherInclusionAdmin: 200 }) }, // admins only
  { method: "GET", path: "/kandidater/:id", expect: signedIn(403, { inclusionMember: 200, otherInclusionAdmin: 404 }) },
  {
    method: "POST",
    path: "/kandidater/:id",
    form: { intent: "status", status: "ACTIVE" },
    expect: signedIn(403, { inclusionMember: "redirect", otherInclusionAdmin: 404 }),
  },
  {
    method: "GET",
    path: "/kandidater/:id/rediger",
    expect: signedIn(403, { inclusionMember: 200, otherInclusionAdmin: 404 }),
  },
  {
    method: "GET",
    path: "/kandidater/:id/eksport",
    expect: signedIn(403, { inclusionMember: 200, otherInclusionAdmin: 404 }),
  },
  {
    method: "GET",
    path: "/kandidater/:id/stillinger",
    expect: signedIn(403, { inclusionMember: 200, otherInclusionAdmin: 404 }),
  },
  {
    method: "GET",
    path: "/kandidater/:id/foresla/:openingId",
    expect: signedIn(403, { inclusionMember: 200, otherInclusionAdmin: 404 }),
  },
  {
    method: "POST",
    path: "/kandidater/:id/foresla/:openingId",
    form: { message: "" },
    expect: signedIn(403, { inclusionMember: 400, otherInclusionAdmin: 404 }),
  },
  // Proposals: a demo proposal from Bergen Arbeid to Fjordkafé; neither side's peers see it.
  {
    method: "GET",
    path: "/stillinger/:id/forslag",
    expect: signedIn(403, {
      employerMember: 200,
      employerAdmin: 200,
      otherEmployerAdmin: 404,
      municipalityMember: 404,
    }),
  },
  {
    method: "POST",
    path: "/stillinger/:id/forslag",
    form: { intent: "move", proposalId: "not-a-proposal", stage: "SHORTLISTED" },
    expect: signedIn(403, {
      employerMember: 404,
      employerAdmin: 404,
      otherEmployerAdmin: 404,
      municipalityMember: 404,
    }),
  },
  {
    method: "GET",
    path: "/forslag/:id",
    expect: signedIn(403, {
      employerMember: 200,
      employerAdmin: 200,
      otherEmployerAdmin: 404,
      municipalityMember: 404,
      inclusionMember: 200,
      otherInclusionAdmin: 404,
    }),
  },
  {
    method: "POST",
    path: "/forslag/:id",
    form: { intent: "message", body: "" },
    expect: signedIn(403, {
      employerMember: 400,
      employerAdmin: 400,
      otherEmployerAdmin: 404,
      municipalityMember: 404,
      inclusionMember: 400,
      otherInclusionAdmin: 404,
    }),
  },
  // NAV alongside: the office invited into the proposal sees it and decides; ANOTHER office gets 404.
  { method: "GET", path: "/nav", expect: signedIn(403, { navMember: 200, otherNavAdmin: 200 }) },
  { method: "GET", path: "/nav/saker/:id", expect: signedIn(403, { navMember: 200, otherNavAdmin: 404 }) },
  {
    method: "POST",
    path: "/nav/saker/:id",
    form: { intent: "decide", measureCode: "MIDLERTIDIG_LONNSTILSKUDD", outcome: "" }, // invalid on purpose
    expect: signedIn(403, { navMember: 400, otherNavAdmin: 404 }),
  },
  // The printable summary of a measure NAV approved: for the employer, the company and the office.
  {
    method: "GET",
    path: "/forslag/:id/nav/:tiltak",
    expect: signedIn(403, {
      employerMember: 200,
      employerAdmin: 200,
      otherEmployerAdmin: 404,
      municipalityMember: 404,
      inclusionMember: 200,
      otherInclusionAdmin: 404,
      navMember: 200,
      otherNavAdmin: 404,
    }),
  },
  // Follow-up after hire: Bergen Arbeid's own check-ins; another inclusion company gets 404 for one of them.
  { method: "GET", path: "/oppfolging", expect: signedIn(403, inclusion(200)) },
  { method: "GET", path: "/oppfolging/:id", expect: signedIn(403, { inclusionMember: 200, otherInclusionAdmin: 404 }) },
  {
    method: "POST",
    path: "/oppfolging/:id",
    form: { intent: "checkIn", stillEmployed: "" }, // invalid on purpose: the owner gets 400, nothing is recorded
    expect: signedIn(403, { inclusionMember: 400, otherInclusionAdmin: 404 }),
  },
  { method: "GET", path: "/kostnadskalkulator", expect: everyone(200) },
  { method: "GET", path: "/ung", expect: everyone(200) },
  { method: "GET", path: "/varsler", expect: signedIn(200) },
  // Procurement: a task of Bergen kommune is used for the buyer rows (demo data has quotes on it).
  {
    method: "GET",
    path: "/oppdrag/:id/tilbud",
    expect: signedIn(403, {
      employerMember: 200,
      employerAdmin: 200,
      otherEmployerAdmin: 200,
      inclusionMember: 200,
      otherInclusionAdmin: 200,
    }),
  },
  {
    method: "POST",
    path: "/oppdrag/:id/tilbud",
    form: { priceNok: "" },
    expect: signedIn(403, {
      employerMember: 400,
      employerAdmin: 400,
      otherEmployerAdmin: 400,
      inclusionMember: 400,
      otherInclusionAdmin: 400,
    }),
  },
  {
    method: "GET",
    path: "/stillinger/:id/tilbud",
    expect: signedIn(403, {
      employerMember: 404,
      employerAdmin: 404,
      otherEmployerAdmin: 404,
      municipalityMember: 200,
    }),
  },
  {
    method: "POST",
    path: "/stillinger/:id/tilbud",
    form: { quoteId: "x", reason: "" },
    expect: signedIn(403, {
      employerMember: 404,
      employerAdmin: 404,
      otherEmployerAdmin: 404,
      municipalityMember: 400,
    }),
  },
  {
    method: "GET",
    path: "/bestillinger",
    expect: signedIn(403, {
      employerMember: 200,
      employerAdmin: 200,
      otherEmployerAdmin: 200,
      municipalityMember: 200,
      inclusionMember: 200,
      otherInclusionAdmin: 200,
    }),
  },
  {
    method: "GET",
    path: "/bestillinger/eksport",
    expect: signedIn(403, {
      employerMember: 200,
      employerAdmin: 200,
      otherEmployerAdmin: 200,
      municipalityMember: 200,
      inclusionMember: 200,
      otherInclusionAdmin: 200,
    }),
  },
  // Bergen kommune's demo order in delivery with Bergen Arbeid; Fjordkafé and Vestlandsbro are strangers to it.
  {
    method: "GET",
    path: "/bestillinger/:id",
    expect: signedIn(403, {
      employerMember: 404,
      employerAdmin: 404,
      otherEmployerAdmin: 404,
      municipalityMember: 200,
      inclusionMember: 200,
      otherInclusionAdmin: 404,
    }),
  },
  // Cancelling is for organisation admins of a party: the parties' plain members get 403.
  {
    method: "POST",
    path: "/bestillinger/:id",
    form: { intent: "cancel", reason: "" },
    expect: signedIn(403, {
      employerMember: 404,
      employerAdmin: 404,
      otherEmployerAdmin: 404,
      municipalityMember: 403,
      inclusionMember: 403,
      otherInclusionAdmin: 404,
    }),
  },
  // EHF documents: their issuer and receiver only; another document id, or another party's, is not found.
  ...["/bestillinger/:id/dokumenter/:documentId", "/bestillinger/:id/dokumenter/:documentId/ehf.xml"].map(
    (documentPath): Row => ({
      method: "GET",
      path: documentPath,
      expect: signedIn(403, { ...posters(404), ...inclusion(404) }),
    }),
  ),
  // Every organisation that may quote keeps a supplier profile: inclusion companies and businesses (admins).
  {
    method: "GET",
    path: "/organisasjon/leverandor",
    expect: signedIn(403, { otherInclusionAdmin: 200, employerAdmin: 200, otherEmployerAdmin: 200 }),
  },
  // Partnership agreements: Bergen's demo agreement with Bergen Arbeid; Vestlandsbro is not on it.
  {
    method: "GET",
    path: "/avtaler",
    expect: signedIn(403, { municipalityMember: 200, inclusionMember: 200, otherInclusionAdmin: 200 }),
  },
  // Recording ownership is for the municipality's admins: its plain member gets 403 too.
  { method: "POST", path: "/avtaler", form: { intent: "ownership", companyId: "" }, expect: signedIn(403) },
  { method: "GET", path: "/avtaler/ny", expect: signedIn(403, { municipalityMember: 200 }) },
  { method: "POST", path: "/avtaler/ny", form: { title: "" }, expect: signedIn(403, { municipalityMember: 400 }) },
  {
    method: "GET",
    path: "/avtaler/:id",
    expect: signedIn(403, { municipalityMember: 200, inclusionMember: 200, otherInclusionAdmin: 404 }),
  },
  {
    method: "POST",
    path: "/avtaler/:id",
    form: { intent: "callOff", title: "" },
    expect: signedIn(403, { municipalityMember: 400 }),
  },
  {
    method: "POST",
    path: "/avtaler/:id",
    form: { intent: "contact", contactName: "Ola Nordmann", contactEmail: "ola@x.no" },
    expect: signedIn(403, { inclusionMember: "redirect", otherInclusionAdmin: 404 }),
  },
  // The payment details form: admins of suppliers; an empty account number is refused (400).
  {
    method: "POST",
    path: "/organisasjon/leverandor",
    form: { intent: "payment", accountNumber: "", kid: "NONE" },
    expect: signedIn(403, { otherInclusionAdmin: 400, employerAdmin: 400, otherEmployerAdmin: 400 }),
  },
  { method: "GET", path: "/api/stripe/webhook", expect: everyone(405) },
  { method: "POST", path: "/api/stripe/webhook", form: { id: "evt_forged" }, expect: everyone(400) },
  { method: "GET", path: "/admin/stripe", expect: onlyPlatformAdmin },
  {
    method: "POST",
    path: "/admin/stripe",
    form: { intent: "keep", disputeId: "", reason: "" },
    expect: signedIn(403, { platformAdmin: 400 }),
  },
  { method: "GET", path: "/kommune/statistikk", expect: signedIn(403, { municipalityMember: 200 }) },
  { method: "GET", path: "/kommune/statistikk/eksport", expect: signedIn(403, { municipalityMember: 200 }) },
  { method: "GET", path: "/statistikk/:kommune", expect: everyone(200) },
  { method: "GET", path: "/statistikk/:kommune/eksport", expect: everyone(200) },
  { method: "GET", path: "/talentsok", expect: signedIn(403, posters(200)) },
  { method: "GET", path: "/talentsok/:code", expect: signedIn(403, posters(200)) }, // a listed candidate
  { method: "POST", path: "/talentsok/:code", form: { message: "" }, expect: signedIn(403, posters(400)) },
  { method: "GET", path: "/min-side", expect: ownPage(200) },
  { method: "POST", path: "/min-side", form: { intent: "consent", kind: "", answer: "" }, expect: ownPage(400) },
  { method: "GET", path: "/min-side/inn", expect: everyone(200) },
  { method: "POST", path: "/min-side/inn", form: { token: "not-a-token" }, expect: everyone(409) },
  { method: "GET", path: "/min-side/eksport", expect: ownPage(200) },
  { method: "GET", path: "/admin", expect: onlyPlatformAdmin },
  {
    method: "POST",
    path: "/admin",
    form: { organizationId: "does-not-exist" },
    expect: signedIn(403, { platformAdmin: 404 }),
  },
  { method: "GET", path: "/admin/utboks", expect: onlyPlatformAdmin },
  { method: "GET", path: "/finnes-ikke", expect: everyone(404) },
];

const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

async function contextFor(role: Role): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  const email = roles[role];
  if (email === "link") {
    await signInAsCandidate(ctx);
  } else if (email) {
    const res = await ctx.post("/logg-inn", {
      form: { email, password: DEMO_PASSWORD, redirectTo: "/" },
      maxRedirects: 0,
    });
    expect(res.status(), `login as ${role}`).toBe(302);
  }
  return ctx;
}

/** One of Fjordkafé's published openings (demo data), as its own admin's list shows it. */
async function fjordkafeOpeningId(): Promise<string> {
  const ctx = await contextFor("employerAdmin");
  const html = await (await ctx.get("/stillinger")).text();
  await ctx.dispose();
  const row = html.split("<tr").find((r) => r.includes("Publisert") && r.includes('href="/stillinger/'));
  const id = row?.match(/href="\/stillinger\/([a-z0-9]+)"/)?.[1];
  if (!id) throw new Error("no Fjordkafé opening in the demo data");
  return id;
}

/** A proposal to that Fjordkafé opening (the demo seeds one to each), as its pipeline shows it. */
async function fjordkafeProposalId(openingId: string): Promise<string> {
  const ctx = await contextFor("employerAdmin");
  const html = await (await ctx.get(`/stillinger/${openingId}/forslag`)).text();
  await ctx.dispose();
  const id = html.match(/href="\/forslag\/([a-z0-9]+)"/)?.[1];
  if (!id) throw new Error("no demo proposal to Fjordkafé's opening");
  return id;
}

/** Bergen kommune's demo task with quotes, and its order in delivery with Bergen Arbeid. */
async function bergenProcurement(): Promise<{ taskId: string; orderId: string }> {
  const ctx = await contextFor("municipalityMember");
  const orders = await (await ctx.get("/bestillinger")).text();
  const openings = await (await ctx.get("/stillinger")).text();
  await ctx.dispose();
  const orderId = orders
    .split("<tr")
    .find((r) => r.includes("Bergen Arbeid"))
    ?.match(/href="\/bestillinger\/([a-z0-9]+)"/)?.[1];
  const taskId = openings
    .split("<tr")
    .find((r) => r.includes("Kantinedrift på rådhuset"))
    ?.match(/href="\/stillinger\/([a-z0-9]+)"/)?.[1];
  if (!orderId || !taskId) throw new Error("no demo procurement of Bergen kommune");
  return { taskId, orderId };
}

/** A demo proposal where NAV Bergenhus approved midlertidig lønnstilskudd, as its case list and summaries show it. */
async function navApprovedProposalId(): Promise<string> {
  const ctx = await contextFor("navMember");
  const html = await (await ctx.get("/nav")).text();
  const ids = [...html.matchAll(/href="\/nav\/saker\/([a-z0-9]+)"/g)].map((m) => m[1] ?? "");
  for (const id of ids) {
    if ((await ctx.get(`/forslag/${id}/nav/MIDLERTIDIG_LONNSTILSKUDD`)).status() !== 200) continue;
    await ctx.dispose();
    return id;
  }
  throw new Error("no demo proposal with an approved NAV measure");
}

/** Bergen kommune's demo agreement with Bergen Arbeid, as its list shows it. */
async function bergenAgreementId(): Promise<string> {
  const ctx = await contextFor("municipalityMember");
  const html = await (await ctx.get("/avtaler")).text();
  await ctx.dispose();
  const id = html
    .split("<tr")
    .find((r) => r.includes("Arbeidstrening og grøntanlegg"))
    ?.match(/href="\/avtaler\/([a-z0-9]+)"/)?.[1];
  if (!id) throw new Error("no demo agreement of Bergen kommune");
  return id;
}

/** One of Bergen Arbeid's active, listed candidates (demo data), as its own member's list shows it. */
async function bergenArbeidCandidate(): Promise<{ id: string; code: string }> {
  const ctx = await contextFor("inclusionMember");
  const html = await (await ctx.get("/kandidater?listed=yes&status=ACTIVE")).text();
  await ctx.dispose();
  const m = html.match(/href="\/kandidater\/([a-z0-9]+)"[^>]*>(K-\d{5})</);
  if (!m?.[1] || !m[2]) throw new Error("no listed Bergen Arbeid candidate in the demo data");
  return { id: m[1], code: m[2] };
}

/** A candidate of Bergen Arbeid with an e-mail address, signed in with the link their company sent them. */
async function signInAsCandidate(ctx: APIRequestContext): Promise<void> {
  const company = await contextFor("inclusionMember");
  try {
    await signInListedCandidate(company, ctx);
  } finally {
    await company.dispose();
  }
}

/** One of Bergen Arbeid's check-ins to do (demo data: a Fjordkafé hire a month ago), from its follow-up page. */
async function bergenArbeidCheckIn(): Promise<string> {
  const ctx = await contextFor("inclusionMember");
  const html = await (await ctx.get("/oppfolging")).text();
  await ctx.dispose();
  const id = html.match(/href="\/oppfolging\/([a-z0-9]+)"/)?.[1];
  if (!id) throw new Error("no Bergen Arbeid check-in in the demo data");
  return id;
}

for (const role of Object.keys(roles) as Role[]) {
  test(`authorization matrix: ${role}`, async () => {
    const ctx = await contextFor(role);
    const openingId = await fjordkafeOpeningId();
    const candidate = await bergenArbeidCandidate();
    const proposalId = await fjordkafeProposalId(openingId);
    const procurement = await bergenProcurement();
    const navApproved = await navApprovedProposalId();
    const agreementId = await bergenAgreementId();
    const checkInId = await bergenArbeidCheckIn();
    const failures: string[] = [];
    for (const row of matrix) {
      const path =
        row.path === "/muligheter/:id"
          ? "/muligheter/not-a-published-id"
          : row.path === "/forslag/:id/nav/:tiltak"
            ? `/forslag/${navApproved}/nav/MIDLERTIDIG_LONNSTILSKUDD`
            : row.path === "/nav/saker/:id"
              ? `/nav/saker/${proposalId}`
              : row.path.startsWith("/kandidater/")
                ? row.path.replace(":id", candidate.id).replace(":openingId", openingId)
                : row.path.startsWith("/oppfolging/")
                  ? row.path.replace(":id", checkInId)
                  : row.path.startsWith("/forslag/")
                    ? row.path.replace(":id", proposalId)
                    : row.path.startsWith("/avtaler/")
                      ? row.path.replace(":id", agreementId)
                      : row.path.startsWith("/bestillinger/")
                        ? row.path.replace(":id", procurement.orderId).replace(":documentId", "no-such-document")
                        : row.path.endsWith("/tilbud")
                          ? row.path.replace(":id", procurement.taskId)
                          : row.path
                              .replace(":code", candidate.code)
                              .replace(":kommune", "4601")
                              .replace(":id", openingId);
      const res =
        row.method === "GET"
          ? await ctx.get(path, { maxRedirects: 0 })
          : await ctx.post(path, { form: row.form ?? {}, maxRedirects: 0 });
      const want = role === "candidate" && !isOwnPage(row.path) ? row.expect.anonymous : row.expect[role];
      const location = res.headers().location ?? "";
      const ok =
        want === "login"
          ? res.status() === 302 && location.startsWith("/logg-inn")
          : want === "redirect"
            ? res.status() === 302
            : res.status() === want;
      if (!ok) failures.push(`${row.method} ${row.path}: expected ${want}, got ${res.status()} ${location}`);
    }
    await ctx.dispose();
    expect(failures).toEqual([]);
  });
}

test("the matrix covers every route in app/routes.ts", () => {
  const source = readFileSync(path.resolve(import.meta.dirname, "../../app/routes.ts"), "utf8");
  const paths = [...source.matchAll(/route\("([^"]+)"/g)].map((m) => `/${m[1]}`).concat("/");
  const covered = new Set(matrix.map((r) => r.path));
  const missing = paths.filter((p) => p !== "/*" && !covered.has(p));
  expect(missing).toEqual([]);
});
