/** Why an input cannot be read as an article. */
export type InputErrorCode = "EMPTY" | "BINARY" | "ENCODING" | "TOO_LARGE" | "FRONT_MATTER";

/** A clear, expected rejection of an input file or text; never a crash. */
export class ExtractInputError extends Error {
  readonly code: InputErrorCode;
  constructor(code: InputErrorCode, message: string) {
    super(message);
    this.name = "ExtractInputError";
    this.code = code;
  }
}
