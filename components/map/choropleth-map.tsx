'use client';

import 'leaflet/dist/leaflet.css';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import L, { type LatLngBounds, type Layer, type PathOptions } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { GeoJSON, MapContainer, TileLayer, useMap } from 'react-leaflet';
import type { MapFeatureProperties } from '@/lib/api/schemas';
import { type Classification, classColor, noDataColor } from '@/lib/classify';
import { formatNumber, formatPercent } from '@/lib/format';
import { fill } from '@/lib/i18n/fill';
import type { Lang } from '@/lib/i18n/lang';
import { widgetStrings } from '@/lib/i18n/sections/widgets';
import { SUPPRESSED_LABEL } from '@/lib/privacy/suppress';

// The only file that imports Leaflet. No tile layer unless one is configured: the map is
// drawn from stored GeoJSON and works offline. Regions without a figure get a grey hatch.

export const NO_DATA_PATTERN_ID = 'pantau-no-data-hatch';

export type MapFeature = { id: string; geometry: Geometry | null; properties: MapFeatureProperties };

export type ChoroplethLabels = {
  rate: string;
  count: string;
  noData: string;
  illustrative: string;
};

export type TileConfig = { url: string; attribution: string };

export type ChoroplethMapProps = {
  lang: Lang;
  features: MapFeature[];
  classification: Classification;
  labels: ChoroplethLabels;
  height: number;
  tiles?: TileConfig;
  /** Called with a region's code when it is clicked (drill-down on /peta). */
  onSelect?: (code: string) => void;
  /** A region drawn with a thick outline. */
  selected?: string | null;
  /** Categorical fills by region code instead of the classes (null: hatched), with a tooltip line each. */
  categories?: Record<string, { color: string | null; note: string }>;
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function ChoroplethMap({
  lang,
  features,
  classification,
  labels,
  height,
  tiles,
  onSelect,
  selected,
  categories,
}: ChoroplethMapProps) {
  const data = useMemo<FeatureCollection<Geometry, MapFeatureProperties>>(
    () => ({
      type: 'FeatureCollection',
      features: features.flatMap((f) =>
        f.geometry ? [{ type: 'Feature' as const, id: f.id, geometry: f.geometry, properties: f.properties }] : [],
      ),
    }),
    [features],
  );
  const bounds = useMemo(() => L.geoJSON(data).getBounds(), [data]);
  const [announcement, setAnnouncement] = useState('');
  if (!bounds.isValid()) return null;
  const a11y = widgetStrings(lang).mapA11y;

  const style = (feature?: Feature<Geometry, MapFeatureProperties>): PathOptions => {
    const code = feature?.properties.code ?? '';
    const color = categories ? (categories[code]?.color ?? null) : classColor(classification, feature?.properties.rate);
    // The class name lets tests and styles find a region by its code (dots become dashes).
    const className = feature ? `region-${feature.properties.code.replaceAll('.', '-')}` : undefined;
    const outline = feature?.properties.code === selected ? { color: '#1d2230', weight: 3 } : {};
    return color
      ? { fillColor: color, fillOpacity: 0.9, color: '#4a4f5c', weight: 1, className, ...outline }
      : {
          fillColor: `url(#${NO_DATA_PATTERN_ID})`,
          fillOpacity: 1,
          color: '#6b7080',
          weight: 1,
          dashArray: '4 3',
          className,
          ...outline,
        };
  };

  const onEachFeature = (feature: Feature<Geometry, MapFeatureProperties>, layer: Layer) => {
    const p = feature.properties;
    const values: string[] = [];
    if (p.suppressed) values.push(`${labels.count}: ${SUPPRESSED_LABEL}`);
    else if (p.rate === null && p.value === null) values.push(labels.noData);
    else {
      values.push(`${labels.rate}: ${p.rate === null ? labels.noData : formatPercent(p.rate, lang, 1)}`);
      if (p.value !== null) values.push(`${labels.count}: ${formatNumber(p.value, lang)}`);
    }
    const note = categories?.[p.code]?.note;
    if (note) values.push(note);
    if (p.origin === 'illustrative') values.push(labels.illustrative);
    layer.bindTooltip([`<strong>${escapeHtml(p.name)}</strong>`, ...values.map(escapeHtml)].join('<br>'), {
      sticky: true,
      direction: 'top',
    });
    if (onSelect) layer.on('click', () => onSelect(p.code));
    // Keyboard and screen readers: every region is a focusable shape whose name and value
    // are read on focus (aria-label and the live region); Enter or Space selects it.
    const spoken = fill(a11y.regionValue, { name: p.name, value: values.join(', ') });
    layer.on('add', () => {
      const element = (layer as L.Path).getElement?.();
      if (!element) return;
      element.setAttribute('tabindex', '0');
      element.setAttribute('role', onSelect ? 'button' : 'img');
      element.setAttribute('aria-label', spoken);
      element.addEventListener('focus', () => setAnnouncement(spoken));
      if (!onSelect) return;
      element.addEventListener('keydown', (event) => {
        const key = (event as KeyboardEvent).key;
        if (key !== 'Enter' && key !== ' ') return;
        event.preventDefault();
        setAnnouncement(fill(a11y.regionSelected, { name: p.name, value: values.join(', ') }));
        onSelect(p.code);
      });
    });
  };
  // GeoJSON layers do not restyle on new props: a new key redraws them with the new data.
  const layerKey = `${features.map((f) => `${f.id}:${f.properties.rate}`).join('|')}#${classification.bins
    .map((b) => `${b.min}-${b.max}`)
    .join('|')}#${selected ?? ''}#${
    categories
      ? Object.values(categories)
          .map((c) => c.color)
          .join('|')
      : ''
  }`;

  return (
    <>
      <NoDataPattern />
      <MapContainer
        bounds={bounds}
        boundsOptions={{ padding: [8, 8] }}
        style={{ height, width: '100%' }}
        className="choropleth"
        scrollWheelZoom={false}
        zoomSnap={0.25}
        attributionControl={Boolean(tiles)}
      >
        {tiles ? <TileLayer url={tiles.url} attribution={tiles.attribution} /> : null}
        <GeoJSON
          key={layerKey}
          data={data}
          style={style}
          onEachFeature={onEachFeature}
          pointToLayer={(_, latlng) => L.circleMarker(latlng, { radius: 8 })}
        />
        <RefitOnResize bounds={bounds} />
      </MapContainer>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}

/** The hatch that fills "no data" regions; referenced by id from the map's SVG paths. */
function NoDataPattern() {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
      <defs>
        <pattern id={NO_DATA_PATTERN_ID} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill={noDataColor} />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#8a8f9c" strokeWidth="3" />
        </pattern>
      </defs>
    </svg>
  );
}

/** Keeps every region in view when the box changes width (phone rotation, sidebar). */
function RefitOnResize({ bounds }: { bounds: LatLngBounds }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    const observer = new ResizeObserver(() => {
      map.invalidateSize();
      map.fitBounds(bounds, { padding: [8, 8] });
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [map, bounds]);
  return null;
}
