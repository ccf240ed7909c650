/**
 * A value written in a document as message text: scalars as written, anything else as JSON, so a
 * mapping where a string belongs reads `{"a":"b"}`, not "[object Object]".
 */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return String(value);
  return JSON.stringify(value);
}
