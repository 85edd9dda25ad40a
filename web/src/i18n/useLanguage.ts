import { useContext } from "react";
import { LanguageContext, type LanguageContextValue } from "./LanguageContext.ts";

/** The interface language and the function that changes it. */
export function useLanguage(): LanguageContextValue {
  return useContext(LanguageContext);
}
