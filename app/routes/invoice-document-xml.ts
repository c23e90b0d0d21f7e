import { data } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { documentFileName, documentForReader } from "~/domain/invoicing/documents.server";
import { db } from "~/lib/db.server";
import type { Route } from "./+types/invoice-document-xml";

/** The EHF document as issued (UBL 2.1 XML), for its issuer and its receiver only. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "invoice:read");
  const found = await documentForReader(db(), actor, params.id, params.documentId);
  if (!found.ok) throw data(null, { status: 404 });
  return new Response(found.value.xml, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${documentFileName(found.value, "xml")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
