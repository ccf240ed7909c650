/**
 * The six string/number formats the kubernetes-models validators use, with the same rules as
 * `@kubernetes-models/validate` (which takes them from ajv-formats). Bundles alias that package to
 * this module: the original also loads every other ajv format — and with them Node's deprecated
 * `punycode`, whose warning would be printed on every run.
 */
interface Format {
  type: 'number' | 'string';
  validate: ((value: never) => boolean) | RegExp;
}

const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;

// https://github.com/miguelmota/is-base64, as @kubernetes-models/validate has it.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

// k8s.io/apimachinery/pkg/api/resource/quantity.go: a signed number, then a binary-SI, decimal-SI
// or exponent suffix.
const SIGNED_NUMBER = /[+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+)/.source;
const QUANTITY = new RegExp(
  `^${SIGNED_NUMBER}(?:[KMGTPE]i|(?:[YZEPTGMkhdcmunpfazy]|da)|[eE]${SIGNED_NUMBER})?$`,
);

// RFC 3339 date-time (full-date "T" full-time, time zone required), as ajv-formats' "full" mode.
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]!);
}

function isTime(text: string): boolean {
  const match = TIME.exec(text);
  if (!match || !match[4]) return false;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const sign = match[5] === '-' ? -1 : 1;
  const zoneHours = Number(match[6] ?? 0);
  const zoneMinutes = Number(match[7] ?? 0);
  if (zoneHours > 23 || zoneMinutes > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // a leap second: 23:59:60 in UTC
  const utcMinute = minute - zoneMinutes * sign;
  const utcHour = hour - zoneHours * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}

export const formats: Record<string, Format> = {
  int32: {
    type: 'number',
    validate: (value: number) => Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32,
  },
  int64: { type: 'number', validate: (value: number) => Number.isInteger(value) },
  double: { type: 'number', validate: () => true },
  byte: { type: 'string', validate: (value: string) => BASE64.test(value) },
  quantity: { type: 'string', validate: QUANTITY },
  'date-time': {
    type: 'string',
    validate: (value: string) => {
      const parts = value.split(/t|\s/i);
      return parts.length === 2 && isDate(parts[0]!) && isTime(parts[1]!);
    },
  },
};
