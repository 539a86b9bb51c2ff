import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { ScrollToHash } from "@/components/ScrollToHash";
import { SiteHeader } from "@/components/SiteHeader";
import "./globals.css";

const DESCRIPTION =
  "Peace-plan texts clause by clause: every version as printed, with its sources and how solid each clause's text is.";

export const metadata: Metadata = {
  title: { template: "%s · Pointwise", default: "Pointwise" },
  description: DESCRIPTION,
  applicationName: "Pointwise",
  openGraph: { type: "website", siteName: "Pointwise", title: "Pointwise", description: DESCRIPTION, locale: "en" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#121418" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" data-scroll-behavior="smooth">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="no-print sr-only z-50 rounded bg-ink px-4 py-2 font-sans text-sm font-semibold text-paper focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:px-4 focus:py-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-5 pt-8 outline-none sm:px-8 sm:pt-14">
          {children}
        </main>
        <SiteFooter />
        <ScrollToHash />
      </body>
    </html>
  );
}
