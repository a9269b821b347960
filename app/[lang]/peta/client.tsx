'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useQueryStates } from 'nuqs';
import { useEffect, useState } from 'react';
import { ShareMenu } from '@/components/charts/share-menu';
import styles from '@/components/explore/explore.module.css';
import { ExportTableView } from '@/components/explore/export-table';
import { IndicatorOptions, PeriodOptions } from '@/components/explore/options';
import { TargetStatusLegend, TargetStatusTable } from '@/components/explore/target-status-legend';
import { MapLegend } from '@/components/map/map-legend';
import { MapPanel } from '@/components/map/map-panel';
import { IllustrativeBadge } from '@/components/metrics/illustrative-badge';
import { SourceNote, sourceLines } from '@/components/metrics/source-note';
import { EmptyState } from '@/components/ui/empty-state';
import type { MapStatus } from '@/lib/api/explore-schemas';
import type { MapResponse } from '@/lib/api/schemas';
import { type Classification, classify, recount } from '@/lib/classify';
import { exploreFetch, exploreKeys } from '@/lib/explore/query-keys';
import { mapTable } from '@/lib/explore/tables';
import { targetStatusColors } from '@/lib/explore/target-status';
import { formatNumber, formatPercent } from '@/lib/format';
import { fill, getDictionary, href, type Lang } from '@/lib/i18n';
import { anyIllustrative } from '@/lib/provenance';
import { childLevelOf, levelChoicesFor, mapLevelOf, mapStateParsers, type RegionLevelChoice } from './search-params';

const MAP_HEIGHT = 420;
const PLAY_STEP_MS = 1500;

type IndicatorOption = { code: string; name: string; unit: string };

/** Controls, map(s), legend and table of /peta, all driven by the URL. */
export function MapExplorer({ lang, root, indicators }: { lang: Lang; root: string; indicators: IndicatorOption[] }) {
  const t = getDictionary(lang);
  const e = t.explore;
  const [state, setState] = useQueryStates(mapStateParsers, { history: 'push' });
  const parent = state.region ?? root;
  const mapLevel = mapLevelOf(parent, state.level);
  const levelChoices = levelChoicesFor(parent);
  const childLevel = childLevelOf(parent);
  const args = { indicator: state.indicator, parent, source: state.source, level: mapLevel };
  const indicatorName = indicators.find((i) => i.code === state.indicator)?.name ?? state.indicator;

  const timeline = useQuery({
    queryKey: exploreKeys.timeline(args),
    queryFn: () => exploreFetch.timeline(args),
    placeholderData: keepPreviousData,
  });
  const map = useQuery({
    queryKey: exploreKeys.map({ ...args, period: state.period }),
    queryFn: () => exploreFetch.map({ ...args, period: state.period }),
    placeholderData: keepPreviousData,
  });
  const compareMap = useQuery({
    queryKey: exploreKeys.map({ ...args, period: state.compare ?? '' }),
    queryFn: () => exploreFetch.map({ ...args, period: state.compare ?? 'latest' }),
    enabled: Boolean(state.compare),
  });

  const statusMode = state.mode === 'status';
  const status = useQuery({
    queryKey: exploreKeys.status({ ...args, period: state.period }),
    queryFn: () => exploreFetch.status({ ...args, period: state.period }),
    enabled: statusMode,
    placeholderData: keepPreviousData,
  });
  const compareStatus = useQuery({
    queryKey: exploreKeys.status({ ...args, period: state.compare ?? '' }),
    queryFn: () => exploreFetch.status({ ...args, period: state.compare ?? 'latest' }),
    enabled: statusMode && Boolean(state.compare),
  });
  const unit = indicators.find((i) => i.code === state.indicator)?.unit;
  const show = (v: number) => (unit === 'percent' ? formatPercent(v, lang, 1) : formatNumber(v, lang));
  const categoriesOf = (s: MapStatus) =>
    Object.fromEntries(
      s.regions.map((r) => {
        const note = [
          t.exploreTargets.status[r.status],
          r.expected !== null ? fill(t.exploreTargets.tooltipExpected, { value: show(r.expected) }) : null,
          r.target
            ? fill(t.exploreTargets.tooltipTarget, {
                value: show(r.target.value),
                period: r.target.period,
                basis: r.target.legalBasis,
              })
            : null,
        ];
        return [r.code, { color: targetStatusColors[r.status], note: note.filter(Boolean).join(' · ') }];
      }),
    );

  const periods = timeline.data?.periods ?? [];
  const shownPeriod = map.data?.meta.period ?? null;
  const index = periods.findIndex((p) => p.period === shownPeriod);

  // Play: step through the periods, one every PLAY_STEP_MS, stopping at the last.
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    if (index >= periods.length - 1) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => {
      const next = periods[index + 1];
      if (next) void setState({ period: next.period }, { history: 'replace' });
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, index, periods, setState]);

  const classifyShown = (data: MapResponse | undefined): Classification | null => {
    if (!data) return null;
    const rates = data.features.map((f) => f.properties.rate);
    const options = { method: state.method, classes: state.classes, breaks: state.breaks };
    if (state.scope === 'period') return classify(rates, options);
    // Fixed breaks: computed over every period, so a colour means the same value in every year.
    return recount(
      classify(
        periods.flatMap((p) => p.rates),
        options,
      ),
      rates,
    );
  };

  const path = timeline.data?.path ?? [];
  // Clicking drills into a kab/kota or kecamatan; a kelurahan (no children) is picked instead.
  const drawsVillages = mapLevel === 'village' || (mapLevel === 'children' && childLevel === 'kelurahan');
  const selectedName = map.data?.features.find((f) => f.id === state.select)?.properties.name ?? null;
  const onSelect = (code: string) =>
    void (drawsVillages ? setState({ select: code }) : setState({ region: code, select: null, level: null }));

  const table = map.data ? mapTable(map.data, indicatorName, lang) : null;
  const hasRates = map.data?.features.some((f) => f.properties.rate !== null) ?? false;
  const hasData = map.data?.features.some((f) => f.properties.value !== null || f.properties.rate !== null) ?? false;

  const mapBlock = (data: MapResponse, title: string | null, targetStatus: MapStatus | undefined) => {
    const classification = classifyShown(data);
    if (!classification) return null;
    const byStatus = statusMode && targetStatus ? targetStatus : null;
    return (
      <div>
        {title ? <h3>{title}</h3> : null}
        {hasRates || byStatus ? (
          <MapPanel
            lang={lang}
            height={MAP_HEIGHT}
            label={fill(byStatus ? t.exploreTargets.mapLabel : e.mapLabel, {
              indicator: indicatorName,
              period: data.meta.period ?? '–',
            })}
            categories={byStatus ? categoriesOf(byStatus) : undefined}
            features={data.features.map((f) => ({ id: f.id, geometry: f.geometry, properties: f.properties }))}
            classification={classification}
            labels={{ rate: e.legendTitle, count: e.legendCount, noData: t.map.noData, illustrative: t.common.illustrative }}
            onSelect={onSelect}
            selected={state.select}
          />
        ) : (
          <p className="muted">{e.noRates}</p>
        )}
        {byStatus ? (
          <>
            <TargetStatusLegend lang={lang} status={byStatus} />
            <TargetStatusTable
              lang={lang}
              status={byStatus}
              show={show}
              level={mapLevel}
              caption={fill(t.exploreTargets.mapLabel, { indicator: indicatorName, period: data.meta.period ?? '–' })}
            />
          </>
        ) : hasRates ? (
          <MapLegend lang={lang} classification={classification} title={e.legendTitle} methodLabel={e.methods[state.method]} />
        ) : null}
      </div>
    );
  };

  return (
    <div className={styles.explore}>
      <form className={`panel ${styles.controls}`} onSubmit={(ev) => ev.preventDefault()} aria-label={e.view}>
        <label>
          {e.indicator}
          <select
            value={state.indicator}
            onChange={(ev) => void setState({ indicator: ev.target.value, period: 'latest', compare: null, source: null })}
          >
            <IndicatorOptions indicators={indicators} />
          </select>
        </label>
        {levelChoices.length > 0 && childLevel ? (
          <label>
            {e.level}
            <select
              value={mapLevel === 'children' ? '' : (state.level ?? '')}
              onChange={(ev) => void setState({ level: (ev.target.value || null) as RegionLevelChoice | null, select: null })}
            >
              <option value="">{e.levels[childLevel]}</option>
              {levelChoices.map((choice) => (
                <option key={choice} value={choice}>
                  {e.levels[choice]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          {t.exploreTargets.mode}
          <select value={state.mode} onChange={(ev) => void setState({ mode: ev.target.value as 'value' | 'status' })}>
            <option value="value">{t.exploreTargets.modes.value}</option>
            <option value="status">{t.exploreTargets.modes.status}</option>
          </select>
        </label>
        {statusMode ? null : (
          <>
            <label>
              {e.method}
              <select value={state.method} onChange={(ev) => void setState({ method: ev.target.value as typeof state.method })}>
                {(['quantile', 'equal', 'ckmeans', 'manual'] as const).map((m) => (
                  <option key={m} value={m}>
                    {e.methods[m]}
                  </option>
                ))}
              </select>
            </label>
            {state.method === 'manual' ? (
              <BreaksInput label={e.breaks} value={state.breaks} onChange={(breaks) => void setState({ breaks })} lang={lang} />
            ) : (
              <label>
                {e.classes}
                <select value={state.classes} onChange={(ev) => void setState({ classes: Number(ev.target.value) })}>
                  {[3, 4, 5, 6, 7].map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label>
              {e.breaksScope}
              <select value={state.scope} onChange={(ev) => void setState({ scope: ev.target.value as 'fixed' | 'period' })}>
                <option value="fixed">{e.scopeFixed}</option>
                <option value="period">{e.scopePeriod}</option>
              </select>
            </label>
          </>
        )}
        <label>
          {e.compare}
          <select value={state.compare ?? ''} onChange={(ev) => void setState({ compare: ev.target.value || null })}>
            <option value="">{e.compareNone}</option>
            <PeriodOptions periods={periods} lang={lang} />
          </select>
        </label>
        {periods.length > 0 ? (
          <div className={styles.field}>
            <span id="period-label">{e.period}</span>
            <div className={styles.slider}>
              <button type="button" className="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
                {playing ? e.pause : e.play}
              </button>
              <input
                type="range"
                aria-labelledby="period-label"
                aria-valuetext={shownPeriod ?? undefined}
                min={0}
                max={periods.length - 1}
                step={1}
                value={Math.max(index, 0)}
                onChange={(ev) => {
                  const next = periods[Number(ev.target.value)];
                  if (next) void setState({ period: next.period });
                }}
              />
              <output className={styles.periodLabel} aria-live="polite">
                {shownPeriod ?? '–'}
              </output>
            </div>
          </div>
        ) : null}
      </form>

      <nav className={styles.breadcrumb} aria-label={e.breadcrumb}>
        <ol>
          {path.map((region, i) => {
            const last = i === path.length - 1 && !selectedName;
            return (
              <li key={region.code}>
                {last ? (
                  <span aria-current="page">{region.name}</span>
                ) : (
                  <button
                    type="button"
                    className={styles.linkButton}
                    onClick={() =>
                      void setState({ region: region.code === root ? null : region.code, select: null, level: null })
                    }
                  >
                    {region.name}
                  </button>
                )}
              </li>
            );
          })}
          {selectedName && state.select ? (
            <li>
              <span aria-current="page">{selectedName}</span>{' '}
              <Link href={href(lang, `/wilayah/${state.select}`)}>{fill(e.profile, { name: selectedName })}</Link>
            </li>
          ) : null}
        </ol>
      </nav>

      <section className="panel" id="map-view" aria-labelledby="map-view-title">
        <header className="panel-head">
          <h2 id="map-view-title">
            {indicatorName} · {shownPeriod ?? '–'}
          </h2>
          {map.data && anyIllustrative(map.data.features.map((f) => f.properties.origin)) ? (
            <IllustrativeBadge lang={lang} />
          ) : null}
        </header>
        <fieldset className={styles.tabs} aria-label={e.view}>
          {(['map', 'table'] as const).map((tab) => (
            <button
              key={tab}
              type="button"
              className="button"
              aria-pressed={state.tab === tab}
              onClick={() => void setState({ tab })}
            >
              {tab === 'map' ? e.tabMap : e.tabTable}
            </button>
          ))}
        </fieldset>
        {!map.data || !hasData ? (
          <EmptyState lang={lang} />
        ) : state.tab === 'map' ? (
          <>
            <p className="muted">{e.drillHint}</p>
            <div className={styles.maps}>
              {mapBlock(map.data, state.compare ? (map.data.meta.period ?? '–') : null, status.data)}
              {state.compare && compareMap.data
                ? mapBlock(compareMap.data, compareMap.data.meta.period ?? '–', compareStatus.data)
                : null}
            </div>
            {map.data.meta.boundaryProvenance === 'approximate' ? <p className="boundary-note">{t.map.approximate}</p> : null}
          </>
        ) : table ? (
          <ExportTableView
            lang={lang}
            table={table}
            caption={fill(e.tableCaption, { indicator: indicatorName, period: shownPeriod ?? '–' })}
            download={{
              view: 'map',
              indicator: state.indicator,
              region: parent,
              period: shownPeriod ?? state.period,
              source: state.source,
              level: mapLevel === 'children' ? null : mapLevel,
            }}
            rowKey={(row) => String(row.code)}
            extra={(row) =>
              !drawsVillages ? (
                <>
                  <button type="button" className={styles.linkButton} onClick={() => onSelect(String(row.code))}>
                    {fill(e.drill, { name: String(row.name) })}
                  </button>{' '}
                  <Link href={href(lang, `/wilayah/${row.code}`)}>{fill(e.profile, { name: String(row.name) })}</Link>
                </>
              ) : (
                <Link href={href(lang, `/wilayah/${row.code}`)}>{fill(e.profile, { name: String(row.name) })}</Link>
              )
            }
          />
        ) : null}
        {map.data?.meta.edition ? (
          <SourceNote
            lang={lang}
            edition={map.data.meta.edition}
            illustrative={anyIllustrative(map.data.features.map((f) => f.properties.origin))}
          />
        ) : null}
        {map.data?.meta.edition ? (
          <ShareMenu
            lang={lang}
            targetId="map-view"
            title={`${indicatorName} · ${shownPeriod ?? '–'}`}
            footer={sourceLines(lang, map.data.meta.edition, anyIllustrative(map.data.features.map((f) => f.properties.origin)))}
            filename={`peta-${state.indicator}`}
            embedPath={href(lang, '/embed/peta')}
            embedQuery
          />
        ) : null}
      </section>
    </div>
  );
}

/** Manual breaks typed as "10, 15, 20" (a comma or semicolon list; decimal comma accepted in Indonesian). */
function BreaksInput({
  label,
  value,
  onChange,
  lang,
}: {
  label: string;
  value: number[];
  onChange: (breaks: number[]) => void;
  lang: Lang;
}) {
  const show = (v: number) => (lang === 'id' ? String(v).replace('.', ',') : String(v));
  const [text, setText] = useState(value.map(show).join('; '));
  return (
    <label>
      {label}
      <input
        type="text"
        inputMode="decimal"
        value={text}
        onChange={(ev) => setText(ev.target.value)}
        onBlur={() => {
          const parts = text
            .split(lang === 'id' ? /[;\s]+/ : /[;,\s]+/)
            .map((p) => Number.parseFloat(p.replace(',', '.')))
            .filter(Number.isFinite);
          onChange(parts);
        }}
      />
    </label>
  );
}
