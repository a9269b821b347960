import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HydrationGate } from './hydration-gate';

describe('HydrationGate', () => {
  it('sends its controls disabled in the server HTML, before React can know what was chosen', () => {
    const html = renderToString(createElement(HydrationGate, null, createElement('select', { name: 'edition' })));
    expect(html).toMatch(/^<fieldset class="hydration-gate" disabled="">/);
    expect(html).toContain('<select name="edition">');
  });
});
