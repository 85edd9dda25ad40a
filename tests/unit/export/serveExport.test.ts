import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createHttpServer } from "../../../server/src/api/createHttpServer.ts";
import { EXPORT_MAX_FORM_BYTES } from "../../../server/src/api/serveExport.ts";
import type { ExportedFile } from "../../../server/src/export/createGraphExporter.ts";
import { GraphError } from "../../../server/src/graph/GraphError.ts";

let server: Server | null = null;

/** The HTTP server with a stand-in exporter, on an ephemeral port. */
async function serve(exportGraph: (params: URLSearchParams) => Promise<ExportedFile>): Promise<string> {
  server = createHttpServer({ graphql: (_req, res) => res.end(), webDir: "/nonexistent", ready: async () => true, exportGraph });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", () => r()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = null;
});

describe("GET /export", () => {
  it("passes the query on and serves the file as an attachment", async () => {
    let seen: URLSearchParams | null = null;
    const url = await serve(async (params) => {
      seen = params;
      return { body: "<gexf/>", contentType: "application/gexf+xml; charset=utf-8", filename: "entente-20260301.gexf" };
    });
    const res = await fetch(`${url}/export?format=gexf&ids=state:MA,state:IL&depth=2`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="entente-20260301.gexf"');
    expect(res.headers.get("content-type")).toBe("application/gexf+xml; charset=utf-8");
    expect(await res.text()).toBe("<gexf/>");
    expect(seen!.get("ids")).toBe("state:MA,state:IL");
    expect(seen!.get("depth")).toBe("2");
  });

  it("answers 503 DATABASE_UNAVAILABLE when the database is down, 400 for bad input, 500 for the rest", async () => {
    const errors: unknown[] = [
      new GraphError("DATABASE_UNAVAILABLE", "the graph database is not reachable; try again shortly"),
      new GraphError("BAD_USER_INPUT", "format must be one of ..."),
      new Error("secret internals"),
    ];
    let i = 0;
    const url = await serve(async () => { throw errors[i++]; });
    const down = await fetch(`${url}/export?format=gexf`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ code: "DATABASE_UNAVAILABLE" });
    const bad = await fetch(`${url}/export?format=x`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "BAD_USER_INPUT" });
    const original = console.error;
    console.error = () => {};
    try {
      const failed = await fetch(`${url}/export?format=gexf`);
      expect(failed.status).toBe(500);
      expect(await failed.text()).not.toContain("secret");
    } finally {
      console.error = original;
    }
  });

  it("refuses other methods", async () => {
    const url = await serve(async () => ({ body: "", contentType: "text/plain", filename: "x" }));
    for (const method of ["PUT", "DELETE"]) {
      const res = await fetch(`${url}/export?format=gexf`, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD, POST");
    }
  });

  it("takes the parameters from a POST form, and refuses other bodies and oversized forms", async () => {
    let seen: URLSearchParams | null = null;
    const url = await serve(async (params) => {
      seen = params;
      return { body: "{}", contentType: "application/json; charset=utf-8", filename: "entente-20260301.json" };
    });
    const ids = Array.from({ length: 2000 }, (_, i) => `person:p${i}`).join(",");
    const res = await fetch(`${url}/export`, { method: "POST", body: new URLSearchParams({ format: "json", ids, depth: "0" }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="entente-20260301.json"');
    expect(seen!.get("format")).toBe("json");
    expect(seen!.get("ids")).toBe(ids);
    expect(seen!.get("depth")).toBe("0");

    seen = null;
    const asJson = await fetch(`${url}/export`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(asJson.status).toBe(415);
    expect(await asJson.json()).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
    const huge = await fetch(`${url}/export`, { method: "POST", body: new URLSearchParams({ format: "json", ids: "x".repeat(EXPORT_MAX_FORM_BYTES) }) });
    expect(huge.status).toBe(413);
    expect(seen).toBeNull();
  });
});
