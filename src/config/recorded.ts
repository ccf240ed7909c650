/**
 * Reading an SLO's error ratios from the recording rules Sloth or Pyrra keep for it, instead of
 * rating raw counters: one probe lists which recorded series exist, then each window is read from
 * its recorded series where there is one, and measured raw where there is none. Pure: builds PromQL
 * and reads the probe's answer; the gate sends the queries.
 *
 * Sloth records `slo:sli_error:ratio_rate<window>{sloth_id, sloth_service, sloth_slo}` for its alert
 * windows, and its period as the mean of the 5m ratios (`sum_over_time / count_over_time` of
 * `slo:sli_error:ratio_rate5m`): the period here is `avg_over_time` of that series over the period.
 * Pyrra records `<metric>:burnrate<window>{slo}` (an error ratio despite its name) for its alert
 * windows, and `<metric>:increase<period>{slo}` of the errors (or good events) and the total: the
 * period is their quotient, as Pyrra's own availability rule computes it.
 */
import { unreachable } from '../errors.js';
import type { MeasurementSource, PyrraIncrease, RecordingRules } from '../model/index.js';
import { renamedSelector, splitSelector } from '../promql/index.js';
import { parseDuration } from '../slo/duration.js';
import type { WindowQueries } from './sli.js';

const SLOTH_RATIO = 'slo:sli_error:ratio_rate';

/** The label matcher every recorded series of the SLO carries. */
function ownMatcher(rules: RecordingRules): string {
  switch (rules.tool) {
    case 'sloth':
      return `sloth_id="${rules.slothId}"`;
    case 'pyrra':
      return `slo="${rules.slo}"`;
    default:
      return unreachable(rules);
  }
}

/** One instant query whose answer names every recorded series of the SLO (one sample per name). */
export function recordedSeriesProbe(rules: RecordingRules): string {
  const names = rules.tool === 'sloth' ? `${SLOTH_RATIO}.+` : '.+:(burnrate|increase).+';
  return `group by (__name__) ({__name__=~"${names}",${ownMatcher(rules)}})`;
}

/** A recorded series name and the window its suffix names ("…ratio_rate1h" -> 3600). */
export interface RecordedName {
  name: string;
  kind: 'ratio' | 'increase';
  seconds: number;
}

/** The recorded series the probe found, by kind and window; names it cannot read are skipped. */
export function recordedNames(rules: RecordingRules, names: readonly string[]): RecordedName[] {
  const pattern = rules.tool === 'sloth' ? /^slo:sli_error:ratio_rate(.+)$/ : /^.+:(burnrate|increase)(.+)$/;
  return names.flatMap((name) => {
    const match = pattern.exec(name);
    if (!match) return [];
    const kind = rules.tool === 'sloth' || match[1] === 'burnrate' ? 'ratio' : 'increase';
    const seconds = parseDuration(match[match.length - 1]!);
    return seconds === undefined ? [] : [{ name, kind, seconds }];
  });
}

export interface RecordedWindow {
  window: string;
  seconds: number;
  /** The PromQL duration of a calendar period so far. */
  range?: string;
  /** The window the error budget is spent over. */
  isPeriod: boolean;
}

/**
 * The window's queries read from recorded series, or undefined when the rules hold none for it
 * (the gate then measures it raw).
 */
export function recordedQueriesFor(
  source: MeasurementSource,
  window: RecordedWindow,
  available: readonly RecordedName[],
): WindowQueries | undefined {
  const { rules } = source;
  const find = (kind: RecordedName['kind'], seconds: number) =>
    available.find((r) => r.kind === kind && r.seconds === seconds);
  const base = { window: window.window, seconds: window.seconds };
  if (window.isPeriod) {
    if (rules.tool === 'sloth') {
      const fiveMinutes = find('ratio', 300);
      if (!fiveMinutes) return undefined;
      const range = window.range ?? window.window;
      return {
        ...base,
        kind: 'ratio',
        errorRatioQuery: `avg_over_time(${fiveMinutes.name}{${ownMatcher(rules)}}[${range}])`,
      };
    }
    // Pyrra has no calendar periods: its increase rules cover its rolling window only.
    if (window.range || !rules.increase) return undefined;
    return pyrraPeriod(rules.slo, rules.increase, window, available);
  }
  const ratio = find('ratio', window.seconds);
  if (!ratio) return undefined;
  return { ...base, kind: 'ratio', errorRatioQuery: `${ratio.name}{${ownMatcher(rules)}}` };
}

/** Pyrra's increase rules trim these suffixes from the counter's name. */
function increaseBase(metric: string): string {
  return metric
    .replace(/_total$/, '')
    .replace(/_count$/, '')
    .replace(/_bucket$/, '');
}

function pyrraPeriod(
  slo: string,
  increase: PyrraIncrease,
  window: RecordedWindow,
  available: readonly RecordedName[],
): WindowQueries | undefined {
  const recordedAs = (selector: string, extra: string[]): string | undefined => {
    const parts = splitSelector(selector);
    if (!parts) return undefined;
    const base = `${increaseBase(parts.metric)}:increase`;
    const name = available.find(
      (r) => r.kind === 'increase' && r.seconds === window.seconds && r.name.startsWith(base),
    );
    // The recorded name is the base and a duration only: "http_requests:increase4w".
    if (!name || parseDuration(name.name.slice(base.length)) === undefined) return undefined;
    return renamedSelector(selector, name.name, [...extra, `slo="${slo}"`]);
  };
  // Pyrra's latency total (a histogram's _count) is recorded beside the buckets with an empty le.
  const total = recordedAs(increase.total, increase.kind === 'good' ? ['le=""'] : []);
  const counted = recordedAs(increase.counted, []);
  if (!total || !counted) return undefined;
  const errorQuery =
    increase.kind === 'errors' ? `sum(${counted})` : `sum(${total}) - (sum(${counted}) or vector(0))`;
  return {
    window: window.window,
    seconds: window.seconds,
    kind: 'events',
    errorQuery,
    totalQuery: `sum(${total})`,
    totalUnit: 'count',
  };
}

/** "Sloth's slo:sli_error:ratio_rate<window>{sloth_id="x"}": what a fallback note names. */
export function recordedSeriesLabel(rules: RecordingRules): string {
  return rules.tool === 'sloth'
    ? `Sloth's ${SLOTH_RATIO}<window>{${ownMatcher(rules)}}`
    : `Pyrra's <metric>:burnrate<window> / :increase<period>{${ownMatcher(rules)}}`;
}
