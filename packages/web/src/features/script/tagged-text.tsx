import type { CSSProperties, KeyboardEvent, MouseEvent } from 'react';
import { NOT_TEXT_ATTRIBUTE } from './selection-offsets';
import type { TagMark } from './tag-marks';
import {
  splitIntoSegments,
  type SpanMark,
  type StyleSpan,
  type TextSegment,
} from './text-segments';

/** A category colour as a highlighter on white paper: light enough to read the type through. */
export const tint = (colour: string, percent = 38): string => {
  const hex = /^#?([0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return colour;
  const channel = (i: number) => {
    const value = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
    return Math.round(255 - ((255 - value) * percent) / 100);
  };
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
};

type MarkStyle = CSSProperties & Record<`--${string}`, string>;

/**
 * How the tags over one run of text are drawn: highlights as background (stacked bands when several
 * overlap), circles and boxes as outlines, underlines; asterisks are drawn after the tag's last run.
 */
export const segmentLook = (
  marks: readonly TagMark[],
): { readonly className: string; readonly style: MarkStyle } => {
  const classes = ['tag-span'];
  const style: MarkStyle = {};
  const highlights = marks.filter((m) => m.category.mark === 'highlight');
  if (highlights.length === 1 && highlights[0]) {
    style.backgroundColor = tint(highlights[0].category.colour);
  } else if (highlights.length > 1) {
    const band = 100 / highlights.length;
    style.backgroundImage = `linear-gradient(to bottom, ${highlights
      .map((m, i) => `${tint(m.category.colour)} ${i * band}% ${(i + 1) * band}%`)
      .join(', ')})`;
  }
  const outline = marks.find((m) => m.category.mark === 'circle' || m.category.mark === 'box');
  if (outline) {
    classes.push(outline.category.mark === 'circle' ? 'tag-span--circle' : 'tag-span--box');
    style['--outline'] = outline.category.colour;
  }
  const underline = marks.find((m) => m.category.mark === 'underline');
  if (underline) {
    classes.push('tag-span--underline');
    style['--underline'] = underline.category.colour;
  }
  return { className: classes.join(' '), style };
};

type TaggedTextProps = {
  readonly text: string;
  readonly marks: readonly TagMark[];
  readonly styles?: readonly StyleSpan[];
  /** The span being tagged right now, shown as a selection until the popover closes. */
  readonly pending?: { readonly start: number; readonly end: number } | null;
  readonly onMarkClick?: (marks: readonly TagMark[], target: HTMLElement) => void;
};

const PENDING = '__pending';

/** One element's text with its tags coloured; tags may overlap and nest. */
export const TaggedText = ({ text, marks, styles, pending, onMarkClick }: TaggedTextProps) => {
  const pendingMark: SpanMark[] =
    pending && pending.end > pending.start
      ? [{ tagId: PENDING, elementId: PENDING, start: pending.start, end: pending.end }]
      : [];
  const segments = splitIntoSegments<SpanMark>(text, [...marks, ...pendingMark], styles);
  return <>{segments.map((segment) => renderSegment(segment, onMarkClick))}</>;
};

const isTagMark = (mark: SpanMark): mark is TagMark => mark.tagId !== PENDING;

const renderSegment = (
  segment: TextSegment<SpanMark>,
  onMarkClick: TaggedTextProps['onMarkClick'],
) => {
  const key = `${segment.start}-${segment.end}`;
  const tagMarks = segment.marks.filter(isTagMark);
  const isPending = segment.marks.some((m) => !isTagMark(m));
  const styled = segment.styles.map((style) => `text-${style}`).join(' ');
  if (tagMarks.length === 0) {
    const className = [styled, isPending ? 'pending-span' : ''].filter(Boolean).join(' ');
    return className ? (
      <span key={key} className={className}>
        {segment.text}
      </span>
    ) : (
      segment.text
    );
  }
  const look = segmentLook(tagMarks);
  const asterisks = segment.endingMarks
    .filter(isTagMark)
    .filter((m) => m.category.mark === 'asterisk');
  const open = (target: HTMLElement) => onMarkClick?.(tagMarks, target);
  const onClick = (event: MouseEvent<HTMLSpanElement>) => {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    open(event.currentTarget);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(event.currentTarget);
    }
  };
  const title = tagMarks.map((m) => `${m.category.label}: ${m.name}`).join('\n');
  return (
    <span key={key} className="tag-run">
      <span
        className={[look.className, styled, isPending ? 'pending-span' : '']
          .filter(Boolean)
          .join(' ')}
        style={look.style}
        data-testid="tagged-span"
        data-tag-ids={tagMarks.map((m) => m.tagId).join(' ')}
        data-categories={tagMarks.map((m) => m.category.id).join(' ')}
        title={title}
        tabIndex={0}
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        {segment.text}
      </span>
      {asterisks.map((m) => (
        <span
          key={m.tagId}
          className="tag-asterisk"
          style={{ color: m.category.colour }}
          aria-hidden="true"
          {...{ [NOT_TEXT_ATTRIBUTE]: '' }}
        >
          *
        </span>
      ))}
    </span>
  );
};
