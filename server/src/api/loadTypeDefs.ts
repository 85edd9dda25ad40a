import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The SDL contract: every .graphql file under schema/ (examples excluded), in name order. */
export function loadTypeDefs(schemaDir: string): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => readFileSync(join(schemaDir, f), "utf8"));
}

/** The example queries of schema/examples as one document, for GraphiQL (mutations left out). */
export function loadExamples(schemaDir: string): string {
  const dir = join(schemaDir, "examples");
  const queries = readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"))
    .filter((text) => !/^\s*mutation\b/m.test(text));
  return ["# Entente: example queries (schema/examples). Pick one with the run button.", ...queries].join("\n");
}
