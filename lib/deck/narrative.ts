import { compareFirstLast } from '@/lib/compare';
import { formatDate, formatNumber, formatPercent, formatRupiah, formatSignedNumber } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import { shortFactorName } from '@/lib/provenance';
import { type DeckSnapshot, type DistrictFigure, type FactorFigure, publicCount, type Slide, type TrendPoint } from './model';

// One or two sentences per slide, written from templates over the snapshot's numbers, in
// Bahasa Indonesia or English. They are the speaker notes and the charts' alternative text,
// so every figure they name is one the slide shows; nothing is invented.

export type NarrativeContext = {
  lang: Lang;
  snapshot: DeckSnapshot;
  /** the deck of the previous meeting, or null when none was saved */
  previous: { meetingDate: string; snapshot: DeckSnapshot } | null;
  /** the meeting date shown on the title slide (ISO date) */
  meetingDate: string;
  /** the public address the closing slide's QR code opens */
  url: string;
};

const count = (value: number, lang: Lang) => formatNumber(value, lang, 0);

/** "Keluarga berisiko stunting turun 32,7% dari 23.711 (2023) menjadi 15.960 (PK24)." */
export function trendSentence(points: readonly TrendPoint[], subject: string, lang: Lang): string {
  const t = getDictionary(lang).deck.narrative;
  const last = points.at(-1);
  if (!last) return t.missing;
  const comparison = compareFirstLast(points, 'lower_is_better');
  if (!comparison) return fill(t.single, { subject, to: count(last.value, lang), toEdition: last.edition });
  const values = {
    subject,
    from: count(comparison.first.value, lang),
    fromPeriod: comparison.first.period,
    to: count(comparison.last.value, lang),
    toEdition: comparison.last.edition,
    pct: comparison.changePct === null ? '–' : formatPercent(Math.abs(comparison.changePct), lang, 1),
  };
  const template = { down: t.fell, up: t.rose, flat: t.flat }[comparison.direction];
  return fill(template, values);
}

/** The factor most common among families at risk, by share (then count). */
function topFactors(factors: readonly FactorFigure[]): FactorFigure[] {
  return [...factors]
    .filter((f) => f.value !== null)
    .sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || (b.value ?? 0) - (a.value ?? 0));
}

/** "Jamban tidak layak" -> "jamban tidak layak" inside a sentence; "4T: terlalu tua" stays. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const share = (value: number | null, lang: Lang) => (value === null ? '–' : formatPercent(value, lang, 1));

function spotlight(district: DistrictFigure, lang: Lang): string {
  const t = getDictionary(lang).deck.narrative;
  const sentences = [trendSentence(district.trend, fill(t.subjectDistrict, { name: district.name }), lang)];
  const [factor] = topFactors(district.factors);
  if (factor)
    sentences.push(fill(t.spotlightFactor, { factor: shortFactorName(factor.name[lang]), share: share(factor.share, lang) }));
  const [village] = district.villages.filter((v) => v.value !== null);
  if (village)
    sentences.push(
      fill(t.spotlightVillage, {
        village: village.name,
        value: publicCount(village.value, (n) => count(n, lang), village.suppressed),
      }),
    );
  return sentences.join(' ');
}

function districtsSentence(snapshot: DeckSnapshot, lang: Lang, kind: 'map' | 'ranking'): string {
  const t = getDictionary(lang).deck.narrative;
  const valued = snapshot.districts.items.filter((d) => d.value !== null);
  const top = valued[0];
  const bottom = valued.at(-1);
  if (!top || !bottom) return getDictionary(lang).deck.noData;
  if (kind === 'ranking') {
    return fill(t.ranking, { list: valued.map((d) => `${d.name} (${count(d.value ?? 0, lang)})`).join(', ') });
  }
  return fill(t.map, {
    top: top.name,
    topValue: count(top.value ?? 0, lang),
    bottom: bottom.name,
    bottomValue: count(bottom.value ?? 0, lang),
  });
}

function factorsSentence(factors: readonly FactorFigure[], lang: Lang): string {
  const t = getDictionary(lang).deck.narrative;
  const [first, second] = topFactors(factors);
  if (!first || !second) return getDictionary(lang).deck.noData;
  return fill(t.factors, {
    first: lowerFirst(shortFactorName(first.name[lang])),
    firstShare: share(first.share, lang),
    second: lowerFirst(shortFactorName(second.name[lang])),
    secondShare: share(second.share, lang),
  });
}

function interventionsSentence(snapshot: DeckSnapshot, lang: Lang): string {
  const t = getDictionary(lang).deck.narrative;
  const { aid, interventions } = snapshot;
  const sentences: string[] = [];
  const [first] = [...interventions.items].filter((i) => i.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  if (first) sentences.push(fill(t.interventions, { first: first.name[lang], firstValue: count(first.value ?? 0, lang) }));
  sentences.push(
    aid.families === null
      ? t.noAid
      : fill(t.aid, {
          families: count(aid.families, lang),
          value: aid.valueIdr === null ? '–' : formatRupiah(aid.valueIdr, lang),
          period: aid.period ?? '–',
        }),
  );
  return sentences.join(' ');
}

/** Kecamatan whose figure differs between the two snapshots (codes present in both). */
export function changedDistricts(current: DeckSnapshot, previous: DeckSnapshot) {
  const before = new Map(previous.districts.items.map((d) => [d.code, d.value]));
  return current.districts.items.flatMap((d) => {
    const was = before.get(d.code);
    return was !== undefined && was !== d.value ? [{ code: d.code, name: d.name, from: was, to: d.value }] : [];
  });
}

function changesSentence(ctx: NarrativeContext): string {
  const { lang, snapshot, previous } = ctx;
  const t = getDictionary(lang).deck.narrative;
  if (!previous) return t.noPrevious;
  const from = previous.snapshot.krs.points.at(-1);
  const to = snapshot.krs.points.at(-1);
  if (!from || !to) return getDictionary(lang).deck.noData;
  const date = formatDate(previous.meetingDate, lang);
  const headline =
    from.value === to.value && from.edition === to.edition
      ? fill(t.unchanged, { date, to: count(to.value, lang), toEdition: to.edition })
      : fill(t.changed, {
          date,
          from: count(from.value, lang),
          fromEdition: from.edition,
          to: count(to.value, lang),
          toEdition: to.edition,
          change: formatSignedNumber(to.value - from.value, lang, 0),
        });
  return `${headline} ${fill(t.districtsChanged, { count: changedDistricts(snapshot, previous.snapshot).length })}`;
}

function targetsSentence(snapshot: DeckSnapshot, lang: Lang): string {
  const t = getDictionary(lang).deck.narrative;
  const { targets } = snapshot;
  const indicator = targets.indicator[lang];
  if (targets.status === 'no_target' || targets.status === 'no_data' || !targets.target || targets.value === null) {
    return fill(targets.status === 'no_target' ? t.no_target : t.no_data, { indicator });
  }
  return fill(t[targets.status], {
    indicator,
    value: formatPercent(targets.value, lang, 1),
    period: targets.period ?? '–',
    target: formatPercent(targets.target.value, lang, 1),
    targetPeriod: targets.target.period,
    basis: targets.target.legalBasis,
  });
}

function focusSentence(snapshot: DeckSnapshot, lang: Lang): string {
  const [first] = snapshot.focus.items;
  if (!first) return getDictionary(lang).deck.noData;
  return fill(getDictionary(lang).deck.narrative.focus, {
    count: snapshot.focus.items.length,
    first: first.name,
    district: first.districtName,
  });
}

/** The speaker notes of one slide, which are also its charts' alternative text. */
export function narrate(slide: Slide, ctx: NarrativeContext): string {
  const { lang, snapshot } = ctx;
  const d = getDictionary(lang).deck;
  switch (slide.kind) {
    case 'title': {
      const last = snapshot.krs.points.at(-1);
      return fill(d.narrative.title, {
        deck: d.deckTitle,
        region: snapshot.region.name,
        date: formatDate(ctx.meetingDate, lang),
        edition: last?.edition ?? '–',
      });
    }
    case 'headline':
      return trendSentence(snapshot.krs.points, d.narrative.subjectCity, lang);
    case 'map':
    case 'ranking':
      return districtsSentence(snapshot, lang, slide.kind);
    case 'spotlight':
      return slide.district ? spotlight(slide.district, lang) : d.noData;
    case 'factors':
      return factorsSentence(snapshot.factors.items, lang);
    case 'interventions':
      return interventionsSentence(snapshot, lang);
    case 'changes':
      return changesSentence(ctx);
    case 'targets':
      return targetsSentence(snapshot, lang);
    case 'focus':
      return focusSentence(snapshot, lang);
    case 'text':
      return slide.text?.body || slide.text?.title || '';
    case 'closing':
      return fill(d.narrative.closing, { url: ctx.url });
  }
}

/** The heading of a slide as the audience sees it. */
export function slideTitle(slide: Slide, lang: Lang, deckTitle: string): string {
  const t = getDictionary(lang).deck.slide;
  if (slide.kind === 'title') return deckTitle;
  if (slide.kind === 'text') return slide.text?.title ?? '';
  if (slide.kind === 'spotlight') return fill(t.spotlight, { name: slide.district?.name ?? '' });
  return t[slide.kind];
}
