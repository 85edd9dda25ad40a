// npm run db:start | db:stop | db:status: the managed local Neo4j of `npm start`.
import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../config/loadConfig.ts";
import { managedNeo4jFor } from "../neo4j/openNeo4j.ts";
import { isPortOpen } from "../neo4j/ManagedNeo4j.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

async function run(command: string | undefined): Promise<number> {
  const config = loadConfig(process.env);
  if (config.external) {
    console.log(`NEO4J_URI is set (${config.external.uri}); Entente manages no local Neo4j.`);
    return command === "status" ? 0 : 2;
  }
  const neo = managedNeo4jFor(config, root, process.env.ENTENTE_NEO4J_INSTANCE ?? "main", (l) => console.log(l));
  switch (command) {
    case "start": {
      const r = await neo.start({ detached: true });
      console.log(`${r.started ? "started" : "already running"}: ${r.connection.uri} in ${(r.ms / 1000).toFixed(1)} s (pid ${neo.runningPid()}, logs ${neo.logFile})`);
      return 0;
    }
    case "stop": {
      const stopped = await neo.stop();
      console.log(stopped ? "stopped" : "not running");
      return 0;
    }
    case "status": {
      const pid = neo.runningPid();
      const open = await isPortOpen(config.managed.boltPort);
      console.log(pid ? `running: pid ${pid}, bolt://127.0.0.1:${config.managed.boltPort} ${open ? "accepting" : "not accepting yet"}; data in ${neo.homeDir}` : `not running (data in ${neo.homeDir})`);
      return pid ? 0 : 3;
    }
    default:
      console.error("usage: tsx server/src/cli/db.ts start|stop|status");
      return 2;
  }
}

run(process.argv[2]).then((code) => process.exit(code), (e: Error) => {
  console.error(`error: ${e.message}`);
  process.exit(1);
});
