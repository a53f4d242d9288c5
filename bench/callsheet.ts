// `npm run bench:callsheet` (tsx bench/callsheet.ts [RUNS]): call sheet PDF generation on a full shoot day,
// against its target (under 200 ms). `npm run bench` reports the same figure.
import { availableParallelism, cpus, loadavg } from 'node:os';
import {
  CALL_SHEET_PDF_TARGET_MS,
  LONG_DAY,
  measureCallSheetPdf,
  TYPICAL_DAY,
} from './call-sheet-pdf.js';
import { decimal, formatTable, integer } from './format-table.js';

const runs = Number(process.argv[2] ?? 30);
const say = (text = ''): void => console.log(text);

say('Greenlight call sheet PDF benchmark');
say(`  command   npm run bench:callsheet   (tsx bench/callsheet.ts)`);
say(
  `  machine   node ${process.version}, ${availableParallelism()} CPU(s): ${cpus()[0]?.model ?? 'unknown'}, load ${loadavg()
    .map((l) => decimal(l, 2))
    .join(' ')}`,
);
say();
for (const [label, size] of [
  ['a full day', TYPICAL_DAY],
  ['a long day', LONG_DAY],
] as const) {
  const timing = await measureCallSheetPdf(size, runs);
  say(
    `renderCallSheetPdf, ${label}: ${size.scenes} scenes, ${size.cast} cast, ${size.locations} locations, ${size.crew} crew calls, ${size.advance} advance days (${timing.pages} pages, ${integer(timing.bytes)} bytes); ${timing.runs} runs each after one cold render`,
  );
  say(
    formatTable(
      ['render', 'ms'],
      [
        ['first (cold: fonts loaded)', decimal(timing.firstMs, 1)],
        ['first issue, median', decimal(timing.medianMs, 1)],
        ['first issue, p90', decimal(timing.p90Ms, 1)],
        ['revision with changes, median', decimal(timing.revisedMedianMs, 1)],
      ],
    ),
  );
  say(
    `  target: median under ${CALL_SHEET_PDF_TARGET_MS} ms (${timing.medianMs < CALL_SHEET_PDF_TARGET_MS ? 'met' : 'MISSED'})`,
  );
  say();
}
