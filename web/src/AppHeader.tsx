import type { ReactNode } from "react";
import { useLanguage } from "./i18n/useLanguage.ts";

/** Product name, the header's tools (search, counts) and the language toggle. */
export function AppHeader({ children }: { children: ReactNode }) {
  const { language, messages, setLanguage } = useLanguage();
  return (
    <header className="app-header">
      <h1 className="app-header__title">
        Entente
        <span className="app-header__tagline">{messages.app.tagline}</span>
      </h1>
      <div className="app-header__tools">{children}</div>
      <button
        type="button"
        className="app-header__language"
        lang={language === "ar" ? "en" : "ar"}
        title={messages.app.languageToggleTitle}
        onClick={() => setLanguage(language === "ar" ? "en" : "ar")}
        data-testid="language-toggle"
      >
        {messages.app.languageToggle}
      </button>
    </header>
  );
}
