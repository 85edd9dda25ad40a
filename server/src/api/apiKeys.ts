import { timingSafeEqual } from "node:crypto";

export interface ApiKey { name: string; secret: string }

/**
 * Parses ENTENTE_API_KEYS: comma-separated entries, each `name:secret` or a bare secret
 * (named key1, key2 ... by position). The name is what the audit trail records, never the secret.
 */
export function parseApiKeys(entries: string[]): ApiKey[] {
  return entries.map((e, i) => {
    const at = e.indexOf(":");
    return at > 0 ? { name: e.slice(0, at), secret: e.slice(at + 1) } : { name: `key${i + 1}`, secret: e };
  }).filter((k) => k.secret.length > 0);
}

/** The name of the key an Authorization header carries, compared in constant time; null if none matches. */
export function actorFor(header: string | null, keys: ApiKey[]): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!m) return null;
  const given = Buffer.from(m[1]!);
  let found: string | null = null;
  for (const k of keys) {
    const want = Buffer.from(k.secret);
    if (want.length === given.length && timingSafeEqual(want, given)) found = k.name;
  }
  return found;
}
