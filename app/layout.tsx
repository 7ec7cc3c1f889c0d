import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  openGraph: { siteName: "Migration Compendium", type: "website", locale: "en" },
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Published changes" }] } },
  title: {
    default: "Migration Compendium — International Migration and Development",
    template: "%s · Migration Compendium",
  },
  description:
    "Contributions and recommendations of 28 UN agencies and entities on international migration and development (UN System Chief Executives Board, 2013), searchable and citable.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 [overflow-wrap:anywhere] sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
