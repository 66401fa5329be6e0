import { removeBySelector } from './selectorRule';

/** An inline `<svg>` is a picture: the text in it (labels of a chart) is part of the drawing,
 * which the cleaned HTML cannot keep (it admits no foreign markup). Named, so it is reported. */
export const svgDrawings = removeBySelector('svg-drawings', ['SVG drawing', 'SVG drawings'], 'inline <svg> drawings, with the text drawn in them', 'svg');
