import { getBookExport } from "@/lib/db/imports/get-book-export";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute, noParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

// GET /api/v1/dump — the full data dump in the compendium-export/1 format.
export const GET = handleRoute(noParams, async () => {
  const book = await getBookExport();
  if (!book) throw new AppError("NOT_FOUND", "The book has not been imported yet.");
  return new Response(JSON.stringify(book, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": 'attachment; filename="compendium-export.json"' },
  });
});
