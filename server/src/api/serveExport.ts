import type { IncomingMessage, ServerResponse } from "node:http";
import type { ExportedFile } from "../export/createGraphExporter.ts";
import { readBoundedBody } from "./readBoundedBody.ts";

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, DATABASE_UNAVAILABLE: 503 };

/** A form body of ids is about 30 bytes an id: room for the export's id cap and then some. */
export const EXPORT_MAX_FORM_BYTES = 1024 * 1024;

/**
 * GET /export?format=...: the file as an attachment. POST /export takes the same parameters as a
 * form body (application/x-www-form-urlencoded), for lists of ids too long for an address: the
 * web client exports the nodes on screen that way. Expected failures answer JSON {error, code}
 * (400 bad parameters, 404 unknown ids, 413 a body over EXPORT_MAX_FORM_BYTES, 415 another body
 * type, 503 database down); anything else is a 500 whose details stay in the server log.
 */
export function serveExport(exportGraph: (params: URLSearchParams) => Promise<ExportedFile>, req: IncomingMessage, res: ServerResponse): void {
  if (req.method === "POST") {
    const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/x-www-form-urlencoded") {
      req.resume();
      return json(res, 415, { error: "send the parameters as application/x-www-form-urlencoded", code: "UNSUPPORTED_MEDIA_TYPE" });
    }
    readBoundedBody(req, EXPORT_MAX_FORM_BYTES).then(
      (body) => {
        if (body) return answer(exportGraph, new URLSearchParams(body.toString("utf8")), req, res);
        req.resume(); // the rest drains unread
        json(res, 413, { error: `the form is over ${EXPORT_MAX_FORM_BYTES} bytes`, code: "PAYLOAD_TOO_LARGE" });
      },
      () => res.destroy(),
    );
    return;
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD, POST", "content-type": "application/json" });
    res.end(JSON.stringify({ error: "use GET, or POST with a form", code: "METHOD_NOT_ALLOWED" }));
    return;
  }
  answer(exportGraph, new URL(req.url ?? "/", "http://localhost").searchParams, req, res);
}

function answer(exportGraph: (params: URLSearchParams) => Promise<ExportedFile>, params: URLSearchParams, req: IncomingMessage, res: ServerResponse): void {
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
