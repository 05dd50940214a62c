/**
 * Whether a card should be light or dark where it opens: by the page's own background under the mention (its
 * computed colour), so that a dark card never sits on a white newspaper page, nor a light one on a dark page,
 * whatever the system's setting. Runs in the card UI, in the page's isolated world; reads, never writes, the page.
 */
import type { Box } from './card-position';

export type Scheme = 'light' | 'dark';

/** An sRGB colour with alpha, each channel 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/**
 * A computed colour as `getComputedStyle` gives it: `rgb(…)`/`rgba(…)` with commas or spaces, or `transparent`.
 * Other forms (`color(srgb …)`, `oklch(…)`) are read as unknown: null.
 */
export function parseComputedColour(value: string): Rgba | null {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+%?)\s*)?\)$/.exec(text);
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : Number(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** `top` painted over `bottom` (itself opaque). */
function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (upper: number, lower: number) => upper * top.a + lower * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG relative luminance of an opaque colour, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The colour seen behind some text: its own and its ancestors' backgrounds (innermost first), painted from the
 * canvas up, stopping at the first opaque one; then dark when black text would read worse on it than white.
 * (At a luminance of about 0.179, black and white text have the same contrast.)
 */
export function schemeOfBackgrounds(backgrounds: readonly (Rgba | null)[], canvas: Rgba): Scheme {
  const layers: Rgba[] = [];
  for (const background of backgrounds) {
    if (!background || background.a === 0) continue;
    layers.push(background);
    if (background.a >= 1) break;
  }
  const seen = layers.reduceRight((below, layer) => over(layer, below), canvas);
  return relativeLuminance(seen) < 0.179 ? 'dark' : 'light';
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** Chromium's and Firefox's canvas in a dark colour scheme. */
const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };

/** The canvas behind a page that paints no background: dark only where the page opts into a dark colour scheme. */
function canvasColour(): Rgba {
  const schemes = getComputedStyle(document.documentElement).colorScheme.split(/\s+/);
  if (!schemes.includes('dark')) return WHITE;
  const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
  return !schemes.includes('light') || systemDark ? DARK_CANVAS : WHITE;
}

/** The element and its ancestors, through shadow roots, innermost first. */
function* ancestry(start: Element): Generator<Element> {
  let element: Element | null = start;
  while (element) {
    yield element;
    element = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
  }
}

/** The page's scheme under the middle of a mention's box, looking past Bevan's own card (`skip`). */
export function pageSchemeUnder(box: Box, skip: Element | null): Scheme {
  const x = Math.min(Math.max(box.left + box.width / 2, 0), document.documentElement.clientWidth - 1);
  const y = Math.min(Math.max(box.top + box.height / 2, 0), document.documentElement.clientHeight - 1);
  const under = document.elementsFromPoint(x, y).find((element) => element !== skip) ?? document.body;
  const backgrounds = under
    ? [...ancestry(under)].map((element) => parseComputedColour(getComputedStyle(element).backgroundColor))
    : [];
  return schemeOfBackgrounds(backgrounds, canvasColour());
}
