/** A failure to provision, start or reach Neo4j, with a one-line message a user can act on. */
export class Neo4jSetupError extends Error {
  readonly code: "NO_JAVA" | "OLD_JAVA" | "NO_MAVEN" | "PROVISION_FAILED" | "PORT_TAKEN" | "START_FAILED" | "START_TIMEOUT" | "NOT_RUNNING";
  constructor(code: Neo4jSetupError["code"], message: string) {
    super(message);
    this.name = "Neo4jSetupError";
    this.code = code;
  }
}
