import type { Locator, Page } from '@playwright/test';

// Charts and maps further down a page mount only when scrolled near (components/ui/when-visible.tsx).
// Tests that look at them scroll first, as a reader would.

/** Scrolls `target` into view so its chart or map starts loading. */
export async function reveal(target: Locator) {
  await target.scrollIntoViewIfNeeded();
}

/** Scrolls down the whole page in half-screen steps, letting each position be seen, then back to the top. */
export async function revealAll(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += Math.max(200, window.innerHeight / 2)) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    window.scrollTo(0, 0);
  });
}
