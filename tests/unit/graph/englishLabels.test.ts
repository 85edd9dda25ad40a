import { describe, expect, it } from "vitest";
import { articleToGraphRows } from "../../../server/src/graph/articleToGraphRows.ts";
import { toGraphNode } from "../../../server/src/graph/toGraphNode.ts";
import { sampleArticle } from "../../support/sampleExtraction.ts";

describe("English labels of agreements and meetings named in Arabic", () => {
  const { article, extraction } = sampleArticle();
  extraction.agreements[0]!.name = "مذكرة تفاهم دفاعي";
  extraction.meetings[0]!.name = "قمة الرباط";
  const rows = articleToGraphRows(article, extraction);
  const agreement = rows.nodes.Agreement[0]!;
  const meeting = rows.nodes.Meeting[0]!;

  it("keeps the Arabic name as the label and composes an English one beside it", () => {
    expect(agreement.props).toMatchObject({ label: "مذكرة تفاهم دفاعي", labelEn: "Defense MoU IL–MA 2021-11" });
    expect(meeting.props).toMatchObject({ label: "قمة الرباط", labelEn: "Visit MA 2021-11-24" });
  });

  it("draws each label in its interface language", () => {
    const node = toGraphNode({ id: agreement.id, ...agreement.props }, ["Entity", "Agreement"], 2);
    expect(node).toMatchObject({ label: "مذكرة تفاهم دفاعي", labelEn: "Defense MoU IL–MA 2021-11", labelAr: "مذكرة تفاهم دفاعي" });
  });

  it("leaves a Latin name as it is", () => {
    const latin = sampleArticle();
    latin.extraction.meetings[0]!.name = "Rabat talks";
    const props = articleToGraphRows(latin.article, latin.extraction).nodes.Meeting[0]!.props;
    expect(props).toMatchObject({ label: "Rabat talks", labelEn: "Rabat talks" });
    expect(toGraphNode({ id: "m", ...props }, ["Entity", "Meeting"], 1)).toMatchObject({ labelEn: "Rabat talks", labelAr: null });
  });
});
