import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Neo4jSetupError } from "./Neo4jSetupError.ts";

/** Finds the java binary: $JAVA_HOME/bin/java when set, else java on the PATH. */
export function javaBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, "bin", "java") : "java";
}

/** Checks that Java 17 or later is installed; returns its major version. */
export function checkJava(env: NodeJS.ProcessEnv = process.env): number {
  const java = javaBinary(env);
  const r = spawnSync(java, ["-version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) {
    throw new Neo4jSetupError("NO_JAVA", `Java 17+ is required to run the embedded Neo4j, but "${java}" could not be run; install a JDK 17 (e.g. apt-get install openjdk-17-jre-headless) or set NEO4J_URI to use your own Neo4j`);
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
  const major = m ? (m[1] === "1" ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 17) {
    throw new Neo4jSetupError("OLD_JAVA", `Java 17+ is required to run the embedded Neo4j, found Java ${major || "of unknown version"} at "${java}"; set JAVA_HOME to a JDK 17+`);
  }
  return major;
}

/** Whether the Neo4j jars are already in place. */
export function isProvisioned(libDir: string): boolean {
  return existsSync(join(libDir, ".complete"));
}

/**
 * Puts Neo4j Community and its dependencies into `libDir` with Maven (from Maven Central, using
 * the pom in server/neo4j). Idempotent; a partial download is never taken for a complete one.
 */
export function provisionNeo4j(opts: { pomFile: string; libDir: string; log: (line: string) => void }): void {
  if (isProvisioned(opts.libDir)) return;
  const mvn = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (mvn.error || mvn.status !== 0) {
    throw new Neo4jSetupError("NO_MAVEN", "Maven (mvn) is required once, to download Neo4j from Maven Central; install it (apt-get install maven) or set NEO4J_URI to use your own Neo4j");
  }
  const tmp = `${opts.libDir}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  opts.log("provisioning Neo4j Community from Maven Central (first run only, about a minute)...");
  const r = spawnSync(
    "mvn",
    ["-B", "-q", "-f", opts.pomFile, "org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies",
      `-DoutputDirectory=${tmp}`, "-DincludeScope=runtime"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (r.status !== 0) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split("\n").slice(-3).join(" | ");
    throw new Neo4jSetupError("PROVISION_FAILED", `Maven could not download Neo4j: ${tail}`);
  }
  if (!readdirSync(tmp).some((f) => /^neo4j-server-5\./.test(f))) {
    throw new Neo4jSetupError("PROVISION_FAILED", `Maven finished but ${tmp} holds no neo4j-server jar`);
  }
  writeFileSync(join(tmp, ".complete"), new Date().toISOString());
  rmSync(opts.libDir, { recursive: true, force: true });
  renameSync(tmp, opts.libDir);
}
