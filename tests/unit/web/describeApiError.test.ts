import { describe, expect, it } from "vitest";
import { GraphQLRequestError } from "../../../web/src/api/GraphQLRequestError.ts";
import { describeApiError } from "../../../web/src/describeApiError.ts";
import { arabicMessages } from "../../../web/src/i18n/arabicMessages.ts";
import { englishMessages } from "../../../web/src/i18n/englishMessages.ts";

describe("describeApiError", () => {
  const down = new GraphQLRequestError("the graph database is not reachable; try again shortly", "graphql", { code: "DATABASE_UNAVAILABLE", status: 503 });

  it("says the database is away in the interface's language, not that the request was refused", () => {
    expect(describeApiError(down, englishMessages)).toBe(englishMessages.errors.databaseUnavailable);
    expect(describeApiError(down, arabicMessages)).toBe(arabicMessages.errors.databaseUnavailable);
    expect(describeApiError(down, englishMessages)).not.toMatch(/refused/);
  });

  it("keeps the API's own message and code for a request it refused", () => {
    const bad = new GraphQLRequestError("depth must be at most 3", "graphql", { code: "BAD_USER_INPUT" });
    expect(describeApiError(bad, englishMessages)).toBe("The API refused the request: depth must be at most 3 (BAD_USER_INPUT)");
    const key = new GraphQLRequestError("no key", "graphql", { code: "UNAUTHENTICATED" });
    expect(describeApiError(key, englishMessages)).toBe(englishMessages.errors.unauthenticated);
    expect(describeApiError(new GraphQLRequestError("Failed to fetch", "network"), englishMessages)).toBe("Failed to fetch");
  });
});
