import { expect, type APIRequestContext } from "@playwright/test";
import { waitForMail } from "./mail";

/**
 * The candidate's way in (issue 18): a member of the owning company sends the link to the
 * candidate's e-mail, and the candidate posts the token from the mail (read from the SMTP
 * catcher). `company` is signed in as that member; `candidate` gets the candidate session.
 */
export async function signInCandidateByLink(
  company: APIRequestContext,
  candidate: APIRequestContext,
  candidateId: string,
): Promise<void> {
  const html = await (await company.get(`/kandidater/${candidateId}`)).text();
  const address = html.match(/[\w.+-]+@eksempel\.no/)?.[0];
  if (!address) throw new Error("the candidate has no e-mail address");
  const sent = await company.post(`/kandidater/${candidateId}`, {
    form: { intent: "sendLink", channel: "EMAIL" },
    maxRedirects: 0,
  });
  expect(sent.status(), "send the candidate a link").toBe(302);
  const mail = await waitForMail({ to: address, subjectIncludes: "Arbeidsbro" });
  const link = mail.links.find((l) => l.includes("/min-side/inn"));
  const token = link ? new URL(link).searchParams.get("token") : null;
  const res = await candidate.post("/min-side/inn", { form: { token: token ?? "" }, maxRedirects: 0 });
  expect(res.status(), "the candidate's sign-in").toBe(302);
}

/**
 * Signs in as one of the company's listed, active candidates that has an e-mail address. Which
 * candidate comes first in the list changes as the demo's seed steps touch candidates, so each is
 * tried in turn until one has an address to send the link to.
 */
export async function signInListedCandidate(company: APIRequestContext, candidate: APIRequestContext): Promise<void> {
  const html = await (await company.get("/kandidater?listed=yes&status=ACTIVE")).text();
  const ids = [...html.matchAll(/href="\/kandidater\/([a-z0-9]+)"[^>]*>K-\d{5}</g)].map((m) => m[1] ?? "");
  for (const id of ids) {
    const page = await (await company.get(`/kandidater/${id}`)).text();
    if (!/[\w.+-]+@eksempel\.no/.test(page)) continue;
    await signInCandidateByLink(company, candidate, id);
    return;
  }
  throw new Error("no listed candidate of the company with an e-mail address");
}
