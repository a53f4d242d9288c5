import type { PdfLine } from './build-pdf-lines.js';
import { isSceneHeadingText } from './scene-heading-pattern.js';

/** Where each kind of line starts, in inches from the page's left edge. */
export type ScreenplayIndents = {
  readonly action: number;
  readonly dialogue: number;
  readonly parenthetical: number;
  readonly character: number;
};

/**
 * The standard layout's indents relative to action (1.5 in): dialogue 2.5 in, parentheticals 3.1 in,
 * cues 3.7 in, and the window around each in which the document's own indent is looked for.
 */
const STANDARD: readonly {
  readonly kind: Exclude<keyof ScreenplayIndents, 'action'>;
  readonly offset: number;
  readonly from: number;
  readonly to: number;
}[] = [
  { kind: 'dialogue', offset: 1.0, from: 0.5, to: 1.35 },
  { kind: 'parenthetical', offset: 1.6, from: 1.35, to: 1.95 },
  { kind: 'character', offset: 2.2, from: 1.95, to: 3.0 },
];

type Cluster = { sum: number; count: number; headings: number };

const mean = (cluster: Cluster): number => cluster.sum / cluster.count;

/**
 * Learns the document's indents from where its lines start, because screenwriting programs differ by
 * a few hundredths of an inch and some writers change their margins. Segment starts are clustered
 * (0.12 in apart at most); action is the cluster where scene headings start, else the leftmost
 * well-used one; each other indent is the busiest cluster in its window relative to action, else
 * the standard offset.
 */
export const learnScreenplayIndents = (lines: readonly PdfLine[]): ScreenplayIndents => {
  const starts = lines
    .flatMap((line) =>
      line.segments.map((segment) => ({ x: segment.x, heading: isSceneHeadingText(segment.text) })),
    )
    .sort((a, b) => a.x - b.x);
  const clusters: Cluster[] = [];
  for (const { x, heading } of starts) {
    const last = clusters[clusters.length - 1];
    if (last !== undefined && x - mean(last) <= 0.12) {
      last.sum += x;
      last.count += 1;
      last.headings += heading ? 1 : 0;
    } else {
      clusters.push({ sum: x, count: 1, headings: heading ? 1 : 0 });
    }
  }
  const busiest = Math.max(0, ...clusters.map((cluster) => cluster.count));
  const byHeadings = [...clusters].sort((a, b) => b.headings - a.headings)[0];
  const actionCluster =
    byHeadings !== undefined && byHeadings.headings > 0
      ? byHeadings
      : clusters.find((cluster) => cluster.count >= busiest / 5);
  const action = actionCluster === undefined ? 1.5 : mean(actionCluster);
  const indents = {
    action,
    dialogue: action + 1.0,
    parenthetical: action + 1.6,
    character: action + 2.2,
  };
  for (const { kind, offset, from, to } of STANDARD) {
    const candidates = clusters.filter((cluster) => {
      const relative = mean(cluster) - action;
      return relative >= from && relative < to;
    });
    const best = candidates.sort((a, b) => b.count - a.count)[0];
    indents[kind] = best === undefined ? action + offset : mean(best);
  }
  return indents;
};
