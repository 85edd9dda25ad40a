import { ExtractInputError } from "./ExtractInputError.ts";

/** Default upper bound for one article, in bytes (configurable through ENTENTE_MAX_ARTICLE_BYTES). */
export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * Turns raw bytes into article text, refusing what is not a UTF-8 text article:
 * empty or blank input, input over the size limit, binary data, invalid UTF-8.
 * UTF-16 with a byte-order mark is accepted, since editors on Windows write it.
 */
export function decodeArticleBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): string {
  if (bytes.length === 0) throw new ExtractInputError("EMPTY", "the article is empty (0 bytes)");
  if (bytes.length > maxBytes) {
    throw new ExtractInputError("TOO_LARGE", `the article is ${bytes.length} bytes, over the limit of ${maxBytes} bytes`);
  }
  let text: string;
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw new ExtractInputError("ENCODING", `the file starts like ${utf16.toUpperCase()} but is not valid ${utf16.toUpperCase()}; save it as UTF-8 and try again`);
    }
  } else {
    if (looksBinary(bytes)) throw new ExtractInputError("BINARY", "the file looks binary (NUL or control bytes), not a text article");
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new ExtractInputError("ENCODING", "the file is not valid UTF-8; save it as UTF-8 and try again");
    }
  }
  return checkArticleText(text, maxBytes);
}

/** The same checks for text that arrives as a string (API input, stdin already decoded). */
export function checkArticleText(text: string, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): string {
  if (text.trim().length === 0) throw new ExtractInputError("EMPTY", "the article has no text (only whitespace)");
  if (Buffer.byteLength(text, "utf8") > maxBytes) {
    throw new ExtractInputError("TOO_LARGE", `the article is over the limit of ${maxBytes} bytes`);
  }
  // Control characters other than tab, newline, carriage return and form feed mean binary data.
  const controls = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.001) {
    throw new ExtractInputError("BINARY", "the text holds control or replacement characters; it looks binary or mis-decoded");
  }
  return text;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  return controls / n > 0.01;
}
