/** An article file split into its front matter fields and its text. */
export interface ArticleFile {
  fields: Record<string, string>;
  text: string;
}

/**
 * Reads the optional `---` front matter of an article file (`title:`, `published:`,
 * `language:`, `url:`, `source:` lines, as the seeds use). Files without one are all text.
 */
export function parseFrontMatter(content: string): ArticleFile {
  const normalized = content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(normalized);
  if (!match) return { fields: {}, text: normalized };
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? "").split("\n")) {
    const field = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (field) fields[field[1]!.toLowerCase()] = field[2]!.trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  return { fields, text: normalized.slice(match[0].length) };
}
