import PptxGenJS from 'pptxgenjs';
import { formatDate, formatNumber } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import { editionLabel, shortFactorName } from '@/lib/provenance';
import { type DeckSnapshot, type Provenance, publicCount, type Slide } from './model';

// The deck as a PowerPoint file, from the same snapshot, titles and notes as the page: charts
// are native (editable in PowerPoint), the narrative goes into each slide's notes.

export type PptxInput = {
  lang: Lang;
  deckTitle: string;
  meetingDate: string;
  snapshot: DeckSnapshot;
  slides: Slide[];
  titles: string[];
  notes: string[];
  url: string;
  qrSvg: string;
};

const BRAND = '1B5E96';
const TEXT = '111111';
const count = (value: number | null, lang: Lang) => (value === null ? '–' : formatNumber(value, lang, 0));
const svgData = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

function sourceLine(provenance: Provenance, lang: Lang): string {
  const c = getDictionary(lang).common;
  const parts = provenance.edition
    ? [
        `${c.source}: ${provenance.edition.sourceName[lang]}`,
        `${c.edition}: ${editionLabel(provenance.edition, lang)}`,
        fill(c.dataPer, { date: formatDate(provenance.edition.releasedOn, lang) }),
      ]
    : [];
  if (provenance.illustrative) parts.push(c.illustrativeTitle);
  else if (provenance.edition?.citation) parts.push(provenance.edition.citation);
  return parts.join(' · ');
}

type PptxSlide = ReturnType<PptxGenJS['addSlide']>;

/** A native bar chart; horizontal bars are drawn bottom-up, so their order is reversed to keep the first on top. */
function barChart(
  pptx: PptxGenJS,
  slide: PptxSlide,
  name: string,
  labels: string[],
  values: number[],
  horizontal: boolean,
  box: object,
) {
  const data = horizontal ? { name, labels: [...labels].reverse(), values: [...values].reverse() } : { name, labels, values };
  slide.addChart(pptx.ChartType.bar, [data], {
    x: 0.5,
    y: 1.4,
    w: 9,
    h: 3.6,
    barDir: horizontal ? 'bar' : 'col',
    chartColors: [BRAND],
    showValue: true,
    dataLabelFontSize: 12,
    catAxisLabelFontSize: 12,
    valAxisHidden: true,
    valGridLine: { style: 'none' },
    ...box,
  });
}

function mapSvg(snapshot: DeckSnapshot): string {
  const max = Math.max(...snapshot.districts.items.map((d) => d.value ?? 0), 1);
  const paths = snapshot.districts.items
    .filter((d) => d.path)
    .map(
      (d) =>
        `<path d="${d.path}" fill="#a4261a" fill-opacity="${(0.15 + (0.85 * (d.value ?? 0)) / max).toFixed(2)}" stroke="#fff" stroke-width="3"/>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${snapshot.districts.viewBox}">${paths}</svg>`;
}

function addBody(pptx: PptxGenJS, slide: PptxSlide, input: PptxInput, s: Slide, notes: string): Provenance | null {
  const { lang, snapshot } = input;
  const t = getDictionary(lang).deck;
  const text = (value: string, box: object) => slide.addText(value, { x: 0.5, w: 9, fontSize: 16, color: TEXT, ...box });
  switch (s.kind) {
    case 'title':
      text(input.deckTitle, { y: 1.2, h: 1.4, fontSize: 32, bold: true, color: BRAND });
      text(`${snapshot.region.name}\n${formatDate(input.meetingDate, lang)}`, { y: 2.8, h: 1.2, fontSize: 22 });
      return null;
    case 'headline': {
      const last = snapshot.krs.points.at(-1);
      text(count(last?.value ?? null, lang), { y: 1.1, h: 0.9, fontSize: 48, bold: true, color: BRAND });
      text(notes, { y: 2.0, h: 0.7 });
      barChart(
        pptx,
        slide,
        t.krs,
        snapshot.krs.points.map((p) => p.edition),
        snapshot.krs.points.map((p) => p.value),
        false,
        { y: 2.7, h: 2.3 },
      );
      return snapshot.krs;
    }
    case 'map': {
      slide.addImage({
        data: svgData(mapSvg(snapshot)),
        x: 0.5,
        y: 1.2,
        w: 5,
        h: 3.6,
        sizing: { type: 'contain', w: 5, h: 3.6 },
      });
      const legend = snapshot.districts.items.map((d) => `${d.name}: ${count(d.value, lang)}`).join('\n');
      text(snapshot.districts.approximate ? `${legend}\n\n${t.approximateMap}` : legend, {
        x: 5.8,
        w: 3.8,
        y: 1.2,
        h: 3.6,
        fontSize: 14,
      });
      return snapshot.districts;
    }
    case 'ranking': {
      const items = snapshot.districts.items;
      barChart(
        pptx,
        slide,
        t.krs,
        items.map((d) => d.name),
        items.map((d) => d.value ?? 0),
        true,
        {},
      );
      return snapshot.districts;
    }
    case 'spotlight': {
      const d = s.district;
      if (!d) return null;
      text(notes, { y: 1.1, h: 0.9, fontSize: 13 });
      barChart(
        pptx,
        slide,
        t.krs,
        d.trend.map((p) => p.edition),
        d.trend.map((p) => p.value),
        false,
        { y: 2.1, w: 4.3, h: 2.9 },
      );
      const villages = d.villages
        .map((v) => `${v.name}: ${publicCount(v.value, (n) => count(n, lang), v.suppressed)}`)
        .join('\n');
      text(`${t.spotlightVillages}\n${villages}`, { x: 5.2, w: 4.3, y: 2.1, h: 2.9, fontSize: 13 });
      return snapshot.districts;
    }
    case 'factors': {
      const items = snapshot.factors.items;
      text(notes, { y: 1.1, h: 0.8, fontSize: 13 });
      barChart(
        pptx,
        slide,
        t.share,
        items.map((f) => shortFactorName(f.name[lang])),
        items.map((f) => f.share ?? 0),
        true,
        { y: 2.0, h: 3.0 },
      );
      return snapshot.factors;
    }
    case 'interventions': {
      const items = snapshot.interventions.items;
      text(notes, { y: 1.1, h: 0.8, fontSize: 13 });
      barChart(
        pptx,
        slide,
        t.slide.interventions,
        items.map((i) => i.name[lang]),
        items.map((i) => i.value ?? 0),
        true,
        { y: 2.0, h: 3.0 },
      );
      return snapshot.interventions;
    }
    case 'changes':
      text(notes, { y: 1.3, h: 2.5, fontSize: 18 });
      return snapshot.krs;
    case 'targets': {
      const target = snapshot.targets;
      text(t.status[target.status], { y: 1.2, h: 0.8, fontSize: 28, bold: true, color: BRAND });
      text(notes, { y: 2.1, h: 1.4, fontSize: 18 });
      if (target.value !== null && target.target) {
        barChart(
          pptx,
          slide,
          target.indicator[lang],
          [target.period ?? '', target.target.period],
          [target.value, target.target.value],
          false,
          {
            y: 3.4,
            h: 1.7,
            w: 5,
          },
        );
      }
      return target;
    }
    case 'focus': {
      const lines = snapshot.focus.items.map(
        (v, i) => `${i + 1}. ${v.name} (${v.districtName}): ${publicCount(v.value, (n) => count(n, lang), v.suppressed)}`,
      );
      text(fill(t.focusNote, { count: snapshot.focus.items.length }), { y: 1.05, h: 0.4, fontSize: 11 });
      text(lines.slice(0, 10).join('\n'), { y: 1.5, w: 4.4, h: 3.5, fontSize: 12 });
      text(lines.slice(10).join('\n'), { x: 5.1, y: 1.5, w: 4.4, h: 3.5, fontSize: 12 });
      return snapshot.focus;
    }
    case 'text':
      text(s.text?.body ?? '', { y: 1.3, h: 3.6, fontSize: 20 });
      return null;
    case 'closing':
      slide.addImage({ data: svgData(input.qrSvg), x: 0.5, y: 1.3, w: 3.2, h: 3.2 });
      text(input.url, { x: 4.0, w: 5.5, y: 2.5, h: 0.8, fontSize: 14 });
      return null;
  }
}

export async function buildPptx(input: PptxInput): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = input.deckTitle;
  pptx.author = input.snapshot.region.name;
  input.slides.forEach((s, i) => {
    const slide = pptx.addSlide();
    const notes = input.notes[i] ?? '';
    if (s.kind !== 'title') {
      slide.addText(input.titles[i] ?? '', { x: 0.5, y: 0.3, w: 9, h: 0.7, fontSize: 26, bold: true, color: BRAND });
    }
    const provenance = addBody(pptx, slide, input, s, notes);
    if (provenance) {
      slide.addText(sourceLine(provenance, input.lang), { x: 0.5, y: 5.1, w: 9, h: 0.4, fontSize: 10, color: '444444' });
    }
    slide.addNotes(notes);
  });
  return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}
