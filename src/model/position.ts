/** Where something is written, for messages that point at a file. */

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/** Where a value was written, for messages that point at the config. */
export interface SourceRef {
  file: string;
  line: number;
  column?: number;
}

/** A path into a document or object: ['spec', 'rules', 0, 'host']. */
export type Path = readonly (string | number)[];
