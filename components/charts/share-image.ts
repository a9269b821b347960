// Builds a self-contained picture of a chart or map: the drawn SVG (Recharts' surface or
// Leaflet's overlay) framed by a title above and source, edition and date below, so a
// downloaded image still says where its numbers come from.

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_LINE = 24;
const LINE = 18;
const PAD = 16;
/** Average width of a bold 18 px character, to wrap the title without measuring text. */
const TITLE_CHAR = 10;

export type ImageText = { title: string; footer: string[] };

/** The largest drawn SVG inside `container`: the chart surface or the map overlay, not icons or pattern holders. */
export function findDrawing(container: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of container.querySelectorAll('svg')) {
    const box = svg.getBoundingClientRect();
    const area = box.width * box.height;
    if (area > bestArea) {
      best = svg;
      bestArea = area;
    }
  }
  return best;
}

function text(x: number, y: number, content: string, attrs: Record<string, string>): SVGTextElement {
  const node = document.createElementNS(SVG_NS, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.textContent = content;
  return node;
}

/** Greedy word wrap to at most `max` characters a line (a longer word gets a line of its own). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A standalone SVG document of the drawing with a title and footer lines, plus its pixel size. */
export function composeSvg(drawing: SVGSVGElement, words: ImageText): { markup: string; width: number; height: number } {
  const box = drawing.getBoundingClientRect();
  const width = Math.max(Math.round(box.width), 320) + PAD * 2;
  const bodyHeight = Math.round(box.height);
  const title = wrapWords(words.title, Math.floor((width - PAD * 2) / TITLE_CHAR));
  const header = PAD + title.length * TITLE_LINE + PAD;
  const height = header + bodyHeight + PAD + words.footer.length * LINE + PAD;
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', 'system-ui, Segoe UI, Roboto, Noto Sans, Arial, sans-serif');

  // Patterns referenced by url(#id) (the map's "no data" hatch) live in other SVGs on the page.
  const defs = document.createElementNS(SVG_NS, 'defs');
  for (const pattern of document.querySelectorAll('pattern[id]')) defs.appendChild(pattern.cloneNode(true));
  root.appendChild(defs);

  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.appendChild(background);
  title.forEach((line, i) => {
    root.appendChild(
      text(PAD, PAD + (i + 1) * TITLE_LINE - 6, line, { 'font-size': '18', 'font-weight': '700', fill: '#1d2230' }),
    );
  });

  const body = drawing.cloneNode(true) as SVGSVGElement;
  body.removeAttribute('style');
  body.removeAttribute('class');
  body.setAttribute('x', String(PAD));
  body.setAttribute('y', String(header));
  // Axis labels may reach past the drawing's own box, as they do on screen.
  body.setAttribute('overflow', 'visible');
  body.setAttribute('width', String(Math.round(box.width)));
  body.setAttribute('height', String(bodyHeight));
  if (!body.getAttribute('viewBox')) body.setAttribute('viewBox', `0 0 ${Math.round(box.width)} ${bodyHeight}`);
  root.appendChild(body);

  words.footer.forEach((line, i) => {
    root.appendChild(text(PAD, header + bodyHeight + PAD + (i + 1) * LINE - 4, line, { 'font-size': '12', fill: '#4a4f5c' }));
  });
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(markup: string, filename: string) {
  save(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }), `${filename}.svg`);
}

/** Draws the SVG on a canvas at twice its size (sharp on phones and slides) and saves it as PNG. */
export async function downloadPng(svg: { markup: string; width: number; height: number }, filename: string) {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg.markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * 2;
    canvas.height = svg.height * 2;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) save(blob, `${filename}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
