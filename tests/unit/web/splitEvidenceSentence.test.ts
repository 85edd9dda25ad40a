import { describe, expect, it } from "vitest";
import { splitEvidenceSentence } from "../../../web/src/features/details/splitEvidenceSentence.ts";

describe("splitEvidenceSentence", () => {
  it("shifts article offsets by the sentence start", () => {
    const sentence = "وقع الطرفان على مذكرة تفاهم في الرباط";
    const start = 100;
    const mentionAt = sentence.indexOf("مذكرة تفاهم");
    const split = splitEvidenceSentence({
      sentence,
      start,
      spanStart: start + mentionAt,
      spanEnd: start + mentionAt + "مذكرة تفاهم".length,
    });
    expect(split).toEqual({ before: "وقع الطرفان على ", mention: "مذكرة تفاهم", after: " في الرباط" });
  });

  it("marks a mention at the very start or end of the sentence", () => {
    expect(splitEvidenceSentence({ sentence: "Morocco signed.", start: 5, spanStart: 5, spanEnd: 12 })).toEqual({
      before: "",
      mention: "Morocco",
      after: " signed.",
    });
    expect(splitEvidenceSentence({ sentence: "Met Gantz", start: 0, spanStart: 4, spanEnd: 9 }).after).toBe("");
  });

  it("marks nothing when the span lies outside the sentence or is empty", () => {
    const whole = { before: "A sentence.", mention: "", after: "" };
    expect(splitEvidenceSentence({ sentence: "A sentence.", start: 50, spanStart: 10, spanEnd: 20 })).toEqual(whole);
    expect(splitEvidenceSentence({ sentence: "A sentence.", start: 0, spanStart: 5, spanEnd: 40 })).toEqual(whole);
    expect(splitEvidenceSentence({ sentence: "A sentence.", start: 0, spanStart: 3, spanEnd: 3 })).toEqual(whole);
  });
});
