import { createContext } from "react";

/**
 * Opens the reader view of an article. Evidence sentences sit deep in the details panel; a
 * context spares threading the callback through every level. Null: no reader (sentences then
 * show no link).
 */
export const ArticleReaderContext = createContext<((articleId: string) => void) | null>(null);
