import { createRequire } from 'node:module';

export type ReportFonts = { readonly regular: string; readonly bold: string };

const require = createRequire(import.meta.url);

let cached: ReportFonts | undefined;

/**
 * Paths of the DejaVu Sans TTFs shipped by the `dejavu-fonts-ttf` npm package. PDF's standard
 * fonts only cover WinAnsi, so names like Łódź would come out garbled; DejaVu covers Latin,
 * Greek, Cyrillic and more, and comes from npm rather than the machine, so every server and CI
 * run embeds the same glyphs (stack notes §5). Resolved through Node's resolver so hoisting and
 * workspaces do not matter; a missing package fails loudly here rather than as a blank PDF.
 */
export const reportFonts = (): ReportFonts => {
  cached ??= {
    regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
  return cached;
};
