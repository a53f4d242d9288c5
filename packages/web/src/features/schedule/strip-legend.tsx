import { DEFAULT_STRIP_PALETTE } from '@greenlight/domain';

const ITEMS = [
  { label: 'Day int', colour: DEFAULT_STRIP_PALETTE.dayInterior.hex },
  { label: 'Day ext', colour: DEFAULT_STRIP_PALETTE.dayExterior.hex },
  { label: 'Night int', colour: DEFAULT_STRIP_PALETTE.nightInterior.hex },
  { label: 'Night ext', colour: DEFAULT_STRIP_PALETTE.nightExterior.hex },
] as const;

/** The four strip colours, named. */
export const StripLegend = () => (
  <ul className="plain-list strip-legend" aria-label="Strip colours">
    {ITEMS.map((item) => (
      <li key={item.label}>
        <span className="swatch" style={{ background: item.colour }} aria-hidden="true" />
        {item.label}
      </li>
    ))}
  </ul>
);
