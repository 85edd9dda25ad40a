// The part of autocannon's API the load bench uses (the package ships no types).
declare module "autocannon" {
  interface Histogram { average: number; mean: number; stddev: number; min: number; max: number; p50: number; p90: number; p97_5: number; p99: number; p99_9: number }
  interface Request { method?: string; path?: string; headers?: Record<string, string>; body?: string }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    requests?: Request[];
    verifyBody?: (body: string) => boolean;
  }
  interface Result {
    requests: Histogram & { total: number; sent: number };
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    "2xx": number;
    duration: number;
  }
  interface Instance extends PromiseLike<Result> { stop(): void; on(event: "reqError", listener: (error: Error) => void): Instance }
  function autocannon(opts: Options): Instance;
  export default autocannon;
  export type { Options, Result };
}
