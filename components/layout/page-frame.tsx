import type { ReactNode } from "react";

/** The site header above the page's main landmark (the skip link's target). */
export function PageFrame({ header, children }: { header: ReactNode; children: ReactNode }) {
  return (
    <>
      {header}
      <main id="main" className="mx-auto w-full max-w-7xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </>
  );
}
