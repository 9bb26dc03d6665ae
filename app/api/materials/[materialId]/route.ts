// A material's file: GET /api/materials/<id>. Whoever may not read it gets the same 404 as for an
// id that does not exist (lib/materials/queries.ts decides who may).
import { getViewer } from "@/lib/auth/viewer";
import { getMaterialDownload } from "@/lib/materials/queries";
import { contentDisposition, isImage } from "@/lib/materials/rules";

export async function GET(_request: Request, { params }: RouteContext<"/api/materials/[materialId]">) {
  const { materialId } = await params;
  const file = await getMaterialDownload(await getViewer(), materialId);
  if (!file) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      // Images open in the browser; documents are saved, never rendered as a page of this site.
      "Content-Disposition": contentDisposition(file.fileName, isImage(file.contentType)),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      // Visibility can change at any time: no shared cache keeps a copy.
      "Cache-Control": "private, no-store",
    },
  });
}
