import { defineConfig } from "vitest/config";

// One Neo4j test instance serves the whole run (tests/support/globalSetup.ts); test files that
// touch it run one at a time so that each can start from an empty graph.
export default defineConfig({
  // graphql 16 has no "exports" map: Vite would pick its .mjs build for our files while Node loads
  // the CommonJS build for graphql-yoga, giving two GraphQLError classes. Use Node's choice.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    globalSetup: ["tests/support/globalSetup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"] } },
      { extends: true, test: { name: "api", include: ["tests/api/**/*.test.ts"] } },
      { extends: true, test: { name: "integration", include: ["tests/integration/**/*.test.ts"] } },
      { extends: true, test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"] } },
    ],
  },
});
