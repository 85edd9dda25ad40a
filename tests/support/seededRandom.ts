/** A small deterministic PRNG (mulberry32) for fuzz tests: same seed, same cases. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!,
    bytes(n: number): Uint8Array {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = int(0, 255);
      return out;
    },
    /** A string of random code points from the given ranges (inclusive pairs). */
    text(n: number, ranges: readonly [number, number][]): string {
      let s = "";
      for (let i = 0; i < n; i++) {
        const [lo, hi] = ranges[int(0, ranges.length - 1)]!;
        s += String.fromCodePoint(int(lo, hi));
      }
      return s;
    },
  };
}
