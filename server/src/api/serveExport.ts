import type { IncomingMessage, ServerResponse } from "node:http";
import type { ExportedFile } from "../export/createGraphExporter.ts";

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, DATABASE_UNAVAILABLE: 503 };

/**
 * GET /export?format=...: the file as an attachment. Expected failures answer JSON
 * {error, code} (400 bad parameters, 404 unknown ids, 503 database down); anything else is a
 * 500 whose details stay in the server log.
 */
export function serveExport(exportGraph: (params: URLSearchParams) => Promise<ExportedFile>, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD", "content-type": "application/json" });
    res.end(JSON.stringify({ error: "use GET", code: "METHOD_NOT_ALLOWED" }));
    return;
  }
  const params = new URL(req.url ?? "/", "http://localhost").searchParams;
  exportGraph(params).then(
    (file) => {
      res.writeHead(200, {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "content-length": Buffer.byteLength(file.body, "utf8"),
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
      res.end(req.method === "HEAD" ? undefined : file.body);
    },
    (e: unknown) => {
      const code = String((e as { code?: unknown })?.code ?? "");
      const status = STATUS[code];
      if (status) return json(res, status, { error: (e as Error).message, code });
      console.error("[entente] export failed:", e);
      json(res, 500, { error: "the export failed", code: "INTERNAL_SERVER_ERROR" });
    },
  );
}

function json(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) { res.destroy(); return; }
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
