import { GraphQLError } from "graphql";

/** An argument the caller got wrong: a clear message and extensions.code BAD_USER_INPUT. */
export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}
