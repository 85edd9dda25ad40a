import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer } from "../../server/src/api/createHttpServer.ts";

// The web client's files as the HTTP server serves them; no database is involved.
let dir: string;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "entente-web-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><script type=module src=/assets/index-abc123.js></script>");
  writeFileSync(join(dir, "assets", "index-abc123.js"), "console.log(1)");
  const server = createHttpServer({ graphql: (_req, res) => res.end(), webDir: dir, ready: async () => true });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

describe("web client caching", () => {
  it("lets browsers keep content-named assets for good", async () => {
    const response = await fetch(`${url}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("has index.html, and the client's routes that fall back to it, checked on every visit", async () => {
    for (const path of ["/", "/index.html", "/some/view"]) {
      const response = await fetch(`${url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain("/assets/index-abc123.js");
      expect(response.headers.get("cache-control"), path).toBe("no-cache");
    }
  });
});
