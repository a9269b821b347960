import type { EditionRef } from '@/lib/api/schemas';
import { formatDate } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import { editionLabel } from '@/lib/provenance';

/**
 * Where a panel's figure comes from: source, edition, "Data per <release date>", citation.
 * Illustrative figures never borrow the edition's citation: they were not stated by anyone.
 */
export function SourceNote({ lang, edition, illustrative = false }: { lang: Lang; edition: EditionRef; illustrative?: boolean }) {
  const t = getDictionary(lang).common;
  return (
    <p className="source-note">
      <span>
        {t.source}: {edition.sourceName[lang]}
      </span>
      <span>
        {t.edition}: {editionLabel(edition, lang)}
      </span>
      <span>{fill(t.dataPer, { date: formatDate(edition.releasedOn, lang) })}</span>
      {illustrative ? <span>{t.illustrativeTitle}</span> : edition.citation ? <cite>{edition.citation}</cite> : null}
    </p>
  );
}

/** The same provenance as plain lines, drawn into downloaded chart images. */
export function sourceLines(lang: Lang, edition: EditionRef, illustrative = false): string[] {
  const t = getDictionary(lang).common;
  const first = `${t.source}: ${edition.sourceName[lang]} · ${t.edition}: ${editionLabel(edition, lang)} · ${fill(t.dataPer, {
    date: formatDate(edition.releasedOn, lang),
  })}`;
  const second = illustrative ? t.illustrativeTitle : edition.citation;
  return second ? [first, second] : [first];
}
