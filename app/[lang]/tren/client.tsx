'use client';

import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { ShareMenu } from '@/components/charts/share-menu';
import { lineColors, TrendCompareChart, type TrendLine } from '@/components/charts/trend-compare-chart';
import styles from '@/components/explore/explore.module.css';
import { ExportTableView } from '@/components/explore/export-table';
import { IndicatorOptions } from '@/components/explore/options';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { SourceNote, sourceLines } from '@/components/metrics/source-note';
import { EmptyState } from '@/components/ui/empty-state';
import type { AnnotationDto, IndicatorDto, RegionDto, SeriesResponse, TargetDto } from '@/lib/api/schemas';
import { niceMax, toEvents, toTargetMarks } from '@/lib/chart-data';
import { assess } from '@/lib/compare';
import { exploreFetch, exploreKeys } from '@/lib/explore/query-keys';
import { trendTable, trendValue } from '@/lib/explore/tables';
import { formatDate, formatSignedNumber, formatSignedPercent } from '@/lib/format';
import { buildGlidePath, trackStatus } from '@/lib/glide-path';
import { fill, getDictionary, href, type Lang } from '@/lib/i18n';
import { periodMidpoint } from '@/lib/period';
import { editionLabel, pointEdition } from '@/lib/provenance';
import { trendStateParsers } from './search-params';

type RegionGroup = { label: string; regions: RegionDto[] };

/** /tren: controls, the comparison chart, the change summary and the table, driven by the URL. */
export function TrendExplorer({
  lang,
  root,
  indicator,
  indicators,
  regionGroups,
  targets,
  annotations,
}: {
  lang: Lang;
  root: string;
  indicator: IndicatorDto;
  indicators: { code: string; name: string }[];
  regionGroups: RegionGroup[];
  targets: TargetDto[];
  annotations: AnnotationDto[];
}) {
  const e = getDictionary(lang).explore;
  const [state, setState] = useQueryStates(trendStateParsers, { history: 'push' });
  const region = state.region ?? root;
  const names = new Map(regionGroups.flatMap((g) => g.regions.map((r) => [r.code, r.name] as const)));
  const first = useQuery({
    queryKey: exploreKeys.series({ indicator: state.indicator, region, source: state.source }),
    queryFn: () => exploreFetch.series({ indicator: state.indicator, region, source: state.source }),
    placeholderData: keepPreviousData,
  });
  // Every compared line follows the first line's source: one chart never mixes sources.
  const source = first.data?.source ?? null;
  const others = useQueries({
    queries: state.compare.map((code) => ({
      queryKey: exploreKeys.series({ indicator: state.indicator, region: code, source }),
      queryFn: () => exploreFetch.series({ indicator: state.indicator, region: code, source }),
      enabled: Boolean(first.data),
    })),
  });
  const loaded: { code: string; series: SeriesResponse }[] = [
    ...(first.data ? [{ code: region, series: first.data }] : []),
    ...state.compare.flatMap((code, i) => {
      const data = others[i]?.data;
      return data ? [{ code, series: data }] : [];
    }),
  ];
  const regions = loaded.map((r) => ({ ...r, name: names.get(r.code) ?? r.code }));
  const marks = toTargetMarks(targets);
  // Each region is marked against its own glide path (baseline = its first point).
  const paths = regions.map((r) =>
    buildGlidePath(
      r.series.points.map((p) => ({ x: periodMidpoint(p), value: trendValue(p, indicator) })),
      marks,
    ),
  );
  const lines: TrendLine[] = regions.map((r, i) => {
    const points = r.series.points.map((p) => ({ x: periodMidpoint(p), value: trendValue(p, indicator), p }));
    const path = paths[i] ?? null;
    return {
      code: r.code,
      name: r.name,
      points: points.map(({ x, value, p }) => ({
        x,
        value,
        label: `${editionLabel(p, lang)} · ${p.period}`,
        status: path ? trackStatus(path, { x, value }, indicator.polarity) : null,
      })),
    };
  });
  const path = paths[0] ?? null;
  const sharedMax = niceMax([...lines.flatMap((l) => l.points.map((p) => p.value ?? 0)), ...marks.map((m) => m.value)]);
  const targetDots = marks.map((m) => ({ x: m.x, value: m.value, label: `${m.period} ${m.legalBasis}` }));
  const table = trendTable(regions, indicator, targets, lang);
  const illustrative = regions.some((r) => r.series.points.some((p) => p.origin === 'illustrative'));
  const percent = indicator.unit === 'percent';
  const lastPoint = first.data?.points.at(-1);

  return (
    <div className={styles.explore}>
      <form className={`panel ${styles.controls}`} onSubmit={(ev) => ev.preventDefault()} aria-label={e.view}>
        <label>
          {e.indicator}
          <select value={state.indicator} onChange={(ev) => void setState({ indicator: ev.target.value, source: null })}>
            <IndicatorOptions indicators={indicators} />
          </select>
        </label>
        <div className={styles.field}>
          <label htmlFor="trend-region">{e.colRegion}</label>
          <RegionSelect
            id="trend-region"
            groups={regionGroups}
            value={region}
            onChange={(code) => void setState({ region: code === root ? null : code })}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor="trend-compare">{e.tren.addRegion}</label>
          <RegionSelect
            id="trend-compare"
            groups={regionGroups}
            value=""
            empty="—"
            onChange={(code) => {
              if (code && code !== region && !state.compare.includes(code)) void setState({ compare: [...state.compare, code] });
            }}
          />
        </div>
        <label>
          {e.tren.layout}
          <select value={state.layout} onChange={(ev) => void setState({ layout: ev.target.value as 'lines' | 'multiples' })}>
            <option value="lines">{e.tren.layoutLines}</option>
            <option value="multiples">{e.tren.layoutMultiples}</option>
          </select>
        </label>
        {first.data && first.data.sources.length > 0 ? (
          <label>
            {e.source}
            <select value={source ?? ''} onChange={(ev) => void setState({ source: ev.target.value || null })}>
              {first.data.sources.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name[lang]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </form>
      <p className="note">{e.tren.sourceNote}</p>

      <section className="panel" id="trend-view" aria-labelledby="trend-view-title">
        <header className="panel-head">
          <h2 id="trend-view-title">{indicator.name[lang]}</h2>
          {illustrative ? <IllustrativeBadge lang={lang} /> : null}
        </header>
        <ul className={styles.chips} aria-label={e.tren.regions}>
          {regions.map((r, i) => (
            <li key={r.code}>
              <span aria-hidden="true" style={{ color: lineColors[i % lineColors.length] }}>
                ●
              </span>
              {r.name}
              {i > 0 ? (
                <button
                  type="button"
                  className={styles.linkButton}
                  aria-label={fill(e.tren.remove, { name: r.name })}
                  onClick={() => void setState({ compare: state.compare.filter((c) => c !== r.code) })}
                >
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        {lines.every((l) => l.points.length === 0) ? (
          <EmptyState lang={lang} />
        ) : (
          <>
            {state.layout === 'multiples' && lines.length > 1 ? (
              <ul className={styles.maps} aria-label={e.tren.regions}>
                {lines.map((line, i) => {
                  const own = paths[i];
                  return (
                    <li key={line.code} style={{ listStyle: 'none' }}>
                      <h3>{line.name}</h3>
                      <TrendCompareChart
                        lang={lang}
                        lines={[line]}
                        targets={targetDots}
                        glide={own ? [own.baseline, own.target] : null}
                        events={toEvents(annotations, lang)}
                        label={`${fill(e.tren.chartLabel, { indicator: indicator.name[lang] })}: ${line.name}`}
                        percent={percent}
                        height={240}
                        yMax={sharedMax}
                      />
                    </li>
                  );
                })}
              </ul>
            ) : (
              <TrendCompareChart
                lang={lang}
                lines={lines}
                targets={targetDots}
                glide={path ? [path.baseline, path.target] : null}
                events={toEvents(annotations, lang)}
                label={fill(e.tren.chartLabel, { indicator: indicator.name[lang] })}
                percent={percent}
              />
            )}
            {path ? (
              <p className="muted">
                <span style={{ color: '#c4490c' }}>○</span> {e.tren.target} · <span style={{ color: '#c4490c' }}>- -</span>{' '}
                {e.tren.glide} · <span className={styles.onTrack}>●</span> {e.track.on_track} ·{' '}
                <span className={styles.offTrack}>●</span> {e.track.off_track}
              </p>
            ) : null}
            <Changes lang={lang} regions={regions} indicator={indicator} />
            {targets.length === 0 ? <p className="muted">{e.tren.noTarget}</p> : null}
            {annotations.length > 0 ? (
              <p className="muted">
                {e.tren.annotations}: {annotations.map((a) => `${formatDate(a.date, lang)} ${a.title[lang]}`).join('; ')}
              </p>
            ) : null}
          </>
        )}
        {lastPoint && first.data ? (
          <SourceNote
            lang={lang}
            edition={pointEdition(first.data, lastPoint)}
            illustrative={lastPoint.origin === 'illustrative'}
          />
        ) : null}
        {lastPoint && first.data ? (
          <ShareMenu
            lang={lang}
            targetId="trend-view"
            title={indicator.name[lang]}
            footer={sourceLines(lang, pointEdition(first.data, lastPoint), lastPoint.origin === 'illustrative')}
            filename={`tren-${state.indicator}`}
            embedPath={href(lang, '/embed/tren')}
            embedQuery
          />
        ) : null}
        <ExportTableView
          lang={lang}
          table={table}
          caption={indicator.name[lang]}
          download={{ view: 'trend', indicator: state.indicator, region, compare: state.compare.join(',') || null, source }}
          rowKey={(row, i) => `${row.code}-${row.period}-${i}`}
        />
      </section>
    </div>
  );
}

function RegionSelect({
  id,
  groups,
  value,
  onChange,
  empty,
}: {
  id: string;
  groups: RegionGroup[];
  value: string;
  onChange: (code: string) => void;
  empty?: string;
}) {
  return (
    <select id={id} value={value} onChange={(ev) => onChange(ev.target.value)}>
      {empty ? <option value="">{empty}</option> : null}
      {groups.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** Per region: the change since the previous edition and since the first, coloured by polarity. */
function Changes({
  lang,
  regions,
  indicator,
}: {
  lang: Lang;
  regions: { code: string; name: string; series: SeriesResponse }[];
  indicator: IndicatorDto;
}) {
  const e = getDictionary(lang).explore;
  const changeText = (from: number, to: number) => {
    const change = to - from;
    const tone = assess(change > 0 ? 'up' : change < 0 ? 'down' : 'flat', indicator.polarity);
    const pct = from === 0 ? '' : ` (${formatSignedPercent((change / from) * 100, lang, 1)})`;
    return (
      <span className={tone === 'better' ? styles.onTrack : tone === 'worse' ? styles.offTrack : undefined}>
        {formatSignedNumber(change, lang)}
        {pct}
      </span>
    );
  };
  return (
    <ul>
      {regions.map((r) => {
        const valued = r.series.points.flatMap((p) => {
          const v = trendValue(p, indicator);
          return v === null ? [] : [{ v, edition: editionLabel(p, lang) }];
        });
        const last = valued.at(-1);
        const previous = valued.at(-2);
        const base = valued[0];
        if (!last || !previous || !base) return null;
        return (
          <li key={r.code}>
            <strong>{r.name}</strong>: {e.tren.changePrevious} ({previous.edition}) {changeText(previous.v, last.v)};{' '}
            {e.tren.changeBaseline} ({base.edition}) {changeText(base.v, last.v)}
          </li>
        );
      })}
    </ul>
  );
}
