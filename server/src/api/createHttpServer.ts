import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync } from "node:fs";
import sirv from "sirv";
import type { ExportedFile } from "../export/createGraphExporter.ts";
import { serveExport } from "./serveExport.ts";

export interface HttpDeps {
  /** The yoga app (a Node request listener). */
  graphql: (req: IncomingMessage, res: ServerResponse) => void;
  /** Folder of the built web client; a clear page says how to build it when missing. */
  webDir: string;
  ready: () => Promise<boolean>;
  /** GET /export?format=...&ids=...&depth=N: the graph as a file; absent, /export is not served. */
  exportGraph?: (params: URLSearchParams) => Promise<ExportedFile>;
  /** Largest /graphql request body, by its Content-Length (default 16 MiB): larger ones get 413 unread. */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

/** One HTTP server: /graphql, /health (alive), /ready (database reachable), /export and the web client. */
export function createHttpServer(deps: HttpDeps): Server {
  const web = existsSync(deps.webDir) ? sirv(deps.webDir, { single: true, etag: true, gzip: false }) : null;
  return createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    if (path === "/graphql" || path.startsWith("/graphql/")) {
      // The GraphQL server reads a whole body into memory before looking at it.
      const max = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
      if (Number(req.headers["content-length"] ?? 0) > max) {
        req.resume(); // discarded as it arrives, never buffered
        res.setHeader("connection", "close");
        return json(res, 413, { errors: [{ message: `the request body is over the limit of ${max} bytes`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
      }
      return deps.graphql(req, res);
    }
    if (path === "/health") return json(res, 200, { status: "ok" });
    if (path === "/export" && deps.exportGraph) return serveExport(deps.exportGraph, req, res);
    if (path === "/ready") {
      deps.ready().then(
        (ok) => json(res, ok ? 200 : 503, { status: ok ? "ready" : "database unavailable" }),
        () => json(res, 503, { status: "database unavailable" }),
      );
      return;
    }
    if (!web) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      res.end("The web client is not built. Run `npm run build:web` (npm start does it for you).\n");
      return;
    }
    web(req, res, () => { res.writeHead(404); res.end("not found"); });
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
