import { useContext } from "react";
import { LanguageContext } from "./LanguageContext.ts";
import type { Messages } from "./Messages.ts";

/** The interface strings in the current language. */
export function useMessages(): Messages {
  return useContext(LanguageContext).messages;
}
