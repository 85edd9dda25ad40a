// XML 1.0 forbids most C0 controls, U+FFFE/U+FFFF and lone surrogates, even as character
// references; news text pasted from the web does carry them, and one would make the file unreadable.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
// In attributes, tabs and line breaks are written as references: a parser would turn them into spaces.
const ATTRIBUTE_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

/** Escapes character data (element content); characters XML cannot hold become U+FFFD. */
export function escapeXmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, "\uFFFD").replace(/[&<>]/g, (c) => TEXT_ENTITIES[c]!);
}

/** Escapes a value for a double- or single-quoted attribute. */
export function escapeXmlAttribute(value: string): string {
  return value.replace(NOT_XML_CHAR, "\uFFFD").replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ENTITIES[c]!);
}
