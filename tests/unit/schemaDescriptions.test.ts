import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";

const dir = resolve(import.meta.dirname, "..", "..", "schema");

describe("the GraphQL schema documents itself", () => {
  it("has a description on every type, field, argument-bearing input field and enum", () => {
    const sdl = readdirSync(dir).filter((f) => f.endsWith(".graphql")).map((f) => readFileSync(resolve(dir, f), "utf8")).join("\n");
    const schema = buildSchema(sdl);
    const missing: string[] = [];
    for (const t of Object.values(schema.getTypeMap())) {
      if (t.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(t.name)) continue;
      if (!t.description) missing.push(t.name);
      if (isObjectType(t) || isInputObjectType(t) || isInterfaceType(t)) {
        for (const f of Object.values(t.getFields())) if (!f.description) missing.push(`${t.name}.${f.name}`);
      }
      if (isEnumType(t) && t.getValues().length === 0) missing.push(`${t.name} (no values)`);
    }
    expect(missing).toEqual([]);
  });
});
