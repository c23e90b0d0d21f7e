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
