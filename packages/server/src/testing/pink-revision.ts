import { DEMO_SCRIPT_BLUE } from '../demo/demo-script.js';

export const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** The blue draft, revised again: scene 2 cut, 3A renumbered 4, 6 renumbered 7, scene 1 rewritten, a scene added. */
export const PINK = DEMO_SCRIPT_BLUE.replace(
  /EXT\. HARBOUR QUAY - NIGHT #2#[\s\S]*?(?=EXT\. OPEN SEA - NIGHT #3#)/,
  '',
)
  .replace('#3A#', '#4#')
  .replace('INT. HARBOUR OFFICE - DAY #6#', 'INT. HARBOUR OFFICE - DAY #7#')
  .replace('reading glasses on a cord', 'glasses pushed up into her grey hair')
  .concat(
    '\nEXT. BREAKWATER - DAWN #8#\n\nThe storm has passed. Elena photographs the dark LIGHTHOUSE.\n',
  );
