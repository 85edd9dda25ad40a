import { describe, expect, it } from "vitest";
import { textDirection } from "../../../web/src/text/textDirection.ts";

describe("textDirection", () => {
  it("lays Arabic out right to left and English or French left to right", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("ar-MA")).toBe("rtl");
    expect(textDirection("en")).toBe("ltr");
    expect(textDirection("fr")).toBe("ltr");
  });

  it("lets the browser decide when the language is unknown", () => {
    expect(textDirection(null)).toBe("auto");
    expect(textDirection(undefined)).toBe("auto");
    expect(textDirection("")).toBe("auto");
  });
});
