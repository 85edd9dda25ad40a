import { GraphQLRequestError } from "./api/GraphQLRequestError.ts";
import type { Messages } from "./i18n/Messages.ts";

/** A one-line explanation of a failed request for the UI, with the API's error code when it gave one. */
export function describeApiError(error: Error, messages: Messages): string {
  if (error instanceof GraphQLRequestError) {
    if (error.failure === "network") return messages.errors.network(error.message);
    if (error.failure === "http") return messages.errors.http(error.message);
    if (error.code === "UNAUTHENTICATED") return messages.errors.unauthenticated;
    // Not a refusal of this request: the server is fine, its database is not there.
    if (error.code === "DATABASE_UNAVAILABLE") return messages.errors.databaseUnavailable;
    return error.code ? messages.errors.refusedWithCode(error.message, error.code) : messages.errors.refused(error.message);
  }
  return error.message;
}
