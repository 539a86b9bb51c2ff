"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/** How long to wait for a streamed page to bring the target in, before giving up as the browser would. */
const WAIT_MS = 10_000;

/**
 * Shared links point into pages (`/versions/us-28-draft#clause-10`, `/compare/…#row-6`). Pages with a
 * loading state stream their content in after the first paint, and Next.js then never scrolls to the
 * fragment (vercel/next.js#65960, open). This waits for the target to be laid out and scrolls to it
 * once, unless the reader has started scrolling or it is already in view.
 */
export function ScrollToHash() {
  const pathname = usePathname();
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    let readerMoved = false;
    const onReaderMove = () => (readerMoved = true);
    const tryScroll = (): boolean => {
      if (readerMoved) return true;
      const target = document.getElementById(id);
      if (!target || target.getClientRects().length === 0) return false;
      const box = target.getBoundingClientRect();
      if (box.top < 0 || box.top > window.innerHeight) target.scrollIntoView({ block: "start" });
      return true;
    };
    if (tryScroll()) return;
    const observer = new MutationObserver(() => tryScroll() && stop());
    const timer = window.setTimeout(() => stop(), WAIT_MS);
    const events = ["wheel", "touchmove", "keydown"] as const;
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, onReaderMove));
    }
    events.forEach((e) => window.addEventListener(e, onReaderMove, { passive: true }));
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["hidden"] });
    return stop;
  }, [pathname]);
  return null;
}
