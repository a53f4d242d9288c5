/** WCAG relative luminance of a `#RRGGBB` colour (0 black … 1 white). */
const luminance = (hex: string): number => {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new RangeError(`Expected a colour as #RRGGBB, got "${hex}"`);
  const [r = 0, g = 0, b = 0] = match.slice(1).map((channel) => {
    const c = Number.parseInt(channel, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/**
 * Whether dark or light text reads better on a background: the one with the higher WCAG contrast
 * ratio. Category colours are per-production configurable, so this is computed, never tabled.
 */
export const readableTextColour = (background: string): 'dark' | 'light' => {
  const l = luminance(background);
  const onWhite = 1.05 / (l + 0.05);
  const onBlack = (l + 0.05) / 0.05;
  return onWhite > onBlack ? 'light' : 'dark';
};
