import { useEffect, useMemo, useState, type ReactNode } from "react";
import { arabicMessages } from "./arabicMessages.ts";
import { englishMessages } from "./englishMessages.ts";
import { directionOf, isLanguage, type Language } from "./Language.ts";
import { LanguageContext, type LanguageContextValue } from "./LanguageContext.ts";

const STORAGE_KEY = "entente.language";

/** The language kept from the last visit, else the browser's when it is Arabic, else English. */
function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be off (private mode); the browser language still decides.
  }
  return navigator.language.toLowerCase().startsWith("ar") ? "ar" : "en";
}

/** Provides the interface language and keeps `<html lang dir>` in step with it. */
export function LanguageProvider({ children, language: forced }: { children: ReactNode; language?: Language }) {
  const [language, setLanguage] = useState<Language>(() => forced ?? initialLanguage());

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
    try {
      window.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Not remembered: the choice still holds for this visit.
    }
  }, [language]);

  const value = useMemo<LanguageContextValue>(
    () => ({ language, messages: language === "ar" ? arabicMessages : englishMessages, setLanguage }),
    [language],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}
