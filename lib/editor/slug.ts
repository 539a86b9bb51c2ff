/**
 * Slugs for versions and sources an editor creates: lower-case ASCII words joined by "-", derived
 * from a title or an outlet's name. Pure.
 */

/** "E3 counter-proposal (revised)" → "e3-counter-proposal-revised"; "" when nothing Latin is left. */
export function slugify(text: string, max = 80): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
}

/** The first of `base`, `base-2`, `base-3`, … that `taken` does not hold. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
