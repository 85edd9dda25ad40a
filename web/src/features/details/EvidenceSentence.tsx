import type { Evidence } from "../../api/schemaTypes.ts";
import { formatPartialDate } from "../../text/formatPartialDate.ts";
import { textDirection } from "../../text/textDirection.ts";
import { splitEvidenceSentence } from "./splitEvidenceSentence.ts";

/** One sentence of an article, the mention highlighted, written in its own direction. */
export function EvidenceSentence({ evidence }: { evidence: Evidence }) {
  const { before, mention, after } = splitEvidenceSentence(evidence);
  const direction = textDirection(evidence.language);
  const source = [evidence.articleTitle ?? evidence.articleId, evidence.publishedAt && formatPartialDate(evidence.publishedAt)]
    .filter(Boolean)
    .join(" · ");
  return (
    <figure className="evidence">
      <blockquote
        className="evidence__sentence"
        data-testid="evidence-sentence"
        lang={evidence.language ?? undefined}
        dir={direction}
      >
        {before}
        {mention && <mark>{mention}</mark>}
        {after}
      </blockquote>
      <figcaption className="evidence__source" dir="auto" title={evidence.articleId}>
        {source}
      </figcaption>
    </figure>
  );
}
