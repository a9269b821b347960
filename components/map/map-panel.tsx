'use client';

import dynamic from 'next/dynamic';
import type { ChoroplethMapProps } from './choropleth-map';

// Leaflet needs `window`: the map loads in the browser only, inside a box of fixed height
// so the page does not jump when it arrives.
const ChoroplethMap = dynamic(() => import('./choropleth-map').then((m) => m.ChoroplethMap), {
  ssr: false,
  loading: () => <div className="skeleton map-skeleton" aria-hidden="true" />,
});

export function MapPanel(props: ChoroplethMapProps & { label: string }) {
  const { label, ...map } = props;
  return (
    <section className="map-box" style={{ height: map.height }} aria-label={label}>
      <ChoroplethMap {...map} />
    </section>
  );
}
