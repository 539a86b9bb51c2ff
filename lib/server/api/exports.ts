/**
 * Download handlers: a version as Markdown or JSON, the alignment of two versions as CSV or JSON. Plain
 * functions of the database client and the request, like the read API (and with its caching and
 * errors), so the tests run them against a test database. Links to them: components/ExportLinks.tsx.
 */
import { z } from "zod";
import { alignmentCsv, alignmentJson } from "@/lib/export/alignment";
import { versionJson, versionMarkdown } from "@/lib/export/version";
import { compareFilterSchema } from "@/lib/schemas/export";
import { slugSchema } from "@/lib/schemas/search";
import type { DbOrTx } from "@/lib/server/db";
import { getAlignmentDocument, getVersionExport } from "@/lib/server/queries/exports";
import { appOrigin } from "@/lib/server/request";
import { cachedResponse, handle, notFound, parseParam, parseQuery } from "./http";

type Params<P> = { params: Promise<P> };

const attachment = (filename: string) => ({ "Content-Disposition": `attachment; filename="${filename}"` });

export function exportVersion(format: "md" | "json") {
  return (db: DbOrTx, request: Request, { params }: Params<{ slug: string }>): Promise<Response> =>
    handle(request, async () => {
      parseQuery(request, z.object({}));
      const slug = parseParam((await params).slug, slugSchema, "slug");
      const doc = await getVersionExport(db, slug, appOrigin(request.url));
      if (!doc) throw notFound(`Version "${slug}"`);
      return format === "md"
        ? cachedResponse(request, versionMarkdown(doc), "text/markdown; charset=utf-8", attachment(`${slug}.md`))
        : cachedResponse(request, JSON.stringify(versionJson(doc), null, 2), "application/json; charset=utf-8", attachment(`${slug}.json`));
    });
}

export function exportAlignment(format: "csv" | "json") {
  return (db: DbOrTx, request: Request, { params }: Params<{ from: string; to: string }>): Promise<Response> =>
    handle(request, async () => {
      const filter = parseQuery(request, compareFilterSchema);
      const p = await params;
      const from = parseParam(p.from, slugSchema, "from");
      const to = parseParam(p.to, slugSchema, "to");
      const doc = await getAlignmentDocument(db, from, to, filter);
      if (!doc) throw notFound(`The pair ${from} → ${to}`);
      const name = `${from}__${to}`;
      return format === "csv"
        ? cachedResponse(request, alignmentCsv(doc.links), "text/csv; charset=utf-8", attachment(`${name}.csv`))
        : cachedResponse(request, JSON.stringify(alignmentJson(doc), null, 2), "application/json; charset=utf-8", attachment(`${name}.json`));
    });
}
