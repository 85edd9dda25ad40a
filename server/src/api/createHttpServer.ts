import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync } from "node:fs";
import { Readable } from "node:stream";
import sirv from "sirv";
import type { ExportedFile } from "../export/createGraphExporter.ts";
import { readBoundedBody } from "./readBoundedBody.ts";
import { serveExport } from "./serveExport.ts";

export interface HttpDeps {
  /** The yoga app (a Node request listener). */
  graphql: (req: IncomingMessage, res: ServerResponse) => void;
  /** Folder of the built web client; a clear page says how to build it when missing. */
  webDir: string;
  ready: () => Promise<boolean>;
  /** GET /export?format=...&ids=...&depth=N: the graph as a file; absent, /export is not served. */
  exportGraph?: (params: URLSearchParams) => Promise<ExportedFile>;
  /**
   * Largest /graphql request body (default 16 MiB): larger ones get 413, unread when their
   * Content-Length says so, as soon as the count passes the limit when they come chunked.
   */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

/** One HTTP server: /graphql, /health (alive), /ready (database reachable), /export and the web client. */
export function createHttpServer(deps: HttpDeps): Server {
  const web = existsSync(deps.webDir) ? sirv(deps.webDir, { single: true, etag: true, gzip: false, setHeaders: webCacheHeaders }) : null;
  return createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    if (path === "/graphql" || path.startsWith("/graphql/")) {
      // The GraphQL server reads a whole body into memory before looking at it.
      const max = deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
      if (Number(req.headers["content-length"] ?? 0) > max) return tooLarge(req, res, max);
      // Node's parser ends a body at its Content-Length; a chunked one has no length to check first.
      if (req.headers["transfer-encoding"] !== undefined) return chunkedToGraphql(req, res, max, deps.graphql);
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

function tooLarge(req: IncomingMessage, res: ServerResponse, max: number): void {
  req.resume(); // the rest is discarded as it arrives, never buffered, until the connection closes
  res.setHeader("connection", "close");
  json(res, 413, { errors: [{ message: `the request body is over the limit of ${max} bytes`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
}

/**
 * A chunked body is read here, counted chunk by chunk, and refused with 413 as soon as it passes
 * `max` (what was read is dropped). Within the limit it goes to the GraphQL server as `req.body`,
 * which @whatwg-node/server (under graphql-yoga) reads instead of the consumed request stream:
 * no more than `max` bytes held, as the GraphQL server would hold them anyway.
 */
function chunkedToGraphql(req: IncomingMessage, res: ServerResponse, max: number, graphql: HttpDeps["graphql"]): void {
  readBoundedBody(req, max).then(
    (body) => {
      if (!body) return tooLarge(req, res, max);
      (req as IncomingMessage & { body?: Readable }).body = Readable.from([body]);
      graphql(req, res);
    },
    // A client that goes away mid-body gets no answer; nothing more is kept.
    () => {},
  );
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/**
 * Vite names built scripts and styles after their content (/assets/index-<hash>.js), so a browser
 * may keep them for good and, on the next visit, skip both the download and the script compile
 * (its code cache). index.html names the current ones, so it is checked every time.
 */
function webCacheHeaders(res: ServerResponse, pathname: string): void {
  res.setHeader("Cache-Control", pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
}
