/** Marks the elements just before and after the chapters (the story's header and footer). */
export const READING_EDGE_ATTRIBUTE = "data-reading-edge";
