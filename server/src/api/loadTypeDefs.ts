import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The SDL contract: every .graphql file under schema/ (examples excluded), in name order. */
export function loadTypeDefs(schemaDir: string): string[] {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => readFileSync(join(schemaDir, f), "utf8"));
}
