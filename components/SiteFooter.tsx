export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-rule">
      <div className="mx-auto max-w-6xl px-5 py-10 font-sans text-sm leading-relaxed text-muted sm:px-8">
        <p className="max-w-measure">
          <strong className="font-semibold text-ink">Pointwise</strong> tracks peace-plan texts clause by clause: every version as
          printed, with the sources it came from and how solid each clause&apos;s text is. Texts are quoted from public reporting;
          a point no source holds is marked as not recovered, never as deleted.
        </p>
        <p className="mt-3">Open source. Every clause links to the source its text was taken from.</p>
      </div>
    </footer>
  );
}
