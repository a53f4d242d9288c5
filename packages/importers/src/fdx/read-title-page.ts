import type { TitlePageField } from '@greenlight/domain';

/** One paragraph of a Final Draft title page: its text and whether it is centred. */
export type TitlePageLine = { readonly text: string; readonly centered: boolean };

const CREDIT = /^(?:[\p{L}&,' ]{0,40}\s)?by:?$/iu;
const SOURCE = /^(?:based on|adapted from|inspired by)\b/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/i;
const MONTH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const DRAFT_DATE = /\bdraft\b|\brevis|\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/i;
const CONTACT = /@|\+?\d[\d ().-]{6,}\d|\b(?:agent|management|entertainment|tel|phone)\b/i;

/** The keys in the order they are returned, Fountain's names for them. */
const ORDER = [
  'Title',
  'Credit',
  'Author',
  'Source',
  'Draft date',
  'Contact',
  'Copyright',
  'Notes',
];

/**
 * Infers title page fields from Final Draft's free-form title page paragraphs, which carry no
 * keys. Paragraphs are grouped into blocks at empty paragraphs, then:
 *
 * - `Credit`: the first short line ending in "by" ("Written by", "Screenplay by", "by");
 * - `Author`: the lines after the credit up to the end of its block, or the next block when the
 *   credit ends its own;
 * - `Title`: the first block of centred lines before the credit (without a credit, the first
 *   centred block; failing that, the first block);
 * - `Source`: a block starting "Based on…"; `Copyright`: one starting © or "Copyright";
 * - `Draft date`: a block whose lines all read as dates or drafts ("Second Draft", "May 2026");
 * - `Contact`: a block that is not centred or that holds an e-mail address or phone number;
 * - `Notes`: every other block, so no line is lost.
 *
 * Returned in the order Title, Credit, Author, Source, Draft date, Contact, Copyright, Notes.
 */
export const readTitlePage = (lines: readonly TitlePageLine[]): TitlePageField[] => {
  const blocks: TitlePageLine[][] = [];
  let current: TitlePageLine[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);

  const fields = new Map<string, string[]>();
  const add = (key: string, values: readonly TitlePageLine[]): void => {
    if (values.length === 0) return;
    fields.set(key, [...(fields.get(key) ?? []), ...values.map((line) => line.text)]);
  };
  const used = new Set<number>();

  const creditBlock = blocks.findIndex((block) =>
    block.some((line) => CREDIT.test(line.text) && line.text.length <= 50),
  );
  if (creditBlock >= 0) {
    const block = blocks[creditBlock] ?? [];
    const at = block.findIndex((line) => CREDIT.test(line.text) && line.text.length <= 50);
    used.add(creditBlock);
    add('Title', block.slice(0, at));
    add('Credit', block.slice(at, at + 1));
    const rest = block.slice(at + 1);
    if (rest.length > 0) {
      add('Author', rest);
    } else if (creditBlock + 1 < blocks.length) {
      used.add(creditBlock + 1);
      add('Author', blocks[creditBlock + 1] ?? []);
    }
  }
  if (!fields.has('Title')) {
    const before = creditBlock >= 0 ? blocks.slice(0, creditBlock) : blocks;
    let title = before.findIndex((block) => block.every((line) => line.centered));
    if (title < 0 && before.length > 0) title = 0;
    if (title >= 0) {
      used.add(title);
      add('Title', blocks[title] ?? []);
    }
  }
  blocks.forEach((block, index) => {
    if (used.has(index)) return;
    const first = block[0]?.text ?? '';
    if (SOURCE.test(first)) add('Source', block);
    else if (COPYRIGHT.test(first)) add('Copyright', block);
    else if (block.every((line) => DRAFT_DATE.test(line.text) || MONTH.test(line.text))) {
      add('Draft date', block);
    } else if (block.some((line) => !line.centered || CONTACT.test(line.text))) {
      add('Contact', block);
    } else add('Notes', block);
  });
  return ORDER.flatMap((key) => {
    const values = fields.get(key);
    return values === undefined ? [] : [{ key, values }];
  });
};
