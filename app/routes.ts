import { type RouteConfig, index, route } from "@react-router/dev/routes";

/**
 * The route table. Norwegian paths are the canonical ones (bokmål is the default language).
 * Every route here must also stand in tests/integration/authorization-matrix.test.ts.
 */
export default [
  index("routes/home.tsx"),
  route("healthz", "routes/healthz.ts"),
  route("sprak", "routes/language.ts"),
  route("logg-inn", "routes/login.tsx"),
  route("logg-ut", "routes/logout.ts"),
  route("registrer", "routes/signup.tsx"),
  route("glemt-passord", "routes/forgot-password.tsx"),
  route("nytt-passord", "routes/reset-password.tsx"),
  route("invitasjon", "routes/accept-invitation.tsx"),
  route("organisasjon", "routes/organization.tsx"),
  route("organisasjon/inviter", "routes/organization-invite.tsx"),
  route("stillinger", "routes/openings-list.tsx"),
  route("stillinger/ny", "routes/opening-new.tsx"),
  route("stillinger/:id", "routes/opening-edit.tsx"),
  route("kandidater", "routes/candidates-list.tsx"),
  route("kandidater/ny", "routes/candidate-new.tsx"),
  route("kandidater/henvendelser", "routes/candidate-inquiries.tsx"),
  route("kandidater/logg", "routes/candidate-audit.tsx"),
  route("kandidater/:id", "routes/candidate-detail.tsx"),
  route("kandidater/:id/rediger", "routes/candidate-edit.tsx"),
  route("kandidater/:id/eksport", "routes/candidate-export.ts"),
  route("talentsok", "routes/talent-search.tsx"),
  route("talentsok/:code", "routes/talent-profile.tsx"),
  route("muligheter", "routes/search.tsx"),
  route("muligheter/feed.atom", "routes/openings-feed.ts"),
  route("muligheter/:id", "routes/opening-public.tsx"),
  route("en/opportunities", "routes/search.tsx", { id: "search-en" }),
  route("en/opportunities/:id", "routes/opening-public.tsx", { id: "opening-public-en" }),
  route("api/v1/openings", "routes/api-openings.ts"),
  route("api/v1/openings/:id", "routes/api-opening.ts"),
  route("api/openapi.json", "routes/api-openapi.ts"),
  route("bench/baseline", "routes/bench-baseline.tsx"),
  route("admin", "routes/admin.tsx"),
  route("admin/utboks", "routes/admin-outbox.tsx"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
