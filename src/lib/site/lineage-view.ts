/**
 * The copy-lineage section as data: the diagram's geometry (from `lineage-layout.ts`: columns and
 * lanes, here in SVG units, with each label's box kept inside the drawing) and the words of the
 * accessible description and of the list of edges. `Lineage.astro` renders it as it is.
 */
import type { WordedLineageEdge, WordedFindings } from './lineage.ts';
import type { LineageLayout } from './lineage-layout.ts';
import { formatPercent } from './format.ts';

/** SVG units: a column's pitch and an account box (wide enough for about 26 characters of 14 px text). */
export const COLUMN_WIDTH = 210;
export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 50;
/** One lane per edge: a label (17 high) above its line, with room between lanes. */
export const LANE_HEIGHT = 38;
export const PADDING = 8;
/** Characters of a node's title and subtitle that fit its box at 14 px and 12 px. */
const TITLE_CHARS = 26;
const SUBTITLE_CHARS = 32;
/** Average advance of the 11.5 px label font, in SVG units, and the label box's side padding. */
const LABEL_CHAR_WIDTH = 6.3;
const LABEL_PADDING = 12;

const KIND_LABEL = { copy: 'copy', revision: 'revision', 'common-source': 'common source' } as const;

export interface DrawnNode { x: number; centre: number; title: string; subtitle: string }
export interface DrawnLane {
  kind: WordedLineageEdge['kind'];
  directed: boolean;
  arrow: boolean;
  y: number;
  left: number;
  /** The line's end: short of the right column's centre by the arrow head's tip. */
  right: number;
  rightCentre: number;
  label: string;
  labelX: number;
  labelWidth: number;
}
export interface LineageDrawing { width: number; height: number; top: number; nodes: DrawnNode[]; lanes: DrawnLane[] }

/** Cuts a one-line label to `max` characters with an ellipsis (an SVG text never wraps). */
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The diagram in SVG units. */
export function lineageDrawing(layout: LineageLayout): LineageDrawing {
  const top = PADDING + NODE_HEIGHT + 18;
  const centre = (column: number) => PADDING + column * COLUMN_WIDTH + NODE_WIDTH / 2;
  const width = PADDING * 2 + (layout.nodes.length - 1) * COLUMN_WIDTH + NODE_WIDTH;
  const height = top + layout.lanes.length * LANE_HEIGHT + PADDING;
  // Labels stay inside the drawing: centred on their line, shifted in from the edges.
  const labelX = (left: number, right: number, w: number) => Math.min(Math.max((centre(left) + centre(right)) / 2, PADDING + w / 2), width - PADDING - w / 2);
  return {
    width,
    height,
    top,
    nodes: layout.nodes.map((n) => ({ x: PADDING + n.column * COLUMN_WIDTH, centre: centre(n.column), title: clip(n.title, TITLE_CHARS), subtitle: clip(n.subtitle, SUBTITLE_CHARS) })),
    lanes: layout.lanes.map((lane, i) => {
      const labelWidth = lane.label.length * LABEL_CHAR_WIDTH + LABEL_PADDING;
      return {
        kind: lane.edge.kind,
        directed: lane.edge.directed,
        arrow: lane.arrow,
        y: top + i * LANE_HEIGHT + 26,
        left: centre(lane.left),
        right: centre(lane.right) - (lane.arrow ? 2 : 0),
        rightCentre: centre(lane.right),
        label: lane.label,
        labelX: labelX(lane.left, lane.right, labelWidth),
        labelWidth,
      };
    }),
  };
}

export interface LineageItem {
  edge: WordedLineageEdge;
  /** "Press TV → Islam Times: copy (inferred)". */
  sentence: string;
  confidence: string;
  /** For a revision whose later-dated side carries the earlier text: that, in words. */
  earlierNote?: string;
}

/** The description of the drawing and the list of edges: stated directions first, then by confidence. */
export function lineageText(findings: Pick<WordedFindings, 'lineage'>, name: (id: string) => string): { description: string; items: LineageItem[] } {
  const sentence = (e: WordedLineageEdge) =>
    e.directed
      ? `${name(e.from)} → ${name(e.to)}: ${KIND_LABEL[e.kind]}${e.basis === 'relation' ? ' (recorded by the editor)' : ' (inferred)'}`
      : `${name(e.from)} — ${name(e.to)}: ${KIND_LABEL[e.kind]} (no direction stated)`;
  const description =
    findings.lineage.length === 0
      ? 'No two accounts share enough verbatim text to suggest copying or a common source.'
      : `Accounts by publication date, earliest on the left. ${findings.lineage.map((e) => `${sentence(e)}, ${e.label}.`).join(' ')}`;
  // The diagram keeps the canonical order; the list puts what is stated first.
  const items = [...findings.lineage]
    .sort((a, b) => Number(b.directed) - Number(a.directed) || b.confidence - a.confidence)
    .map((e): LineageItem => ({
      edge: e,
      sentence: sentence(e),
      confidence: formatPercent(e.confidence),
      ...(e.earlier && e.kind === 'revision' && e.earlier === e.to ? { earlierNote: `${name(e.to)} carries an earlier revision than this capture of ${name(e.from)}.` } : {}),
    }));
  return { description, items };
}
