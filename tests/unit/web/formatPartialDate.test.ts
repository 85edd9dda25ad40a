import { describe, expect, it } from "vitest";
import { formatPartialDate } from "../../../web/src/text/formatPartialDate.ts";

describe("formatPartialDate", () => {
  it("never shows more precision than the value has", () => {
    expect(formatPartialDate("2021", "YEAR")).toBe("2021");
    expect(formatPartialDate("2021-11", "MONTH")).toBe("Nov 2021");
    expect(formatPartialDate("2021-11-04", "DAY")).toBe("4 Nov 2021");
  });

  it("follows the precision when it is coarser than the value", () => {
    expect(formatPartialDate("2021-11-24", "MONTH")).toBe("Nov 2021");
    expect(formatPartialDate("2021-11-24", "YEAR")).toBe("2021");
  });

  it("infers the precision from the value when none is given", () => {
    expect(formatPartialDate("2022-03-30")).toBe("30 Mar 2022");
    expect(formatPartialDate("2022-03")).toBe("Mar 2022");
  });

  it("returns values it does not understand unchanged", () => {
    expect(formatPartialDate("end of 2021")).toBe("end of 2021");
  });
});
