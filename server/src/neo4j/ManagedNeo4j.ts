import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { join, resolve } from "node:path";
import neo4j from "neo4j-driver";
import { Neo4jSetupError } from "./Neo4jSetupError.ts";
import { checkJava, isProvisioned, javaBinary, provisionNeo4j } from "./provisionNeo4j.ts";

export interface ManagedNeo4jOptions {
  /** Project root; state lives in <root>/.entente/neo4j. */
  root: string;
  /** Instance name: "main" for npm start, "test" for the test suite; each has its own data. */
  instance: string;
  boltPort: number;
  /** JVM heap, e.g. "1g". */
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  log: (line: string) => void;
}

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** JVM flags the Neo4j distribution's own launcher passes (see its neo4j.conf server.jvm.additional). */
const JVM_FLAGS = [
  "-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields", "-XX:+DisableExplicitGC", "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true", "-Djdk.tls.ephemeralDHKeySize=2048",
  "-Djdk.tls.rejectClientInitiatedRenegotiation=true", "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
];

/**
 * The local Neo4j Community server the project provisions from Maven Central and runs itself
 * when NEO4J_URI is not set. One folder per instance holds config, data, logs, pid and password.
 */
export class ManagedNeo4j {
  readonly opts: ManagedNeo4jOptions;
  readonly baseDir: string;
  readonly libDir: string;
  readonly homeDir: string;
  private child: ChildProcess | null = null;

  constructor(opts: ManagedNeo4jOptions) {
    this.opts = opts;
    this.baseDir = resolve(opts.root, ".entente", "neo4j");
    this.libDir = join(this.baseDir, "lib");
    this.homeDir = join(this.baseDir, opts.instance);
  }

  get logFile(): string { return join(this.homeDir, "logs", "neo4j.log"); }
  get consoleLog(): string { return join(this.homeDir, "logs", "console.log"); }
  private get pidFile(): string { return join(this.homeDir, "neo4j.pid"); }
  private get passwordFile(): string { return join(this.homeDir, "password"); }

  connection(): Neo4jConnection {
    return {
      uri: `bolt://127.0.0.1:${this.opts.boltPort}`,
      username: "neo4j",
      password: existsSync(this.passwordFile) ? readFileSync(this.passwordFile, "utf8").trim() : "",
      database: "neo4j",
    };
  }

  /** The pid of a running server of this instance, or null. */
  runningPid(): number | null {
    if (!existsSync(this.pidFile)) return null;
    const pid = Number(readFileSync(this.pidFile, "utf8").trim());
    if (!Number.isInteger(pid) || pid <= 0) return null;
    try {
      process.kill(pid, 0);
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      return cmd.includes("CommunityEntryPoint") && cmd.includes(this.homeDir) ? pid : null;
    } catch {
      return null;
    }
  }

  /**
   * Starts the server unless it already runs (then it is reused and `started` is false).
   * `detached` leaves it running after this process exits (db:start).
   */
  async start(opts: { detached?: boolean } = {}): Promise<{ started: boolean; connection: Neo4jConnection; ms: number }> {
    const t0 = Date.now();
    const running = this.runningPid();
    if (running) {
      await this.waitForBolt(running);
      return { started: false, connection: this.connection(), ms: Date.now() - t0 };
    }
    if (await isPortOpen(this.opts.boltPort)) {
      throw new Neo4jSetupError("PORT_TAKEN", `port ${this.opts.boltPort} on 127.0.0.1 is taken by another process; set ENTENTE_NEO4J_PORT to a free port (or NEO4J_URI to use that server)`);
    }
    checkJava();
    if (!isProvisioned(this.libDir)) {
      mkdirSync(this.baseDir, { recursive: true });
      provisionNeo4j({ pomFile: resolve(this.opts.root, "server", "neo4j", "pom.xml"), libDir: this.libDir, log: this.opts.log });
    }
    this.writeConfig();
    const out = openSync(this.consoleLog, "a");
    const child = spawn(
      javaBinary(),
      [`-Xms${this.opts.heap}`, `-Xmx${this.opts.heap}`, ...JVM_FLAGS, "-cp", `${this.libDir}/*`,
        "org.neo4j.server.CommunityEntryPoint", `--home-dir=${this.homeDir}`, `--config-dir=${join(this.homeDir, "conf")}`],
      { detached: Boolean(opts.detached), stdio: ["ignore", out, out] },
    );
    if (!child.pid) throw new Neo4jSetupError("START_FAILED", `could not spawn java; see ${this.consoleLog}`);
    writeFileSync(this.pidFile, String(child.pid));
    if (opts.detached) child.unref();
    else this.child = child;
    let exited: number | null = null;
    child.once("exit", (code) => { exited = code ?? -1; });
    try {
      await this.waitForBolt(child.pid, () => exited);
      await this.ensurePassword();
    } catch (e) {
      if (exited === null) await this.stop();
      throw e;
    }
    return { started: true, connection: this.connection(), ms: Date.now() - t0 };
  }

  /** Stops the server of this instance (SIGTERM, then SIGKILL after 60 s). */
  async stop(): Promise<boolean> {
    const pid = this.child?.pid ?? this.runningPid();
    if (!pid) return false;
    try { process.kill(pid, "SIGTERM"); } catch { /* already gone */ }
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && isAlive(pid)) await sleep(200);
    if (isAlive(pid)) { try { process.kill(pid, "SIGKILL"); } catch { /* gone */ } }
    rmSync(this.pidFile, { force: true });
    this.child = null;
    return true;
  }

  /** Removes this instance's data (the test instance starts from nothing). */
  wipeData(): void {
    if (this.runningPid()) throw new Error("cannot wipe the data of a running Neo4j");
    rmSync(join(this.homeDir, "data"), { recursive: true, force: true });
    rmSync(this.passwordFile, { force: true });
  }

  private writeConfig(): void {
    for (const d of ["conf", "data", "logs", "plugins", "import"]) mkdirSync(join(this.homeDir, d), { recursive: true });
    const conf = [
      "# Written by Entente on every start (server/src/neo4j/ManagedNeo4j.ts); edits are overwritten.",
      "server.default_listen_address=127.0.0.1",
      `server.bolt.listen_address=127.0.0.1:${this.opts.boltPort}`,
      "server.bolt.tls_level=DISABLED",
      "server.http.enabled=false",
      "server.https.enabled=false",
      `server.directories.data=${join(this.homeDir, "data")}`,
      `server.directories.logs=${join(this.homeDir, "logs")}`,
      `server.directories.plugins=${join(this.homeDir, "plugins")}`,
      `server.directories.import=${join(this.homeDir, "import")}`,
      "dbms.security.auth_enabled=true",
      `server.memory.pagecache.size=${this.opts.pageCache}`,
      "db.tx_log.rotation.retention_policy=2 files",
      "dbms.usage_report.enabled=false",
      "server.threads.worker_count=8",
      "",
    ].join("\n");
    writeFileSync(join(this.homeDir, "conf", "neo4j.conf"), conf);
  }

  private async waitForBolt(pid: number, exited: () => number | null = () => null): Promise<void> {
    const deadline = Date.now() + this.opts.startTimeoutMs;
    while (Date.now() < deadline) {
      const code = exited();
      if (code !== null || !isAlive(pid)) {
        throw new Neo4jSetupError("START_FAILED", `Neo4j exited during start${code !== null ? ` (code ${code})` : ""}; see ${this.logFile} and ${this.consoleLog}`);
      }
      if (await isPortOpen(this.opts.boltPort)) return;
      await sleep(250);
    }
    throw new Neo4jSetupError("START_TIMEOUT", `Neo4j did not open Bolt on port ${this.opts.boltPort} within ${Math.round(this.opts.startTimeoutMs / 1000)} s; see ${this.logFile}`);
  }

  /** A new server has user neo4j/neo4j, which must change its password before anything else. */
  private async ensurePassword(): Promise<void> {
    if (existsSync(this.passwordFile)) return;
    const password = randomBytes(18).toString("base64url");
    const pending = `${this.passwordFile}.pending`;
    writeFileSync(pending, password, { mode: 0o600 });
    const driver = neo4j.driver(`bolt://127.0.0.1:${this.opts.boltPort}`, neo4j.auth.basic("neo4j", "neo4j"));
    try {
      const deadline = Date.now() + 30_000;
      for (;;) {
        try {
          await driver.executeQuery("ALTER CURRENT USER SET PASSWORD FROM $old TO $new", { old: "neo4j", new: password }, { database: "system" });
          break;
        } catch (e) {
          const code = (e as { code?: string }).code ?? "";
          if (code === "Neo.ClientError.Security.Unauthorized") {
            throw new Neo4jSetupError("START_FAILED", `the Neo4j in ${this.homeDir} already has a password that Entente does not know; stop it and delete ${join(this.homeDir, "data")} to start afresh`);
          }
          if (Date.now() > deadline) throw e;
          await sleep(500);
        }
      }
    } finally {
      await driver.close();
    }
    renameSync(pending, this.passwordFile);
    chmodSync(this.passwordFile, 0o600);
  }
}

function isAlive(pid: number): boolean {
  try { process.kill(pid, 0); } catch { return false; }
  try { return !/^\S+ \S+ Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8").replace(/\(.*\)/, "x")); } catch { return true; }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    const done = (open: boolean) => { socket.destroy(); resolvePromise(open); };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}
