import { describe, expect, it } from "vitest";
import { arabicMessages } from "../../../web/src/i18n/arabicMessages.ts";
import { englishMessages } from "../../../web/src/i18n/englishMessages.ts";

type Tree = { [key: string]: string | ((...args: never[]) => string) | Tree };

/** Every leaf of a message tree, with its path; functions are called with sample arguments. */
function leaves(tree: Tree, path = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const here = path ? `${path}.${key}` : key;
    if (typeof value === "string") return [[here, value]];
    if (typeof value === "function") return [[here, (value as (...args: unknown[]) => string)(3, 12, 5)]];
    return leaves(value, here);
  });
}

// Leaves that stay Latin in Arabic: format names and the toggle that offers English.
const LATIN_IN_ARABIC = new Set(["app.languageToggle", "app.languageToggleTitle", "toolbar.exportPng", "toolbar.exportSvg", "toolbar.exportFormats.gexf", "toolbar.exportFormats.graphml", "toolbar.exportFormats.json", "errors.network"]);

describe("interface strings", () => {
  const english = leaves(englishMessages as unknown as Tree);
  const arabic = leaves(arabicMessages as unknown as Tree);

  it("Arabic has every English string, and only those", () => {
    expect(arabic.map(([path]) => path)).toEqual(english.map(([path]) => path));
  });

  it("Arabic strings are written in Arabic", () => {
    const latin = arabic.filter(([path, text]) => !LATIN_IN_ARABIC.has(path) && !/[\u0600-\u06FF]/.test(text)).map(([path]) => path);
    expect(latin).toEqual([]);
  });
});
