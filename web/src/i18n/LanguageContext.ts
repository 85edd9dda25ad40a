import { createContext } from "react";
import { englishMessages } from "./englishMessages.ts";
import type { Language } from "./Language.ts";
import type { Messages } from "./Messages.ts";

export interface LanguageContextValue {
  language: Language;
  messages: Messages;
  setLanguage: (language: Language) => void;
}

/** The interface language and its strings; English until a provider says otherwise. */
export const LanguageContext = createContext<LanguageContextValue>({
  language: "en",
  messages: englishMessages,
  setLanguage: () => {},
});
