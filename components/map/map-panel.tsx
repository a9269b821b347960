'use client';

import dynamic from 'next/dynamic';
import { WhenVisible } from '../ui/when-visible';
import type { ChoroplethMapProps } from './choropleth-map';

// Leaflet needs `window`: the map loads in the browser only, inside a box of fixed height
// so the page does not jump when it arrives.
function MapSkeleton() {
  return <div className="skeleton map-skeleton" aria-hidden="true" />;
}

// A chunk that cannot be fetched (offline before the map was ever drawn) leaves the grey box:
// the legend and the ranked table beside it are server HTML and stay readable.
const ChoroplethMap = dynamic(() => import('./choropleth-map').then((m) => m.ChoroplethMap).catch(() => MapUnavailable), {
  ssr: false,
  loading: MapSkeleton,
});

function MapUnavailable() {
  return null;
}

/** `deferred`: load Leaflet only when the map is scrolled near (a map further down a page). */
export function MapPanel(props: ChoroplethMapProps & { label: string; deferred?: boolean }) {
  const { label, deferred, ...map } = props;
  return (
    <section className="map-box" style={{ height: map.height }} aria-label={label}>
      {deferred ? (
        <WhenVisible fallback={<MapSkeleton />} style={{ height: '100%' }}>
          <ChoroplethMap {...map} />
        </WhenVisible>
      ) : (
        <ChoroplethMap {...map} />
      )}
    </section>
  );
}
