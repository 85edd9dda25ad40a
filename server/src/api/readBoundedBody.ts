import type { IncomingMessage } from "node:http";

/**
 * A request body read into memory up to `max` bytes: the body, or null as soon as it goes over
 * (nothing more is kept; the caller answers 413 and lets the rest drain). Rejects when the client
 * goes away mid-body.
 */
export function readBoundedBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      chunks.length = 0;
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      stop();
      resolve(null);
    };
    const onEnd = () => {
      const body = Buffer.concat(chunks, size);
      stop();
      resolve(body);
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.once("error", onError);
  });
}
