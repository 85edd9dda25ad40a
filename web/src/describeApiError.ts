import { GraphQLRequestError } from "./api/GraphQLRequestError.ts";

/** A one-line explanation of a failed request for the UI, with the API's error code when it gave one. */
export function describeApiError(error: Error): string {
  if (error instanceof GraphQLRequestError) {
    if (error.failure === "network") return error.message;
    if (error.failure === "http") return `The API is not answering properly: ${error.message}`;
    return error.code ? `The API refused the request: ${error.message} (${error.code})` : `The API refused the request: ${error.message}`;
  }
  return error.message;
}
