import type { ReactNode } from "react";

/** Product name and the header's tools (search). */
export function AppHeader({ children }: { children: ReactNode }) {
  return (
    <header className="app-header">
      <h1 className="app-header__title">
        Entente
        <span className="app-header__tagline">states, officials, agreements and meetings from the news</span>
      </h1>
      <div className="app-header__tools">{children}</div>
    </header>
  );
}
