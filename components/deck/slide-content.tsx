import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { SourceNote } from '@/components/metrics/source-note';
import { compareFirstLast } from '@/lib/compare';
import { type DeckSnapshot, type FactorFigure, type Provenance, publicCount, type Slide } from '@/lib/deck/model';
import { changedDistricts, type NarrativeContext } from '@/lib/deck/narrative';
import { formatDate, formatNumber, formatPercent, formatRupiah, formatSignedPercent } from '@/lib/format';
import { fill, getDictionary, type Lang } from '@/lib/i18n';
import { shortFactorName } from '@/lib/provenance';
import { Bars } from './bars';
import styles from './deck.module.css';

// The body of one slide, rendered on the server from the snapshot. Every data slide ends
// with its source, edition and date, and the "ilustrasi" label where the figures are.

type Props = { slide: Slide; title: string; notes: string; context: NarrativeContext; deckTitle: string; qrSvg: string };

const byShare = (factors: readonly FactorFigure[]) => [...factors].sort((a, b) => (b.share ?? -1) - (a.share ?? -1));

const count = (value: number | null, lang: Lang) => (value === null ? '–' : formatNumber(value, lang, 0));

/** The slide's sources: one "ilustrasi" label when any figure is illustrative, then each edition cited. */
function Source({ lang, provenance }: { lang: Lang; provenance: Provenance | Provenance[] }) {
  const all = Array.isArray(provenance) ? provenance : [provenance];
  return (
    <footer className={styles.source}>
      {all.some((p) => p.illustrative) ? <IllustrativeBadge lang={lang} /> : null}
      {all.map((p) =>
        p.edition ? (
          <SourceNote
            key={`${p.edition.source}-${p.edition.edition}`}
            lang={lang}
            edition={p.edition}
            illustrative={p.illustrative}
          />
        ) : null,
      )}
    </footer>
  );
}

function Heading({ title }: { title: string }) {
  return <h2 className={styles.slideTitle}>{title}</h2>;
}

function DistrictMap({ snapshot, lang, alt }: { snapshot: DeckSnapshot; lang: Lang; alt: string }) {
  const t = getDictionary(lang).deck;
  const { items, viewBox, approximate } = snapshot.districts;
  const max = Math.max(...items.map((d) => d.value ?? 0), 1);
  return (
    <div className={styles.mapRow}>
      <svg viewBox={viewBox} role="img" aria-label={alt} className={styles.map}>
        {items.map((d) =>
          d.path ? (
            <path
              key={d.code}
              d={d.path}
              fill={`rgba(164, 38, 26, ${0.15 + (0.85 * (d.value ?? 0)) / max})`}
              stroke="#fff"
              strokeWidth={3}
            >
              <title>{`${d.name}: ${count(d.value, lang)}`}</title>
            </path>
          ) : null,
        )}
      </svg>
      <div>
        <ol className={styles.legendList}>
          {items.map((d) => (
            <li key={d.code}>
              <span
                className={styles.swatch}
                style={{ background: `rgba(164, 38, 26, ${0.15 + (0.85 * (d.value ?? 0)) / max})` }}
              />
              {d.name}: <strong>{count(d.value, lang)}</strong>
            </li>
          ))}
        </ol>
        {approximate ? <p className={styles.small}>{t.approximateMap}</p> : null}
      </div>
    </div>
  );
}

function Body({ slide, notes, context, deckTitle, qrSvg }: Omit<Props, 'title'>) {
  const { lang, snapshot } = context;
  const t = getDictionary(lang).deck;
  switch (slide.kind) {
    case 'title': {
      const last = snapshot.krs.points.at(-1);
      return (
        <div className={styles.titleSlide}>
          <h2 className={styles.deckTitle}>{deckTitle}</h2>
          <p className={styles.lead}>{snapshot.region.name}</p>
          <p className={styles.lead}>{formatDate(context.meetingDate, lang)}</p>
          {last ? <p>{fill(t.titleEdition, { edition: last.edition })}</p> : null}
        </div>
      );
    }
    case 'headline': {
      const points = snapshot.krs.points;
      const comparison = compareFirstLast(points, 'lower_is_better');
      const last = points.at(-1);
      return (
        <>
          <div className={styles.headlineRow}>
            <p className={styles.bigFigure}>{count(last?.value ?? null, lang)}</p>
            {comparison?.changePct != null ? (
              <p className={styles.change}>
                {formatSignedPercent(comparison.changePct, lang, 1)} ({comparison.first.edition} → {comparison.last.edition})
              </p>
            ) : null}
          </div>
          <p className={styles.narrative}>{notes}</p>
          <Bars
            vertical
            alt={notes}
            bars={points.map((p) => ({ label: p.edition, value: p.value, display: count(p.value, lang) }))}
          />
          <Source lang={lang} provenance={snapshot.krs} />
        </>
      );
    }
    case 'map':
      return (
        <>
          <DistrictMap snapshot={snapshot} lang={lang} alt={notes} />
          <Source lang={lang} provenance={snapshot.districts} />
        </>
      );
    case 'ranking':
      return (
        <>
          <Bars
            alt={notes}
            bars={snapshot.districts.items.map((d, i) => ({
              label: `${i + 1}. ${d.name}`,
              value: d.value,
              display: count(d.value, lang),
            }))}
          />
          <Source lang={lang} provenance={snapshot.districts} />
        </>
      );
    case 'spotlight': {
      const district = slide.district;
      if (!district) return <p>{t.noData}</p>;
      return (
        <>
          <p className={styles.small}>{notes}</p>
          <div className={styles.threeColumns}>
            <section>
              <h3>{t.spotlightTrend}</h3>
              <Bars
                vertical
                alt={notes}
                bars={district.trend.map((p) => ({ label: p.edition, value: p.value, display: count(p.value, lang) }))}
              />
            </section>
            <section>
              <h3>{t.spotlightFactors}</h3>
              <Bars
                stacked
                alt={notes}
                bars={byShare(district.factors)
                  .slice(0, 4)
                  .map((f) => ({
                    label: shortFactorName(f.name[lang]),
                    value: f.share,
                    display: f.share === null ? '–' : formatPercent(f.share, lang, 0),
                  }))}
              />
            </section>
            <section>
              <h3>{t.spotlightVillages}</h3>
              <table className={styles.table}>
                <tbody>
                  {district.villages.map((v) => (
                    <tr key={v.code}>
                      <th scope="row">{v.name}</th>
                      <td>{publicCount(v.value, (n) => count(n, lang), v.suppressed)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>
          <Source lang={lang} provenance={snapshot.districts} />
        </>
      );
    }
    case 'factors':
      return (
        <>
          <p className={styles.narrative}>{notes}</p>
          <Bars
            alt={notes}
            bars={byShare(snapshot.factors.items).map((f) => ({
              label: shortFactorName(f.name[lang]),
              value: f.share,
              display: `${f.share === null ? '–' : formatPercent(f.share, lang, 1)} (${count(f.value, lang)})`,
            }))}
          />
          <Source lang={lang} provenance={snapshot.factors} />
        </>
      );
    case 'interventions': {
      const { aid } = snapshot;
      return (
        <>
          {/* The full sentence is in the notes and the chart's alt text; the slide keeps the aid figure short. */}
          <p className={styles.lead}>
            {aid.families === null
              ? t.narrative.noAid
              : `GENTING: ${count(aid.families, lang)} ${getDictionary(lang).common.families}${
                  aid.valueIdr === null ? '' : ` · ${formatRupiah(aid.valueIdr, lang)}`
                } (${aid.period})`}
          </p>
          <Bars
            alt={notes}
            bars={snapshot.interventions.items.map((i) => ({
              label: i.name[lang],
              value: i.value,
              display: count(i.value, lang),
            }))}
          />
          <Source lang={lang} provenance={[snapshot.interventions, aid]} />
        </>
      );
    }
    case 'changes': {
      const changed = context.previous ? changedDistricts(snapshot, context.previous.snapshot) : [];
      return (
        <>
          <p className={styles.narrative}>{notes}</p>
          {changed.length > 0 ? (
            <table className={styles.table}>
              <tbody>
                {changed.map((c) => (
                  <tr key={c.code}>
                    <th scope="row">{c.name}</th>
                    <td>
                      {count(c.from, lang)} → {count(c.to, lang)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <Source lang={lang} provenance={snapshot.krs} />
        </>
      );
    }
    case 'targets': {
      const { targets } = snapshot;
      return (
        <>
          <p className={styles.status} data-status={targets.status}>
            {t.status[targets.status]}
          </p>
          <p className={styles.narrative}>{notes}</p>
          {targets.target ? (
            <p className={styles.lead}>
              {fill(t.targetLine, {
                value: formatPercent(targets.target.value, lang, 1),
                period: targets.target.period,
                basis: targets.target.legalBasis,
              })}
            </p>
          ) : null}
          {targets.expected !== null ? <p>{fill(t.expectedLine, { value: formatPercent(targets.expected, lang, 1) })}</p> : null}
          <Source lang={lang} provenance={targets} />
        </>
      );
    }
    case 'focus':
      return (
        <>
          <p className={styles.small}>{fill(t.focusNote, { count: snapshot.focus.items.length })}</p>
          <ol className={styles.focusList}>
            {snapshot.focus.items.map((v) => (
              <li key={v.code}>
                {v.name} <span className={styles.muted}>({v.districtName})</span>:{' '}
                {publicCount(v.value, (n) => count(n, lang), v.suppressed)}
              </li>
            ))}
          </ol>
          <Source lang={lang} provenance={snapshot.focus} />
        </>
      );
    case 'text':
      return <p className={styles.textBody}>{slide.text?.body}</p>;
    case 'closing':
      return (
        <div className={styles.closing}>
          {/* biome-ignore lint/performance/noImgElement: an inline data URL of the QR code drawn on the server, nothing to optimise */}
          <img className={styles.qr} alt={t.qrLabel} src={`data:image/svg+xml;base64,${Buffer.from(qrSvg).toString('base64')}`} />
          <p className={styles.url}>{context.url}</p>
        </div>
      );
  }
}

export function SlideContent(props: Props) {
  return (
    <>
      {props.slide.kind === 'title' ? null : <Heading title={props.title} />}
      <Body {...props} />
    </>
  );
}
