import { describe, expect, it } from 'vitest';
import { parseComputedColour, relativeLuminance, schemeOfBackgrounds } from '@/utils/page/page-scheme';

const WHITE = { r: 255, g: 255, b: 255, a: 1 };
const BLACK = { r: 0, g: 0, b: 0, a: 1 };

describe('parseComputedColour', () => {
  it('reads computed colours with commas, with spaces and a slash, and transparent', () => {
    expect(parseComputedColour('rgb(18, 18, 18)')).toEqual({ r: 18, g: 18, b: 18, a: 1 });
    expect(parseComputedColour('rgba(0, 0, 0, 0.5)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseComputedColour('rgb(10 20 30 / 25%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.25 });
    expect(parseComputedColour('transparent')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
  });

  it('gives null for a form it cannot read, rather than guess', () => {
    expect(parseComputedColour('oklch(0.2 0.1 200)')).toBeNull();
  });
});

describe('schemeOfBackgrounds', () => {
  it('is dark on a dark page and light on a light one', () => {
    expect(schemeOfBackgrounds([parseComputedColour('rgb(20, 22, 26)')], WHITE)).toBe('dark');
    expect(schemeOfBackgrounds([parseComputedColour('rgb(250, 248, 240)')], BLACK)).toBe('light');
  });

  it('looks through transparent elements to the first painted ancestor, innermost first', () => {
    const transparent = parseComputedColour('rgba(0, 0, 0, 0)');
    expect(schemeOfBackgrounds([transparent, null, parseComputedColour('rgb(0, 0, 0)'), WHITE], WHITE)).toBe('dark');
  });

  it('falls back to the canvas when nothing is painted', () => {
    expect(schemeOfBackgrounds([], WHITE)).toBe('light');
    expect(schemeOfBackgrounds([], { r: 18, g: 18, b: 18, a: 1 })).toBe('dark');
  });

  it('blends a half-transparent background with what is behind it', () => {
    const halfBlack = parseComputedColour('rgba(0, 0, 0, 0.5)');
    // Half black over white is a mid grey: light enough for dark text.
    expect(schemeOfBackgrounds([halfBlack], WHITE)).toBe('light');
    expect(schemeOfBackgrounds([parseComputedColour('rgba(0, 0, 0, 0.8)')], WHITE)).toBe('dark');
  });
});

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance(BLACK)).toBe(0);
    expect(relativeLuminance(WHITE)).toBeCloseTo(1);
  });
});
