import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../../codegen.ts";

const root = resolve(import.meta.dirname, "..", "..");

describe("generated GraphQL types", () => {
  it("match the SDL in schema/ (run `npm run codegen` after changing it)", async () => {
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBe(2);
    for (const out of outputs) {
      expect(readFileSync(resolve(root, out.filename), "utf8"), out.filename).toBe(out.content);
    }
  }, 60_000);
});
