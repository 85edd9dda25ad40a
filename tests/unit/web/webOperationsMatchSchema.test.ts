import { readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { NODE_DETAILS_QUERY } from "../../../web/src/api/nodeDetailsQuery.ts";
import { OVERVIEW_QUERY } from "../../../web/src/api/overviewQuery.ts";
import { SEARCH_QUERY } from "../../../web/src/api/searchQuery.ts";

const schemaDir = resolve(import.meta.dirname, "..", "..", "..", "schema");

// The web client's operations are plain strings; validating them against the SDL here catches a
// contract change before the browser does.
describe("web GraphQL operations", () => {
  const sdl = readdirSync(schemaDir)
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => readFileSync(resolve(schemaDir, file), "utf8"))
    .join("\n");
  const schema = buildSchema(sdl);

  it.each([
    ["Overview", OVERVIEW_QUERY],
    ["NodeDetails", NODE_DETAILS_QUERY],
    ["Search", SEARCH_QUERY],
  ])("%s is valid against schema/*.graphql", (_name, operation) => {
    expect(validate(schema, parse(operation)).map((error) => error.message)).toEqual([]);
  });
});
