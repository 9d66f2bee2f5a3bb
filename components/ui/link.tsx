"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * next/link that prefetches when someone reaches for it (pointer over it, touch, keyboard focus)
 * rather than when it scrolls into view. A console page shows 15 to 40 links; their viewport
 * prefetches, a server render each, queued in front of the page's own API calls on every full
 * load (bench:console). `prefetch={false}` turns prefetching off altogether, as on next/link.
 */
export function Link({
  href,
  prefetch,
  onMouseEnter,
  onTouchStart,
  onFocus,
  ...props
}: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  // Prefetches, then runs the caller's own handler for the event, if any.
  const withPrefetch =
    <E,>(handler?: (event: E) => void) =>
    (event: E) => {
      if (prefetch !== false && typeof href === "string" && href.startsWith("/")) router.prefetch(href);
      handler?.(event);
    };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={withPrefetch(onMouseEnter)}
      onTouchStart={withPrefetch(onTouchStart)}
      onFocus={withPrefetch(onFocus)}
    />
  );
}
