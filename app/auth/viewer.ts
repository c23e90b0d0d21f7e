import type { MembershipRole, OrganizationKind } from "~/generated/prisma/enums";

/** What the browser may know about the signed-in person: no more than the header and menus need. */
export type Viewer = {
  userId: string;
  name: string;
  isPlatformAdmin: boolean;
  organization: {
    id: string;
    name: string;
    kind: OrganizationKind;
    role: MembershipRole;
    approved: boolean;
  } | null;
};
