/** Progress of a long ingest: a redrawn bar on a terminal, a plain line every few seconds elsewhere. */
export class IngestProgress {
  private done = 0;
  private readonly t0 = Date.now();
  private lastPlain = 0;
  private readonly total: number;
  private readonly out: NodeJS.WriteStream;
  private readonly tty: boolean;

  constructor(total: number, out: NodeJS.WriteStream = process.stderr) {
    this.total = total;
    this.out = out;
    this.tty = Boolean(out.isTTY) && !process.env.CI;
  }

  advance(n: number): void {
    this.done += n;
    const secs = (Date.now() - this.t0) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    const figures = `${this.done}/${this.total} files, ${rate.toFixed(1)} files/s, ETA ${formatSeconds(eta)}`;
    if (this.tty) {
      const width = 30;
      const filled = this.total ? Math.round((this.done / this.total) * width) : width;
      this.out.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${figures}   `);
      if (this.done >= this.total) this.out.write("\n");
    } else if (Date.now() - this.lastPlain > 2000 || this.done >= this.total) {
      this.lastPlain = Date.now();
      this.out.write(`progress: ${figures}\n`);
    }
  }

  /** Writes a message on its own line without breaking the bar. */
  note(line: string): void {
    this.out.write(this.tty ? `\r\x1b[K${line}\n` : `${line}\n`);
  }
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return "?";
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${Math.round(s % 60)}s` : `${Math.round(s)}s`;
}
