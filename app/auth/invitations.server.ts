import type { MembershipRole } from "~/generated/prisma/enums";
import type { Locale } from "~/i18n/i18n";
import { recordAudit } from "~/domain/audit/audit.server";
import { absoluteUrl } from "~/lib/app-origin.server";
import type { Db } from "~/lib/db.server";
import { sendMail } from "~/lib/mail.server";
import { invitationMail } from "~/lib/mail-templates.server";
import { consumeLimits } from "~/lib/rate-limit.server";
import { notFound, ok, refuse, type Result } from "~/domain/result";
import { hashPassword } from "./password.server";
import { hashToken, INVITATION_TTL_MS, newToken } from "./tokens.server";

export type CreateInvitationInput = {
  organizationId: string;
  invitedById: string;
  email: string;
  role: MembershipRole;
  locale: Locale;
  /** The inviting client's address, for the mail rate limit */
  ip: string;
};

export type InvitationOutcome = Result<null, "alreadyMember" | "rateLimited">;

/**
 * The caller has checked member:invite for this organisation (routes use requireOrgPermission).
 * The link goes to the invitee's mailbox only; nobody else ever sees it (the stored mail has its
 * token removed).
 */
export async function createInvitation(db: Db, input: CreateInvitationInput): Promise<InvitationOutcome> {
  const email = input.email.trim().toLowerCase();
  const gate = await consumeLimits(db, [
    ["invitationMailUser", input.invitedById],
    ["invitationMailIp", input.ip],
  ]);
  if (!gate.ok) return refuse("rateLimited", { detail: { minutes: Math.ceil(gate.retryAfterSeconds / 60) } });
  const existing = await db.membership.findFirst({ where: { organizationId: input.organizationId, user: { email } } });
  if (existing) return refuse("alreadyMember", { field: "email" });
  const [organization, inviter] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: input.organizationId }, select: { name: true } }),
    db.user.findUniqueOrThrow({ where: { id: input.invitedById }, select: { name: true } }),
  ]);
  const { token, hash } = newToken();
  const invitation = await db.invitation.create({
    data: {
      organizationId: input.organizationId,
      email,
      role: input.role,
      tokenHash: hash,
      invitedById: input.invitedById,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    },
  });
  await recordAudit(db, {
    actorUserId: input.invitedById,
    actorOrganizationId: input.organizationId,
    action: "invitation.create",
    entityType: "Invitation",
    entityId: invitation.id,
  });
  const link = absoluteUrl(`/invitasjon?token=${token}`);
  await sendMail(
    db,
    email,
    invitationMail(input.locale, { organizationName: organization.name, inviterName: inviter.name, link, token }),
  );
  return ok();
}

export type OpenInvitation = {
  id: string;
  organizationId: string;
  organizationName: string;
  role: MembershipRole;
  hasAccount: boolean;
  existingUserId: string | null;
};

export async function findOpenInvitation(db: Db, token: string): Promise<OpenInvitation | null> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organization: { select: { name: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) return null;
  const user = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    id: invitation.id,
    organizationId: invitation.organizationId,
    organizationName: invitation.organization.name,
    role: invitation.role,
    hasAccount: Boolean(user),
    existingUserId: user?.id ?? null,
  };
}

/**
 * Accepts once. A new person supplies name and password; an existing user must be the one
 * signed in (the route passes the signed-in user as existingUserId), or it is refused.
 */
export async function acceptInvitation(
  db: Db,
  input: { token: string; existingUserId?: string; name?: string; password?: string; locale?: Locale },
): Promise<Result<{ userId: string; organizationId: string }, "wrongUser" | "detailsRequired">> {
  const open = await findOpenInvitation(db, input.token);
  // Unknown, used or expired: as if there were none.
  if (!open) return notFound();
  if (open.existingUserId && input.existingUserId !== open.existingUserId) return refuse("wrongUser");
  if (!open.existingUserId && (!input.name || !input.password)) return refuse("detailsRequired");
  const passwordHash = open.hasAccount || !input.password ? null : await hashPassword(input.password);
  const accepted = await db.$transaction(async (tx) => {
    // Marking accepted first, conditionally, makes a double submit accept only once.
    const claimed = await tx.invitation.updateMany({
      where: { id: open.id, acceptedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count !== 1) return null;
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { id: open.id } });
    const userId =
      open.existingUserId ??
      (
        await tx.user.create({
          data: {
            email: invitation.email,
            name: input.name ?? "",
            passwordHash: passwordHash ?? "",
            locale: input.locale ?? "nb",
          },
        })
      ).id;
    await tx.membership.upsert({
      where: { userId_organizationId: { userId, organizationId: invitation.organizationId } },
      create: { userId, organizationId: invitation.organizationId, role: invitation.role },
      update: {},
    });
    await recordAudit(tx, {
      actorUserId: userId,
      actorOrganizationId: invitation.organizationId,
      action: "invitation.accept",
      entityType: "Invitation",
      entityId: invitation.id,
    });
    return { userId, organizationId: invitation.organizationId };
  });
  return accepted ? ok(accepted) : notFound();
}
