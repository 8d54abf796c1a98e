import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { loadStory } from "@/content/load";

const { story } = loadStory();

export const metadata: Metadata = {
  title: story.meta.title,
  description: story.meta.standfirst,
  openGraph: { title: story.meta.title, description: story.meta.standfirst, type: "article" },
};

/** Page zoom stays enabled: no maximum-scale, no user-scalable=no. */
export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#f7f5f0",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The embed sets its theme on <html> before hydration (components/embed/boot.ts).
    <html lang="en" suppressHydrationWarning>
      <body>{children}</body>
    </html>
  );
}
