/** PromQL: syntax checks, Sloth window templates and safe rewriting. Pure, no I/O. */
export { findSyntaxError, type SyntaxProblem } from './syntax.js';
export { substituteWindow, findTemplateSyntaxError } from './template.js';
export { rangeSelectors, withWindowRanges, type WindowedQuery } from './range-window.js';
export { groupBy, totalQueryUnit, isLabelName, PromqlRewriteError } from './rewrite.js';
export { isMetricName, renamedSelector, selectorLabelNames, splitSelector } from './selector.js';
export {
  rateAsIncrease,
  durationSeconds,
  isMetricsqlOnly,
  isMetricsqlProblem,
  mentionsMetricsql,
  METRICSQL_ONLY_FUNCTIONS,
} from './metricsql.js';
export { combinedQuery, splitCombined, PART_LABEL } from './combine.js';
