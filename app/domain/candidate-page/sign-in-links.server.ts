import type { Actor } from "~/auth/actor";
import { createCandidateSession } from "~/auth/candidate-session.server";
import { can } from "~/auth/permissions";
import { hashToken, newToken } from "~/auth/tokens.server";
import { auditBy, recordAudit } from "~/domain/audit/audit.server";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import type { Db } from "~/lib/db.server";
import { sendMail } from "~/lib/mail.server";
import { consumeLimits } from "~/lib/rate-limit.server";
import { smsSender } from "~/lib/sms/sms.server";
import { candidateLinkMail, candidateLinkSms } from "./candidate-page-mails.server";
import type { LinkChannel } from "./link-channels";

/** A sign-in link is good for one use within 15 minutes. */
export const CANDIDATE_LINK_TTL_MS = 15 * 60 * 1000;

/** The link holds the token only: no id, no name, nothing personal. */
export const candidateLinkPath = (token: string) => `/min-side/inn?token=${encodeURIComponent(token)}`;

/**
 * A member of the owning company sends the candidate a personal link to their own page, by
 * e-mail (SMTP) or SMS (the port's adapter). Only the token's hash is stored, and the stored copy
 * of the mail has the token removed. Limited per candidate and per sending member.
 */
export async function sendCandidateLink(
  db: Db,
  actor: Actor,
  candidateId: string,
  channel: LinkChannel,
  origin: string,
): Promise<Result<{ channel: LinkChannel }, "noEmail" | "noPhone" | "rateLimited" | "personalDataDeleted">> {
  const c = await db.candidate.findUnique({
    where: { id: candidateId },
    select: {
      id: true,
      organizationId: true,
      email: true,
      phone: true,
      personalDataDeletedAt: true,
      organization: { select: { name: true } },
    },
  });
  if (!c || !can(actor, "candidate:manage", { organizationId: c.organizationId })) return notFound();
  if (c.personalDataDeletedAt) return refuse("personalDataDeleted");
  const to = channel === "EMAIL" ? c.email : c.phone;
  if (!to) return refuse(channel === "EMAIL" ? "noEmail" : "noPhone");
  const gate = await consumeLimits(db, [
    ["candidateLinkCandidate", c.id],
    ["candidateLinkUser", actor.userId],
  ]);
  if (!gate.ok) return refuse("rateLimited", { detail: { minutes: Math.ceil(gate.retryAfterSeconds / 60) } });
  const { token, hash } = newToken();
  await db.candidateSignInLink.create({
    data: {
      candidateId: c.id,
      tokenHash: hash,
      channel,
      sentById: actor.userId,
      expiresAt: new Date(Date.now() + CANDIDATE_LINK_TTL_MS),
    },
  });
  const link = `${origin}${candidateLinkPath(token)}`;
  const content = { company: c.organization.name, link, token };
  if (channel === "EMAIL") await sendMail(db, to, candidateLinkMail(content), { candidateId: c.id });
  else await smsSender().send(to, candidateLinkSms(content));
  await auditBy(db, actor, {
    action: "candidate.link.send",
    entityType: "Candidate",
    entityId: c.id,
    metadata: { channel },
  });
  return ok({ channel });
}

/**
 * Follows a sign-in link: single use (marked used in the same statement that checks it, so two
 * clicks at once cannot both win), 15 minutes, limited per client address. Answers with the
 * Set-Cookie of a new candidate session for the link's candidate.
 */
export async function redeemCandidateLink(
  db: Db,
  token: string,
  ip: string,
): Promise<Result<{ cookie: string }, "linkInvalid" | "rateLimited">> {
  const gate = await consumeLimits(db, [["candidateSignInIp", ip]]);
  if (!gate.ok) return refuse("rateLimited", { detail: { minutes: Math.ceil(gate.retryAfterSeconds / 60) } });
  if (!token || token.length > 200) return refuse("linkInvalid");
  const tokenHash = hashToken(token);
  const now = new Date();
  const claimed = await db.candidateSignInLink.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now }, candidate: { personalDataDeletedAt: null } },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) return refuse("linkInvalid");
  const link = await db.candidateSignInLink.findUniqueOrThrow({
    where: { tokenHash },
    select: { candidateId: true, candidate: { select: { organizationId: true } } },
  });
  const cookie = await createCandidateSession(db, link.candidateId);
  await recordAudit(db, {
    actorUserId: null,
    actorOrganizationId: link.candidate.organizationId,
    action: "candidate.self.signIn",
    entityType: "Candidate",
    entityId: link.candidateId,
    metadata: { source: "CANDIDATE_LINK" },
  });
  return ok({ cookie });
}
