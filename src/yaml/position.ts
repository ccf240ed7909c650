/** Where something is written in a text, and how a value inside a YAML document is named. */

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A path into a document's value: ['spec', 'rules', 0, 'host']. */
export type Path = (string | number)[];
