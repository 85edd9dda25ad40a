import { useCallback, useEffect, useState } from "react";

const STORAGE_KEY = "entente.apiKey";

function readStoredKey(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? "";
  } catch {
    return "";
  }
}

/**
 * The API key for writes, kept in localStorage so it survives reloads and is shared by every
 * panel (and tab) that writes.
 */
export function useApiKey(): [string, (key: string) => void] {
  const [key, setKeyState] = useState(readStoredKey);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) setKeyState(event.newValue ?? "");
    };
    const onLocalChange = () => setKeyState(readStoredKey());
    window.addEventListener("storage", onStorage);
    window.addEventListener("entente:api-key", onLocalChange);
    return () => {
      window.removeEventListener("storage", onStorage);
      window.removeEventListener("entente:api-key", onLocalChange);
    };
  }, []);

  const setKey = useCallback((next: string) => {
    try {
      if (next) window.localStorage.setItem(STORAGE_KEY, next);
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // Not kept: the key still works until the page is left.
    }
    setKeyState(next);
    // Other panels of this page hold their own copy: tell them (the storage event is for other tabs).
    window.dispatchEvent(new Event("entente:api-key"));
  }, []);

  return [key, setKey];
}
